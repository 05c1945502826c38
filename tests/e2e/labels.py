#!/usr/bin/env python3
"""labels.py QPDF_JSON: print the PDF page label of every page, one a line,
computed from the /PageLabels number tree that qpdf --json reports."""
import json
import sys


def roman(n):
    out = ""
    for v, s in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                 (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"),
                 (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out += s
            n -= v
    return out


doc = json.load(open(sys.argv[1]))
npages = len(doc["pages"])
ranges = sorted((pl["index"], pl["label"]) for pl in doc.get("pagelabels", []))
for p in range(npages):
    first, lab = max((r for r in ranges if r[0] <= p), default=(0, {}))
    prefix = lab.get("/P", "")
    if isinstance(prefix, str) and prefix.startswith("u:"):
        prefix = prefix[2:]
    style = lab.get("/S")
    n = lab.get("/St", 1) + p - first
    num = "" if style is None else roman(n) if style == "/r" else str(n)
    print(prefix + num)
