#!/usr/bin/python3
"""No capitalised word hyphenated: "Kota Bin-/jai", "Peng-/hargaan".

usage: hyphen.py REPORT.pdf

A line that ends in a piece of a word starting with a capital letter and
a hyphen, while the next line goes on with small letters, is a name or a
capitalised word cut by hyphenation (compounds like "Undang-/Undang"
continue with a capital and are allowed).
"""
import re
import subprocess
import sys

# -raw: the lines as set (plain pdftotext joins hyphenated lines)
text = subprocess.run(["pdftotext", "-raw", sys.argv[1], "-"], check=True,
                      capture_output=True, text=True).stdout
bad = []
lines = text.split("\n")
for a, b in zip(lines, lines[1:]):
    m = re.search(r"(?:^|\s)([A-Z][a-z]+)-$", a.strip())
    if m and re.match(r"[a-z]", b.strip()):
        bad.append("%s-/%s" % (m.group(1), b.strip().split(" ")[0]))
for w in bad:
    print("GAGAL: kata berhuruf kapital dipenggal: %s" % w)
print("%d kata berhuruf kapital dipenggal" % len(bad))
sys.exit(1 if bad else 0)
