#include <string.h>

#include "numform.h"

static int
digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * The number inside s[0..len): [*b, *e) without the spaces, "Rp" or
 * "Rp.", sign, "%" and ",-" that num_parse also takes around it.
 */
static void
core(const char *s, size_t len, size_t *b, size_t *e)
{
	size_t i = 0;

	while (len > 0 && s[len - 1] == ' ')
		len--;
	while (i < len && s[i] == ' ')
		i++;
	if (len - i >= 2 && s[i] == 'R' && s[i + 1] == 'p') {
		i += 2;
		if (i < len && s[i] == '.')
			i++;
		while (i < len && s[i] == ' ')
			i++;
	}
	if (len > i && s[len - 1] == '%') {
		len--;
		while (len > i && s[len - 1] == ' ')
			len--;
	}
	if (len - i >= 2 && s[len - 2] == ',' && s[len - 1] == '-')
		len -= 2;
	if (i < len && s[i] == '-')
		i++;
	*b = i;
	*e = len;
}

/* Digits from i; their count in *n.  Returns where they end. */
static size_t
digits(const char *s, size_t i, size_t e, size_t *n)
{
	size_t j = i;

	while (j < e && digit(s[j]))
		j++;
	*n = j - i;
	return j;
}

/*
 * s with its number [b, e) rewritten: FORM_US swaps the separators,
 * FORM_DOT makes the dot a comma (dec) or drops it (!dec).
 */
static void
rewrite(const char *s, size_t len, size_t b, size_t e, int swap, int dec,
    char *out, size_t sz)
{
	size_t o = 0;

	if (out == NULL || sz == 0)
		return;
	for (size_t i = 0; i < len && o + 1 < sz; i++) {
		char c = s[i];

		if (i >= b && i < e) {
			if (swap)
				c = c == ',' ? '.' : c == '.' ? ',' : c;
			else if (c == '.') {
				if (!dec)
					continue;
				c = ',';
			}
		}
		out[o++] = c;
	}
	out[o] = '\0';
}

enum num_form
num_form(const char *s, size_t len, int decimals, char *fix, char *alt,
    size_t sz)
{
	size_t	 b, e, i, n, groups = 0;
	int	 frac = 0;

	core(s, len, &b, &e);
	i = digits(s, b, e, &n);
	/* a first group of 1 to 3 digits, as thousands are grouped */
	if (n < 1 || n > 3 || s[b] == '0' || i == e)
		return FORM_OK;
	if (s[i] == ',') {
		/* US: ",ddd" groups, then perhaps ".d…" */
		while (i < e && s[i] == ',') {
			i = digits(s, i + 1, e, &n);
			if (n != 3)
				return FORM_OK;
			groups++;
		}
		if (i < e && s[i] == '.') {
			i = digits(s, i + 1, e, &n);
			if (n == 0)
				return FORM_OK;
			frac = 1;
		}
		if (i != e)
			return FORM_OK;
		/* "5,000" is 5 with three decimals where decimals belong */
		if (groups == 1 && !frac && decimals)
			return FORM_OK;
		rewrite(s, len, b, e, 1, 0, fix, sz);
		return FORM_US;
	}
	if (s[i] == '.' && decimals) {
		i = digits(s, i + 1, e, &n);
		if (n != 3 || i != e)
			return FORM_OK;
		rewrite(s, len, b, e, 0, 1, fix, sz);
		rewrite(s, len, b, e, 0, 0, alt, sz);
		return FORM_DOT;
	}
	return FORM_OK;
}
