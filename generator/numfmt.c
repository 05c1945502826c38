#include <stdio.h>
#include <string.h>

#include "numfmt.h"

static int
digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Thousands groups "1.234.567": every dot followed by exactly 3 digits. */
static int
dot_groups(const char *s, size_t len)
{
	size_t i, run = 0;
	int dots = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == '.') {
			if (run == 0 || (dots > 0 && run != 3))
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

static int
accumulate(const char *s, size_t len, int64_t *v, int *ndec, int after)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '.' && !after)
			continue;	/* thousands separator */
		if (!digit(s[i]))
			return -1;
		if (after) {
			if (*ndec >= 4)
				continue;	/* beyond NUM_SCALE: drop */
			(*ndec)++;
		}
		if (*v > (INT64_MAX - 9) / 10)
			return -1;
		*v = *v * 10 + (s[i] - '0');
	}
	return 0;
}

int
num_parse(const char *s, size_t len, struct num *n)
{
	size_t	 i, comma, end;
	int64_t	 v = 0;
	int	 neg = 0, ndec = 0, scale;

	memset(n, 0, sizeof(*n));
	while (len > 0 && (s[len - 1] == ' '))
		len--;
	while (len > 0 && *s == ' ')
		s++, len--;
	if ((len == 1 && s[0] == '-') ||
	    (len == 3 && memcmp(s, "\xe2\x80\x93", 3) == 0)) {
		n->dash = 1;
		return 0;
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
		return -1;
	for (comma = 0; comma < len && s[comma] != ','; comma++)
		;
	end = comma;
	if (comma == len) {
		/* no comma: dots are thousands only in proper groups */
		for (i = 0; i < len && s[i] != '.'; i++)
			;
		if (i < len && !dot_groups(s, len)) {
			if (accumulate(s, i, &v, &ndec, 0) != 0 ||
			    memchr(s + i + 1, '.', len - i - 1) != NULL ||
			    accumulate(s + i + 1, len - i - 1, &v, &ndec, 1) != 0)
				return -1;
			goto done;
		}
	} else if (memchr(s, '.', comma) != NULL && !dot_groups(s, comma))
		return -1;
	if (accumulate(s, end, &v, &ndec, 0) != 0)
		return -1;
	if (comma < len && accumulate(s + comma + 1, len - comma - 1, &v,
	    &ndec, 1) != 0)
		return -1;
done:
	n->decimals = ndec;
	for (scale = ndec; scale < 4; scale++) {
		if (v > INT64_MAX / 10)
			return -1;
		v *= 10;
	}
	n->v = neg ? -v : v;
	return 0;
}

size_t
num_format(const struct num *n, int decimals, int percent, char *buf,
    size_t sz)
{
	char		 digits[32], out[64];
	int64_t		 v = n->v < 0 ? -n->v : n->v, ip, fp, div = 1;
	size_t		 nd, o = 0, k;
	int		 i;

	if (n->dash) {
		snprintf(buf, sz, "-");
		return strlen(buf);
	}
	if (decimals < 0)
		decimals = 0;
	if (decimals > 4)
		decimals = 4;
	for (i = decimals; i < 4; i++)
		div *= 10;
	v = (v + div / 2) / div;	/* round half up at `decimals` */
	for (i = 0, ip = v; i < decimals; i++)
		ip /= 10;
	fp = v;
	for (i = 0, div = 1; i < decimals; i++)
		div *= 10;
	fp = v % div;
	nd = (size_t)snprintf(digits, sizeof(digits), "%lld", (long long)ip);
	if (n->v < 0 && (ip != 0 || fp != 0))
		out[o++] = '-';
	for (k = 0; k < nd; k++) {
		if (k > 0 && (nd - k) % 3 == 0)
			out[o++] = '.';
		out[o++] = digits[k];
	}
	if (decimals > 0)
		o += (size_t)snprintf(out + o, sizeof(out) - o, ",%0*lld",
		    decimals, (long long)fp);
	if (percent)
		out[o++] = '%';
	out[o] = '\0';
	snprintf(buf, sz, "%s", out);
	return strlen(buf);
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
