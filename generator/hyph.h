/*
 * Indonesian hyphenation through libhyphen and Debian's hyph_id_ID.dic.
 */
#ifndef LAKIN_HYPH_H
#define LAKIN_HYPH_H

#include <stddef.h>

struct hyph;

struct hyph	*hyph_open(const char *dict, int left, int right);
void		 hyph_close(struct hyph *);
/*
 * Allowed break offsets (bytes, after which a hyphen may be added) in the
 * word s[0..len), ascending, at most max; returns how many.  Only purely
 * alphabetic ASCII words are hyphenated; a part without a vowel is never
 * left on either side.  NULL hyph gives none.
 */
size_t		 hyph_points(const struct hyph *, const char *s, size_t len,
		    size_t *out, size_t max);

#endif
