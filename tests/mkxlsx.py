#!/usr/bin/python3
"""Writes the small .xlsx files the tests keep, with two real writers
(python3-xlsxwriter, which writes shared strings as Excel does, and
python3-openpyxl, which writes inline strings): run from the repository root,
`/usr/bin/python3 tests/mkxlsx.py`, after changing what a file should
hold.  The damaged workbooks of tests/bad are made here from good ones
(all but the zip bomb and the sheet of too many cells, which their gen.sh
make: git keeps no 100 KiB files)."""
import datetime
import io
import zipfile

import openpyxl
from openpyxl.styles import Font

WHEN = datetime.datetime(2024, 1, 1)

def saved(wb):
    """The workbook's bytes, the same on every run: fixed document dates
    and zip times (openpyxl writes the time of the run)."""
    wb.properties.created = wb.properties.modified = WHEN
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i in src.infolist():
            info = zipfile.ZipInfo(i.filename, WHEN.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, src.read(i.filename))
    return out.getvalue()

def write(path, data):
    with open(path, "wb") as f:
        f.write(data)

def normal(data):
    """A zip's bytes with fixed member times, the same on every run."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i in src.infolist():
            info = zipfile.ZipInfo(i.filename, WHEN.timetuple()[:6])
            info.compress_type = i.compress_type
            z.writestr(info, src.read(i.filename))
    return out.getvalue()

def sarana(path):
    """The table of csv-titik-koma as a sheet, written by XlsxWriter as
    Excel writes it (shared strings, number styles); path: a name or a
    file object."""
    import xlsxwriter
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    wb.set_properties({"created": WHEN})
    wb.add_worksheet("Catatan").write("A1", "lembar lain, tidak dibaca")
    ws = wb.add_worksheet("Sarana")
    money = wb.add_format({"num_format": "#,##0.00"})
    ws.write("B1", "DAFTAR SARANA", wb.add_format({"bold": True}))
    ws.write_row("B3", ["No.", "Jenis, Merek", "Kode", "Nilai (Rp)"])
    ws.write_row("B4", [1, "Meja, Olympic", "M-01"])
    ws.write_number("E4", 1250000, money)
    ws.write_row("B5", [2, "Kursi", "K-07"])
    ws.write_number("E5", 350000.5, money)
    wb.close()
    data = normal(buf.getvalue())
    if isinstance(path, str):
        write(path, data)
    else:
        path.write(data)

def pegawai(csv_path, path):
    """The staff list of a CSV file as a sheet: a title row, then the
    header; every field text (an 18-digit NIP does not survive as a
    number: a spreadsheet keeps 15 digits)."""
    import csv
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Pegawai"
    ws.append(["DAFTAR PEGAWAI"])
    with open(csv_path, encoding="utf-8") as f:
        for row in csv.reader(f, delimiter=";"):
            ws.append([v if v != "" else None for v in row])
    write(path, saved(wb))

# Permendagri 90/2019 codes for the reference's program tree (BKPSDM:
# 5.03 Kepegawaian, 5.04 Pendidikan dan Pelatihan; a kota's kegiatan
# carry 2 as their fourth part)
def coded(tree):
    """The reference's urusan with a kode on every line."""
    for u, ur in enumerate(tree, start=3):
        ur["kode"] = "5.%02d" % u
        for p, pr in enumerate(ur["program"], start=1):
            pr["kode"] = "%s.%02d" % (ur["kode"], p)
            for k, kg in enumerate(pr["kegiatan"], start=1):
                kg["kode"] = "%s.2.%02d" % (pr["kode"], k)
                for n, sub in enumerate(kg.get("sub_kegiatan", []), start=1):
                    sub["kode"] = "%s.%04d" % (kg["kode"], n)
    return tree

def rupiah(v):
    """'3.827.105.350' (YAML text) as a number, exactly."""
    from decimal import Decimal
    if isinstance(v, int):
        return v
    d = Decimal(str(v).replace(".", "").replace(",", "."))
    return int(d) if d == d.to_integral() else float(d)

def anggaran(ref, yaml_path, xlsx_path):
    """The program tree of the reference anggaran.yaml twice: as YAML
    with codes, and as a DPA sheet (titles, a header on row 4, a total
    row without a code, an unread column, urusan codes stored as numbers)
    that must give the same."""
    import yaml
    with open(ref, encoding="utf-8") as f:
        tree = coded(yaml.safe_load(f)["anggaran"]["urusan"])
    with open(yaml_path, "w", encoding="utf-8") as f:
        f.write("# Written by tests/mkxlsx.py from the reference anggaran.yaml's"
                " program tree,\n# with codes: the YAML twin of anggaran.xlsx.\n")
        yaml.safe_dump({"anggaran": {"urusan": tree}}, f, allow_unicode=True,
                       sort_keys=False, width=1000)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DPA"
    ws.append(["PEMERINTAH KOTA CONTOH"])
    ws.append(["REALISASI ANGGARAN 2024"])
    ws.append([])
    ws.append(["Kode Rekening", "Uraian", "Sumber Dana", "Kunci", "Sasaran",
               "Pagu Murni", "Pagu Perubahan", "Realisasi", "%"])
    def row(line, name):
        amts = [rupiah(line[k]) if k in line else None
                for k in ("murni", "perubahan", "realisasi")]
        # an urusan's code typed without a text style: the number 5.03
        kode = float(line["kode"]) if line["kode"].count(".") == 1 else line["kode"]
        ws.append([kode, line[name], line.get("sumber_dana"),
                   line.get("kunci"), ", ".join(line.get("sasaran", [])) or None]
                  + amts + [None])
        for c in ws[ws.max_row][5:8]:
            c.number_format = "#,##0.00"
    for ur in tree:
        row(ur, "nama")
        for pr in ur["program"]:
            row(pr, "nama")
            for kg in pr["kegiatan"]:
                row(kg, "nama")
                for sub in kg.get("sub_kegiatan", []):
                    row(sub, "nama")
    ws.append([None, "JUMLAH", None, None, None, None, None, None, None])
    write(xlsx_path, saved(wb))

def jenis_sel(path):
    """One cell of each kind, written by XlsxWriter with the styles a
    spreadsheet gives them; column A says what column B holds."""
    import xlsxwriter
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    wb.set_properties({"created": WHEN})
    ws = wb.add_worksheet("Sel")
    fmt = lambda f: wb.add_format({"num_format": f})
    ws.write_row("A1", ["Sel", "Isi"])
    ws.write("A2", "tanggal")
    ws.write_datetime("B2", datetime.datetime(2024, 12, 31), fmt("dd/mm/yyyy"))
    ws.write("A3", "tanggal dan jam")
    ws.write_datetime("B3", datetime.datetime(2025, 1, 15, 8, 30), fmt("dd/mm/yyyy hh:mm"))
    ws.write("A4", "jam")
    ws.write_datetime("B4", datetime.datetime(1899, 12, 31, 16, 45), fmt("hh:mm"))
    ws.write("A5", "persen")
    ws.write_number("B5", 0.9194, fmt("0.00%"))
    ws.write("A6", "benar")
    ws.write_boolean("B6", True)
    ws.write("A7", "rumus angka")
    ws.write_formula("B7", "=2*3", None, 6)
    ws.write("A8", "rumus teks")
    ws.write_formula("B8", '="Rp"&"10"', None, "Rp10")
    ws.write("A9", "sisa biner")
    ws.write_number("B9", 0.1 + 0.2)
    ws.write("A10", "kosong")
    ws.write_blank("B10", None, fmt("#,##0"))
    ws.write("A11", "ribuan")
    ws.write_number("B11", 3827105350, fmt("#,##0"))
    wb.close()
    # XlsxWriter writes 0.1 + 0.2 as "0.3"; LibreOffice writes the double
    # as it is, 17 digits: store that
    write(path, edit(normal(buf.getvalue()), "xl/worksheets/sheet1.xml",
                     lambda t: t.replace('<c r="B9"><v>0.3</v>',
                                         '<c r="B9"><v>0.30000000000000004</v>')))

# ---- tests/bad: damaged and wrong workbooks -------------------------
import io
import os
import re
import zipfile

BAD = "tests/bad"

def good_table():
    """The bytes of a good table workbook (sheets Sarana and Catatan)."""
    buf = io.BytesIO()
    sarana(buf)
    return buf.getvalue()

def members(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i.filename, z.read(i.filename)) for i in z.infolist()]

def rezip(parts):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in parts:
            # fixed times: the same bytes every run
            info = zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, body)
    return buf.getvalue()

def edit(data, name, fn):
    """data with member name's text passed through fn (None: left out)."""
    out = []
    for n, body in members(data):
        if n == name:
            body = fn(body.decode("utf-8"))
            if body is None:
                continue
            body = body.encode("utf-8")
        out.append((n, body))
    return rezip(out)

def sheet_of(data, title):
    """The member holding sheet `title` (openpyxl: sheetN.xml in order)."""
    wb = openpyxl.load_workbook(io.BytesIO(data))
    return "xl/worksheets/sheet%d.xml" % (wb.sheetnames.index(title) + 1)

def put(case, name, data):
    os.makedirs(os.path.join(BAD, case), exist_ok=True)
    with open(os.path.join(BAD, case, name), "wb") as f:
        f.write(data)

def bad_cases():
    g = good_table()
    sh = sheet_of(g, "Sarana")
    put("470-xlsx-zip-rusak", "tabel.xlsx", g[:len(g) // 2])
    put("471-xlsx-tanpa-workbook", "tabel.xlsx",
        edit(g, "xl/workbook.xml", lambda t: None))
    put("472-xlsx-lembar-tak-ada", "tabel.xlsx", g)
    # a closing tag that does not match: expat says where
    put("473-xlsx-xml-rusak", "tabel.xlsx",
        edit(g, sh, lambda t: t.replace("</row>", "</rw>", 2)))
    # "billion laughs": refused at the DOCTYPE, never expanded
    lol = ('<?xml version="1.0"?>\n<!DOCTYPE sst [\n<!ENTITY a "ha">\n'
           + "".join('<!ENTITY %s "%s">\n' % (chr(98 + i), ("&%s;" % chr(97 + i)) * 10)
                     for i in range(9))
           + ']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<si><t>&j;</t></si></sst>')
    put("474-xlsx-entitas", "tabel.xlsx",
        edit(g, "xl/sharedStrings.xml", lambda t: lol))
    put("475-xlsx-bom-zip", "tabel.xlsx", g)	# gen.sh makes the bomb
    # a shared string index far past the list
    put("476-xlsx-indeks-teks", "tabel.xlsx",
        edit(g, sh, lambda t: re.sub(r'(<c r="C5"[^>]*t="s"[^>]*><v>)\d+',
                                     r"\g<1>4294967296", t)))
    # cell C4 stored twice
    put("477-xlsx-sel-dobel", "tabel.xlsx",
        edit(g, sh, lambda t: re.sub(r'(<c r="C4".*?</c>)', r"\1\1", t, count=1)))
    put("478-xlsx-tanpa-teks-bersama", "tabel.xlsx",
        edit(g, "xl/sharedStrings.xml", lambda t: None))
    # formulas: one never computed (openpyxl stores no value), one an error
    wb = openpyxl.load_workbook(io.BytesIO(g))
    ws = wb["Sarana"]
    ws["E4"] = "=E5*2"
    ws["E5"] = "#DIV/0!"
    put("479-xlsx-rumus", "tabel.xlsx", saved(wb))
    # damaged compressed bytes of the sheet: the CRC or inflate fails
    raw = bytearray(g)
    with zipfile.ZipFile(io.BytesIO(g)) as z:
        info = z.getinfo(sh)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 40, start + 60):
        raw[i] ^= 0x5A
    put("480-xlsx-crc", "tabel.xlsx", bytes(raw))
    put("482-xlsx-sumber-salah", "tabel.xlsx", g)
    # and a header too wide to read without 'kolom'
    wb = openpyxl.load_workbook(io.BytesIO(g))
    wide = wb.create_sheet("Lebar")
    wide.append(["Kolom %d" % k for k in range(1, 71)])
    wide.append(list(range(1, 71)))
    put("488-xlsx-kolom-salah", "tabel.xlsx", saved(wb))
    put("489-xlsx-sel-terlalu-banyak", "tabel.xlsx", g)	# gen.sh adds the cells
    put("483-xlsx-kepala-kosong", "tabel.xlsx", g)
    # numbers a sheet can hold but a report cannot
    wb = openpyxl.load_workbook(io.BytesIO(g))
    ws = wb["Sarana"]
    ws["E4"] = 1e40
    ws["E5"] = -5
    ws["E5"].number_format = "dd/mm/yyyy"
    put("485-xlsx-angka-besar", "tabel.xlsx", saved(wb))
    put("486-xlsx-tanpa-lembar", "tabel.xlsx",
        edit(g, "xl/workbook.xml", lambda t: re.sub(r"<sheets>.*</sheets>",
                                                   "<sheets/>", t)))
    put("487-xlsx-rels", "tabel.xlsx",
        edit(g, "xl/_rels/workbook.xml.rels",
             lambda t: re.sub(r'<Relationship [^>]*Id="rId2"[^>]*/>', "", t)))
    anggaran_bad()
    pegawai_bad()

def anggaran_bad():
    """A DPA sheet with every budget mistake the sheet reader names."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DPA"
    ws.append(["Kode", "Uraian", "Murni", "Perubahan", "Realisasi"])
    rows = [
        ("5.03", "Kepegawaian", None, None, None),
        ("5.03.01", "Program Penunjang", 1000000, None, None),  # != 900.000
        ("5.03.01.2.01", "Administrasi Keuangan", 900000, 950000, 0.125),
        ("5.03.01.2.01.0001", "Gaji dan Tunjangan", None, 950000, 940000),
        ("5.03.01.2.01.0001", "Gaji lagi", None, 1, 1),         # twice
        ("5.3.01", "Kode salah", None, None, None),             # no such form
        ("5.09.01", "Program tanpa urusan", 5, None, None),     # no 5.09
        ("5.03.02.2.01", "", 7, None, None),                    # no program, no name
        (None, "JUMLAH", 1000005, None, None),                  # not read
    ]
    for r in rows:
        ws.append(list(r))
    put("481-xlsx-anggaran", "anggaran.xlsx", saved(wb))

def pegawai_bad():
    """Staff from a sheet: a header lakin does not know, a wrong NIP."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Pegawai"
    ws.append(["Nama", "NIP", "Golongan", "Umur"])
    ws.append(["Budi", "19700512 199503 1 002", "IV/c", 54])
    ws.append(["Rina", "1978082220031220", "IV/a", 46])
    put("484-xlsx-pegawai", "pegawai.xlsx", saved(wb))

def fuzz_seed(path):
    """The XML parts tests/fuzz/fuzz_read.c wraps into a workbook: the
    table's sheet, shared strings and number styles."""
    import zipfile
    buf = io.BytesIO()
    sarana(buf)
    z = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    parts = [z.read("xl/worksheets/sheet2.xml"), z.read("xl/sharedStrings.xml"),
             z.read("xl/styles.xml")]
    with open(path, "wb") as f:
        f.write(b"\n@@@\n".join(parts))

sarana("tests/regress/table/xlsx-sarana/sarana.xlsx")
jenis_sel("tests/regress/table/xlsx-jenis-sel/sel.xlsx")
anggaran("content/bkpsdm-binjai-2024/anggaran.yaml",
         "tests/regress/data/anggaran-xlsx-yaml/anggaran.yaml",
         "tests/regress/data/anggaran-xlsx/anggaran.xlsx")
pegawai("tests/regress/data/pegawai/pegawai.csv",
        "tests/regress/data/pegawai-xlsx/pegawai.xlsx")
bad_cases()
fuzz_seed("tests/fuzz/corpus-read/xlsx-bagian.txt")
