# data.csv is a folder
mkdir data.csv
