#!/usr/bin/python3
"""Every figure of the report is drawn, not only captioned.

figures.py QPDF_JSON PAGE_TEXT_DIR: QPDF_JSON is `qpdf --json=2
--json-stream-data=inline --decode-level=generalized`; PAGE_TEXT_DIR holds
N.txt, the pdftotext of page N.  A page whose text has a figure caption
("Gambar 1.2 …" at the start of a line) outside the Daftar Gambar must
draw vector paths in colour in its content: an RGB fill (`rg`) and at
least a few path segments (`l`).  Prints one line per figure page.
"""
import base64
import json
import os
import re
import sys


def content(objs, ref):
    s = objs["obj:" + ref]["stream"]
    return base64.b64decode(s.get("data", "")).decode("latin-1")


def main():
    j = json.load(open(sys.argv[1]))
    objs = j["qpdf"][1]
    bad = 0
    seen = 0
    for p in j["pages"]:
        n = p["pageposfrom1"]
        text = open(os.path.join(sys.argv[2], "%d.txt" % n)).read()
        if "DAFTAR GAMBAR" in text:
            continue
        caps = re.findall(r"^(Gambar [0-9]+\.[0-9]+) ", text, re.M)
        if not caps:
            continue
        ops = "".join(content(objs, c) for c in p["contents"])
        fills = len(re.findall(r" rg\n", ops))
        segs = len(re.findall(r" l\n", ops))
        ok = fills > 0 and segs >= 3
        seen += len(caps)
        print("%s halaman %d: %d isian warna, %d ruas garis%s" % (
            ", ".join(caps), n, fills, segs, "" if ok else "  <- TIDAK DIGAMBAR"))
        bad += not ok
    if seen == 0:
        print("tidak ada gambar ditemukan")
        bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
