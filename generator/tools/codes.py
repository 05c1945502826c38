#!/usr/bin/python3
"""The finding codes, from generator/diag_msgs.h, for the README and lakin(1).

usage: codes.py list                      one code a line
       codes.py update README.md lakin.1  rewrite the generated blocks
       codes.py check README.md lakin.1   exit 1 when a block is not what
                                          update would write

A code is the message identifier without MSG_, lower case, '-' for '_'
(MSG_YAML_DUPKEY: yaml-dupkey), as diag_code() in generator/diag.c makes
it.  The blocks stand between the lines holding "kode-temuan:mulai" and
"kode-temuan:akhir" (an HTML comment in Markdown, a comment in mdoc).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MSGS = os.path.join(HERE, "..", "diag_msgs.h")
SEV = {"NOTE": "catatan", "WARN": "peringatan", "ERROR": "galat", "FATAL": "galat"}
PAT = re.compile(r'^DIAG_MSG\(MSG_(\w+), SEV_(\w+), "((?:[^"\\]|\\.)*)", '
                 r'"((?:[^"\\]|\\.)*)"\)$')
CONV = re.compile(r"%[-+ #0]*(?:\*|\d+)?(?:\.(?:\*|\d+))?(?:hh|h|ll|l|z|j|t|L)?([diuxXocspeEfFgG%])")
BEGIN, END = "kode-temuan:mulai", "kode-temuan:akhir"


def unc(s):
    """A C string literal's body as text."""
    return bytes(s, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")


def meaning(fmt):
    """The message with every value shown as '…'."""
    return CONV.sub(lambda m: "%" if m.group(1) == "%" else "…", fmt)


def codes():
    out = []
    with open(MSGS, encoding="utf-8") as f:
        for line in f:
            m = PAT.match(line.strip())
            if m:
                out.append((m.group(1).lower().replace("_", "-"), SEV[m.group(2)],
                            meaning(unc(m.group(3))), meaning(unc(m.group(4)))))
    return out


def markdown(rows):
    def esc(s):
        for a in "\\|*_<`[":
            s = s.replace(a, "\\" + a)
        return s
    out = ["| Kode | Tingkat | Arti | *Meaning* |", "|---|---|---|---|"]
    for c, s, i, e in rows:
        out.append("| `%s` | %s | %s | *%s* |" % (c, s, esc(i), esc(e)))
    return out


def roff(s):
    """Text lines for roff: backslashes escaped, non-ASCII as \\[uXXXX],
    at most 80 bytes each (filling joins them again)."""
    words = s.replace("\\", "\\e").split(" ")
    words = ["".join(ch if ord(ch) < 128 else "\\[u%04X]" % ord(ch) for ch in w)
             for w in words]
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 72:
            lines.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    lines.append(cur)
    return ["\\&" + l if l[:1] in (".", "'") else l for l in lines]


def mdoc(rows):
    out = [".Bl -tag -width Ds"]
    for c, s, i, e in rows:
        out += [".It Li %s Pq %s" % (c, s)] + roff(i) + [".Pp"] + roff("(en) " + e)
    out.append(".El")
    return out


def block(path):
    return markdown(codes()) if path.endswith(".md") else mdoc(codes())


def rewrite(path, write):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    try:
        b = next(k for k, l in enumerate(lines) if BEGIN in l)
        e = next(k for k, l in enumerate(lines) if END in l and k > b)
    except StopIteration:
        print("%s: tidak ada baris %s ... %s" % (path, BEGIN, END), file=sys.stderr)
        return False
    new = lines[:b + 1] + block(path) + lines[e:]
    if new == lines:
        return True
    if write:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(new))
        return True
    print("%s: daftar kode temuan tidak sama dengan generator/diag_msgs.h; "
          "jalankan: generator/tools/codes.py update %s" % (path, path), file=sys.stderr)
    return False


def main(argv):
    if len(argv) == 2 and argv[1] == "list":
        for row in codes():
            print(row[0])
        return 0
    if len(argv) >= 3 and argv[1] in ("update", "check"):
        ok = all([rewrite(p, argv[1] == "update") for p in argv[2:]])
        return 0 if ok else 1
    print(__doc__.split("\n\n")[1], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
