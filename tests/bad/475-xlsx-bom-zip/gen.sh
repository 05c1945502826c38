# A zip bomb: the sheet unpacks to 80 MiB (about 80 KiB packed), past
# the 64 MiB a member may have; made here so that git keeps no 80 KiB.
python3 - <<'PY'
import io, zipfile
src = zipfile.ZipFile("tabel.xlsx")
out = io.BytesIO()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for i in src.infolist():
        body = src.read(i.filename)
        if i.filename == "xl/worksheets/sheet2.xml":
            body = body.replace(b"<sheetData>", b"<sheetData>" + b" " * (80 << 20), 1)
        z.writestr(i.filename, body)
src.close()
open("tabel.xlsx", "wb").write(out.getvalue())
PY
