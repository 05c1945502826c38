/*
 * template: templat.yaml found under $LAKIN_HOME/templates and read
 * through the input reader; its fonts are bare names of the fonts/
 * folder beside templates/, never a path that leads elsewhere.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "check_schema.h"
#include "input.h"
#include "mem.h"
#include "template.h"

static char	 home[] = "/tmp/lakin-test-template-XXXXXX";
static FILE	*capf;
static char	*capbuf;
static size_t	 caplen;

static const char *
captured(void)
{
	fflush(capf);
	return capbuf != NULL ? capbuf : "";
}

/* templates/t/templat.yaml with the given regular face. */
static void
write_template(const char *regular)
{
	char	 p[sizeof home + 64];
	FILE	*f;

	snprintf(p, sizeof p, "%s/templates/t/templat.yaml", home);
	f = fopen(p, "w");
	assert_non_null(f);
	fprintf(f, "nama: Uji\n"
	    "halaman:\n"
	    "  ukuran: A4\n"
	    "  margin: { atas: 25, bawah: 22, kiri: 30, kanan: 22 }\n"
	    "huruf:\n"
	    "  biasa: %s\n"
	    "  tebal: B.ttf\n"
	    "  miring: I.ttf\n"
	    "  tebal_miring: BI.ttf\n"
	    "teks: { ukuran: 11, spasi: 1.45, jarak_paragraf: 6, inden_daftar: 7 }\n"
	    "judul: { bab: 15, tingkat_1: 12, tingkat_2: 11, tingkat_3: 11 }\n"
	    "kepala: \"Laporan\"\n"
	    "kaki: \"{singkatan}\"\n"
	    "label_lampiran: \"L-\"\n"
	    "pemenggalan: { kamus: /usr/share/hyphen/hyph_id_ID.dic, kiri: 2, kanan: 3 }\n",
	    regular);
	fclose(f);
}

static int
setup(void **state)
{
	char p[sizeof home + 32];

	(void)state;
	capbuf = NULL;
	caplen = 0;
	capf = open_memstream(&capbuf, &caplen);
	diag_setup(capf, LANG_ID);
	/* mkdtemp fills in the X's: a fresh pattern for every test */
	memcpy(home + sizeof home - 7, "XXXXXX", 6);
	if (mkdtemp(home) == NULL)
		return 1;
	snprintf(p, sizeof p, "%s/templates", home);
	mkdir(p, 0777);
	snprintf(p, sizeof p, "%s/templates/t", home);
	mkdir(p, 0777);
	return setenv("LAKIN_HOME", home, 1);
}

static int
teardown(void **state)
{
	char cmd[sizeof home + 16];

	(void)state;
	check_schema_free();
	input_reset();
	diag_setup(NULL, LANG_ID);
	fclose(capf);
	free(capbuf);
	snprintf(cmd, sizeof cmd, "rm -rf %s", home);
	return system(cmd);
}

static void
test_fonts_are_names(void **state)
{
	struct arena	*a = arena_new();
	struct style	 st;
	char		 want[512];

	(void)state;
	write_template("R.ttf");
	assert_int_equal(template_load(a, "t", NULL, NULL, &st), 0);
	snprintf(want, sizeof want, "%s/fonts", home);
	assert_string_equal(st.fonts_dir, want);
	assert_string_equal(st.fonts[FACE_REGULAR], "R.ttf");
	assert_string_equal(st.fonts[FACE_BOLDITALIC], "BI.ttf");
	assert_string_equal(captured(), "");

	write_template("../../rahasia.ttf");
	assert_int_equal(template_load(a, "t", NULL, NULL, &st), -1);
	snprintf(want, sizeof want, "%s/templates/t/templat.yaml:6:10: galat: "
	    "nilai '../../rahasia.ttf' untuk 'biasa' tidak sah: nama berkas "
	    "huruf di folder fonts/ (tanpa '/')\n", home);
	assert_string_equal(captured(), want);
	arena_free(a);
}

/*
 * A template without the switches floats, has divider pages, numbers
 * Lampiran tables L1.1; 'dinas' sets the house style's sizes, and a
 * margin that held the compact style's header may not hold its own.
 */
static void
test_defaults_and_dinas(void **state)
{
	struct arena	*a = arena_new();
	struct style	 st;
	struct pos	 at = { "laporan.yaml", 12, 9 };

	(void)state;
	write_template("R.ttf");
	assert_int_equal(template_load(a, "t", NULL, NULL, &st), 0);
	assert_int_equal(st.floats, 1);
	assert_int_equal(st.dividers, 1);
	assert_string_equal(st.annex_number, "L{lampiran}.{nomor}");
	assert_true(st.size == 11 && st.h_chapter == 15);
	template_style(&st, "ringkas");
	assert_true(st.size == 11 && st.leading > 1.44 && st.leading < 1.46);
	template_style(&st, "dinas");
	assert_true(st.size == 12 && st.h_chapter == 14 && st.h_level[0] == 12);
	assert_true(st.leading > 1.72 && st.leading < 1.73);
	assert_true(st.table_size == 10);
	assert_int_equal(template_room(&st, &at, &at), 0);
	/* a report's 'ringkas' over a 'dinas' template: the template's own */
	template_style(&st, "ringkas");
	assert_true(st.size == 11 && st.h_chapter == 15 && st.h_level[1] == 11);
	template_style(&st, "dinas");
	st.m_top = 13 * MM;	/* 11 pt headers fit in 13 mm, 12 pt ones do not */
	assert_int_equal(template_room(&st, &at, &at), 1);
	assert_non_null(strstr(captured(), "laporan.yaml:12:9: galat: margin atas 13 mm"));
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_fonts_are_names, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_defaults_and_dinas, setup,
		    teardown),
	};

	return cmocka_run_group_tests_name("template", tests, NULL, NULL);
}
