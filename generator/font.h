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

/*
 * Loads the four faces, files of the folder dir read through the input
 * reader (where: the values naming them, may be NULL); reports problems
 * with diag(); NULL on failure.
 */
struct fontset	*fontset_load(const char *dir,
		    const char *const names[FACE__MAX],
		    const struct pos where[FACE__MAX]);
void		 fontset_free(struct fontset *);
/* The face's file as messages name it (dir/name). */
const char	*fontset_path(const struct fontset *, enum face);
/* A name that opens exactly the file measured, while the set lives. */
const char	*fontset_file(const struct fontset *, enum face);
const char	*fontset_family(const struct fontset *);
int		 font_has(const struct fontset *, enum face, uint32_t cp);
/* Width in points of UTF-8 text at size (no kerning, as libharu). */
double		 font_width(const struct fontset *, enum face, double size,
		    const char *s, size_t len);
double		 font_ascent(const struct fontset *, enum face, double size);
double		 font_descent(const struct fontset *, enum face, double size);

#endif
