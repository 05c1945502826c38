/* The forms of a figure that num_parse would read one way when another is meant. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "numform.h"

static enum num_form
form(const char *s, int dec, char *fix, char *alt)
{
	return num_form(s, strlen(s), dec, fix, alt, 64);
}

/* US separators: always with two groups or a decimal point, "5,000" only
 * where whole numbers are expected. */
static void
test_us(void **state)
{
	char fix[64];

	(void)state;
	assert_int_equal(form("5,000", 0, fix, NULL), FORM_US);
	assert_string_equal(fix, "5.000");
	assert_int_equal(form("1,004,422,800", 0, fix, NULL), FORM_US);
	assert_string_equal(fix, "1.004.422.800");
	assert_int_equal(form("1,004,422,800", 1, fix, NULL), FORM_US);
	assert_int_equal(form("1,234.56", 1, fix, NULL), FORM_US);
	assert_string_equal(fix, "1.234,56");
	assert_int_equal(form("Rp. 1,234.56", 0, fix, NULL), FORM_US);
	assert_string_equal(fix, "Rp. 1.234,56");
	assert_int_equal(form(" -12,500 % ", 0, fix, NULL), FORM_US);
	assert_string_equal(fix, " -12.500 % ");
	assert_int_equal(form("5,000,-", 0, fix, NULL), FORM_US);
	assert_string_equal(fix, "5.000,-");
	/* decimals where decimals belong, and what is no US form */
	assert_int_equal(form("5,000", 1, fix, NULL), FORM_OK);
	assert_int_equal(form("0,500", 0, fix, NULL), FORM_OK);
	assert_int_equal(form("5,00", 0, fix, NULL), FORM_OK);
	assert_int_equal(form("5,0000", 0, fix, NULL), FORM_OK);
	assert_int_equal(form("1234,567", 0, fix, NULL), FORM_OK);
	assert_int_equal(form("1,23,456", 0, fix, NULL), FORM_OK);
	assert_int_equal(form("1,234.", 0, fix, NULL), FORM_OK);
	assert_int_equal(form("1.234.567,00", 0, fix, NULL), FORM_OK);
	assert_int_equal(form("5.157.883.367,-", 0, fix, NULL), FORM_OK);
	assert_int_equal(form("-", 0, fix, NULL), FORM_OK);
	assert_int_equal(form("", 0, fix, NULL), FORM_OK);
	assert_int_equal(form("abc", 0, fix, NULL), FORM_OK);
	/* no buffers: only the verdict */
	assert_int_equal(num_form("5,000", 5, 0, NULL, NULL, 0), FORM_US);
}

/* "9.530" where decimals are expected: one dot, three digits, no comma. */
static void
test_dot(void **state)
{
	char fix[64], alt[64];

	(void)state;
	assert_int_equal(form("9.530", 1, fix, alt), FORM_DOT);
	assert_string_equal(fix, "9,530");
	assert_string_equal(alt, "9530");
	assert_int_equal(form("91.945%", 1, fix, alt), FORM_DOT);
	assert_string_equal(fix, "91,945%");
	assert_string_equal(alt, "91945%");
	assert_int_equal(form("-100.000", 1, fix, alt), FORM_DOT);
	assert_string_equal(fix, "-100,000");
	/* one meaning only */
	assert_int_equal(form("9.530", 0, fix, alt), FORM_OK);	/* whole numbers */
	assert_int_equal(form("1.234.567", 1, fix, alt), FORM_OK);
	assert_int_equal(form("0.530", 1, fix, alt), FORM_OK);
	assert_int_equal(form("1000.530", 1, fix, alt), FORM_OK);
	assert_int_equal(form("26.42", 1, fix, alt), FORM_OK);
	assert_int_equal(form("9.5300", 1, fix, alt), FORM_OK);
	assert_int_equal(form("9.530,5", 1, fix, alt), FORM_OK);
	assert_int_equal(form("9,530", 1, fix, alt), FORM_OK);
}

/* A buffer too small is cut, never overrun. */
static void
test_short_buffer(void **state)
{
	char fix[4];

	(void)state;
	assert_int_equal(num_form("1,004,422,800", 13, 0, fix, NULL,
	    sizeof(fix)), FORM_US);
	assert_string_equal(fix, "1.0");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_us),
		cmocka_unit_test(test_dot),
		cmocka_unit_test(test_short_buffer),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
