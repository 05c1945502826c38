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
	char		buf[64];

	num_format(&n, dec, pct, buf, sizeof(buf));
	assert_string_equal(buf, want);
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
		cmocka_unit_test(test_letters),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
