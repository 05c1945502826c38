printf 'No.,Jenis,Jumlah\n1,Meja,2\n2,Kurs\351,3\n' > sarana.csv
