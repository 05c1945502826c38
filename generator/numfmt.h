/*
 * Indonesian number formats: "6.288.365.287,00", "91,94%", "3.710".
 * Values are kept exactly as integers scaled by NUM_SCALE (4 decimals),
 * so sums of money never drift.
 */
#ifndef LAKIN_NUMFMT_H
#define LAKIN_NUMFMT_H

#include <stddef.h>
#include <stdint.h>

#define NUM_SCALE 10000

struct num {
	int64_t	 v;		/* value * NUM_SCALE */
	int	 dash;		/* "-": nil, no value */
	int	 percent;	/* written with a trailing % */
	int	 decimals;	/* digits after the decimal separator as written */
};

/*
 * Parse s[0..len): Indonesian ("1.234,5"), plain ("1234", "0.25" when the
 * dot cannot be a thousands separator), optional leading "Rp", leading
 * '-', trailing "%" or ",-" / ",00".  Returns 0, or -1 when s is not a
 * number.
 */
int	 num_parse(const char *s, size_t len, struct num *);
/* Format with `decimals` digits, '.' for thousands and ',' for decimals. */
size_t	 num_format(const struct num *, int decimals, int percent,
	    char *buf, size_t sz);

/*
 * n >= 1 in letters, counted as spreadsheet columns are: a … z, aa, ab …
 * az, ba … zz, aaa (upper: A …), so every n has its own; n < 1 has no
 * letters and is written in digits.  Returns the length.
 */
size_t	 num_letters(int n, int upper, char *buf, size_t sz);

#endif
