/* Dates in words: the calendar (leap years, days per month), month names, weekdays. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "datefmt.h"

static int
parse(const char *s, struct date *d)
{
	return date_parse(s, strlen(s), d, NULL, NULL);
}

static void
test_leap_years(void **state)
{
	(void)state;
	assert_true(date_leap(2024));
	assert_true(date_leap(2028));
	assert_true(date_leap(2000));		/* every 400th */
	assert_false(date_leap(2023));
	assert_false(date_leap(2025));
	assert_false(date_leap(1900));		/* every 100th is not */
	assert_false(date_leap(2100));
	assert_int_equal(date_days(2024, 2), 29);
	assert_int_equal(date_days(2023, 2), 28);
	assert_int_equal(date_days(2000, 2), 29);
	assert_int_equal(date_days(2100, 2), 28);
}

static void
test_day_ranges(void **state)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
		30, 31 };
	struct date	 d;
	char		 buf[64];

	(void)state;
	for (int m = 1; m <= 12; m++) {
		assert_int_equal(date_days(2025, m), days[m - 1]);
		snprintf(buf, sizeof(buf), "%d %s 2025", days[m - 1],
		    date_month_name(m));
		assert_int_equal(parse(buf, &d), DATE_OK);
		assert_int_equal(d.m, m);
		assert_int_equal(d.d, days[m - 1]);
		snprintf(buf, sizeof(buf), "%d %s 2025", days[m - 1] + 1,
		    date_month_name(m));
		assert_int_equal(parse(buf, &d), DATE_DAY);
		assert_int_equal(d.d, days[m - 1] + 1);
		assert_int_equal(d.m, m);
	}
	assert_int_equal(date_days(2025, 0), 0);
	assert_int_equal(date_days(2025, 13), 0);
	assert_int_equal(parse("31 Juni 2024", &d), DATE_DAY);
	assert_int_equal(parse("30 Februari 2024", &d), DATE_DAY);
	assert_int_equal(parse("29 Februari 2024", &d), DATE_OK);
	assert_int_equal(parse("29 Februari 2023", &d), DATE_DAY);
	assert_int_equal(d.y, 2023);
	assert_int_equal(parse("29 Februari 2100", &d), DATE_DAY);
	assert_int_equal(parse("0 Maret 2025", &d), DATE_DAY);
	assert_int_equal(parse("00 Maret 2025", &d), DATE_DAY);
}

static void
test_forms(void **state)
{
	struct date d;

	(void)state;
	assert_int_equal(parse("9 Januari 2024", &d), DATE_OK);
	assert_int_equal(d.y, 2024);
	assert_int_equal(d.m, 1);
	assert_int_equal(d.d, 9);
	assert_int_equal(d.wday, -1);
	assert_int_equal(parse("Februari 2025", &d), DATE_OK);
	assert_int_equal(d.d, 0);
	assert_int_equal(d.m, 2);
	assert_int_equal(parse("  09  DESEMBER   2024 ", &d), DATE_OK);
	assert_int_equal(d.d, 9);
	assert_int_equal(d.m, 12);
	assert_int_equal(parse("31 desember 2024.", &d), DATE_OK);
	assert_int_equal(parse("...... Februari 2025", &d), DATE_OK);
	assert_int_equal(d.d, 0);
	assert_int_equal(parse("____ Februari 2025", &d), DATE_OK);
	assert_int_equal(parse("\xe2\x80\xa6\xe2\x80\xa6 Februari 2025", &d),
	    DATE_OK);
	assert_int_equal(parse("Selasa, 9 Januari 2024", &d), DATE_OK);
	assert_int_equal(d.wday, 2);
	assert_int_equal(parse("Jum'at 3 Januari 2025", &d), DATE_OK);
	assert_int_equal(d.wday, 5);
	/* free text: nothing is concluded from it */
	assert_int_equal(parse("", &d), DATE_NONE);
	assert_int_equal(parse("09-01-2024", &d), DATE_NONE);
	assert_int_equal(parse("9 Januari", &d), DATE_NONE);
	assert_int_equal(parse("Januari 24", &d), DATE_NONE);
	assert_int_equal(parse("Binjai, 9 Januari 2024", &d), DATE_NONE);
	assert_int_equal(parse("9 Januari 2024 M", &d), DATE_NONE);
	assert_int_equal(parse("123 Januari 2024", &d), DATE_NONE);
	assert_int_equal(parse("9 Januari 1800", &d), DATE_NONE);
	assert_int_equal(parse("Tahun 2025", &d), DATE_NONE);
	assert_int_equal(parse(". Februari 2025", &d), DATE_NONE);
}

static void
test_months(void **state)
{
	struct date	 d;
	const char	*w;
	size_t		 wl;

	(void)state;
	assert_string_equal(date_month_name(1), "Januari");
	assert_string_equal(date_month_name(12), "Desember");
	assert_null(date_month_name(0));
	assert_null(date_month_name(13));
	assert_int_equal(date_parse("3 Pebruari 2025", 15, &d, &w, &wl),
	    DATE_MONTH);
	assert_int_equal(wl, 8);
	assert_memory_equal(w, "Pebruari", 8);
	assert_int_equal(d.y, 2025);
	assert_int_equal(d.d, 3);
	assert_int_equal(parse("9 Bulan 2024", &d), DATE_MONTH);
	assert_int_equal(parse("Pebruari 2025", &d), DATE_MONTH);
	/* old spellings, short forms, English, typing slips */
	assert_int_equal(date_month_guess("Pebruari", 8), 2);
	assert_int_equal(date_month_guess("Nopember", 8), 11);
	assert_int_equal(date_month_guess("Des", 3), 12);
	assert_int_equal(date_month_guess("sept", 4), 9);
	assert_int_equal(date_month_guess("December", 8), 12);
	assert_int_equal(date_month_guess("May", 3), 5);
	assert_int_equal(date_month_guess("Agsutus", 7), 8);	/* swapped */
	assert_int_equal(date_month_guess("Agustsu", 7), 8);
	assert_int_equal(date_month_guess("Januri", 6), 1);
	assert_int_equal(date_month_guess("Oktobre", 7), 10);
	assert_int_equal(date_month_guess("Mey", 3), 5);
	/* nothing near, or two as near: no guess */
	assert_int_equal(date_month_guess("Bulan", 5), 0);
	assert_int_equal(date_month_guess("Juri", 4), 0);	/* Juni or Juli */
	assert_int_equal(date_month_guess("Tahun", 5), 0);
	assert_int_equal(date_month_guess("", 0), 0);
}

static void
test_weekdays(void **state)
{
	struct date d;

	(void)state;
	assert_int_equal(date_weekday(2024, 1, 9), 2);		/* Selasa */
	assert_int_equal(date_weekday(2025, 1, 3), 5);		/* Jumat */
	assert_int_equal(date_weekday(2000, 1, 1), 6);		/* Sabtu */
	assert_int_equal(date_weekday(2024, 2, 29), 4);		/* Kamis */
	assert_int_equal(date_weekday(2024, 12, 31), 2);
	assert_int_equal(date_weekday(1900, 1, 1), 1);		/* Senin */
	assert_string_equal(date_weekday_name(0), "Minggu");
	assert_string_equal(date_weekday_name(6), "Sabtu");
	assert_null(date_weekday_name(7));
	assert_int_equal(parse("Senin, 9 Januari 2024", &d), DATE_WEEKDAY);
	assert_int_equal(d.wday, 1);
	assert_int_equal(d.d, 9);
	assert_int_equal(parse("Minggu, 29 Desember 2024", &d), DATE_OK);
	assert_int_equal(parse("Ahad, 29 Desember 2024", &d), DATE_OK);
}

static void
test_order(void **state)
{
	struct date a = { 2024, 12, 31, -1 }, b = { 2024, 12, 0, -1 };
	struct date c = { 2025, 2, 0, -1 }, e = { 2024, 11, 30, -1 };

	(void)state;
	assert_int_equal(date_cmp(&a, &b), 0);	/* "Desember 2024" may be the 31st */
	assert_int_equal(date_cmp(&e, &a), -1);
	assert_int_equal(date_cmp(&c, &a), 1);
	assert_int_equal(date_cmp(&a, &c), -1);
}

/* The date found in s: its text, or "" when there is none. */
static const char *
found(const char *s, struct date_span *sp)
{
	static char buf[128];

	if (!date_find(s, strlen(s), 0, sp))
		return "";
	snprintf(buf, sizeof(buf), "%.*s", (int)(sp->e - sp->b), s + sp->b);
	return buf;
}

static void
test_find_in_text(void **state)
{
	struct date_span sp;

	(void)state;
	assert_string_equal(found("rapat pada 31 Februari 2024 di aula", &sp),
	    "31 Februari 2024");
	assert_int_equal(sp.d.y, 2024);
	assert_int_equal(sp.d.m, 2);
	assert_int_equal(sp.d.d, 31);
	assert_int_equal(sp.b, 11);
	assert_true(sp.exact);
	/* no year: only a month by name or by a usual other spelling */
	assert_string_equal(found("pada 30 Pebruari; lalu", &sp), "30 Pebruari");
	assert_int_equal(sp.d.y, 0);
	assert_int_equal(sp.d.m, 2);
	assert_false(sp.exact);
	assert_string_equal(found("memuat 10 jenis layanan", &sp), "");
	assert_string_equal(found("2 Agsutus tanpa tahun", &sp), "");
	/* with a year a near misspelling is a month too */
	assert_string_equal(found("dilantik 3 Agsutus 2024.", &sp), "3 Agsutus 2024");
	assert_int_equal(sp.d.m, 8);
	/* "Tahun" between month and year */
	assert_string_equal(found("sampai 31 Desember Tahun 2024 ini", &sp),
	    "31 Desember Tahun 2024");
	assert_int_equal(sp.d.y, 2024);
	/* a weekday before it belongs to it */
	assert_string_equal(found("tertanggal Senin, 9 Januari 2024", &sp),
	    "Senin, 9 Januari 2024");
	assert_int_equal(sp.d.wday, 1);
	/* not dates: a regulation's number, a number inside a figure */
	assert_string_equal(found("Nomor 18 Tahun 2023", &sp), "");
	assert_string_equal(found("12 Bidang 2024", &sp), "");
	assert_string_equal(found("1.5 Juni dan 1/5 Juni", &sp), "");
	assert_string_equal(found("2024 Januari", &sp), "");
	assert_string_equal(found("sebanyak 123 Mei", &sp), "");
	/* the next one after the first */
	assert_int_equal(date_find("1 Mei dan 2 Juni", 16, 5, &sp), 1);
	assert_int_equal(sp.d.m, 6);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_leap_years),
		cmocka_unit_test(test_day_ranges),
		cmocka_unit_test(test_forms),
		cmocka_unit_test(test_months),
		cmocka_unit_test(test_weekdays),
		cmocka_unit_test(test_order),
		cmocka_unit_test(test_find_in_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
