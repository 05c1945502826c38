# A sheet of 2 000 100 cells, past the 2 000 000 lakin reads: 2001 rows of
# 1000 numbers after the table (32 MiB of XML, 100 KiB packed).
python3 - <<'PY'
import io, zipfile
src = zipfile.ZipFile("tabel.xlsx")
out = io.BytesIO()
row = b"".join(b"<c><v>1</v></c>" for _ in range(1000))
more = b"".join(b'<row r="%d">' % r + row + b"</row>" for r in range(10, 2011))
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for i in src.infolist():
        body = src.read(i.filename)
        if i.filename == "xl/worksheets/sheet2.xml":
            body = body.replace(b"</sheetData>", more + b"</sheetData>", 1)
        z.writestr(i.filename, body)
src.close()
open("tabel.xlsx", "wb").write(out.getvalue())
PY
