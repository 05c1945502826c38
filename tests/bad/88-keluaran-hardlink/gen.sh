# -o names a hard link to bab-1.yaml: another name, the same file
ln bab-1.yaml ../salinan.pdf
