#!/bin/sh
# Check the Debian packages lakin needs; install the missing ones when run
# as root, otherwise print the exact apt-get line and fail.
PKGS="gcc make pkg-config libhpdf-dev libyaml-dev libpcre2-dev libcmocka-dev \
libhyphen-dev hyphen-id libfreetype-dev libpng-dev libjpeg62-turbo-dev libzip-dev libexpat1-dev \
poppler-utils qpdf icc-profiles-free \
libpdfbox2-java default-jre-headless libactivation-java libjaxb-api-java \
python3-yaml python3-jsonschema python3-openpyxl python3-xlsxwriter mandoc valgrind clang libclang-rt-14-dev"
# LAKIN_DEPS=build: only what building and running lakin takes (the CI of
# an agency's content repository, templates/ci/, needs no test tools)
[ "$LAKIN_DEPS" = build ] && PKGS="gcc make pkg-config libhpdf-dev libyaml-dev \
libpcre2-dev libhyphen-dev hyphen-id libfreetype-dev libpng-dev \
libjpeg62-turbo-dev libzip-dev libexpat1-dev icc-profiles-free"
[ -n "$LAKIN_EXTRA_PKGS" ] && PKGS="$PKGS $LAKIN_EXTRA_PKGS"
missing=""
for p in $PKGS; do
	s=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)
	case "$s" in *" installed") ;; *) missing="$missing $p" ;; esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
	echo "lakin: memasang paket Debian yang belum ada:$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq && apt-get install -y -qq $missing >/dev/null || {
		echo "lakin: apt-get install gagal"; exit 1; }
	exit 0
fi
echo "lakin: paket Debian berikut belum terpasang. Jalankan sebagai root:" >&2
echo "  apt-get install$missing" >&2
exit 1
