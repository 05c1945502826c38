/*
 * Images (gambar files, the emblem, the head's photo, scanned signatures
 * and stamps; check_image.c reads them, layout_image.c places them):
 * every image is decoded completely, with libpng and libjpeg and their
 * errors caught, before the PDF backend may hand it to libharu.  libharu
 * 2.3.0 lets libpng abort the process on a damaged PNG and embeds some
 * valid images wrongly, so the check also refuses what libharu cannot
 * embed (see image.c for the list and the reasons).
 */
#ifndef LAKIN_IMAGE_H
#define LAKIN_IMAGE_H

#include <stddef.h>

#include "diag.h"

/*
 * Limits, generous for an A4 page scanned at 300 dpi (2480 x 3508
 * pixels, 8.7 million): the size of the file, of each side and of the
 * whole picture.  The sizes are checked from the header, before
 * anything is decoded or allocated.
 */
#define IMAGE_MAX_BYTES		(32u * 1024 * 1024)
#define IMAGE_MAX_SIDE		10000
#define IMAGE_MAX_MPIXELS	40

enum image_kind {
	IMAGE_PNG,
	IMAGE_JPEG
};

struct image_info {
	enum image_kind	 kind;
	int		 w, h;		/* pixels */
};

/*
 * Check the bytes of an image called `name` in messages (the bytes the
 * input reader read: the PDF embeds these very bytes); every problem
 * is reported with diag() at `at` (the 'gambar:' value, or the file).
 * Returns 0 and fills *info when the image can be embedded, else -1.
 */
int	image_check_mem(const unsigned char *, size_t, const struct pos *at,
	    const char *name, struct image_info *info);

#endif
