# One paragraph of 70 000 bytes (limit 64 KiB = 65 536).
{
	printf 'jenis: bab\nnomor: 1\njudul: "PENDAHULUAN"\nisi:\n  - paragraf: "Awal."\n  - paragraf: "'
	awk 'BEGIN { for (i = 0; i < 7000; i++) printf "kinerja   " }'
	printf '"\n'
} > bab-1.yaml
