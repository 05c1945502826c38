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

sarana("tests/regress/table/xlsx-sarana/sarana.xlsx")
pegawai("tests/regress/data/pegawai/pegawai.csv",
        "tests/regress/data/pegawai-xlsx/pegawai.xlsx")
