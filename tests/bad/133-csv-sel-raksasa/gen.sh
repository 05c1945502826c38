# A 5 MB cell: a quote that swallows a whole file, or a pasted document.
python3 -c "
open('barang.csv','w').write('No.,Jenis,Jumlah\n1,\"' + 'abcdefghij ' * 500000 + '\",3\n2,Kursi,4\n')"
