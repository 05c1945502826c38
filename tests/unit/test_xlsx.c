/* .xlsx reading: cell references, number texts, dates, shared strings,
 * cell places in messages. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "content_xlsx.h"
#include "diag.h"
#include "mem.h"

static char	*cbuf;
static size_t	 clen;
static FILE	*cf;

static int
setup(void **state)
{
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
ref(const char *s, int allow, int *row, int *col)
{
	return xlsx_ref(s, strlen(s), allow, row, col);
}

static void
test_ref(void **state)
{
	int r, c;

	(void)state;
	assert_int_equal(ref("A1", 0, &r, &c), 1);
	assert_int_equal(r, 1);
	assert_int_equal(c, 1);
	assert_int_equal(ref("AA10", 0, &r, &c), 1);
	assert_int_equal(r, 10);
	assert_int_equal(c, 27);
	assert_int_equal(ref("XFD1048576", 0, &r, &c), 1);
	assert_int_equal(r, 1048576);
	assert_int_equal(c, 16384);
	assert_int_equal(ref("D", XLSX_REF_COL, &r, &c), 1);
	assert_int_equal(r, 0);
	assert_int_equal(c, 4);
	/* not references: no row, row 0, past the last row or column,
	 * lower case, digits first, a fourth letter */
	assert_int_equal(ref("D", 0, &r, &c), 0);
	assert_int_equal(ref("A0", 0, &r, &c), 0);
	assert_int_equal(ref("A01", 0, &r, &c), 0);
	assert_int_equal(ref("A1048577", 0, &r, &c), 0);
	assert_int_equal(ref("XFE1", 0, &r, &c), 0);
	assert_int_equal(ref("a1", 0, &r, &c), 0);
	assert_int_equal(ref("1A", 0, &r, &c), 0);
	assert_int_equal(ref("ABCD1", 0, &r, &c), 0);
	assert_int_equal(ref("", XLSX_REF_COL, &r, &c), 0);
	assert_int_equal(ref("B2x", 0, &r, &c), 0);
}

static void
num_is(const char *in, int percent, const char *want)
{
	char out[64];

	assert_int_equal(xlsx_number(in, strlen(in), percent, out,
	    sizeof(out)), 0);
	assert_string_equal(out, want);
}

static void
test_number(void **state)
{
	char out[64];

	(void)state;
	num_is("5781451559", 0, "5781451559");
	num_is("0.1", 0, "0,1");
	num_is("350000.5", 0, "350000,5");
	num_is("-1234.50", 0, "-1234,5");
	num_is("0", 0, "0");
	num_is("-0", 0, "0");
	num_is("1E3", 0, "1000");
	num_is("1.5E+2", 0, "150");
	num_is("2.5e-3", 0, "0,0025");
	/* a double's residue: 15 significant digits, as a spreadsheet shows */
	num_is("1.0000000000000001E-2", 0, "0,01");
	num_is("0.30000000000000004", 0, "0,3");
	num_is("3829666290.0000005", 0, "3829666290");
	num_is("999999999999999.5", 0, "1000000000000000");
	num_is("12345678901234567890", 0, "12345678901234600000");
	/* and past 10 decimals: what subtraction leaves of zero */
	num_is("5.5511151231257827E-17", 0, "0");
	num_is("0.00000000004", 0, "0");
	num_is("0.00000000005", 0, "0,0000000001");
	/* a percentage style: times 100 */
	num_is("0.9194", 1, "91,94%");
	num_is("1", 1, "100%");
	num_is("0", 1, "0%");
	/* not numbers, too large */
	assert_int_equal(xlsx_number("", 0, 0, out, sizeof(out)), -1);
	assert_int_equal(xlsx_number("abc", 3, 0, out, sizeof(out)), -1);
	assert_int_equal(xlsx_number("1e", 2, 0, out, sizeof(out)), -1);
	assert_int_equal(xlsx_number("--1", 3, 0, out, sizeof(out)), -1);
	assert_int_equal(xlsx_number("1.2.3", 5, 0, out, sizeof(out)), -1);
	assert_int_equal(xlsx_number("1,5", 3, 0, out, sizeof(out)), -1);
	assert_int_equal(xlsx_number("1E40", 4, 0, out, sizeof(out)), -2);
	assert_int_equal(xlsx_number("1E99999", 7, 0, out, sizeof(out)), -2);
}

static void
date_is(const char *in, int d1904, const char *want)
{
	char out[64];

	assert_int_equal(xlsx_date(in, strlen(in), d1904, out, sizeof(out)),
	    0);
	assert_string_equal(out, want);
}

static void
test_date(void **state)
{
	char out[64];

	(void)state;
	date_is("45292", 0, "2024-01-01");
	date_is("45657", 0, "2024-12-31");
	date_is("45292.5", 0, "2024-01-01 12:00");
	date_is("45292.999999", 0, "2024-01-02");	/* rounds to midnight */
	date_is("1", 0, "1900-01-01");
	date_is("59", 0, "1900-02-28");
	date_is("61", 0, "1900-03-01");
	date_is("0", 1, "1904-01-01");
	date_is("43830", 1, "2024-01-01");
	assert_int_equal(xlsx_date("-5", 2, 0, out, sizeof(out)), -1);
	date_is("0.354166666666667", 0, "08:30");	/* a time alone */
	date_is("0", 0, "00:00");
	assert_int_equal(xlsx_date("2958466", 7, 0, out, sizeof(out)), -1);
	assert_int_equal(xlsx_date("x", 1, 0, out, sizeof(out)), -1);
}

static void
test_strings(void **state)
{
	const char *xml = "<?xml version=\"1.0\"?>\n<sst xmlns=\"http://"
	    "schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>a"
	    "</t></si><si><r><t>Jumlah</t></r><r><rPr><b/></rPr><t xml:space"
	    "=\"preserve\"> Rp &amp; sen</t></r><rPh><t>yomi</t></rPh></si>"
	    "<si><t/></si><si><t>baris\nkedua</t></si></sst>";
	char	**v;
	size_t	 *len, n;

	assert_int_equal(xlsx_strings(*state, "t.xlsx", xml, strlen(xml), &v,
	    &len, &n), 0);
	assert_int_equal(n, 4);
	assert_string_equal(v[0], "a");
	assert_string_equal(v[1], "Jumlah Rp & sen");	/* runs, no reading */
	assert_int_equal(len[1], 15);
	assert_string_equal(v[2], "");
	assert_string_equal(v[3], "baris\nkedua");
	assert_string_equal(captured(), "");
}

static void
test_strings_refused(void **state)
{
	const char *dtd = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a "
	    "\"aaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]><sst><si><t>&b;"
	    "</t></si></sst>";
	const char *bad = "<sst>\n<si><t>a</si></sst>";
	char	**v;
	size_t	 *len, n;

	assert_int_equal(xlsx_strings(*state, "t.xlsx", dtd, strlen(dtd), &v,
	    &len, &n), -1);
	assert_int_equal(xlsx_strings(*state, "t.xlsx", bad, strlen(bad), &v,
	    &len, &n), -1);
	assert_string_equal(captured(),
	    "t.xlsx: galat: bagian xl/sharedStrings.xml buku kerja memuat "
	    "deklarasi DOCTYPE/entitas, yang tidak pernah ditulis aplikasi "
	    "lembar kerja; lakin tidak membacanya\n"
	    "t.xlsx: galat: bagian xl/sharedStrings.xml buku kerja rusak: XML "
	    "tidak sah di baris 2 kolom 11 (mismatched tag)\n");
}

static void
test_cell_places(void **state)
{
	struct pos	 p = diag_cell("a/anggaran.xlsx", "Sheet1", 14, 4);
	struct pos	 q = diag_cell("a/anggaran.xlsx", NULL, 2, 16384);
	const char	*sheet;
	char		 name[24];
	int		 col;

	(void)state;
	diag(&p, MSG_XLSX_NO_VALUE);
	p.col += 3;	/* blanks skipped inside the cell: the same cell */
	diag(&p, MSG_XLSX_ERROR_VALUE, "#REF!");
	diag(&q, MSG_XLSX_ERROR_VALUE, "#N/A");
	assert_int_equal(diag_cell_col(p.col, &sheet, &col), 1);
	assert_string_equal(sheet, "Sheet1");
	assert_int_equal(col, 4);
	assert_int_equal(diag_cell_col(12, &sheet, &col), 0);
	diag_cell_name(1, 16384, name, sizeof(name));
	assert_string_equal(name, "XFD1");
	diag_cell_name(7, 27, name, sizeof(name));
	assert_string_equal(name, "AA7");
	assert_string_equal(captured(),
	    "a/anggaran.xlsx:Sheet1!D14: galat: sel ini berisi rumus tanpa "
	    "nilai tersimpan; buka buku kerja di aplikasi lembar kerja dan "
	    "simpan ulang agar nilainya dihitung\n"
	    "a/anggaran.xlsx:Sheet1!D14: galat: sel ini berisi galat rumus "
	    "#REF!; perbaiki rumusnya di lembar kerja\n"
	    "a/anggaran.xlsx:XFD2: galat: sel ini berisi galat rumus #N/A; "
	    "perbaiki rumusnya di lembar kerja\n");
}

static void
test_not_a_zip(void **state)
{
	struct xlsx_sel	 sel = { NULL, NULL, 1, 0, NULL, 0 };
	struct csv	 c;
	const char	*junk = "Nama;NIP\nBudi;1\n";

	assert_int_equal(xlsx_parse(*state, "p.xlsx", junk, strlen(junk),
	    &sel, &c), -1);
	assert_int_equal(xlsx_parse(*state, "p.xlsx", "", 0, &sel, &c), -1);
	assert_string_equal(captured(),
	    "p.xlsx: galat: berkas ini bukan buku kerja .xlsx yang utuh: arsip "
	    "zip-nya rusak (Not a zip archive); simpan ulang dari aplikasi "
	    "lembar kerja sebagai .xlsx\n"
	    "p.xlsx: galat: berkas kosong: tidak ada isi sama sekali\n");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ref),
		cmocka_unit_test(test_number),
		cmocka_unit_test(test_date),
		cmocka_unit_test_setup_teardown(test_strings, setup, teardown),
		cmocka_unit_test_setup_teardown(test_strings_refused, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_cell_places, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_not_a_zip, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
