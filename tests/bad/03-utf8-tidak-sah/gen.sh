# Windows-1252 bytes (0x96 en dash) as saved by an old editor: not UTF-8.
printf 'jenis: bab\nnomor: 1\njudul: "PENDAHULUAN"\nisi:\n  - paragraf: "Periode 2021 \226 2026."\n' > bab-1.yaml
