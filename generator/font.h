/*
 * Font metrics from the TrueType files in fonts/ (FreeType).  Layout
 * measures text only through this module, so it never needs the PDF
 * library; the PDF backend embeds the very same files.
 */
#ifndef LAKIN_FONT_H
#define LAKIN_FONT_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"

struct fontset;

/* Loads the four faces; reports problems with diag(); NULL on failure. */
struct fontset	*fontset_load(const char *const paths[FACE__MAX],
		    const struct pos where[FACE__MAX]);	/* where may be NULL */
void		 fontset_free(struct fontset *);
const char	*fontset_path(const struct fontset *, enum face);
const char	*fontset_family(const struct fontset *);
int		 font_has(const struct fontset *, enum face, uint32_t cp);
/* Width in points of UTF-8 text at size (no kerning, as libharu). */
double		 font_width(const struct fontset *, enum face, double size,
		    const char *s, size_t len);
double		 font_ascent(const struct fontset *, enum face, double size);
double		 font_descent(const struct fontset *, enum face, double size);

#endif
