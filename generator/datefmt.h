/*
 * Dates as Indonesian documents write them: "9 Januari 2024",
 * "Februari 2025", "Selasa, 9 Januari 2024".  Pure functions on text, no
 * YAML: check_date.c turns what they find into findings.
 *
 * Only the forms in words are read; anything else ("09-01-2024", a place
 * before the date, a Hijri date beside it) is DATE_NONE: free text, of
 * which nothing is concluded.  What is read is checked against the
 * Gregorian calendar (leap years: every 4th, not every 100th, every 400th).
 */
#ifndef LAKIN_DATEFMT_H
#define LAKIN_DATEFMT_H

#include <stddef.h>

struct date {
	int	 y;		/* 4 digits */
	int	 m;		/* 1 to 12 */
	int	 d;		/* 1 to 31, or 0: "Februari 2025" names no day */
	int	 wday;		/* the weekday written, 0 (Minggu) to 6, or -1 */
};

enum date_err {
	DATE_OK = 0,
	DATE_NONE,		/* not a date in words: nothing to say */
	DATE_MONTH,		/* a word where the month goes is no month */
	DATE_DAY,		/* no such day in that month (31 Juni) */
	DATE_WEEKDAY		/* the weekday written is not the date's */
};

/*
 * Read s[0..len) as [Weekday[,]] [D] Month YYYY, case and spaces aside; a
 * run of dots or underscores where the day goes ("…… Februari 2025", a
 * day left to be filled in by hand) is no day.  On DATE_OK, DATE_DAY and
 * DATE_WEEKDAY *out holds what was written; on DATE_MONTH *out holds all
 * but the month, *month (when not NULL) points at the word where the
 * month goes and *mlen is its length.
 */
int		 date_parse(const char *s, size_t len, struct date *out,
		    const char **month, size_t *mlen);
int		 date_leap(int y);
/* Days in month m (1 to 12) of year y; 0 for another m. */
int		 date_days(int y, int m);
/* 0 (Minggu) to 6 (Sabtu), proleptic Gregorian. */
int		 date_weekday(int y, int m, int d);
/* "Januari" … "Desember" for 1 … 12, NULL otherwise. */
const char	*date_month_name(int m);
/* "Minggu" … "Sabtu" for 0 … 6, NULL otherwise. */
const char	*date_weekday_name(int wd);
/* The month a word most likely means, 1 … 12 ("Pebruari", "Agsutus",
 * "Des", "December"), or 0 when none is near enough or two are as near. */
int		 date_month_guess(const char *w, size_t len);
/* -1, 0 or 1 as a is before, the same as or after b, fields compared in
 * order; a day of 0 counts as the month's last (the latest it can mean). */
int		 date_cmp(const struct date *a, const struct date *b);

/*
 * A date in words inside running text: "9 Januari 2024", "Selasa, 9
 * Januari 2024", "31 Desember Tahun 2024", "30 Pebruari".  A day of one
 * or two digits standing alone, then a month: its standard name, or one
 * of the usual other spellings ("Pebruari", "Nop", "Des."); when a year
 * follows, also a near misspelling ("Agsutus 2024").  Any other word
 * after a number ("10 jenis", "Nomor 18 Tahun 2023") is no date: nothing
 * is guessed from free text.
 */
struct date_span {
	size_t	 b, e;		/* [b, e) of the date in the text */
	size_t	 mb, ml;	/* the month word */
	int	 exact;		/* the month written as its standard name */
	struct date d;		/* y 0 when no year is written; m the
				   month meant; d may be no day of it */
};

/* The first date in words in s[from..len): 1 and *out, or 0. */
int		 date_find(const char *s, size_t len, size_t from,
		    struct date_span *out);

#endif
