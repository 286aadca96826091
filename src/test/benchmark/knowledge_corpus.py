"""Writes a JSON-lines corpus (CORPUS.md) for the knowledge benchmark: 5,000 wiki pages in one
Atrium, 3,000 guidance publications and 3,000 practice cases, with Dutch planning words.

    python3 knowledge_corpus.py > /tmp/bench-knowledge.ndjson
"""
import json
import random
import sys

random.seed(7)
WORDS = ("omgevingsvergunning ruimtelijk uitvoeringsplan bouwdiepte hemelwater verordening gecoro openbaar "
         "onderzoek bezwaren stedenbouwkundig advies woonerf verkaveling mobiliteit bouwshift ruimterendement "
         "zonevreemd landbouwgebied parkeren fietsenstalling").split()


def text(n):
    return " ".join(random.choice(WORDS) for _ in range(n))


out = sys.stdout
for i in range(5000):
    out.write(json.dumps({"id": f"bw{i}", "type": "wiki", "atrium": "bench-kennis", "author": f"auteur{i % 50}",
                          "title": f"Pagina {i} {text(3)}", "body": text(60) + f" Zie [[Pagina {i + 1} x]].",
                          "tags": [random.choice(WORDS) for _ in range(2)]}) + "\n")
for i in range(3000):
    out.write(json.dumps({"id": f"bg{i}", "type": "guidance", "level": random.choice(["FLEMISH", "PROVINCIAL"]),
                          "author": f"publicist{i % 20}", "title": f"Richtlijn {i} {text(3)}", "body": text(80),
                          "tags": [random.choice(WORDS)],
                          "created": f"20{20 + i % 6}-0{1 + i % 9}-1{i % 9}T10:00:00Z"}) + "\n")
for i in range(3000):
    out.write(json.dumps({"id": f"bp{i}", "type": "practice",
                          "municipality": random.choice(["44021", "31005", "44083", "11002", "24062"]),
                          "author": f"gemeente{i % 40}", "title": f"Praktijk {i} {text(3)}", "body": text(80),
                          "tags": [random.choice(WORDS)]}) + "\n")
