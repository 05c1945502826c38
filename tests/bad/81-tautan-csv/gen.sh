# data.csv is a symlink to a CSV outside the report folder
printf 'No.,Jenis,Jumlah\n1,Rahasia,7\n' > ../rahasia.csv
ln -s ../rahasia.csv data.csv
