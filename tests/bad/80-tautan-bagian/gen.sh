# bab-1.yaml is a symlink to a file beside the report folder, outside it:
# its text must never reach the PDF.
printf 'jenis: bab\nnomor: 1\njudul: "RAHASIA"\nisi:\n  - paragraf: "Teks dari luar folder laporan."\n' > ../rahasia.yaml
rm bab-1.yaml
ln -s ../rahasia.yaml bab-1.yaml
