# laporan.yaml is a named pipe: reading it would wait forever
rm laporan.yaml
mkfifo laporan.yaml
