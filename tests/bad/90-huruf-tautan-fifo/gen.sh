# The template's fonts: the regular face is a symlink out of fonts/, the
# bold face a named pipe, the italic ones real files (one a symlink that
# stays inside fonts/, which is fine).
repo=$(cd "$(dirname "$0")/../../.." && pwd)
home=../home
mkdir -p "$home/templates" "$home/fonts"
cp -R "$repo/templates/lakin" "$home/templates/"
cp "$repo/fonts/LiberationSans-Regular.ttf" ../huruf-luar.ttf
ln -s ../../huruf-luar.ttf "$home/fonts/LiberationSans-Regular.ttf"
mkfifo "$home/fonts/LiberationSans-Bold.ttf"
cp "$repo/fonts/LiberationSans-Italic.ttf" "$home/fonts/"
mkdir "$home/fonts/asli"
cp "$repo/fonts/LiberationSans-BoldItalic.ttf" "$home/fonts/asli/"
ln -s asli/LiberationSans-BoldItalic.ttf "$home/fonts/LiberationSans-BoldItalic.ttf"
