#!/usr/bin/env python3
"""Makes typo queries from a labelled query set (queries.jsonl, format in CORPUS.md): for every
query, its longest word misspelt three ways (a letter dropped, two swapped, one changed), with the
same relevant titles and kind "typo-drop|typo-swap|typo-change". Deterministic (seeded).

  typo_queries.py ../../../shared/data/search-dev/queries.jsonl > /tmp/typos.jsonl
  python3 search_eval.py --skip-import --queries /tmp/typos.jsonl ...
"""
import json, random, sys

def variants(word, rnd):
    i = rnd.randrange(1, len(word) - 1)
    dropped = word[:i] + word[i + 1:]
    j = rnd.randrange(1, len(word) - 2)
    swapped = word[:j] + word[j + 1] + word[j] + word[j + 2:]
    k = rnd.randrange(1, len(word) - 1)
    letters = "abcdefghijklmnoprstuvwz".replace(word[k], "")
    changed = word[:k] + rnd.choice(letters) + word[k + 1:]
    return {"typo-drop": dropped, "typo-swap": swapped, "typo-change": changed}

def main():
    rnd = random.Random(2026)
    for line in open(sys.argv[1], encoding="utf-8"):
        if not line.strip():
            continue
        q = json.loads(line)
        text = q["q"].replace('"', "")
        words = text.split()
        longest = max(words, key=len)
        if len(longest) < 6 or longest.isupper():
            continue
        for kind, typo in variants(longest, rnd).items():
            if typo == longest:
                continue
            print(json.dumps({"q": text.replace(longest, typo, 1), "relevant": q["relevant"], "kind": kind},
                             ensure_ascii=False))

if __name__ == "__main__":
    main()
