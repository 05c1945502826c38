/*
 * Findings for machines: stable codes, the JSON array (values, related
 * places, escaping), SARIF places, colour on text lines, and the text
 * format untouched by what only machines get.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "diag.h"

struct cap {
	FILE	*f;
	char	*buf;
	size_t	 len;
};

static struct cap text, machine;

static void
cap_open(struct cap *c)
{
	c->buf = NULL;
	c->len = 0;
	c->f = open_memstream(&c->buf, &c->len);
	assert_non_null(c->f);
}

static const char *
got(struct cap *c)
{
	fflush(c->f);
	return c->buf != NULL ? c->buf : "";
}

static void
cap_close(struct cap *c)
{
	fclose(c->f);
	free(c->buf);
	memset(c, 0, sizeof(*c));
}

static int
setup(void **state)
{
	(void)state;
	cap_open(&text);
	cap_open(&machine);
	diag_setup(text.f, LANG_ID);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	diag_format(DIAG_TEXT, NULL, NULL, NULL);
	diag_color(0);
	diag_hold(0);
	diag_setup(NULL, LANG_ID);
	cap_close(&text);
	cap_close(&machine);
	return 0;
}

/* The identifier without MSG_, lower case, '-': unique, plain. */
static void
test_codes(void **state)
{
	(void)state;
	assert_string_equal(diag_code(MSG_YAML_DUPKEY), "yaml-dupkey");
	assert_string_equal(diag_code(MSG_FILE_OPEN), "file-open");
	assert_string_equal(diag_code(MSG_NOT_WRITTEN_NEW), "not-written-new");
	for (int i = 0; i < MSG__MAX; i++) {
		const char *c = diag_code((enum msg)i);

		assert_true(c[0] >= 'a' && c[0] <= 'z');
		assert_int_equal(strspn(c, "abcdefghijklmnopqrstuvwxyz0123456789-"),
		    strlen(c));
		for (int j = 0; j < i; j++)
			assert_string_not_equal(c, diag_code((enum msg)j));
	}
}

/* One object per finding, sorted as the text would be, values in order. */
static void
test_json(void **state)
{
	struct pos first = { "r/bab-1.yaml", 3, 1 };
	struct pos dup = { "r/bab-1.yaml", 9, 5 };
	struct pos big = { "r/a.csv", 0, 0 };

	(void)state;
	diag_format(DIAG_JSON, machine.f, "r", "1.2");
	diag_hold(1);
	diag_file("r/bab-1.yaml");
	diag(NULL, MSG_UTF8, 0xC3u);
	diag_also(&first);
	diag(&dup, MSG_YAML_DUPKEY, "judul", 3);
	diag(&big, MSG_FILE_TOO_BIG, (size_t)5000, (size_t)4096);
	diag(&first, MSG_YAML_INDENT_KEY, 3, "abcdef");
	diag(&first, MSG_NUM_PERCENT_BIG, "8740", "capaian", "8.740", "87,40");
	diag_flush();
	assert_string_equal(got(&machine), "");
	diag_end();
	assert_string_equal(got(&text), "");
	assert_string_equal(got(&machine),
	    "[\n"
	    "  {\"file\": \"r/bab-1.yaml\", \"line\": 3, \"column\": 1, "
	    "\"severity\": \"error\", \"code\": \"yaml-indent-key\", \"message\": "
	    "\"kunci 'abc' lebih menjorok daripada kunci di atasnya, sehingga "
	    "dibaca sebagai lanjutan teks baris sebelumnya; sejajarkan "
	    "indentasinya dengan kunci di atasnya\", \"values\": [\"abc\"], "
	    "\"related\": []},\n"
	    "  {\"file\": \"r/bab-1.yaml\", \"line\": 3, \"column\": 1, "
	    "\"severity\": \"warning\", \"code\": \"num-percent-big\", "
	    "\"message\": \"'8740' di kolom persen 'capaian' berarti 8.740%, "
	    "lebih dari 1.000%: mungkin maksudnya 87,40%? tulis dengan koma "
	    "desimal\", \"values\": [\"8740\", \"capaian\", \"8.740\", "
	    "\"87,40\"], \"related\": []},\n"
	    "  {\"file\": \"r/bab-1.yaml\", \"line\": 9, \"column\": 5, "
	    "\"severity\": \"error\", \"code\": \"yaml-dupkey\", \"message\": "
	    "\"kunci 'judul' ditulis dua kali dalam satu bagian (pertama di "
	    "baris 3)\", \"values\": [\"judul\", \"3\"], \"related\": "
	    "[{\"file\": \"r/bab-1.yaml\", \"line\": 3, \"column\": 1}]},\n"
	    "  {\"file\": \"r/a.csv\", \"severity\": \"error\", \"code\": "
	    "\"file-too-big\", \"message\": \"berkas terlalu besar (5000 byte; "
	    "batas 4096 byte)\", \"values\": [\"5000\", \"4096\"], "
	    "\"related\": []},\n"
	    "  {\"file\": null, \"severity\": \"error\", \"code\": \"utf8\", "
	    "\"message\": \"teks bukan UTF-8 yang sah (byte 0xC3); simpan berkas "
	    "sebagai UTF-8\", \"values\": [\"C3\"], \"related\": []}\n"
	    "]\n");
}

/* Quotes, backslashes, control bytes escaped; a stray byte is U+FFFD. */
static void
test_json_escapes(void **state)
{
	struct pos p = { "r/x.yaml", 2, 3 };

	(void)state;
	diag_format(DIAG_JSON, machine.f, "r", "1");
	diag(&p, MSG_FILE_OPEN, "a\"b\\c\nd\te\xff" "f\xE2\x96\xBA");
	diag_end();
	assert_non_null(strstr(got(&machine), "\"message\": \"tidak dapat "
	    "membuka berkas: a\\\"b\\\\c\\nd\\u0009e\\ufffdf\xE2\x96\xBA\""));
}

/* A related place belongs to the next finding only; a repeat drops it. */
static void
test_also_once(void **state)
{
	struct pos p = { "r/x.yaml", 2, 3 };
	struct pos q = { "r/y.yaml", 7, 1 };

	(void)state;
	diag_format(DIAG_JSON, machine.f, "r", "1");
	diag_once(&p, MSG_FILE_EMPTY);
	diag_also(&q);
	diag_once(&p, MSG_FILE_EMPTY);	/* said already: not said, no place */
	diag(&q, MSG_FILE_EMPTY);
	diag_end();
	assert_null(strstr(got(&machine), "\"line\": 7, \"column\": 1}"));
	assert_int_equal(diag_count(SEV_ERROR), 2);
}

/* SARIF: in the report folder relative to REPORTDIR, others as given. */
static void
test_sarif_places(void **state)
{
	struct pos p = { "r//sub/bab 1.yaml", 4, 2 };	/* as "r/" names it */
	struct pos q = { "/nonexistent lakin/t.yaml", 1, 1 };
	const char *s;

	(void)state;
	diag_format(DIAG_SARIF, machine.f, "r/", "7.7");
	diag_also(&q);
	diag(&p, MSG_YAML_DUPKEY, "k", 1);
	diag_end();
	s = got(&machine);
	assert_non_null(strstr(s, "\"version\": \"2.1.0\""));
	assert_non_null(strstr(s, "{\"name\": \"lakin\", \"version\": \"7.7\""));
	assert_non_null(strstr(s, "{\"id\": \"yaml-dupkey\", \"shortDescription\": "
	    "{\"text\": \"kunci '…' ditulis dua kali dalam satu bagian (pertama "
	    "di baris …)\"}, \"defaultConfiguration\": {\"level\": \"error\"}}"));
	assert_non_null(strstr(s, "\"artifactLocation\": {\"uri\": "
	    "\"sub/bab%201.yaml\", \"uriBaseId\": \"REPORTDIR\"}, \"region\": "
	    "{\"startLine\": 4, \"startColumn\": 2}"));
	assert_non_null(strstr(s, "\"relatedLocations\": [{\"id\": 1, "
	    "\"physicalLocation\": {\"artifactLocation\": {\"uri\": "
	    "\"/nonexistent%20lakin/t.yaml\"}"));
}

/* Colour: the place in bold, the severity in its colour, the rest as is. */
static void
test_color(void **state)
{
	struct pos p = { "a.yaml", 3, 1 };

	(void)state;
	diag_color(1);
	diag(&p, MSG_FILE_EMPTY);
	diag(NULL, MSG_PART_ORDER, "BAB", 3, 5);
	assert_string_equal(got(&text),
	    "\033[1ma.yaml:3:1:\033[m \033[1;31mgalat:\033[m berkas kosong: "
	    "tidak ada isi sama sekali\n"
	    "\033[1mlakin:\033[m \033[1;35mperingatan:\033[m BAB nomor 3 tidak "
	    "berurutan (sebelumnya 5)\n");
}

/* In text format a related place changes nothing in the line. */
static void
test_text_unchanged(void **state)
{
	struct pos p = { "a.yaml", 9, 5 };
	struct pos q = { "a.yaml", 3, 1 };

	(void)state;
	diag_also(&q);
	diag(&p, MSG_YAML_DUPKEY, "judul", 3);
	diag_end();
	assert_string_equal(got(&text), "a.yaml:9:5: galat: kunci 'judul' "
	    "ditulis dua kali dalam satu bagian (pertama di baris 3)\n");
	assert_string_equal(got(&machine), "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_codes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_json, setup, teardown),
		cmocka_unit_test_setup_teardown(test_json_escapes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_also_once, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sarif_places, setup, teardown),
		cmocka_unit_test_setup_teardown(test_color, setup, teardown),
		cmocka_unit_test_setup_teardown(test_text_unchanged, setup, teardown),
	};

	return cmocka_run_group_tests_name("diag_emit", tests, NULL, NULL);
}
