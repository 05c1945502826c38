/*
 * The values inside an .xlsx's cells: A1 references, and numbers and
 * dates from the text a workbook stores them in, exactly (no binary
 * floating point: the text is read digit by digit).  content_xlsx.h.
 */
#include <stdio.h>
#include <string.h>

#include "content_xlsx.h"


int
xlsx_ref(const char *s, size_t len, int allow, int *row, int *col)
{
	size_t	 i = 0;
	long	 c = 0, r = 0;

	while (i < len && s[i] >= 'A' && s[i] <= 'Z' && i < 3)
		c = c * 26 + (s[i++] - 'A' + 1);
	if (i == 0 || c > 16384)
		return 0;
	if (i == len && (allow & XLSX_REF_COL)) {
		*row = 0;
		*col = (int)c;
		return 1;
	}
	if (i == len || s[i] == '0')
		return 0;
	for (; i < len; i++) {
		if (s[i] < '0' || s[i] > '9' || r > 1048576)
			return 0;
		r = r * 10 + (s[i] - '0');
	}
	if (r < 1 || r > 1048576)
		return 0;
	*row = (int)r;
	*col = (int)c;
	return 1;
}

/* A decimal: value = neg * d[0..n) * 10^exp, no leading zero digit. */
struct dec {
	char	 d[80];
	int	 n, exp, neg;
};

#define SIG_DIGITS	15	/* what a spreadsheet shows of a double */
#define MAX_DECIMALS	10	/* past these, binary residue */

static int
dec_parse(const char *s, size_t len, struct dec *x)
{
	size_t	 i = 0;
	int	 dot = 0, any = 0, e = 0, eneg = 0, frac = 0;

	memset(x, 0, sizeof(*x));
	if (len > 64)
		return -1;
	if (i < len && (s[i] == '-' || s[i] == '+'))
		x->neg = s[i++] == '-';
	for (; i < len; i++) {
		if (s[i] == '.' && !dot) {
			dot = 1;
			continue;
		}
		if (s[i] < '0' || s[i] > '9')
			break;
		any = 1;
		frac += dot;
		if (x->n > 0 || s[i] != '0')
			x->d[x->n++] = s[i];
	}
	if (!any)
		return -1;
	if (i < len && (s[i] == 'E' || s[i] == 'e')) {
		if (++i < len && (s[i] == '-' || s[i] == '+'))
			eneg = s[i++] == '-';
		if (i == len)
			return -1;
		for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			if ((e = e * 10 + (s[i] - '0')) > 9999)
				return -2;
	}
	if (i != len)
		return -1;
	x->exp = (eneg ? -e : e) - frac;
	return 0;
}

static void	round_at(struct dec *, int);

/* Round to keep digits up to 10^-dec and at most SIG_DIGITS digits, half up. */
static void
dec_round(struct dec *x, int decimals)
{
	int keep = x->n;

	if (keep > SIG_DIGITS)
		keep = SIG_DIGITS;
	if (x->exp + (x->n - keep) < -decimals)
		keep = x->n + x->exp + decimals;	/* digits before 10^-dec */
	if (keep < 0)
		keep = x->n = 0;
	if (keep < x->n)
		round_at(x, keep);
	while (x->n > 0 && x->d[x->n - 1] == '0') {
		x->n--;
		x->exp++;
	}
}

/* Keep the first `keep` digits of x, rounded half up. */
static void
round_at(struct dec *x, int keep)
{
	int up = x->d[keep] >= '5';

	x->exp += x->n - keep;
	x->n = keep;
	for (int i = keep - 1; up && i >= 0; i--) {
		if (x->d[i] == '9')
			x->d[i] = '0';
		else {
			x->d[i]++;
			up = 0;
		}
	}
	if (up) {	/* 999… became 1000… */
		memmove(x->d + 1, x->d, (size_t)x->n);
		x->d[0] = '1';
		x->n++;
	}
}

/* digits before the comma and after it of x (exp < 0: a fraction). */
static void
dec_text(const struct dec *x, int percent, char *out, size_t sz)
{
	size_t	 o = 0;
	int	 intd = x->n + x->exp;

	if (x->n == 0) {
		snprintf(out, sz, percent ? "0%%" : "0");
		return;
	}
	if (x->neg)
		out[o++] = '-';
	if (intd <= 0)
		out[o++] = '0';
	for (int i = 0; i < intd; i++)
		out[o++] = i < x->n ? x->d[i] : '0';
	if (x->exp < 0) {
		out[o++] = ',';
		for (int i = intd; i < x->n; i++)
			out[o++] = i < 0 ? '0' : x->d[i];
	}
	if (percent)
		out[o++] = '%';
	out[o] = '\0';
	(void)sz;
}

int
xlsx_number(const char *s, size_t len, int percent, char *out, size_t sz)
{
	struct dec	 x;
	int		 rc;

	if ((rc = dec_parse(s, len, &x)) != 0)
		return rc;
	if (x.n > 0 && x.n + x.exp > 30)
		return -2;	/* beyond any figure (numfmt.h: 24 digits) */
	x.exp += percent ? 2 : 0;
	dec_round(&x, MAX_DECIMALS);
	if (sz < 48)
		return -2;
	dec_text(&x, percent, out, sz);
	return 0;
}

/* Days since 1970-01-01 to a civil date (H. Hinnant's algorithm). */
static void
civil(long z, int *y, int *m, int *d)
{
	long	 era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int
xlsx_date(const char *s, size_t len, int date1904, char *out, size_t sz)
{
	struct dec	 x;
	long		 days = 0, frac = 0, minutes;
	int		 y, m, d;

	if (dec_parse(s, len, &x) != 0 || x.neg)
		return -1;
	dec_round(&x, 9);
	/* whole days, then the fraction as nanodays */
	for (int i = 0; i < x.n + x.exp && i < 9; i++)
		days = days * 10 + (i < x.n ? x.d[i] - '0' : 0);
	if (x.n + x.exp > 7)
		return -1;
	for (int i = x.n + x.exp, k = 0; k < 9; i++, k++)
		frac = frac * 10 + (i >= 0 && i < x.n ? x.d[i] - '0' : 0);
	minutes = (frac * 1440 + 500000000) / 1000000000;
	if (minutes == 1440) {
		days++;
		minutes = 0;
	}
	if (days > 2958465)
		return -1;
	if (!date1904 && days == 0) {	/* a time of day alone: "08:30" */
		snprintf(out, sz, "%02ld:%02ld", minutes / 60, minutes % 60);
		return 0;
	}
	/* 1900 system: serial 60 is Lotus's 29 February 1900, which never was */
	if (date1904)
		days += -24107;			/* 1904-01-01 */
	else
		days += days < 60 ? -25568 : -25569;	/* 1899-12-31 / -30 */
	civil(days, &y, &m, &d);
	if (minutes > 0)
		snprintf(out, sz, "%04d-%02d-%02d %02ld:%02ld", y, m, d,
		    minutes / 60, minutes % 60);
	else
		snprintf(out, sz, "%04d-%02d-%02d", y, m, d);
	return 0;
}

