# ttd.png is a symlink to an image outside the report folder (a valid
# 8-bit PNG header: only the link is wrong)
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\020\000\000\000\020\010\002\000\000\000' > ../ttd-luar.png
ln -s ../ttd-luar.png ttd.png
