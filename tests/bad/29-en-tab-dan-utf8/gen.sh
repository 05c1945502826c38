# bab-1.yaml with a tab, bab-2.yaml with a Latin-1 byte: two files, two errors.
printf 'jenis: bab\nnomor: 1\njudul: "PENDAHULUAN"\nisi:\n  - paragraf:\n\t  teks: "Isi."\n' > bab-1.yaml
printf 'jenis: bab\nnomor: 2\njudul: "PERENCANAAN"\nisi:\n  - paragraf: "Caf\351 kinerja."\n' > bab-2.yaml
