#include <string.h>

#include "datefmt.h"

static const char *const months[12] = { "Januari", "Februari", "Maret",
	"April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
	"November", "Desember" };
static const char *const weekdays[7] = { "Minggu", "Senin", "Selasa",
	"Rabu", "Kamis", "Jumat", "Sabtu" };

/* Other ways of writing a month: old spellings, short forms, English. */
static const struct {
	const char	*w;
	int		 m;
} month_alias[] = {
	{ "jan", 1 }, { "january", 1 },
	{ "feb", 2 }, { "peb", 2 }, { "pebruari", 2 }, { "february", 2 },
	{ "mar", 3 }, { "mrt", 3 }, { "march", 3 },
	{ "apr", 4 },
	{ "may", 5 },
	{ "jun", 6 }, { "june", 6 },
	{ "jul", 7 }, { "july", 7 },
	{ "agu", 8 }, { "agt", 8 }, { "ags", 8 }, { "agst", 8 }, { "agus", 8 },
	{ "aug", 8 }, { "august", 8 },
	{ "sep", 9 }, { "sept", 9 },
	{ "okt", 10 }, { "oct", 10 }, { "october", 10 },
	{ "nov", 11 }, { "nop", 11 }, { "nopember", 11 },
	{ "des", 12 }, { "dec", 12 }, { "december", 12 },
};

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int
alpha(int c)
{
	c = lower(c);
	return c >= 'a' && c <= 'z';
}

static int
digit(int c)
{
	return c >= '0' && c <= '9';
}

/* w[0..len) equals the word s, case aside. */
static int
same_word(const char *w, size_t len, const char *s)
{
	size_t i;

	for (i = 0; i < len && s[i] != '\0'; i++)
		if (lower((unsigned char)w[i]) != lower((unsigned char)s[i]))
			return 0;
	return i == len && s[i] == '\0';
}

const char *
date_month_name(int m)
{
	return m >= 1 && m <= 12 ? months[m - 1] : NULL;
}

const char *
date_weekday_name(int wd)
{
	return wd >= 0 && wd <= 6 ? weekdays[wd] : NULL;
}

int
date_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
date_days(int y, int m)
{
	static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30,
		31, 30, 31 };

	if (m < 1 || m > 12)
		return 0;
	return mdays[m - 1] + (m == 2 && date_leap(y));
}

int
date_weekday(int y, int m, int d)
{
	static const int t[12] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };

	if (m < 3)
		y--;
	/* Sakamoto; y may be 0 or more here, so every term is >= 0 */
	return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

int
date_cmp(const struct date *a, const struct date *b)
{
	int ad = a->d > 0 ? a->d : date_days(a->y, a->m);
	int bd = b->d > 0 ? b->d : date_days(b->y, b->m);

	if (a->y != b->y)
		return a->y < b->y ? -1 : 1;
	if (a->m != b->m)
		return a->m < b->m ? -1 : 1;
	if (ad != bd)
		return ad < bd ? -1 : 1;
	return 0;
}

/*
 * Optimal string alignment distance, case aside: insertions, deletions,
 * substitutions and swaps of two neighbours ("Agsutus") count one each.
 */
static size_t
distance(const char *a, size_t la, const char *b)
{
	size_t	 lb = strlen(b), d[24][24];

	if (la >= 24 || lb >= 24)
		return (size_t)-1;
	for (size_t i = 0; i <= la; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= la; i++)
		for (size_t j = 1; j <= lb; j++) {
			int	 ca = lower((unsigned char)a[i - 1]);
			int	 cb = lower((unsigned char)b[j - 1]);
			size_t	 v = d[i - 1][j - 1] + (ca != cb);

			if (d[i - 1][j] + 1 < v)
				v = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && ca == lower((unsigned char)b[j - 2]) &&
			    lower((unsigned char)a[i - 2]) == cb &&
			    d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	return d[la][lb];
}

int
date_month_guess(const char *w, size_t len)
{
	size_t	 best = (size_t)-1, lim = len <= 4 ? 1 : 2;
	int	 bm = 0, tie = 0;

	for (size_t i = 0; i < sizeof(month_alias) / sizeof(month_alias[0]); i++)
		if (same_word(w, len, month_alias[i].w))
			return month_alias[i].m;
	for (int m = 1; m <= 12; m++) {
		size_t d = distance(w, len, months[m - 1]);

		if (d < best) {
			best = d;
			bm = m;
			tie = 0;
		} else if (d == best && m != bm)
			tie = 1;
	}
	for (size_t i = 0; i < sizeof(month_alias) / sizeof(month_alias[0]); i++) {
		size_t d = distance(w, len, month_alias[i].w);

		if (d < best) {
			best = d;
			bm = month_alias[i].m;
			tie = 0;
		} else if (d == best && month_alias[i].m != bm)
			tie = 1;
	}
	return best <= lim && !tie ? bm : 0;
}

static size_t
skip_spaces(const char *s, size_t i, size_t len)
{
	while (i < len && s[i] == ' ')
		i++;
	return i;
}

/* A run of dots, underscores or ellipses standing for a day not yet written. */
static size_t
blank_day(const char *s, size_t i, size_t len)
{
	size_t j = i;

	for (;;) {
		if (j < len && (s[j] == '.' || s[j] == '_'))
			j++;
		else if (j + 2 < len && memcmp(s + j, "\xe2\x80\xa6", 3) == 0)
			j += 3;
		else
			break;
	}
	return j - i >= 2 ? j : i;
}

int
date_parse(const char *s, size_t len, struct date *out, const char **month,
    size_t *mlen)
{
	size_t	 i, w, mw, ml;
	int	 day = -1, m = 0, y = 0, wday = -1;

	memset(out, 0, sizeof(*out));
	out->wday = -1;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '.'))
		len--;
	i = skip_spaces(s, 0, len);
	/* a weekday first: "Selasa, 9 Januari 2024" */
	for (w = i; w < len && (alpha((unsigned char)s[w]) || s[w] == '\''); w++)
		;
	if (w > i && w < len && (s[w] == ',' || s[w] == ' ')) {
		for (int k = 0; k < 7; k++)
			if (same_word(s + i, w - i, weekdays[k]))
				wday = k;
		if (same_word(s + i, w - i, "Jum'at"))
			wday = 5;
		if (same_word(s + i, w - i, "Ahad"))
			wday = 0;
		if (wday >= 0) {
			i = w + (s[w] == ',');
			i = skip_spaces(s, i, len);
		}
	}
	/* the day: one or two digits, or a blank to be filled in */
	if (i < len && digit((unsigned char)s[i])) {
		day = 0;
		for (w = i; w < len && digit((unsigned char)s[w]); w++)
			day = day * 10 + (s[w] - '0');
		if (w - i > 2 || w == len || s[w] != ' ')
			return DATE_NONE;
		i = skip_spaces(s, w, len);
	} else if ((w = blank_day(s, i, len)) > i) {
		if (w == len || s[w] != ' ')
			return DATE_NONE;
		i = skip_spaces(s, w, len);
	}
	/* the month: one word */
	for (w = i; w < len && alpha((unsigned char)s[w]); w++)
		;
	if (w == i || w - i > 20)
		return DATE_NONE;
	mw = i;
	ml = w - i;
	if (w < len && s[w] == '.')
		w++;		/* "Des. 2024" */
	if (w == len || s[w] != ' ')
		return DATE_NONE;
	i = skip_spaces(s, w, len);
	/* the year: four digits, and nothing after them */
	if (len - i != 4)
		return DATE_NONE;
	for (w = i; w < len; w++) {
		if (!digit((unsigned char)s[w]))
			return DATE_NONE;
		y = y * 10 + (s[w] - '0');
	}
	if (y < 1900 || y > 2100)
		return DATE_NONE;	/* not a year of a report */
	for (int k = 1; k <= 12; k++)
		if (same_word(s + mw, ml, months[k - 1]))
			m = k;
	if (m == 0) {
		/* "Tahun 2025" is no date; "9 Bulan 2024" and "Pebruari 2025" are */
		if (day < 0 && date_month_guess(s + mw, ml) == 0)
			return DATE_NONE;
		out->y = y;
		out->d = day > 0 ? day : 0;
		out->wday = wday;
		if (month != NULL)
			*month = s + mw;
		if (mlen != NULL)
			*mlen = ml;
		return DATE_MONTH;
	}
	out->y = y;
	out->m = m;
	out->d = day > 0 ? day : 0;
	out->wday = wday;
	if (day == 0 || day > date_days(y, m)) {
		out->d = day;
		return DATE_DAY;
	}
	if (wday >= 0 && day > 0 && date_weekday(y, m, day) != wday)
		return DATE_WEEKDAY;
	return DATE_OK;
}

/* ---- dates inside running text ------------------------------------ */

/* The month an exact other spelling means ("Pebruari", "Des"), or 0. */
static int
alias_month(const char *w, size_t len)
{
	for (size_t i = 0; i < sizeof(month_alias) / sizeof(month_alias[0]); i++)
		if (same_word(w, len, month_alias[i].w))
			return month_alias[i].m;
	return 0;
}

/* A year of four digits standing alone at s[i..i+4), or 0. */
static int
year_at(const char *s, size_t len, size_t i)
{
	int y = 0;

	if (i + 4 > len || (i + 4 < len && (digit((unsigned char)s[i + 4]) ||
	    alpha((unsigned char)s[i + 4]))))
		return 0;
	for (size_t k = i; k < i + 4; k++) {
		if (!digit((unsigned char)s[k]))
			return 0;
		y = y * 10 + (s[k] - '0');
	}
	return y >= 1900 && y <= 2100 ? y : 0;
}

/* "Selasa, " just before s[i]: where the weekday begins, else i. */
static size_t
weekday_before(const char *s, size_t i, int *wday)
{
	size_t e = i, b;

	*wday = -1;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e > 0 && s[e - 1] == ',')
		e--;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	for (b = e; b > 0 && alpha((unsigned char)s[b - 1]); b--)
		;
	if (b == e || e == i || (b > 0 && digit((unsigned char)s[b - 1])))
		return i;
	for (int k = 0; k < 7; k++)
		if (same_word(s + b, e - b, weekdays[k]))
			*wday = k;
	if (same_word(s + b, e - b, "Ahad"))
		*wday = 0;
	return *wday >= 0 ? b : i;
}

/*
 * The date whose day begins at s[i], or 0.  The year, when written, is
 * the next word, or the one after "Tahun".
 */
static int
date_at(const char *s, size_t len, size_t i, struct date_span *out)
{
	size_t	 j, k, w, yb;
	int	 day = 0, m = 0, exact = 0, y = 0;

	for (j = i; j < len && digit((unsigned char)s[j]); j++)
		day = day * 10 + (s[j] - '0');
	if (j - i > 2 || day == 0 || j >= len || s[j] != ' ')
		return 0;
	k = skip_spaces(s, j, len);
	for (w = k; w < len && alpha((unsigned char)s[w]); w++)
		;
	if (w == k || w - k > 20 || (w < len && (digit((unsigned char)s[w]) ||
	    s[w] == '\'' || s[w] == '-' || (unsigned char)s[w] >= 0x80)))
		return 0;
	for (int x = 1; x <= 12; x++)
		if (same_word(s + k, w - k, months[x - 1]))
			m = x, exact = 1;
	if (m == 0)
		m = alias_month(s + k, w - k);
	yb = w < len && s[w] == '.' ? w + 1 : w;	/* "Des. 2024" */
	if (yb < len && s[yb] == ' ') {
		yb = skip_spaces(s, yb, len);
		if (len - yb > 6 && same_word(s + yb, 5, "tahun") && s[yb + 5] == ' ')
			yb = skip_spaces(s, yb + 5, len);
		y = year_at(s, len, yb);
	}
	if (m == 0 && y != 0 && day <= 31)
		m = date_month_guess(s + k, w - k);
	if (m == 0)
		return 0;
	memset(out, 0, sizeof(*out));
	out->b = weekday_before(s, i, &out->d.wday);
	out->e = y != 0 ? yb + 4 : w;
	out->mb = k;
	out->ml = w - k;
	out->exact = exact;
	out->d.y = y;
	out->d.m = m;
	out->d.d = day;
	return 1;
}

int
date_find(const char *s, size_t len, size_t from, struct date_span *out)
{
	for (size_t i = from; i < len; i++) {
		char p = i > 0 ? s[i - 1] : ' ';

		/* a day stands alone: not "1.5", "10/12", "a3", "2-3" */
		if (!digit((unsigned char)s[i]) || digit((unsigned char)p) ||
		    alpha((unsigned char)p) || (p != '\0' && strchr(".,/-:", p) != NULL))
			continue;
		if (date_at(s, len, i, out))
			return 1;
	}
	return 0;
}
