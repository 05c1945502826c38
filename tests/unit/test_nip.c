/* NIP: 18 digits; birth date, appointment, sex and sequence checked. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "check_nip.h"
#include "diag.h"

static const char *
check(const char *s, char *out)
{
	return nip_check(s, strlen(s), out, 32);
}

static void
test_valid_and_spaced(void **state)
{
	char out[32];

	(void)state;
	diag_setup(stderr, LANG_ID);
	assert_null(check("198611262009031005", out));
	assert_string_equal(out, "19861126 200903 1 005");
	assert_null(check("19861126 200903 1 005", out));
	assert_string_equal(out, "19861126 200903 1 005");
	assert_null(check("19700108 198903 2 001", out));
	assert_null(check("20000229 202001 2 001", out));	/* leap day */
}

static void
test_invalid(void **state)
{
	char out[32];

	(void)state;
	diag_setup(stderr, LANG_EN);
	assert_non_null(strstr(check("1986112620090310", out), "18 digits"));
	assert_non_null(strstr(check("1986112620090310055", out), "18 digits"));
	assert_non_null(strstr(check("19861126-200903-1-005", out), "18 digits"));
	assert_non_null(strstr(check("19861131 200903 1 005", out), "birth date"));
	assert_non_null(strstr(check("19010229 192003 1 005", out), "birth date"));
	assert_non_null(strstr(check("19861126 200900 1 005", out), "month"));
	assert_non_null(strstr(check("19861126 199003 1 005", out), "age of 15"));
	assert_non_null(strstr(check("19861126 200903 0 005", out), "sex digit"));
	assert_non_null(strstr(check("19861126 200903 1 000", out), "sequence"));
	diag_setup(stderr, LANG_ID);
	assert_non_null(strstr(check("19861126 200903 3 005", out), "jenis kelamin"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_and_spaced),
		cmocka_unit_test(test_invalid),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
