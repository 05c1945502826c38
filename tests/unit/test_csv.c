/* CSV rows: quoting, separators, positions of fields and of errors. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "content_csv.h"
#include "diag.h"
#include "mem.h"

static char	*cbuf;
static size_t	 clen;
static FILE	*cf;

static int
setup(void **state)
{
	(void)state;
	cf = open_memstream(&cbuf, &clen);
	diag_setup(cf, LANG_ID);
	*state = arena_new();
	return 0;
}

static int
teardown(void **state)
{
	arena_free(*state);
	diag_setup(stderr, LANG_ID);
	fclose(cf);
	free(cbuf);
	return 0;
}

static const char *
captured(void)
{
	fflush(cf);
	return cbuf;
}

static int
parse(void **state, const char *s, struct csv *out)
{
	return csv_parse(*state, "t.csv", s, strlen(s), 0, out);
}

static void
test_fields_and_positions(void **state)
{
	struct csv c;

	assert_int_equal(parse(state, "a,b,c\n1,\"x, \"\"y\"\"\",\xc3\xa9t\xc3\xa9\r\n\n2,,z", &c), 0);
	assert_int_equal(c.n, 3);
	assert_int_equal(c.rows[1].n, 3);
	assert_string_equal(c.rows[1].f[1].s, "x, \"y\"");
	assert_string_equal(c.rows[1].f[2].s, "\xc3\xa9t\xc3\xa9");
	assert_int_equal(c.rows[1].f[1].pos.line, 2);
	assert_int_equal(c.rows[1].f[1].pos.col, 3);
	assert_int_equal(c.rows[1].f[2].pos.col, 14);	/* after 11 source chars */
	assert_int_equal(c.rows[2].pos.line, 4);	/* the blank line skipped */
	assert_string_equal(c.rows[2].f[1].s, "");
	assert_string_equal(captured(), "");
}

static void
test_semicolon_and_bom(void **state)
{
	struct csv c;

	assert_int_equal(parse(state, "\xef\xbb\xbfNo;Uraian\n1;Meja, kayu\n", &c), 0);
	assert_int_equal(c.rows[1].n, 2);
	assert_string_equal(c.rows[0].f[0].s, "No");
	assert_string_equal(c.rows[1].f[1].s, "Meja, kayu");
}

static void
test_errors(void **state)
{
	struct csv c;

	assert_int_equal(parse(state, "a,b\n1,\"open\n", &c), -1);
	assert_int_equal(parse(state, "a,b\n1,\"x\"y\n", &c), -1);
	assert_int_equal(parse(state, "a,b\n1,\xff\n", &c), -1);
	assert_int_equal(parse(state, "\n\n", &c), -1);
	assert_string_equal(captured(),
	    "t.csv:2:3: galat: tanda kutip '\"' tidak ditutup\n"
	    "t.csv:2:6: galat: ada teks setelah tanda kutip penutup; tulis \"\" "
	    "untuk tanda kutip di dalam teks\n"
	    "t.csv:2:3: galat: teks bukan UTF-8 yang sah (byte 0xFF); simpan "
	    "berkas sebagai UTF-8\n"
	    "t.csv: galat: berkas kosong: tidak ada isi sama sekali\n");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_fields_and_positions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_semicolon_and_bom, setup, teardown),
		cmocka_unit_test_setup_teardown(test_errors, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
