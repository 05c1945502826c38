#include <stdio.h>
#include <string.h>

#include "numfmt.h"

__extension__ typedef unsigned __int128 unum_t;

static int
digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * Thousands groups "1.234.567": a first group of 1 to 3 digits that does
 * not start with 0, every dot followed by exactly 3 digits.  "12345.678"
 * and "0.500" are not grouped: their dot is a decimal point.
 */
static int
dot_groups(const char *s, size_t len)
{
	size_t i, run = 0;
	int dots = 0;

	if (len == 0 || s[0] == '0')
		return 0;
	for (i = 0; i < len; i++) {
		if (s[i] == '.') {
			if (run == 0 || run > 3 || (dots > 0 && run != 3))
				return 0;
			dots++;
			run = 0;
		} else if (digit(s[i]))
			run++;
		else
			return 0;
	}
	return dots > 0 && run == 3;
}

/* the largest integer part: NUM_DIGITS nines */
#define INT_PART_MAX	(NUM_MAX / NUM_SCALE)

/*
 * The digits of s[0..len) appended to *v, thousands dots skipped when
 * `dots`; -1 on any other character.  A value past INT_PART_MAX is not
 * kept, only *big set: the rest is still read, so that a long text is told
 * apart from a long number.
 */
static int
int_digits(const char *s, size_t len, int dots, num_t *v, int *big)
{
	for (size_t i = 0; i < len; i++) {
		int d = s[i] - '0';

		if (s[i] == '.' && dots)
			continue;	/* thousands separator */
		if (!digit(s[i]))
			return -1;
		if (*big || *v > (INT_PART_MAX - d) / 10)
			*big = 1;
		else
			*v = *v * 10 + d;
	}
	return 0;
}

/*
 * The digits after the comma: the first NUM_DECIMALS appended to *v and
 * counted in *kept; a non-zero one after them sets *fine (it would be lost).
 */
static int
frac_digits(const char *s, size_t len, num_t *v, int *kept, int *fine)
{
	for (size_t i = 0; i < len; i++) {
		if (!digit(s[i]))
			return -1;
		if (*kept < NUM_DECIMALS) {
			*v = *v * 10 + (s[i] - '0');
			(*kept)++;
		} else if (s[i] != '0')
			*fine = 1;
	}
	return 0;
}

int
num_parse(const char *s, size_t len, struct num *n)
{
	size_t	 i, comma, fl = 0;
	num_t	 ip = 0, fp = 0;
	int	 neg = 0, kept = 0, big = 0, fine = 0;
	const char *frac = NULL;

	memset(n, 0, sizeof(*n));
	while (len > 0 && (s[len - 1] == ' '))
		len--;
	while (len > 0 && *s == ' ')
		s++, len--;
	if ((len == 1 && s[0] == '-') ||
	    (len == 3 && memcmp(s, "\xe2\x80\x93", 3) == 0)) {
		n->dash = 1;
		return NUM_OK;
	}
	if (len >= 2 && s[0] == 'R' && s[1] == 'p') {
		s += 2, len -= 2;
		if (len > 0 && s[0] == '.')
			s++, len--;
		while (len > 0 && *s == ' ')
			s++, len--;
	}
	if (len > 0 && s[len - 1] == '%') {
		n->percent = 1;
		len--;
		while (len > 0 && s[len - 1] == ' ')
			len--;
	}
	if (len >= 2 && s[len - 2] == ',' && s[len - 1] == '-')
		len -= 2;	/* "5.157.883.367,-" */
	if (len > 0 && s[0] == '-')
		neg = 1, s++, len--;
	if (len == 0 || !digit(s[0]))
		return NUM_ENAN;
	for (comma = 0; comma < len && s[comma] != ','; comma++)
		;
	if (comma < len) {
		if (memchr(s, '.', comma) != NULL && !dot_groups(s, comma))
			return NUM_ENAN;
		frac = s + comma + 1;
		fl = len - comma - 1;
	} else {
		/* no comma: dots are thousands only in proper groups */
		for (i = 0; i < len && s[i] != '.'; i++)
			;
		if (i < len && !dot_groups(s, len)) {
			if (memchr(s + i + 1, '.', len - i - 1) != NULL)
				return NUM_ENAN;
			frac = s + i + 1;
			fl = len - i - 1;
			comma = i;
		}
	}
	if (int_digits(s, comma, 1, &ip, &big) != 0 ||
	    (frac != NULL && frac_digits(frac, fl, &fp, &kept, &fine) != 0))
		return NUM_ENAN;
	if (big)
		return NUM_EBIG;
	if (fine)
		return NUM_EFINE;
	n->decimals = frac != NULL ? (int)fl : 0;
	for (; kept < NUM_DECIMALS; kept++)
		fp *= 10;
	n->v = ip * NUM_SCALE + fp;
	if (neg)
		n->v = -n->v;
	return NUM_OK;
}

size_t
num_format(const struct num *n, int decimals, int percent, char *buf,
    size_t sz)
{
	char	 rev[48], out[NUM_BUFSZ];
	unum_t	 m, div = 1, unit = 1;
	size_t	 nd = 0, o = 0;
	int	 i;

	if (n->dash) {
		snprintf(buf, sz, "-");
		return strlen(buf);
	}
	if (decimals < 0)
		decimals = 0;
	if (decimals > NUM_DECIMALS)
		decimals = NUM_DECIMALS;
	for (i = decimals; i < NUM_DECIMALS; i++)
		div *= 10;
	for (i = 0; i < decimals; i++)
		unit *= 10;
	/* |v| <= 2^127, so adding half a step cannot overflow */
	m = n->v < 0 ? -(unum_t)n->v : (unum_t)n->v;
	m = (m + div / 2) / div;	/* round half up at `decimals` */
	if (n->v < 0 && m != 0)
		out[o++] = '-';		/* no "-0,00" */
	for (unum_t ip = m / unit; nd == 0 || ip != 0; ip /= 10)
		rev[nd++] = (char)('0' + (int)(ip % 10));
	while (nd > 0) {
		out[o++] = rev[--nd];
		if (nd > 0 && nd % 3 == 0)
			out[o++] = '.';
	}
	if (decimals > 0) {
		unum_t fp = m % unit;

		out[o++] = ',';
		for (i = decimals; i > 0; i--, fp /= 10)
			out[o + (size_t)i - 1] = (char)('0' + (int)(fp % 10));
		o += (size_t)decimals;
	}
	if (percent)
		out[o++] = '%';
	out[o] = '\0';
	snprintf(buf, sz, "%s", out);
	return strlen(buf);
}

size_t
num_format_max(char *buf, size_t sz)
{
	struct num max;

	memset(&max, 0, sizeof(max));
	max.v = INT_PART_MAX * NUM_SCALE;	/* not rounded up to 10^24 */
	return num_format(&max, 0, 0, buf, sz);
}

int
num_add(num_t *sum, num_t v)
{
	num_t s;

	if (__builtin_add_overflow(*sum, v, &s) || s > NUM_MAX ||
	    s < -NUM_MAX)
		return -1;
	*sum = s;
	return 0;
}

size_t
num_letters(int n, int upper, char *buf, size_t sz)
{
	char	 tmp[16];
	size_t	 k = 0;

	if (n < 1)
		return (size_t)snprintf(buf, sz, "%d", n);
	/* bijective base 26: no zero digit, so 26 is Z and 27 is AA */
	for (; n > 0 && k < sizeof(tmp); n = (n - 1) / 26)
		tmp[k++] = (char)((upper ? 'A' : 'a') + (n - 1) % 26);
	for (size_t i = 0; i < k && i + 1 < sz; i++)
		buf[i] = tmp[k - 1 - i];
	buf[k < sz ? k : sz - 1] = '\0';
	return k;
}

size_t
num_roman(int n, int upper, char *buf, size_t sz)
{
	static const int	 val[] = { 1000, 900, 500, 400, 100, 90, 50,
				    40, 10, 9, 5, 4, 1 };
	static const char *const sym[] = { "m", "cm", "d", "cd", "c", "xc",
				    "l", "xl", "x", "ix", "v", "iv", "i" };
	size_t			 o = 0;

	if (sz == 0)
		return 0;
	if (n < 1 || n > 3999)
		return (size_t)snprintf(buf, sz, "%d", n);
	for (size_t i = 0; i < sizeof(val) / sizeof(val[0]); i++)
		for (; n >= val[i]; n -= val[i])
			for (const char *c = sym[i]; *c != '\0' && o + 1 < sz; c++)
				buf[o++] = upper ? (char)(*c - 'a' + 'A') : *c;
	buf[o] = '\0';
	return o;
}
