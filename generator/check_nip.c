#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_nip.h"
#include "diag.h"

static int
num(const char *d, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++)
		v = v * 10 + (d[i] - '0');
	return v;
}

static int
valid_date(int y, int m, int d)
{
	static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30,
		31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	if (m < 1 || m > 12 || d < 1)
		return 0;
	return d <= mdays[m - 1] + (m == 2 && leap);
}

const char *
nip_check(const char *s, size_t len, char *out, size_t sz)
{
	char	d[19];
	size_t	n = 0;
	int	by, bm, bd, ay, am;

	for (size_t i = 0; i < len; i++) {
		if (s[i] == ' ')
			continue;
		if (s[i] < '0' || s[i] > '9' || n == 18)
			return tr("harus 18 angka (boleh diberi spasi seperti "
			    "19861126 200903 1 005)", "must be 18 digits (spaces "
			    "allowed as in 19861126 200903 1 005)");
		d[n++] = s[i];
	}
	if (n != 18)
		return tr("harus 18 angka (boleh diberi spasi seperti "
		    "19861126 200903 1 005)", "must be 18 digits (spaces "
		    "allowed as in 19861126 200903 1 005)");
	d[18] = '\0';
	by = num(d, 4);
	bm = num(d + 4, 2);
	bd = num(d + 6, 2);
	ay = num(d + 8, 4);
	am = num(d + 12, 2);
	if (by < 1900 || !valid_date(by, bm, bd))
		return tr("tanggal lahir (angka ke-1 sampai ke-8) tidak ada di "
		    "kalender", "the birth date (digits 1-8) is not a real date");
	if (am < 1 || am > 12)
		return tr("bulan pengangkatan (angka ke-13 dan ke-14) harus 01 "
		    "sampai 12", "the appointment month (digits 13-14) must be "
		    "01 to 12");
	if (ay < by + 15)
		return tr("tahun pengangkatan (angka ke-9 sampai ke-12) lebih "
		    "awal dari umur 15 tahun", "the appointment year (digits "
		    "9-12) is before the age of 15");
	if (d[14] != '1' && d[14] != '2')
		return tr("angka jenis kelamin (angka ke-15) harus 1 atau 2",
		    "the sex digit (digit 15) must be 1 or 2");
	if (num(d + 15, 3) == 0)
		return tr("nomor urut (angka ke-16 sampai ke-18) tidak boleh 000",
		    "the sequence number (digits 16-18) must not be 000");
	snprintf(out, sz, "%.8s %.6s %c %.3s", d, d + 8, d[14], d + 15);
	return NULL;
}
