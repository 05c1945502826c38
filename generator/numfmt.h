/*
 * Indonesian number formats: "6.288.365.287,00", "91,94%", "3.710".
 * Values are kept exactly as integers scaled by NUM_SCALE (4 decimals),
 * so sums of money never drift.
 *
 * The integer is 128 bits wide, and every figure the program holds, read
 * or computed, lies within +-NUM_MAX: 24 digits before the comma.  That
 * is far beyond any budget (APBN totals are in the thousands of triliun,
 * 10^16), and it leaves room in 128 bits (about 1.7 * 10^38) for what is
 * computed from figures: a sum of two of them cannot overflow, and a
 * percentage R * 100 * NUM_SCALE / T of the largest R still fits.  A
 * 64-bit integer would not do: 10^15 Rupiah at 4 decimals is already past
 * its 9.2 * 10^18.
 */
#ifndef LAKIN_NUMFMT_H
#define LAKIN_NUMFMT_H

#include <stddef.h>
#include <stdint.h>

__extension__ typedef __int128 num_t;

#define NUM_DECIMALS	4		/* digits after the comma held */
#define NUM_SCALE	10000		/* 10^NUM_DECIMALS */
#define NUM_DIGITS	24		/* digits before the comma, at most */
/* the largest magnitude: 10^(NUM_DIGITS + NUM_DECIMALS) - 1, scaled */
#define NUM_MAX		((num_t)10000000000000000LL * 1000000000000LL - 1)
/* room for any num_format result (a num_t has at most 39 digits) */
#define NUM_BUFSZ	64

struct num {
	num_t	 v;		/* value * NUM_SCALE, |v| <= NUM_MAX */
	int	 dash;		/* "-": nil, no value */
	int	 percent;	/* written with a trailing % */
	int	 decimals;	/* digits after the decimal separator as written */
};

/* Why num_parse refused a text. */
enum num_err {
	NUM_OK = 0,
	NUM_ENAN = -1,		/* not a number */
	NUM_EBIG = -2,		/* more than NUM_DIGITS digits before the comma */
	NUM_EFINE = -3		/* a non-zero digit after the NUM_DECIMALS-th */
};

/*
 * Parse s[0..len): Indonesian ("1.234,5"), plain ("1234", "0.25" when the
 * dot cannot be a thousands separator), optional leading "Rp", leading
 * '-', trailing "%" or ",-" / ",00".  Returns NUM_OK, or why not: a
 * number is never cut to fit.
 */
int	 num_parse(const char *s, size_t len, struct num *);
/*
 * Format with `decimals` (0 to NUM_DECIMALS) digits, rounded half up (away
 * from zero for negative values), '.' for thousands and ',' for decimals.
 * Any num_t fits in NUM_BUFSZ bytes.
 */
size_t	 num_format(const struct num *, int decimals, int percent,
	    char *buf, size_t sz);
/* The largest whole figure, "999.999.…" (NUM_DIGITS nines), for messages. */
size_t	 num_format_max(char *buf, size_t sz);
/* *sum += v; -1 (and *sum unchanged) when the result leaves +-NUM_MAX. */
int	 num_add(num_t *sum, num_t v);

/*
 * n >= 1 in letters, counted as spreadsheet columns are: a … z, aa, ab …
 * az, ba … zz, aaa (upper: A …), so every n has its own; n < 1 has no
 * letters and is written in digits.  Returns the length.
 */
size_t	 num_letters(int n, int upper, char *buf, size_t sz);
/*
 * n in Roman numerals, 1 to 3999 (upper: "XIV", else "xiv"); any other n
 * in digits.  Returns the length.
 */
size_t	 num_roman(int n, int upper, char *buf, size_t sz);

#endif
