# data.csv is a named pipe: reading it would wait forever
mkfifo data.csv
