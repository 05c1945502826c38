#!/usr/bin/python3
"""No portrait page left more than 40 % empty by a float.

usage: fill.py REPORT.pdf TEMPLAT.yaml

For every portrait page followed by a landscape page (an orientation
change), or by a page that opens with a figure caption ("Gambar 1.2"),
the lowest line of text in the text column must reach at least 60 % of
the column's height (a landscape page that opens a part, "Lampiran 3:",
is no float: the page before ends its own part).  No exception: a
table after a float follows it in number order and the text after
fills the page (generator/layout_float.c).
"""
import re
import subprocess
import sys
import yaml

MM = 72 / 25.4
EMPTY_MAX = 0.40


def pages(pdf):
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True,
                         capture_output=True, text=True).stdout
    result = []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>',
                         out, re.S):
        w, h = float(m[1]), float(m[2])
        words = [(float(b), float(c), float(a), t) for a, b, c, t in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
            m[3])]
        result.append((w, h, words))
    return result


def main():
    pdf, tpl = sys.argv[1], sys.argv[2]
    margin = yaml.safe_load(open(tpl))["halaman"]["margin"]
    top, bottom = margin["atas"] * MM, margin["bawah"] * MM
    pg = pages(pdf)

    def body(i):
        w, h, words = pg[i]
        return sorted((y0, x, y1, t) for y0, y1, x, t in words
                      if y0 > top - 4 and y1 < h - bottom + 4)

    def opening(i):
        b = body(i)
        return " ".join(t for y0, _, _, t in b if y0 < b[0][0] + 2)

    def landscape(i):
        return pg[i][0] > pg[i][1]

    bad, checked = [], 0
    for i in range(len(pg) - 1):
        if landscape(i) or not body(i):
            continue
        nxt = i + 1
        orientation = landscape(nxt)
        figure = not orientation and re.match(r"Gambar \d", opening(nxt))
        if not orientation and not figure:
            continue
        # a landscape part (Lampiran 3, the SOP) starts on a page of its
        # own: the page before ends its part, no float left it empty
        if orientation and re.match(r"(Lampiran \d+:|BAB [IVX]+)", opening(nxt)):
            continue
        checked += 1
        h = pg[i][1]
        column = h - top - bottom
        lowest = max(y1 for _, _, y1, _ in body(i))
        empty = 1 - (lowest - top) / column
        if empty <= EMPTY_MAX:
            continue
        bad.append("GAGAL: halaman %d %.0f%% kosong sebelum %s"
                   % (i + 1, empty * 100, "halaman lanskap" if orientation
                      else "gambar"))
    for line in bad:
        print(line)
    print("%d halaman sebelum float diperiksa, %d terlalu kosong"
          % (checked, len(bad)))
    return 1 if bad else 0


sys.exit(main())
