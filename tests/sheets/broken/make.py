"""Writes the broken sheets, one kind of mistake per folder, from tests/sheets/en-ferry.

Run from the repository's root: python3 tests/sheets/broken/make.py. A folder holds only the
files it breaks; the import test takes the others from en-ferry. The reports beside them
(expected.errors) are written by the test with UPDATE_GOLDEN=1 and reviewed by hand.
"""
import csv, io, os

BASE = 'tests/sheets/en-ferry'
OUT = 'tests/sheets/broken'


def rows(name):
    with open(f'{BASE}/{name}', encoding='utf-8', newline='') as f:
        return list(csv.reader(f))


def text(table):
    out = io.StringIO()
    csv.writer(out, lineterminator='\n').writerows(table)
    return out.getvalue()


def w(case, name, data):
    os.makedirs(f'{OUT}/{case}', exist_ok=True)
    mode = 'wb' if isinstance(data, bytes) else 'w'
    with open(f'{OUT}/{case}/{name}', mode, **({} if mode == 'wb' else {'encoding': 'utf-8', 'newline': ''})) as f:
        f.write(data if not isinstance(data, list) else text(data))


def col(table, header):
    return table[0].index(header)


# The statements' sheet without its speaker column.
s = rows('statements.csv')
k = col(s, 'speaker')
w('missing-column', 'statements.csv', [r[:k] + r[k + 1:] for r in s])

# A misspelt column and one the format does not have.
a = rows('actors.csv')
a[0][col(a, 'affiliation')] = 'affilation'
a[0].append('Image')
for r in a[1:]:
    r.append('')
a[1][-1] = 'https://example.org/pier.jpg'
w('unknown-column', 'actors.csv', a)

# Kinds the format does not have, in each sheet.
a = rows('actors.csv'); a[1][col(a, 'kind')] = 'country'
s = rows('statements.csv'); s[2][col(s, 'kind')] = 'quote'
r = rows('relations.csv'); r[1][col(r, 'kind')] = 'war'
w('unknown-kind', 'actors.csv', a)
w('unknown-kind', 'statements.csv', s)
w('unknown-kind', 'relations.csv', r)

# Speakers and relation ends that no actor has, one near a real id.
s = rows('statements.csv')
s[2][col(s, 'speaker')] = 'okafur'
s[4][col(s, 'about')] = 'autority | nobody at all'
r = rows('relations.csv')
r[1][col(r, 'to')] = 'autority'
r[2][col(r, 'from')] = 'Tom Brek'
w('unknown-actor', 'statements.csv', s)
w('unknown-actor', 'relations.csv', r)

# Two actors with one id.
a = rows('actors.csv')
a.append(['okafor', 'Okafor', 'person', '', '', '', ''])
w('duplicate-actor-id', 'actors.csv', a)

# Required cells left empty.
a = rows('actors.csv'); a[3][col(a, 'kind')] = ''
s = rows('statements.csv'); s[5][col(s, 'text')] = '  '
r = rows('relations.csv'); r[2][col(r, 'summary')] = ''
w('empty-required-cell', 'actors.csv', a)
w('empty-required-cell', 'statements.csv', s)
w('empty-required-cell', 'relations.csv', r)

# `when` as a date rather than the article's words; one the sentence does not have.
s = rows('statements.csv')
s[5][col(s, 'when')] = '2024-03-01'
s[1][col(s, 'when')] = 'on Monday morning'
w('bad-when', 'statements.csv', s)

# A row with a comma left unquoted, and a row cut short.
w('wrong-number-of-fields', 'statements.csv', text(rows('statements.csv')).replace(
    '"We are confident the pier is safe, | and the first crossing leaves at seven."',
    'We are confident the pier is safe, | and the first crossing leaves at seven.'))
r = rows('relations.csv'); r[2] = r[2][:4]
w('wrong-number-of-fields', 'relations.csv', r)

# A quotation mark opened and never closed: the rest of the file is one cell.
w('unclosed-quote', 'statements.csv', text(rows('statements.csv')).replace(
    'The timetable will be reduced until March.', '"The timetable will be reduced until March.'))

# Saved as Windows-1252, not UTF-8 (its ’ is the byte 0x92).
w('invalid-utf8', 'actors.csv', text(rows('actors.csv')).encode('cp1252'))

# Saved as "Unicode text" (UTF-16), and a sheet with nothing in it.
w('utf16', 'actors.csv', text(rows('actors.csv')).encode('utf-16'))
w('empty-file', 'relations.csv', b'')

# Statements whose words the article does not have, or has outside its quotation marks.
s = rows('statements.csv')
s[2][col(s, 'text')] = 'We are sure the pier is safe, | and the first crossing leaves at seven.'
s[3][col(s, 'kind')] = 'verbatim'
s[3][col(s, 'text')] = 'the timetable would be reduced until March'
s[3][col(s, 'evidence')] = ''
s[6][col(s, 'text')] = 'Storm warnings were ignored.'
s[4][col(s, 'evidence')] = 'the closure cost local shops thousands'
w('not-in-the-article', 'statements.csv', s)

# Words that stand in two places, with no evidence cell to say which.
s = rows('statements.csv')
s[3][col(s, 'text')] = 'Okafor'
s[3][col(s, 'evidence')] = ''
s[5][col(s, 'evidence')] = 'Breck said'
w('ambiguous-words', 'statements.csv', s)

# Relations citing statements no row has, and one whose statement's row is broken.
r = rows('relations.csv')
r[1][col(r, 'evidence')] = 'q-warning'
r[2][col(r, 'evidence')] = 'q-cost | q-nowhere'
w('unknown-statement', 'relations.csv', r)

# A relation's direction neither yes nor no.
r = rows('relations.csv'); r[2][col(r, 'directed')] = 'maybe'
w('bad-directed', 'relations.csv', r)

# Cells the sheets read but the checker refuses: a role the article does not state, a name
# that is not the speaker's, an id with a space, a relation from an actor to itself.
a = rows('actors.csv'); a[2][col(a, 'role')] = 'harbour captain'
s = rows('statements.csv')
s[1][col(s, 'attributed_as')] = 'the port authority'
s[5][col(s, 'id')] = 'q work'
r = rows('relations.csv')
r[2][col(r, 'evidence')] = 'q-cost'
r[1][col(r, 'to')] = 'fishermen'
w('refused-by-the-checker', 'actors.csv', a)
w('refused-by-the-checker', 'statements.csv', s)
w('refused-by-the-checker', 'relations.csv', r)

# The article: empty, and not UTF-8.
w('empty-article', 'article.txt', '\n  \n')
with open(f'{BASE}/article.txt', encoding='utf-8') as f:
    w('article-not-utf8', 'article.txt', f.read().replace('’', "'").replace('“', '"').replace('”', '"').replace('harbour master', 'harbour ma\u00eetre').encode('latin-1'))
