#!/usr/bin/env python3
"""A stand-in for Atrium's search API, to check the benchmark's HTTP tools without a server
(README.md, "Search benchmark"). It answers, on loopback only:

  GET  /api/v1/me                         the administrator
  POST /api/v1/import                     JSON lines (CORPUS.md); searchable after --delay seconds
  POST /api/v1/atria/{slug}/threads       {"title","body",...} -> 201 {"id",...}
  POST /api/v1/threads/{id}/posts         {"body"} -> 201 {"id",...}
  GET  /api/v1/search?q=&limit=&offset=   the contract's JSON: total, tookMs, hits (type, title, url,
                                          snippet with <mark>, atrium, score), facets, suggestion

with Bearer TOKEN only (else 401). Matching is naive: every lower-cased word of the query in the
title or text. It measures nothing about Atrium.

    python3 search_stub.py --port 8099 --token bench-token [--delay 0.3]
"""
import argparse
import html
import json
import re
import socket
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

WORD = re.compile(r"\w+", re.UNICODE)


class Index:
    def __init__(self, delay):
        self.delay = delay
        self.lock = threading.Lock()
        self.docs = {}  # key -> dict(type, title, text, atrium, tags, visible_at, words)
        self.source = {}  # question source id -> key
        self.next_id = 1

    def put(self, key, type_, title, text, atrium, tags):
        with self.lock:
            d = self.docs.get(key)
            if d:
                d["text"] += "\n" + text
            else:
                d = self.docs[key] = dict(id=self.next_id, type=type_, title=title, text=text, atrium=atrium, tags=tags)
                self.next_id += 1
            d["words"] = set(WORD.findall((d["title"] + " " + d["text"]).lower()))
            d["visible_at"] = time.time() + self.delay
            return d

    def search(self, q, limit, offset):
        words = WORD.findall(q.lower())
        now = time.time()
        with self.lock:
            found = [d for d in self.docs.values() if d["visible_at"] <= now and words and all(w in d["words"] for w in words)]
        found.sort(key=lambda d: (-sum(d["title"].lower().count(w) * 3 + d["text"].lower().count(w) for w in words), d["id"]))
        facets = {"type": {}, "atrium": {}, "tag": {}}
        for d in found:
            facets["type"][d["type"]] = facets["type"].get(d["type"], 0) + 1
            if d["atrium"]:
                facets["atrium"][d["atrium"]] = facets["atrium"].get(d["atrium"], 0) + 1
            for t in d["tags"]:
                facets["tag"][t] = facets["tag"].get(t, 0) + 1
        hits = []
        for d in found[offset:offset + limit]:
            text = html.escape(d["text"][:200])
            for w in words:
                text = re.sub(r"(?i)\b(%s)\b" % re.escape(html.escape(w)), r"<mark>\1</mark>", text)
            hits.append({"type": d["type"], "id": d["id"], "title": d["title"], "url": "/%s/%d" % (d["type"], d["id"]),
                         "snippet": text, "atrium": d["atrium"], "score": float(len(words))})
        return {"total": len(found), "hits": hits, "facets": facets if found else {}, "suggestion": None}


def handler(index, token):
    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self):
            super().setup()
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # headers and body are two writes

        def log_message(self, *args):
            pass

        def send(self, status, obj):
            body = json.dumps(obj, ensure_ascii=False).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def authorised(self):
            if self.headers.get("Authorization") != "Bearer " + token:
                self.send(401, {"error": "unauthorized", "message": "token"})
                return False
            return True

        def body(self):
            return self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")

        def do_GET(self):
            if not self.authorised():
                return
            u = urllib.parse.urlparse(self.path)
            if u.path == "/api/v1/me":
                return self.send(200, {"username": "admin", "displayName": "Admin", "organisation": None, "role": "ADMIN",
                                       "atria": []})
            if u.path != "/api/v1/search":
                return self.send(404, {"error": "notFound", "message": u.path})
            p = urllib.parse.parse_qs(u.query)
            t = time.perf_counter()
            res = index.search(p.get("q", [""])[0], int(p.get("limit", ["10"])[0]), int(p.get("offset", ["0"])[0]))
            res = {"total": res["total"], "tookMs": int((time.perf_counter() - t) * 1000), "hits": res["hits"],
                   "facets": res["facets"], "suggestion": res["suggestion"]}
            self.send(200, res)

        def do_POST(self):
            if not self.authorised():
                return
            path = urllib.parse.urlparse(self.path).path
            data = self.body()
            if path == "/api/v1/import":
                created = failed = 0
                errors = []
                for n, line in enumerate(data.splitlines(), 1):
                    if not line.strip():
                        continue
                    try:
                        r = json.loads(line)
                        if r["type"] == "answer":
                            key = index.source[r["parent"]]
                            index.put(key, "thread", None, r["body"], None, [])
                        else:
                            key = "%s:%s" % (r["type"], r["id"])
                            kind = "thread" if r["type"] == "question" else r["type"]
                            index.put(key, kind, r["title"], r.get("body") or r.get("text") or "", r.get("atrium"), r.get("tags") or [])
                            if r["type"] == "question":
                                index.source[r["id"]] = key
                        created += 1
                    except Exception as e:  # noqa: BLE001 - a bad line is reported, as the real import does
                        failed += 1
                        errors.append({"line": n, "message": repr(e)})
                return self.send(200, {"created": created, "updated": 0, "failed": failed, "errors": errors[:1000],
                                       "createdAtria": []})
            m = re.fullmatch(r"/api/v1/atria/([^/]+)/threads", path)
            if m:
                r = json.loads(data)
                key = "thread:new:%f" % time.time()
                d = index.put(key, "thread", r["title"], r["body"], m.group(1), r.get("tags") or [])
                index.source["new:%d" % d["id"]] = key
                return self.send(201, {"id": d["id"], "title": d["title"], "url": "/thread/%d" % d["id"]})
            m = re.fullmatch(r"/api/v1/threads/(\d+)/posts", path)
            if m and "new:" + m.group(1) in index.source:
                r = json.loads(data)
                index.put(index.source["new:" + m.group(1)], "thread", None, r["body"], None, [])
                return self.send(201, {"id": int(time.time() * 1000), "body": r["body"]})
            self.send(404, {"error": "notFound", "message": path})

    return H


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=8099)
    ap.add_argument("--token", default="bench-token")
    ap.add_argument("--delay", type=float, default=0.3, help="seconds until a write is searchable")
    a = ap.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", a.port), handler(Index(a.delay), a.token))
    print("search stub on http://127.0.0.1:%d" % a.port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
