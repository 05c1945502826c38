# laporan.yaml is a symlink to a file outside the report folder
mv laporan.yaml ../laporan-luar.yaml
ln -s ../laporan-luar.yaml laporan.yaml
