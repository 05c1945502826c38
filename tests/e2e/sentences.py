#!/usr/bin/env python3
"""Print every paragraph and list item of a report's content, in reading
order, one per line, with the inline markup removed: the list the e2e test
looks for in pdftotext's output.  Run by hand when content changes:
    python3 tests/e2e/sentences.py content/bkpsdm-binjai-2024 > tests/e2e/expected-sentences.txt
"""
import os
import re
import sys

import yaml


KEYS = {}
REP = None


def clean(s):
    s = s.replace("\\*", "\x00").replace("**", "").replace("*", "")
    s = re.sub(r"\{ref:([a-z0-9-]+)\}", lambda m: KEYS.get(m.group(1), "?"), s)
    # a figure of the data: derived, so any short text may stand there
    s = re.sub(r"\{nilai:[^}]*\}", "⟨nilai⟩", s)
    # a page number ({hal:kunci}): toc.py checks pages; here any short text
    s = re.sub(r"\{hal:[^}]*\}", "⟨nilai⟩", s)
    return re.sub(r"\s+", " ", s.replace("\x00", "*")).strip()


def keys(blocks, chapter, counts):
    """What {ref:kunci} prints: "Tabel 1.6", "Gambar 1.2", in a Lampiran
    (chapter "L2") "Tabel L2.1" (the template's nomor_lampiran)."""
    for b in blocks:
        (k, v), = b.items()
        if k in ("tabel", "gambar"):
            word = "Tabel" if k == "tabel" else "Gambar"
            counts[k] = counts.get(k, 0) + 1
            if isinstance(v, dict) and "kunci" in v:
                KEYS[v["kunci"]] = "%s %s" % (word, "%s.%d" % (chapter, counts[k]) if chapter else counts[k])
        elif k == "bagian":
            keys(v["isi"], chapter, counts)


def text(v):
    return v if isinstance(v, str) else v.get("teks", "")


def items(lst, out):
    for it in lst.get("butir", []):
        out.append(clean(text(it)))
        if isinstance(it, dict) and "daftar" in it:
            items(it["daftar"], out)


def blocks(bs, out):
    for b in bs:
        (k, v), = b.items()
        if k == "paragraf" or k == "kutipan" or k == "judul_kecil":
            out.append(clean(text(v)))
        elif k == "bagian":
            out.append(clean(v["judul"]))
            blocks(v["isi"], out)
        elif k == "daftar":
            items(v, out)
        elif k == "definisi":
            for d in v:
                out.append(clean(d["label"]))
                if "teks" in d:
                    out.append(clean(d["teks"]))
                if "daftar" in d:
                    items(d["daftar"], out)
        elif k == "gambar":
            # a figure floats: the text after it may fill the page before
            # it, so its caption is not in reading order (labels.py and
            # figures.py check the captions and their pages)
            pass
        elif k == "foto":
            lines = v.get("keterangan", [])
            for ln in ([lines] if isinstance(lines, str) else lines):
                out.append(clean(ln))
        elif k == "kop_surat":
            ag = REP["instansi"]
            out.append(clean(ag["pemerintah"]))
            out.append(clean(ag["nama"]))
        elif k == "tanda_tangan":
            if v.get("ditetapkan"):
                out.append("Ditetapkan di %s" % v.get("tempat", ""))
                out.append("pada tanggal %s" % v.get("tanggal", ""))
            for r in ([v["jabatan"]] if isinstance(v["jabatan"], str) else v["jabatan"]):
                out.append(clean(r))
            out.append(clean(v["nama"]))


def main():
    d = sys.argv[1]
    global REP
    rep = REP = yaml.safe_load(open(os.path.join(d, "laporan.yaml")))
    for f in rep["berkas"]:
        part = yaml.safe_load(open(os.path.join(d, f)))
        chapter = {"bab": "%d", "lampiran": "L%d"}.get(part["jenis"])
        keys(part["isi"], chapter % part["nomor"] if chapter else 0, {})
    out = []
    for f in rep["berkas"]:
        part = yaml.safe_load(open(os.path.join(d, f)))
        isi = part["isi"]
        # a letter (an SK) opens with its letterhead, the Lampiran's label under it
        if isi and list(isi[0]) == ["kop_surat"]:
            blocks(isi[:1], out)
            isi = isi[1:]
        out.append(clean(part["judul"]))
        blocks(isi, out)
    for s in out:
        if s:
            print(s)


main()
