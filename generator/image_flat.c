/*
 * See image_flat.h.  libpng's simplified API does the decoding (palette,
 * grey, 16 bits and tRNS all end up as 8-bit RGBA); the bytes were
 * decoded once already by image.c, so a failure here is unexpected but
 * still reported, never fatal.
 */
#include <png.h>
#include <stdlib.h>
#include <string.h>

#include "image_flat.h"
#include "mem.h"

/* c over white with opacity a (0-255), rounded to nearest. */
static unsigned char
over_white(unsigned c, unsigned a)
{
	return (unsigned char)((c * a + 255u * (255u - a) + 127u) / 255u);
}

static void
split(const unsigned char *rgba, struct flat_image *o)
{
	size_t	stride = ((size_t)o->w + 7) / 8;

	for (int y = 0; y < o->h; y++)
		for (int x = 0; x < o->w; x++) {
			size_t			 i = (size_t)y * (size_t)o->w +
			    (size_t)x;
			const unsigned char	*p = rgba + i * 4;

			for (int k = 0; k < 3; k++)
				o->rgb[i * 3 + (size_t)k] = over_white(p[k],
				    p[3]);
			if (p[3] < 128)
				o->mask[(size_t)y * stride + (size_t)x / 8] |=
				    (unsigned char)(0x80u >> (x % 8));
		}
}

int
flat_image_png(const unsigned char *buf, size_t len, struct flat_image *out)
{
	png_image	 im;
	unsigned char	*rgba;
	size_t		 n;

	memset(out, 0, sizeof *out);
	memset(&im, 0, sizeof im);
	im.version = PNG_IMAGE_VERSION;
	if (!png_image_begin_read_from_memory(&im, buf, len))
		return -1;
	if ((im.format & PNG_FORMAT_FLAG_ALPHA) == 0) {
		png_image_free(&im);
		return 0;
	}
	im.format = PNG_FORMAT_RGBA;
	n = PNG_IMAGE_SIZE(im);
	rgba = xmalloc(n);
	if (!png_image_finish_read(&im, NULL, rgba, 0, NULL)) {
		png_image_free(&im);
		free(rgba);
		return -1;
	}
	out->w = (int)im.width;
	out->h = (int)im.height;
	out->rgb = xmalloc((size_t)out->w * (size_t)out->h * 3);
	out->mask_len = ((size_t)out->w + 7) / 8 * (size_t)out->h;
	out->mask = xcalloc(out->mask_len, 1);
	split(rgba, out);
	free(rgba);
	return 1;
}

void
flat_image_free(struct flat_image *f)
{
	if (f == NULL)
		return;
	free(f->rgb);
	free(f->mask);
	memset(f, 0, sizeof *f);
}
