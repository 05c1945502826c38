/*
 * Pictures with transparency, made fit for PDF/A-1 (which forbids soft
 * masks): the colours are laid over white and the alpha channel becomes
 * a 1-bit stencil (a pixel at least half opaque is painted, the others
 * let the page show through).  A scanned signature or stamp keeps what
 * lies under its clear parts visible; only its edges lose their
 * smoothness.  Pure pixel work with libpng, no PDF library.
 */
#ifndef LAKIN_IMAGE_FLAT_H
#define LAKIN_IMAGE_FLAT_H

#include <stddef.h>

struct flat_image {
	int		 w, h;
	unsigned char	*rgb;		/* w * h * 3 bytes, rows top down */
	unsigned char	*mask;		/* h rows of (w + 7) / 8 bytes, bit
					 * set = not painted (MSB first) */
	size_t		 mask_len;
};

/*
 * Decodes the PNG buf[0..len) (already checked by image.c).  Returns 1
 * and fills *out when it has transparency (an alpha channel or tRNS),
 * 0 when it has none (embed the file as it is), -1 when libpng refuses
 * it after all.  Free with flat_image_free().
 */
int	flat_image_png(const unsigned char *buf, size_t len,
	    struct flat_image *out);
void	flat_image_free(struct flat_image *);

#endif
