#ifndef LAKIN_UTF8_H
#define LAKIN_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Decode one code point from s (at most n bytes).  Returns its length in
 * bytes and stores it in *cp, or returns 0 for an invalid sequence
 * (overlong, surrogate, > U+10FFFF, truncated).
 */
size_t	utf8_decode(const char *s, size_t n, uint32_t *cp);
/* Offset of the first invalid byte, or (size_t)-1 when all is valid. */
size_t	utf8_invalid(const char *s, size_t n);
size_t	utf8_encode(uint32_t cp, char out[4]);
size_t	utf8_count(const char *s, size_t n);	/* code points */

#endif
