#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "image.h"

static unsigned
be16(const unsigned char *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

static unsigned long
be32(const unsigned char *p)
{
	return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 |
	    (unsigned long)p[2] << 8 | p[3];
}

/* JPEG: walk the markers to the first start-of-frame. */
static const char *
jpeg_size(FILE *f, int *w, int *h)
{
	unsigned char m[4], sof[5];

	for (;;) {
		if (fread(m, 1, 4, f) != 4 || m[0] != 0xFF)
			return tr("berkas JPEG rusak", "damaged JPEG file");
		if (m[1] >= 0xC0 && m[1] <= 0xCF && m[1] != 0xC4 &&
		    m[1] != 0xC8 && m[1] != 0xCC) {
			if (fread(sof, 1, 5, f) != 5)
				return tr("berkas JPEG rusak", "damaged JPEG file");
			*h = (int)be16(sof + 1);
			*w = (int)be16(sof + 3);
			return *w > 0 && *h > 0 ? NULL :
			    tr("berkas JPEG rusak", "damaged JPEG file");
		}
		if (fseek(f, (long)be16(m + 2) - 2, SEEK_CUR) != 0)
			return tr("berkas JPEG rusak", "damaged JPEG file");
	}
}

const char *
image_size(const char *path, int *w, int *h)
{
	unsigned char	 b[26];
	FILE		*f;
	const char	*why = NULL;

	if ((f = fopen(path, "rb")) == NULL)
		return errno_text(errno);
	if (fread(b, 1, 2, f) != 2)
		why = tr("bukan gambar PNG atau JPEG", "not a PNG or JPEG image");
	else if (b[0] == 0xFF && b[1] == 0xD8)
		why = jpeg_size(f, w, h);
	else if (fread(b + 2, 1, 24, f) != 24 ||
	    memcmp(b, "\x89PNG\r\n\x1a\n", 8) != 0 || memcmp(b + 12, "IHDR", 4) != 0)
		why = tr("bukan gambar PNG atau JPEG", "not a PNG or JPEG image");
	else if (b[24] != 8)
		why = tr("PNG harus 8 bit per warna (simpan ulang sebagai PNG 8-bit)",
		    "a PNG must have 8 bits per channel (save it again as 8-bit)");
	else {
		*w = (int)be32(b + 16);
		*h = (int)be32(b + 20);
		if (*w <= 0 || *h <= 0)
			why = tr("ukuran gambar PNG tidak sah", "bad PNG size");
	}
	fclose(f);
	return why;
}
