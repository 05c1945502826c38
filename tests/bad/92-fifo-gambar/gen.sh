# ttd.png is a named pipe: reading it would wait forever
mkfifo ttd.png
