#!/usr/bin/env python3
"""Consistency checks for the stancelog gold corpus (data/eval).

Run from the repository root:
    python3 data/eval/check_gold.py                                  # the dev set
    python3 data/eval/check_gold.py data/eval/heldout --max-words 500  # the held-out set
Checks every article's front matter and length, and every gold row: known
article, actor, topic and stance ids, a valid said_on not after the published
date, no duplicate (article, actor, topic, stance, said_on) tuple, the evidence
sentence present verbatim in the article, and, when the speaker is a named
person, that officials.csv makes them a speaker for that actor on said_on.
Prints a summary table; exits 1 on any error.
"""
import csv, datetime as dt, json, os, re, sys
from collections import Counter, defaultdict

import argparse

_args = argparse.ArgumentParser(description="check a gold corpus directory")
_args.add_argument("dir", nargs="?", default=os.path.dirname(os.path.abspath(__file__)),
                   help="the corpus directory (articles/ and gold.ndjson); default: data/eval")
_args.add_argument("--max-words", type=int, default=600, help="longest article allowed")
_args.add_argument("-v", "--verbose", action="store_true", help="list every article")
ARGS = _args.parse_args()
ROOT = os.path.abspath(ARGS.dir)
# The project's own gazetteer table (copied from ../shared/reference and checked there).
OFFICIALS = os.environ.get(
    "OFFICIALS",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "officials.csv"))
TOPICS = {"troops-to-ukraine", "long-range-weapons", "military-aid", "sanctions",
          "ukraine-nato-membership", "peace-talks", "frozen-assets"}
STANCES = {"supports", "open", "opposes"}
ACTORS = {"france", "germany", "nato", "uk", "russia", "ukraine", "usa", "eu", "poland",
          "italy", "netherlands", "hungary", "czechia", "sweden", "slovakia", "belgium",
          "canada", "china", "turkey"}
# speakers that are not people: official voices and institutions (see README)
INSTITUTIONAL = {"kremlin.ru readout", "nato.int communique", "gov.uk press release",
                 "elysee.fr communique", "the Kremlin", "Downing Street", "the Elysee",
                 "Berlin", "German government", "Prime Minister's official spokesperson",
                 "NATO official", "the alliance", "Russian foreign ministry", "Kremlin statement",
                 "European Commission", "Chinese foreign ministry"}

errors = []
def err(msg):
    errors.append(msg)

def read_articles():
    arts = {}
    d = os.path.join(ROOT, "articles")
    for name in sorted(os.listdir(d)):
        if not name.endswith(".md"):
            continue
        slug = name[:-3]
        text = open(os.path.join(d, name), encoding="utf-8").read()
        m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
        if not m:
            err(f"{name}: no front matter"); continue
        fm = {}
        for line in m.group(1).splitlines():
            k, _, v = line.partition(":")
            v = v.strip()
            # A quoted YAML value must close its quote and not contain it
            # unescaped: stancelog's YAML reader rejects such a file.
            if v[:1] in "\"'":
                q, inner = v[0], v[1:-1]
                if len(v) < 2 or v[-1] != q:
                    err(f"{name}: front matter {k.strip()} opens a {q} quote it does not close")
                elif q == '"' and re.search(r'(?<!\\)"', inner):
                    err(f"{name}: front matter {k.strip()} has an unescaped \" inside \"...\" "
                        "(use single quotes around it or escape it as \\\")")
                elif q == "'" and re.search(r"'(?!')", inner.replace("''", "")):
                    err(f"{name}: front matter {k.strip()} has a lone ' inside '...' (double it: '')")
            fm[k.strip()] = v.strip('"').strip("'")
        for k in ("title", "source", "url", "published"):
            if k not in fm:
                err(f"{name}: front matter lacks {k}")
        body = m.group(2)
        words = len(body.split())
        if not 150 <= words <= ARGS.max_words:
            err(f"{name}: {words} words (want 150-{ARGS.max_words})")
        arts[slug] = (fm, body, words)
    return arts

def read_officials():
    rows = defaultdict(list)
    for r in csv.DictReader(open(OFFICIALS, encoding="utf-8")):
        names = [r["person"]] + [a for a in r["aliases"].split("|") if a]
        for n in names:
            rows[n.lower()].append(r)
    return rows

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def main():
    arts = read_articles()
    officials = read_officials()
    seen = set()
    per_art = Counter(); per_actor = Counter(); per_topic = Counter(); per_stance = Counter()
    with open(os.path.join(ROOT, "gold.ndjson"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            g = json.loads(line)
            where = f"gold.ndjson:{i}"
            a = g["article"]
            if a not in arts:
                err(f"{where}: unknown article {a}"); continue
            fm, body, _ = arts[a]
            if g["actor"] not in ACTORS: err(f"{where}: actor {g['actor']}")
            if g["topic"] not in TOPICS: err(f"{where}: topic {g['topic']}")
            if g["stance"] not in STANCES: err(f"{where}: stance {g['stance']}")
            said = dt.date.fromisoformat(g["said_on"])
            pub = dt.date.fromisoformat(fm["published"])
            if said > pub: err(f"{where}: said_on after published")
            key = (a, g["actor"], g["topic"], g["stance"], g["said_on"])
            if key in seen: err(f"{where}: duplicate tuple {key}")
            seen.add(key)
            ev = g.get("evidence") or ""
            if norm(ev) not in norm(body):
                err(f"{where}: evidence not found verbatim in {a}: {ev[:60]!r}")
            sp = g.get("speaker")
            if sp and sp not in INSTITUTIONAL:
                ok = False
                for r in officials.get(sp.lower(), []):
                    if r["actor"] != g["actor"] or "(not a speaker)" in r["role"]:
                        continue
                    to = r["to"] or "9999-12-31"
                    if r["from"] <= g["said_on"] <= to:
                        ok = True
                if not ok:
                    err(f"{where}: {sp} does not speak for {g['actor']} on {g['said_on']}")
            per_art[a] += 1; per_actor[g["actor"]] += 1; per_topic[g["topic"]] += 1
            per_stance[g["stance"]] += 1
    for e in errors:
        print("ERROR", e)
    print(f"articles: {len(arts)}  gold claims: {sum(per_art.values())}")
    if ARGS.verbose:
        for slug, (fm, _, words) in arts.items():
            print(f"  {slug:45} {fm['published']}  {words:4} words  {per_art[slug]:2} claims")
    print("per actor:", dict(sorted(per_actor.items())))
    print("per topic:", dict(sorted(per_topic.items())))
    print("per stance:", dict(sorted(per_stance.items())))
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
