# -o names a symlink to laporan.yaml
ln -s 89-keluaran-tautan/laporan.yaml ../terbaru.pdf
