import json, copy
base = json.load(open('tests/stories/minimal.json'))
def w(name, doc, raw=None):
    with open(f'tests/broken/{name}.json', 'w') as f:
        f.write(raw if raw is not None else json.dumps(doc, ensure_ascii=False, indent=2) + '\n')

d = copy.deepcopy(base); d['format'] = 'dramatis/2'; w('unknown-format', d)

d = copy.deepcopy(base)
d['quotes'][0]['speaker'] = 'lema'
d['quotes'][1]['event'] = 'e-acuse'
d['relations'][0]['target'] = 'rebel'
d['relations'][1]['evidence'] = ['q-lima', 'q-nobody']
d['actors'][2]['affiliation'] = 'opposition'
w('dangling-references', d)

d = copy.deepcopy(base)
d['actors'].append(copy.deepcopy(d['actors'][0]))
d['quotes'][0]['id'] = 'e-meet'
d['relations'][2]['id'] = 'r-talks'
w('duplicate-ids', d)

d = copy.deepcopy(base)
d['actors'][0]['kind'] = 'country'
d['events'][0]['cameo'] = '999'
d['events'][1]['cameo'] = '45'
d['quotes'][1]['kind'] = 'quote'
d['relations'][0]['kind'] = 'war'
w('unknown-kinds-and-codes', d)

d = copy.deepcopy(base)
d['events'][0]['evidence'] = {'exact': 'met in Paris on Monday'}
d['events'][1]['evidence'] = {'exact': 'government'}
d['quotes'][1]['evidence'] = {'exact': 'bad faith', 'prefix': 'good '}
w('selectors', d)

d = copy.deepcopy(base)
d['quotes'][0]['text'] = 'difficult and honest'
d['quotes'].append({"id": "q-fake", "speaker": "rebels", "kind": "verbatim",
    "text": "accused the government of bad faith", "about": ["government"],
    "evidence": {"exact": "The rebels accused the government of bad faith."}})
d['quotes'][1]['text'] = 'The government acts in “bad will”.'
w('verbatim-and-paraphrase', d)

d = copy.deepcopy(base)
d['relations'][0]['evidence'] = []
d['relations'][1]['target'] = 'lima'
w('relations-without-evidence', d)

d = copy.deepcopy(base)
d['actors'][1]['name'] = '  '
d['actors'][2]['name'] = 'Ana\u202eLima'
d['story']['url'] = 'javascript:alert(1)'
d['story']['language'] = 'english language'
d['story']['published'] = '2024-02-30'
d['events'][0]['when'] = 'on Tuesday'
d['actors'][0]['aliases'] = ['the regime']
w('fields', d)

raw = json.dumps(base, ensure_ascii=False, indent=2)
raw = raw.replace('"relations": [', '"relations": [,', 1)
w('syntax-error', None, raw)

d = copy.deepcopy(base)
del d['actors'][0]['name']
d['quotes'][0]['speeker'] = d['quotes'][0].pop('speaker')
d['events'][1]['targets'] = 'government'
d['extra'] = True
w('structure', d)

raw = json.dumps(base, ensure_ascii=False, indent=2)
raw = raw.replace('"kind": "person",', '"kind": "person",\n      "name": "Someone Else",', 1)
w('duplicate-keys', None, raw)

w('not-an-object', None, '[1, 2, 3]\n')

# Split quotes: one selector per segment, in text order, each segment inside the article's
# quotation marks; only verbatim statements split; the draft mark is true or false.
split = json.load(open('tests/stories/split-quote.json'))
d = copy.deepcopy(split)
q = d['quotes'][0]
d['quotes'].append(dict(q, id='q-one-selector', evidence=q['evidence'][:1]))
d['quotes'].append(dict(q, id='q-swapped', text=q['text'][::-1], evidence=q['evidence'][::-1]))
d['quotes'].append(dict(q, id='q-misquoted', text=['We will not go back,', 'until the nights are safe.']))
d['quotes'].append(dict(q, id='q-unquoted', text=['We will not go back,', 'said union leader Mara Ost'],
    evidence=[q['evidence'][0], {'exact': 'said union leader Mara Ost'}]))
d['quotes'].append(dict(d['quotes'][1], id='q-split-report', text=['It regretted', 'the strike.'],
    evidence=[{'exact': 'it regretted'}, {'exact': 'the strike.'}]))
d['quotes'].append(dict(q, id='q-empty', text=[], evidence=[]))
d['actors'][1]['added']['draft'] = 'yes'
w('split-quotes', d)
