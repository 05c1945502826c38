/* Indonesian number formats: parse what finance staff write, print one way. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "numfmt.h"

static struct num
parse_ok(const char *s)
{
	struct num n;

	assert_int_equal(num_parse(s, strlen(s), &n), 0);
	return n;
}

static void
fmt_is(const char *in, int dec, int pct, const char *want)
{
	struct num	n = parse_ok(in);
	char		buf[NUM_BUFSZ];

	num_format(&n, dec, pct, buf, sizeof(buf));
	assert_string_equal(buf, want);
}

static int
parse_rc(const char *s)
{
	struct num n;

	return num_parse(s, strlen(s), &n);
}

/* num_format of a value given as a scaled num_t. */
static const char *
fmt_v(num_t v, int dec, char *buf)
{
	struct num n;

	memset(&n, 0, sizeof(n));
	n.v = v;
	num_format(&n, dec, 0, buf, NUM_BUFSZ);
	return buf;
}

static void
test_parse_values(void **state)
{
	(void)state;
	assert_true(parse_ok("6.288.365.287,00").v == 62883652870000LL);
	assert_true(parse_ok("3.710").v == 37100000LL);		/* thousands */
	assert_true(parse_ok("1121").v == 11210000LL);
	assert_true(parse_ok("0,25").v == 2500LL);
	assert_true(parse_ok("26.42").v == 264200LL);		/* a dot that cannot group */
	assert_true(parse_ok("-5,5").v == -55000LL);
	assert_true(parse_ok("91,94%").percent);
	assert_true(parse_ok("33,33 %").v == 333300LL);
	assert_true(parse_ok("5.157.883.367,-").v == 51578833670000LL);
	assert_true(parse_ok("Rp 5.000.000").v == 50000000000LL);
	assert_true(parse_ok("Rp. 5.000.000").v == 50000000000LL);
	assert_true(parse_ok("-").dash);
	assert_true(parse_ok("\xe2\x80\x93").dash);		/* en dash */
	assert_int_equal(parse_ok("0,6").decimals, 1);
}

static void
test_parse_rejects(void **state)
{
	struct num	n;
	const char	*bad[] = { "", "abc", "1.23.4", "12,3,4", "1.2.3,4", "dua",
	    "1,5x", "%", "Rp", "1..000", NULL };

	(void)state;
	for (int i = 0; bad[i] != NULL; i++)
		assert_int_equal(num_parse(bad[i], strlen(bad[i]), &n), -1);
}

static void
test_format(void **state)
{
	(void)state;
	fmt_is("6288365287", 2, 0, "6.288.365.287,00");
	fmt_is("6.288.365.287,00", 0, 0, "6.288.365.287");
	fmt_is("3710", 0, 0, "3.710");
	fmt_is("999", 0, 0, "999");
	fmt_is("1000", 0, 0, "1.000");
	fmt_is("91,935", 2, 1, "91,94%");		/* half up */
	fmt_is("91,934", 2, 1, "91,93%");
	fmt_is("0,6", 2, 0, "0,60");
	fmt_is("-1234,5", 1, 0, "-1.234,5");
	fmt_is("-0,001", 2, 0, "0,00");			/* no "-0,00" */
	fmt_is("-", 2, 0, "-");
	fmt_is("99,999", 2, 0, "100,00");		/* carry into the integer */
}

/* The largest figure is read exactly and printed back the same way. */
static void
test_limits(void **state)
{
	const char	*max = "999.999.999.999.999.999.999.999,9999";
	char		 buf[NUM_BUFSZ];

	(void)state;
	assert_true(parse_ok(max).v == NUM_MAX);
	assert_true(parse_ok("-999.999.999.999.999.999.999.999,9999").v ==
	    -NUM_MAX);
	fmt_is(max, 4, 0, max);
	fmt_is("-999999999999999999999999,9999", 4, 0,
	    "-999.999.999.999.999.999.999.999,9999");
	/* past int64 (9.223.372.036.854.775.807 scaled): still exact */
	assert_true(parse_ok("922.337.203.685.478").v ==
	    (num_t)922337203685478LL * NUM_SCALE);
	fmt_is("9.223.372.036.854.775.808", 0, 0, "9.223.372.036.854.775.808");
	/* one digit more is refused, never cut or wrapped */
	assert_int_equal(parse_rc("1.000.000.000.000.000.000.000.000"), NUM_EBIG);
	assert_int_equal(parse_rc("-1000000000000000000000000"), NUM_EBIG);
	assert_int_equal(parse_rc("99999999999999999999999999999999999999999999"),
	    NUM_EBIG);
	assert_int_equal(parse_rc("Rp 1000000000000000000000000,00"), NUM_EBIG);
	/* leading zeros are not digits of the value */
	assert_true(parse_ok("0000000000000000000000000000001").v == NUM_SCALE);
	/* a long text stays "not a number", whatever its length */
	assert_int_equal(parse_rc("99999999999999999999999999999x"), NUM_ENAN);
	assert_int_equal(parse_rc("1.000.000.000.000.000.000.000.000,5,5"),
	    NUM_ENAN);
	/* digits after the 4th decimal: refused unless they are zeros */
	assert_int_equal(parse_rc("0,12345"), NUM_EFINE);
	assert_int_equal(parse_rc("33,333333%"), NUM_EFINE);
	assert_int_equal(parse_rc("0.00001"), NUM_EFINE);
	assert_true(parse_ok("0,123400").v == 1234);
	assert_int_equal(parse_ok("0,123400").decimals, 6);
	num_format_max(buf, sizeof(buf));
	assert_string_equal(buf, "999.999.999.999.999.999.999.999");
}

/* Half up at the printed precision, away from zero for negative values. */
static void
test_rounding(void **state)
{
	(void)state;
	fmt_is("0,5", 0, 0, "1");
	fmt_is("1,5", 0, 0, "2");
	fmt_is("2,5", 0, 0, "3");			/* not to even */
	fmt_is("2,4999", 0, 0, "2");
	fmt_is("-2,5", 0, 0, "-3");
	fmt_is("-2,4999", 0, 0, "-2");
	fmt_is("0,005", 2, 0, "0,01");
	fmt_is("0,0049", 2, 0, "0,00");
	fmt_is("-0,005", 2, 0, "-0,01");
	fmt_is("-0,0049", 2, 0, "0,00");		/* no "-0,00" */
	fmt_is("1,2345", 3, 0, "1,235");
	fmt_is("1,2345", 4, 0, "1,2345");
	fmt_is("1,2344", 3, 0, "1,234");
	fmt_is("999,9995", 3, 0, "1.000,000");
	fmt_is("33,335%", 2, 1, "33,34%");
	/* the carry past the largest figure is printed, not lost */
	fmt_is("999.999.999.999.999.999.999.999,5", 0, 0,
	    "1.000.000.000.000.000.000.000.000");
}

static void
test_negative(void **state)
{
	char buf[NUM_BUFSZ];

	(void)state;
	assert_true(parse_ok("-1.234.567,89").v == -12345678900LL);
	fmt_is("-1.234.567,89", 2, 0, "-1.234.567,89");
	fmt_is("-1.234.567,89", 0, 0, "-1.234.568");
	fmt_is("-900.000.000.000.000", 2, 0, "-900.000.000.000.000,00");
	fmt_is("-0", 0, 0, "0");
	assert_string_equal(fmt_v(-NUM_MAX, 4, buf),
	    "-999.999.999.999.999.999.999.999,9999");
}

/* Sums: exact to the limit, refused past it, the sum left as it was. */
static void
test_sums(void **state)
{
	num_t	 s, tri900 = (num_t)900000000000000LL * NUM_SCALE;
	char	 buf[NUM_BUFSZ];

	(void)state;
	s = 0;
	assert_int_equal(num_add(&s, tri900), 0);
	assert_int_equal(num_add(&s, tri900), 0);	/* past int64 */
	assert_string_equal(fmt_v(s, 2, buf), "1.800.000.000.000.000,00");
	s = NUM_MAX - 1;
	assert_int_equal(num_add(&s, 1), 0);
	assert_true(s == NUM_MAX);
	assert_int_equal(num_add(&s, 1), -1);
	assert_true(s == NUM_MAX);
	s = -NUM_MAX;
	assert_int_equal(num_add(&s, -1), -1);
	assert_true(s == -NUM_MAX);
	assert_int_equal(num_add(&s, NUM_MAX), 0);
	assert_true(s == 0);
	s = NUM_MAX;
	assert_int_equal(num_add(&s, NUM_MAX), -1);
	s = -NUM_MAX;
	assert_int_equal(num_add(&s, -NUM_MAX), -1);
	/* 100,000 rows of 10^15 Rupiah with cents */
	s = 0;
	for (int i = 0; i < 100000; i++)
		assert_int_equal(num_add(&s, (num_t)1000000000000000LL *
		    NUM_SCALE + 100), 0);
	assert_string_equal(fmt_v(s, 2, buf),
	    "100.000.000.000.000.001.000,00");
}

/*
 * A thousands group starts with 1 to 3 digits, not with 0: "0.500" and
 * "12345.678" have a decimal point, never read as 500 and 12.345.678.
 */
static void
test_thousands_groups(void **state)
{
	(void)state;
	assert_true(parse_ok("0.500").v == 5000LL);
	assert_int_equal(parse_ok("0.500").decimals, 3);
	assert_true(parse_ok("12345.678").v == 123456780LL);
	assert_true(parse_ok("1234.567").v == 12345670LL);
	assert_true(parse_ok("123.456").v == 1234560000LL);	/* thousands */
	assert_true(parse_ok("1.234.567").v == 12345670000LL);
	assert_true(parse_ok("-9.530").v == -95300000LL);
	/* with a comma, the part before it must be proper groups */
	assert_int_equal(parse_rc("0.500,5"), NUM_ENAN);
	assert_int_equal(parse_rc("1234.567,5"), NUM_ENAN);
	assert_int_equal(parse_rc("12.34.567"), NUM_ENAN);
	assert_true(parse_ok("1.234,5").v == 12345000LL);
}

/* Letters count on past z (aa, ab …) and never repeat. */
static void
test_letters(void **state)
{
	static const struct { int n; const char *s; } v[] = {
		{ 1, "A" }, { 26, "Z" }, { 27, "AA" }, { 28, "AB" }, { 52, "AZ" },
		{ 53, "BA" }, { 702, "ZZ" }, { 703, "AAA" }, { 0, "0" },
		{ -2, "-2" },
	};
	char	 buf[16], prev[16];

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		num_letters(v[i].n, 1, buf, sizeof(buf));
		assert_string_equal(buf, v[i].s);
	}
	num_letters(29, 0, buf, sizeof(buf));
	assert_string_equal(buf, "ac");
	/* each one different from the one before and counting up in
	 * length-then-alphabet order: all different */
	num_letters(1, 1, prev, sizeof(prev));
	for (int n = 2; n <= 20000; n++) {
		num_letters(n, 1, buf, sizeof(buf));
		assert_true(strlen(buf) > strlen(prev) ||
		    (strlen(buf) == strlen(prev) && strcmp(buf, prev) > 0));
		memcpy(prev, buf, sizeof(buf));
	}
	/* a short buffer is cut, never overrun */
	num_letters(703, 1, buf, 3);
	assert_string_equal(buf, "AA");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_values),
		cmocka_unit_test(test_parse_rejects),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_thousands_groups),
		cmocka_unit_test(test_rounding),
		cmocka_unit_test(test_negative),
		cmocka_unit_test(test_sums),
		cmocka_unit_test(test_letters),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
