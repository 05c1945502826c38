#ifndef LAKIN_IMAGE_H
#define LAKIN_IMAGE_H

#include <stddef.h>

/*
 * Check the bytes of an image file the PDF backend can embed (libharu:
 * 8-bit PNG, baseline or progressive JPEG) and read its size in pixels.
 * Returns NULL, or why it cannot be used (in the current language).
 */
const char	*image_size(const unsigned char *, size_t, int *w, int *h);

#endif
