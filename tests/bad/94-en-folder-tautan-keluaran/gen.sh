# In English: a folder named as a CSV, an image linked from outside, and
# -o naming the report's own laporan.yaml.
mkdir data.csv
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\020\000\000\000\020\010\002\000\000\000' > ../ttd-luar.png
ln -s ../ttd-luar.png ttd.png
