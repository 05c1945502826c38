#!/usr/bin/python3
"""Writes the small .xlsx files the tests keep (python3-openpyxl, as an
agency's spreadsheet would be saved): run from the repository root,
`python3 tests/mkxlsx.py`, after changing what a file should hold.  The
damaged ones of tests/bad are made from a good one by their gen.sh."""
import openpyxl
from openpyxl.styles import Font

def sarana(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Catatan"
    ws["A1"] = "lembar lain, tidak dibaca"
    ws = wb.create_sheet("Sarana")
    ws["B1"] = "DAFTAR SARANA"
    ws["B1"].font = Font(bold=True)
    ws.append([])
    ws["B3"], ws["C3"], ws["D3"], ws["E3"] = "No.", "Jenis, Merek", "Kode", "Nilai (Rp)"
    ws["B4"], ws["C4"], ws["D4"], ws["E4"] = 1, "Meja, Olympic", "M-01", 1250000
    ws["B5"], ws["C5"], ws["D5"], ws["E5"] = 2, "Kursi", "K-07", 350000.5
    for c in ("E4", "E5"):
        ws[c].number_format = "#,##0.00"
    wb.save(path)

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
    wb.save(path)

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
    row without a code, an unread column) that must give the same."""
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
        ws.append([line["kode"], line[name], line.get("sumber_dana"),
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
    wb.save(xlsx_path)

sarana("tests/regress/table/xlsx-sarana/sarana.xlsx")
anggaran("content/bkpsdm-binjai-2024/anggaran.yaml",
         "tests/regress/data/anggaran-xlsx-yaml/anggaran.yaml",
         "tests/regress/data/anggaran-xlsx/anggaran.xlsx")
pegawai("tests/regress/data/pegawai/pegawai.csv",
        "tests/regress/data/pegawai-xlsx/pegawai.xlsx")
