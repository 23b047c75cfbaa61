"""Writes the hostile datasets of tests/stories/hostile/: run `python3 make.py` in this folder.

Each file attacks one way a dataset could hurt a reader's page. The end-to-end test
`e2e/specs/hostile.spec.mjs` loads every one and checks that nothing executes, text stays
text, and invalid data is reported clearly.
"""
import copy
import json

base = json.load(open("../minimal.json", encoding="utf-8"))

def write(name, doc=None, raw=None):
    data = raw if raw is not None else (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    open(f"{name}.json", "wb").write(data)

# Valid, but every string a browser might execute: it must render as plain text.
script = "<script>window.__pwned = 1</script>"
img = '<img src=x onerror="window.__pwned = 1">'
rtl = "\u05d3\u05d5\u05d1\u05e8 \u0627\u0644\u0645\u062a\u062d\u062f\u062b"  # Hebrew and Arabic
zero_width = "Ze\u200bro\u200dWidth"
d = copy.deepcopy(base)
d["story"]["title"] = f"Talks {script} Stall"
d["story"]["text"] = (
    f"Talks {script} Stall\n\n"
    f"The government {img} and the rebels met in Geneva on Monday. "
    f"Mediator {rtl} said the talks were “{script} difficult”. "
    f"The rebels of {zero_width} accused the government of bad faith."
)
d["actors"][0]["name"] = f"The government {img}"
d["actors"][0]["aliases"] = ["the government"]
d["actors"][1]["name"] = f"The rebels of {zero_width}"
d["actors"][2]["name"] = rtl
d["actors"][2]["role"] = "Mediator"
d["events"][0]["summary"] = f"{script} meets {img}"
d["events"][0]["evidence"] = {"exact": f"The government {img} and the rebels met in Geneva on Monday."}
d["quotes"][0]["text"] = f"{script} difficult"
d["quotes"][0]["evidence"] = {"exact": f"the talks were “{script} difficult”"}
d["events"][1]["evidence"] = {"exact": "accused the government of bad faith."}
d["relations"][0]["summary"] = f"Talks {img}"
write("markup-everywhere", d)

d = copy.deepcopy(base)
d["story"]["url"] = "javascript:window.__pwned=1"
write("javascript-url", d)

d = copy.deepcopy(base)
d["story"]["url"] = "data:text/html,<script>window.__pwned=1</script>"
write("data-url", d)

d = copy.deepcopy(base)
d["actors"][2]["name"] = "A" * 1_000_000
write("megabyte-string", d)

nested = json.dumps(base)[:-1] + ', "extra": ' + "[" * 10_000 + "]" * 10_000 + "}"
write("deep-nesting", raw=nested.encode())

raw = json.dumps(base, ensure_ascii=False, indent=2).replace('"kind": "person",', '"kind": "person", "kind": "state",', 1)
write("duplicate-keys", raw=raw.encode("utf-8"))

d = copy.deepcopy(base)
d["actors"][2]["name"] = "Ana\u202eLima"
write("bidi-override", d)

raw = json.dumps(base, ensure_ascii=False, indent=2).encode("utf-8").replace(b"Ana Lima", b"Ana \xff\xfe Lima", 1)
write("invalid-utf8", raw=raw)
