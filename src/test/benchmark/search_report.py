#!/usr/bin/env python3
"""Summary of a search benchmark run (README.md, "Search benchmark"): one table from the files that
BenchSearch.java wrote in RESULTS, and relevance per query kind for Atrium and MariaDB FULLTEXT,
scored exactly as shared/tools/search_eval.py scores (its ndcg function is imported; recall@10
and MRR are its two lines).

    python3 search_report.py RESULTS [--eval-tool /work/shared/tools/search_eval.py]

Reads what is there and says "not run" for the rest:
  import.json, import-nosearch.json, catch-up.json, rebuild.json, lag.json, ft-load.json, {atrium,ft}-latency-c{1,4}.json, ft-latency-nl-c1.json,
  atrium-ranked-dev.jsonl   Atrium, labelled dev queries, the dev corpus imported into a fresh server
  ft-ranked-dev.jsonl       FULLTEXT, the same: a table of the dev corpus alone
  atrium-ranked.jsonl       Atrium, once the benchmark corpus is imported beside the dev corpus
  ft-ranked-mixed.jsonl     FULLTEXT, the same: dev documents in the table of the benchmark corpus
  search_eval.txt           the output of search_eval.py itself (its last line is quoted, import failures named)
Writes the table to RESULTS/summary.md too.
"""
import argparse
import importlib.util
import json
import os
import sys


def load_eval(path):
    spec = importlib.util.spec_from_file_location("search_eval", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score(ranked_file, ndcg):
    """Per kind and overall: nDCG@10, recall@10, MRR, as search_eval.py computes them."""
    rows = [json.loads(l) for l in open(ranked_file, encoding="utf-8") if l.strip()]
    kinds = {}
    for r in rows:
        ranked, rel = r["ranked"], set(r["relevant"])
        n = ndcg(ranked, rel)
        rec = len(rel & set(ranked[:10])) / len(rel)
        rr = next((1 / (i + 1) for i, t in enumerate(ranked[:10]) if t in rel), 0.0)
        for k in (r.get("kind") or "-", "ALL"):
            s = kinds.setdefault(k, [0, 0.0, 0.0, 0.0])
            s[0] += 1
            s[1] += n
            s[2] += rec
            s[3] += rr
    return {k: (v[0], v[1] / v[0], v[2] / v[0], v[3] / v[0]) for k, v in kinds.items()}


def read(results, name):
    p = os.path.join(results, name)
    if not os.path.exists(p):
        return None
    with open(p, encoding="utf-8") as f:
        return json.loads(f.read())


def ms(v):
    return "-" if v is None else "%.1f ms" % v


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("--eval-tool", default=os.path.join(os.environ.get("SHARED", "/work/shared"), "tools", "search_eval.py"))
    a = ap.parse_args()
    ev = load_eval(a.eval_tool)
    out = []
    p = out.append

    p("## Search benchmark summary (%s)\n" % os.path.abspath(a.results))
    imp, lag, ftl = read(a.results, "import.json"), read(a.results, "lag.json"), read(a.results, "ft-load.json")
    p("| what | Atrium (Lucene, HTTP) | MariaDB FULLTEXT (JDBC) |")
    p("|---|---|---|")
    if imp:
        p("| import of the corpus | %d lines in %.0f s = **%.0f lines/s** (chunks of %d; failed %d) | %s rows inserted in %.0f s + FULLTEXT index %.0f s |" % (
            imp["lines"], imp["seconds"], imp["linesPerSecond"], imp["chunkLines"], imp["failed"],
            ftl["rows"] if ftl else "-", ftl["insertSeconds"] if ftl else 0, ftl["indexSeconds"] if ftl else 0))
        p("| last item searchable after the import | %s | (at once: the index is built in the load) |" % (
            "**%.1f s** (%.0f s from the first line)" % (imp["lastSearchableSeconds"], imp["untilSearchableSeconds"])
            if imp.get("lastSearchableSeconds") is not None else "NOT within the wait"))
    else:
        p("| import of the corpus | not run | %s |" % (
            "%s rows inserted in %.0f s + FULLTEXT index %.0f s (%.0f MB)" % (ftl["rows"], ftl["insertSeconds"], ftl["indexSeconds"], ftl["mb"])
            if ftl else "not run"))
    ns, cu = read(a.results, "import-nosearch.json"), read(a.results, "catch-up.json")
    if ns:
        p("| the same import, search indexing off | %d lines in %.0f s = **%.0f lines/s** (failed %d)%s | |" % (
            ns["lines"], ns["seconds"], ns["linesPerSecond"], ns["failed"],
            "; indexing on again, the index had caught up %.0f s after the start" % cu["secondsFromStart"] if cu else ""))
    rb = read(a.results, "rebuild.json")
    if rb:
        posts = imp.get("posts") if imp else None
        p("| full rebuild from the database at start-up (index deleted; %s) | %d index items%s in **%.1f s**%s; ready %.0f s after the start | |" % (
            rb["heap"], rb["items"], " holding %d posts" % posts if posts else "", rb["ms"] / 1000.0,
            " = **%.0f posts/s**" % (posts * 1000.0 / rb["ms"]) if posts else "", rb["startToReadySeconds"]))
    for c in (1, 4):
        at, ft = read(a.results, "atrium-latency-c%d.json" % c), read(a.results, "ft-latency-c%d.json" % c)
        cell = lambda s: "p50 %s / p95 %s / p99 %s (%d req, %.0f/s)" % (ms(s["p50Ms"]), ms(s["p95Ms"]), ms(s["p99Ms"]), s["n"], s["perSecond"]) if s else "not run"
        p("| query set, %d client%s | %s | %s |" % (c, "" if c == 1 else "s", cell(at), cell(ft)))
        if at and at.get("serverMs"):
            p("| (Atrium's own tookMs, %d client%s) | p50 %s / p95 %s / p99 %s | |" % (
                c, "" if c == 1 else "s", ms(at["serverMs"]["p50"]), ms(at["serverMs"]["p95"]), ms(at["serverMs"]["p99"])))
    nl = read(a.results, "ft-latency-nl-c1.json")
    if nl:
        p("| query set, 1 client, FULLTEXT with a Dutch stopword list | | p50 %s / p95 %s / p99 %s (%d req, %.0f/s) |" % (
            ms(nl["p50Ms"]), ms(nl["p95Ms"]), ms(nl["p99Ms"]), nl["n"], nl["perSecond"]))
    if lag:
        p("| index-to-search lag (%s, n=%d, %d not found) | **p50 %s / p95 %s** (max %s) | 0 (synchronous FULLTEXT in InnoDB at commit) |" % (
            lag["mode"], lag["n"], lag["missing"], ms(lag["p50Ms"]), ms(lag["p95Ms"]), ms(lag.get("maxMs"))))
    else:
        p("| index-to-search lag | not run | |")
    p("")
    p("Atrium's latency is the full HTTP answer (facets, snippets with `<mark>`, suggestion, total); FULLTEXT's is "
      "`MATCH ... AGAINST (? IN NATURAL LANGUAGE MODE) ... ORDER BY score LIMIT 10` (titles and scores only, "
      "no total, facets or snippets).\n")

    # latency per kind
    rows = []
    for c in (1, 4):
        at, ft = read(a.results, "atrium-latency-c%d.json" % c), read(a.results, "ft-latency-c%d.json" % c)
        kinds = sorted(set((at or {}).get("kinds", {})) | set((ft or {}).get("kinds", {})))
        for k in kinds:
            ak, fk = (at or {}).get("kinds", {}).get(k), (ft or {}).get("kinds", {}).get(k)
            rows.append("| %d | %s | %s | %s | %s | %s |" % (
                c, k, ms(ak["p50Ms"]) if ak else "-", ms(ak["p95Ms"]) if ak else "-", ms(fk["p50Ms"]) if fk else "-",
                ms(fk["p95Ms"]) if fk else "-"))
    if rows:
        p("### Latency per query kind\n")
        p("| clients | kind | Atrium p50 | Atrium p95 | FULLTEXT p50 | FULLTEXT p95 |")
        p("|---|---|---|---|---|---|")
        out.extend(rows)
        zero = (read(a.results, "ft-latency-c1.json") or {}).get("zeroHitQueries")
        if zero:
            p("\nFULLTEXT found nothing for %d of the queries: %s" % (len(zero), ", ".join(zero)))
        zero = (read(a.results, "atrium-latency-c1.json") or {}).get("zeroHitQueries")
        if zero:
            p("\nAtrium found nothing for %d of the queries: %s" % (len(zero), ", ".join(zero)))
        p("")

    # relevance
    settings = [("dev corpus alone (as search_eval.py runs it)", "atrium-ranked-dev.jsonl", "ft-ranked-dev.jsonl"),
                ("dev corpus among the %s benchmark documents (only the labelled items count: many benchmark "
                 "threads on the same subjects are relevant too but unlabelled, so both engines score low)" % (
                     "{:,}".format(ftl["rows"] - ftl.get("devRowsMixedIn", 0)) if ftl else "the"),
                 "atrium-ranked.jsonl", "ft-ranked-mixed.jsonl")]
    for label, af, ff in settings:
        af, ff = os.path.join(a.results, af), os.path.join(a.results, ff)
        sa = score(af, ev.ndcg) if os.path.exists(af) else None
        sf = score(ff, ev.ndcg) if os.path.exists(ff) else None
        if not sa and not sf:
            continue
        p("### Relevance on the labelled dev set: %s\n" % label)
        p("nDCG@10 / recall@10 / MRR as search_eval.py scores them; ratio = Atrium / FULLTEXT (nDCG@10).\n")
        p("| kind | n | Atrium nDCG | recall | MRR | FULLTEXT nDCG | recall | MRR | ratio |")
        p("|---|---|---|---|---|---|---|---|---|")
        kinds = sorted(set(sa or {}) | set(sf or {}), key=lambda k: (k == "ALL", k))
        for k in kinds:
            x, y = (sa or {}).get(k), (sf or {}).get(k)
            n = (x or y)[0]
            fmt = lambda s: "%.3f | %.3f | %.3f" % s[1:] if s else "- | - | -"
            ratio = "%.2f" % (x[1] / y[1]) if x and y and y[1] > 0 else ("inf" if x and y and x[1] > 0 else "-")
            name = "**all**" if k == "ALL" else k
            p("| %s | %d | %s | %s | %s |" % (name, n, fmt(x), fmt(y), ratio))
        p("")
    se = os.path.join(a.results, "search_eval.txt")
    if os.path.exists(se):
        lines = [l for l in open(se, encoding="utf-8").read().splitlines() if l.strip()]
        p("search_eval.py itself on the dev corpus: `%s`\n" % (lines[-1] if lines else "(no output)"))
        imported = [l for l in lines if l.startswith("import:")]
        if imported:
            r = json.loads(imported[0][len("import:"):])
            if r.get("failed"):
                p("Atrium's import of the dev corpus: %d created, **%d failed** (%s): what failed cannot be found by "
                  "Atrium, while the FULLTEXT table holds every line.\n" % (
                      r.get("created", 0), r["failed"],
                      "; ".join("line %s: %s" % (e.get("line"), e.get("message")) for e in r.get("errors", [])[:5])))
    text = "\n".join(out)
    print(text)
    with open(os.path.join(a.results, "summary.md"), "w", encoding="utf-8") as f:
        f.write(text + "\n")


if __name__ == "__main__":
    sys.exit(main())
