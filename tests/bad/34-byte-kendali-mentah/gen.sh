# A raw BEL byte (0x07) pasted into text: libyaml's reader rejects it.
printf 'jenis: bab\nnomor: 1\njudul: "PENDAHULUAN"\nisi:\n  - paragraf: "Bunyi \007 di sini."\n' > bab-1.yaml
