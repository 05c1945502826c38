# A 5 MiB part file (limit 4 MiB): 5 * 1024 * 1024 bytes exactly.
{
	printf 'jenis: bab\nnomor: 1\njudul: "PENDAHULUAN"\nisi:\n'
	awk 'BEGIN { s = "  - paragraf: \"Capaian kinerja tahun ini baik sekali.\"\n";
	    n = int((5 * 1048576 - 47) / length(s));
	    for (i = 0; i < n; i++) printf "%s", s }'
} > big.yaml
sz=$(wc -c < big.yaml)
head -c $((5 * 1048576 - sz)) /dev/zero | tr '\0' '#' >> big.yaml
mv big.yaml bab-1.yaml
