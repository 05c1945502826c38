#ifndef LAKIN_CHECK_NIP_H
#define LAKIN_CHECK_NIP_H

#include <stddef.h>

/*
 * A civil servant's NIP: 18 digits, optionally spaced as
 * "19861126 200903 1 005" (birth date, appointment year and month, sex,
 * sequence).  Returns NULL and writes the spaced form to out (>= 22
 * bytes), or returns why it is not valid, in the current language.
 */
const char	*nip_check(const char *s, size_t len, char *out, size_t sz);

#endif
