#!/usr/bin/env python3
"""Write the kremlin.ru gold sample as Markdown articles for `stancelog eval`.

The sample (`data/eval/kremlin/`) holds only annotations: the release texts come from
`../shared/corpora/kremlin-2021-2022.csv` (kremlin.ru press releases, CC BY 4.0), which is not
part of the repository. This script turns the releases listed in `data/eval/kremlin/sample.txt`
into one Markdown file each, `kremlin-<id>.md`, with YAML front matter.

Usage (from the repository root):

    python3 scripts/kremlin-sample.py OUT_DIR [CSV]
        write one Markdown file per listed release into OUT_DIR (created if missing)
    python3 scripts/kremlin-sample.py --select [CSV]
        print the reproducible selection (the content of sample.txt) to stdout

CSV defaults to ../shared/corpora/kremlin-2021-2022.csv relative to the repository root.
Exit status: 0 on success, 2 when the CSV (or sample.txt) is absent or a listed link is not in
the CSV. Standard library only.
"""

import csv
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CSV = os.path.join(ROOT, "..", "shared", "corpora", "kremlin-2021-2022.csv")
SAMPLE = os.path.join(ROOT, "data", "eval", "kremlin", "sample.txt")

# Selection rule (documented in data/eval/kremlin/README.md).
SEED = 20261126
MAX_WORDS = 1500  # body strictly shorter than this, counted with str.split()
TOPIC_VOCABULARY = re.compile(
    r"sanction|\bNATO\b|weapon|\barms\b|negotiat|\btalks\b|\btroops\b|frozen|freez|"
    r"\breserves\b|\bassets\b|membership|missile",
    re.IGNORECASE,
)
# Readouts of calls with leaders of actors in the gazetteer (DESIGN.md §3, officials.csv).
CALL_HEADLINE = re.compile(r"^Telephone conversations? with")
CALL_PARTNER = re.compile(
    r"France|Macron|German|Scholz|Merkel|British|Johnson|US President|Biden|Turkey|Erdogan|"
    r"Italy|Draghi|China|Xi Jinping|Hungary|Orban|European Council|Charles Michel"
)
# Transcripts: the body names its speakers ("Vladimir Putin: ...").
TRANSCRIPT = re.compile(r"Vladimir Putin\s*:")
STRATA = (("call", 7), ("transcript", 6), ("topical", 12), ("other", 15))


def die(message):
    print(f"kremlin-sample: {message}", file=sys.stderr)
    sys.exit(2)


def read_csv(path):
    if not os.path.isfile(path):
        die(
            f"corpus not found: {path}\n"
            "  The kremlin.ru corpus is not part of the repository; it lives in ../shared/corpora/.\n"
            "  Pass its path as an argument if it is elsewhere."
        )
    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def numeric_id(link):
    m = re.search(r"/(\d+)/?$", link)
    if not m:
        die(f"no numeric id at the end of link {link!r}")
    return m.group(1)


def stratum(row):
    body, headline = row["body"], row["headline"]
    if not TOPIC_VOCABULARY.search(body):
        return "other"
    if CALL_HEADLINE.search(headline) and CALL_PARTNER.search(headline):
        return "call"
    if TRANSCRIPT.search(body):
        return "transcript"
    return "topical"


def select(rows):
    pools = {name: [] for name, _ in STRATA}
    for row in rows:
        if len(row["body"].split()) < MAX_WORDS:
            pools[stratum(row)].append(row)
    rng = random.Random(SEED)
    lines = [
        f"# kremlin.ru gold sample: {sum(n for _, n in STRATA)} releases, "
        f"selected by `python3 scripts/kremlin-sample.py --select` (seed {SEED})",
    ]
    for name, n in STRATA:
        pool = sorted(pools[name], key=lambda r: int(numeric_id(r["link"])))
        picked = sorted(rng.sample(pool, n), key=lambda r: int(numeric_id(r["link"])))
        lines.append(f"# {name}: {n} of {len(pool)}")
        lines.extend(r["link"] for r in picked)
    return lines


def read_sample(path):
    if not os.path.isfile(path):
        die(f"sample list not found: {path}")
    links = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                links.append(line)
    return links


def published(date):
    # The date column is ISO 8601 with a time, "2022-02-15T17:30:00Z"; kremlin.ru's day is
    # the date part.
    m = re.match(r"(\d{4}-\d{2}-\d{2})", date)
    if not m:
        die(f"unexpected date format {date!r}")
    return m.group(1)


def write_articles(out_dir, rows, links):
    by_link = {r["link"]: r for r in rows}
    missing = [l for l in links if l not in by_link]
    if missing:
        die("links not in the corpus: " + ", ".join(missing))
    os.makedirs(out_dir, exist_ok=True)
    for link in links:
        row = by_link[link]
        name = f"kremlin-{numeric_id(link)}.md"
        text = (
            "---\n"
            f"title: {json.dumps(row['headline'].strip(), ensure_ascii=False)}\n"
            "source: kremlin.ru\n"
            f"url: {json.dumps(link)}\n"
            f"published: {published(row['date'])}\n"
            "---\n\n"
            f"{row['body'].strip()}\n"
        )
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            f.write(text)
    print(f"kremlin-sample: wrote {len(links)} articles to {out_dir}", file=sys.stderr)


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stdout if argv else sys.stderr)
        return 0 if argv else 2
    if argv[0] == "--select":
        rows = read_csv(argv[1] if len(argv) > 1 else DEFAULT_CSV)
        print("\n".join(select(rows)))
        return 0
    out_dir = argv[0]
    rows = read_csv(argv[1] if len(argv) > 1 else DEFAULT_CSV)
    write_articles(out_dir, rows, read_sample(SAMPLE))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
