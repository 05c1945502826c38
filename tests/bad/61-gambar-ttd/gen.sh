# a PNG header with 16 bits per channel, and a text file named .png
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\020\000\000\000\020\020\002\000\000\000' > ttd-16bit.png
printf 'bukan gambar\n' > bukan-gambar.png
