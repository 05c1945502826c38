# bab-1.yaml is a named pipe: reading it would wait forever
rm bab-1.yaml
mkfifo bab-1.yaml
