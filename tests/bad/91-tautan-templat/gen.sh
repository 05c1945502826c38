# templates/lakin is a symlink to a template folder outside templates/
repo=$(cd "$(dirname "$0")/../../.." && pwd)
home=../home
mkdir -p "$home/templates" ../templat-luar
cp -R "$repo/fonts" "$home/"
cp -R "$repo/templates/lakin" ../templat-luar/
ln -s ../../templat-luar/lakin "$home/templates/lakin"
