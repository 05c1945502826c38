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
jpeg_size(const unsigned char *b, size_t len, int *w, int *h)
{
	const char	*bad = tr("berkas JPEG rusak", "damaged JPEG file");
	size_t		 i = 2;

	for (;;) {
		if (len - i < 4 || b[i] != 0xFF)
			return bad;
		if (b[i + 1] >= 0xC0 && b[i + 1] <= 0xCF && b[i + 1] != 0xC4 &&
		    b[i + 1] != 0xC8 && b[i + 1] != 0xCC) {
			if (len - i < 9)
				return bad;
			*h = (int)be16(b + i + 5);
			*w = (int)be16(b + i + 7);
			return *w > 0 && *h > 0 ? NULL : bad;
		}
		/* the segment length counts its own two bytes */
		if (be16(b + i + 2) < 2 || be16(b + i + 2) > len - i - 2)
			return bad;
		i += 2 + be16(b + i + 2);
	}
}

const char *
image_size(const unsigned char *b, size_t len, int *w, int *h)
{
	if (len >= 2 && b[0] == 0xFF && b[1] == 0xD8)
		return jpeg_size(b, len, w, h);
	if (len < 26 || memcmp(b, "\x89PNG\r\n\x1a\n", 8) != 0 ||
	    memcmp(b + 12, "IHDR", 4) != 0)
		return tr("bukan gambar PNG atau JPEG", "not a PNG or JPEG image");
	if (b[24] != 8)
		return tr("PNG harus 8 bit per warna (simpan ulang sebagai PNG 8-bit)",
		    "a PNG must have 8 bits per channel (save it again as 8-bit)");
	*w = (int)be32(b + 16);
	*h = (int)be32(b + 20);
	if (*w <= 0 || *h <= 0)
		return tr("ukuran gambar PNG tidak sah", "bad PNG size");
	return NULL;
}
