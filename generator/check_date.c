/*
 * check, the dates of the report and the years it names.  Warnings only:
 * each is a slip a reader would stumble on, none keeps the PDF from
 * being made.  Only what is surely wrong is said:
 *
 *  - a date in words (laporan.yaml 'tanggal', a signature's 'tanggal')
 *    that is not in the calendar: 31 Juni, 30 Februari, 29 Februari of a
 *    year that is not a leap year, a month name misspelt ("Pebruari",
 *    "Agsutus": the right one is suggested), a weekday that is not the
 *    date's.  Other forms are free text (datefmt.h);
 *  - the report's own date before its year has ended: laporan.yaml
 *    'tanggal' and the signatures outside the Lampiran (Kata Pengantar,
 *    BAB IV) sign a report of the whole year.  The Lampiran hold other
 *    documents (the Perjanjian Kinerja is signed during the year, a
 *    decree on the IKU may be years old), so their dates are not compared
 *    with the report year;
 *  - a decree whose number ends with a year ("NOMOR: 800/127/BKPSDM/I/2025")
 *    other than the year of the date it is decreed on ('ditetapkan: ya'
 *    signature after the NOMOR paragraph, in the same part);
 *  - a title that names the year before or after the report year where it
 *    plainly means the report year: "… Tahun 2023" at the very end of a
 *    report, part, section, table or figure title that names no other
 *    year and has no word of a plan or a comparison ("Rencana Kinerja
 *    Tahun 2025", "Perbandingan … Tahun 2023" are about those years), and
 *    "Tahun 2023 dengan Tahun Lalu" (this year compared with the last)
 *    with any year but the report year.  "Nomor 18 Tahun 2023" (a number
 *    before "Tahun": a regulation) and ranges ("Tahun 2023 s/d 2024",
 *    "2021-2026") are not years of the report.
 */
#include <string.h>
#include <strings.h>

#include "check_int.h"
#include "datefmt.h"
#include "mem.h"

struct dwalk {
	struct arena		*a;
	const struct report	*r;
	/* the last "NOMOR …/2025" paragraph, until a decree signature */
	int			 sk_year;
	struct pos		 sk_pos;
};

/* Where the character at offset off of the text's flat form stands. */
struct pos
text_flat_pos(const struct text *t, size_t off)
{
	size_t at = 0;

	for (unsigned int i = 0; i < t->n; i++) {
		if (off < at + t->runs[i].len)
			return text_pos(t, t->runs[i].src + (off - at));
		at += t->runs[i].len;
	}
	return t->pos;
}

/*
 * A date checked against the calendar; 1 when it is a real date (in *d)
 * that the other rules may look at.
 */
static int
check_one(const char *s, const struct pos *p, struct date *d)
{
	const char	*w = NULL;
	size_t		 wl = 0;
	int		 g;

	switch (date_parse(s, strlen(s), d, &w, &wl)) {
	case DATE_OK:
		return 1;
	case DATE_NONE:
		return 0;
	case DATE_MONTH:
		if ((g = date_month_guess(w, wl)) == 0) {
			diag(p, MSG_DATE_MONTH, (int)wl, w, s);
			return 0;
		}
		diag(p, MSG_DATE_MONTH_SUGG, (int)wl, w, s, date_month_name(g));
		/* "2 Jan 2025" is still a date the other rules can read */
		d->m = g;
		return d->d <= date_days(d->y, g);
	case DATE_DAY:
		diag(p, MSG_DATE_DAY, s, date_month_name(d->m), d->y,
		    date_days(d->y, d->m));
		return 0;
	case DATE_WEEKDAY:
		diag(p, MSG_DATE_WEEKDAY, s, d->d, date_month_name(d->m), d->y,
		    date_weekday_name(date_weekday(d->y, d->m, d->d)),
		    date_weekday_name(d->wday));
		return 1;	/* the date itself is real */
	}
	return 0;
}

/* The report's own date: not before the end of the year it reports on. */
static void
check_own(const struct dwalk *w, const char *s, const struct pos *p,
    const struct date *d)
{
	struct date end = { w->r->year, 12, 31, -1 };

	if (w->r->year > 0 && date_cmp(d, &end) < 0)
		diag(p, MSG_DATE_EARLY, s, w->r->year, w->r->year,
		    w->r->year + 1);
}

/* ---- years in titles ---------------------------------------------- */

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A year standing alone at s[i..i+4): four digits, no digit beside them. */
static int
year_at(const char *s, size_t len, size_t i)
{
	int y = 0;

	if (i + 4 > len || (i > 0 && is_digit(s[i - 1])) ||
	    (i + 4 < len && is_digit(s[i + 4])))
		return 0;
	for (size_t k = i; k < i + 4; k++) {
		if (!is_digit(s[k]))
			return 0;
		y = y * 10 + (s[k] - '0');
	}
	return y >= 1900 && y <= 2100 ? y : 0;
}

/* Another year than the one at `at` anywhere in s. */
static int
other_year(const char *s, size_t len, size_t at)
{
	for (size_t i = 0; i + 4 <= len; i++)
		if (i != at && year_at(s, len, i))
			return 1;
	return 0;
}

static int
word_at(const char *s, size_t len, size_t i, const char *w)
{
	size_t n = strlen(w);

	return i + n <= len && strncasecmp(s + i, w, n) == 0 &&
	    (i + n == len || !is_letter(s[i + n]));
}

/*
 * Words of a title about another year than the report's: a plan or target
 * for the next one, a comparison with the last.
 */
static int
other_year_words(const char *s, size_t len)
{
	static const char *const w[] = { "rencana", "target", "proyeksi",
		"usulan", "perbandingan", "membandingkan", "lalu", "sebelum",
		NULL };

	for (size_t i = 0; i < len; i++) {
		if (i > 0 && is_letter(s[i - 1]))
			continue;
		for (int k = 0; w[k] != NULL; k++)
			if (strncasecmp(s + i, w[k], strlen(w[k])) == 0)
				return 1;
	}
	return 0;
}

/*
 * The year a title names where the report year is plainly meant, or 0;
 * *at is its offset.
 */
static int
title_year(const char *s, int year, size_t *at)
{
	size_t len = strlen(s);

	for (size_t i = 0; i + 5 <= len; i++) {
		size_t	 j, b;
		int	 y;

		if ((i > 0 && is_letter(s[i - 1])) || !word_at(s, len, i, "tahun"))
			continue;
		for (j = i + 5; j < len && s[j] == ' '; j++)
			;
		if (j == i + 5 || (y = year_at(s, len, j)) == 0 || y == year)
			continue;
		/* "Nomor 18 Tahun 2023": a regulation, not a year of the report */
		for (b = i; b > 0 && s[b - 1] == ' '; b--)
			;
		if (b > 0 && is_digit(s[b - 1]))
			continue;
		*at = j;
		for (j += 4; j < len && s[j] == ' '; j++)
			;
		/* "Tahun 2023 dengan Tahun Lalu": this year is the report's */
		if (word_at(s, len, j, "dengan")) {
			for (j += 6; j < len && s[j] == ' '; j++)
				;
			if (word_at(s, len, j, "tahun")) {
				for (j += 5; j < len && s[j] == ' '; j++)
					;
				if (word_at(s, len, j, "lalu") ||
				    word_at(s, len, j, "sebelumnya"))
					return y;
			}
			continue;
		}
		/* "… Tahun 2023" at the end, the title's only year */
		while (j < len && strchr(" .:;,)", s[j]) != NULL)
			j++;
		if (j == len && (y == year - 1 || y == year + 1) &&
		    !other_year(s, len, *at) && !other_year_words(s, len))
			return y;
	}
	return 0;
}

static void
check_title(const struct dwalk *w, const struct text *t)
{
	size_t	 at;
	int	 y;

	if (w->r->year == 0 || t->n == 0)
		return;
	if ((y = title_year(text_flat(w->a, t), w->r->year, &at)) != 0) {
		struct pos p = text_flat_pos(t, at);

		diag(&p, MSG_TITLE_YEAR, y, w->r->year, w->r->year);
	}
}

/* ---- decrees ------------------------------------------------------ */

/* "NOMOR: 800 . 1.5 - 127 / BKPSUM / 1 /2025": 2025 (*at its offset), or 0. */
static int
decree_year(const char *s, size_t *at)
{
	size_t	 len = strlen(s), i = 0, slash;
	int	 y;

	while (i < len && s[i] == ' ')
		i++;
	if (!word_at(s, len, i, "nomor"))
		return 0;
	for (slash = len; slash > i && s[slash - 1] != '/'; slash--)
		;
	if (slash == i)
		return 0;
	while (len > slash && (s[len - 1] == ' ' || s[len - 1] == '.'))
		len--;
	while (slash < len && s[slash] == ' ')
		slash++;
	if (len - slash != 4 || (y = year_at(s, len, slash)) == 0)
		return 0;
	*at = slash;
	return y;
}

static void
check_blocks(struct dwalk *w, const struct part *p, struct block **bl,
    size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct block	*b = bl[i];
		const struct signature	*s = b->sig;
		struct date		 d;
		size_t			 at;
		int			 y;

		switch (b->type) {
		case BLK_SECTION:
			check_title(w, &b->title);
			check_blocks(w, p, b->kids, b->nkids);
			break;
		case BLK_FIGURE:
			check_title(w, &b->title);
			break;
		case BLK_TABLE:
			check_title(w, &b->table->caption);
			break;
		case BLK_QUOTE:
			check_date_text(w->a, &b->text);
			break;
		case BLK_LIST:
			check_date_list(w->a, b->list);
			break;
		case BLK_PARA:
			check_date_text(w->a, &b->text);
			if ((y = decree_year(text_flat(w->a, &b->text), &at)) != 0) {
				w->sk_year = y;
				w->sk_pos = text_flat_pos(&b->text, at);
			}
			break;
		case BLK_SIGNATURE:
			if (s->date == NULL || !check_one(s->date, &s->datepos, &d))
				break;
			if (p->kind != PART_LAMPIRAN)
				check_own(w, s->date, &s->datepos, &d);
			if (s->decreed[0].n > 0 && w->sk_year != 0) {
				if (w->sk_year != d.y) {
					diag_also(&s->datepos);
					diag(&w->sk_pos, MSG_SK_YEAR, w->sk_year,
					    s->date, s->datepos.line);
				}
				w->sk_year = 0;
			}
			break;
		default:
			break;
		}
	}
}

void
check_dates(struct arena *a, const struct report *r)
{
	struct dwalk	 w;
	struct date	 d;

	memset(&w, 0, sizeof(w));
	w.a = a;
	w.r = r;
	if (r->date != NULL && check_one(r->date, &r->date_pos, &d))
		check_own(&w, r->date, &r->date_pos, &d);
	if (r->title != NULL && r->year > 0) {
		size_t	 at;
		int	 y = title_year(r->title, r->year, &at);

		if (y != 0)
			diag(&r->title_pos, MSG_TITLE_YEAR, y, r->year, r->year);
	}
	for (size_t i = 0; i < r->nparts; i++) {
		const struct part *p = r->parts[i];

		w.sk_year = 0;
		check_title(&w, &p->title);
		check_blocks(&w, p, p->blocks, p->n);
	}
}
