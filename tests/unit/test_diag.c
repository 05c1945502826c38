/*
 * diag: GCC-style lines in both languages, severity bookkeeping, and the
 * message table itself (every text present, same printf arguments in
 * Indonesian and English).
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

static struct cap cap;

static void
cap_open(enum lang l)
{
	if (cap.f != NULL)
		fclose(cap.f);
	free(cap.buf);
	cap.buf = NULL;
	cap.len = 0;
	cap.f = open_memstream(&cap.buf, &cap.len);
	assert_non_null(cap.f);
	diag_setup(cap.f, l);
}

/* Everything printed since the last cap_open. */
static const char *
captured(void)
{
	fflush(cap.f);
	return cap.buf != NULL ? cap.buf : "";
}

static int
setup(void **state)
{
	(void)state;
	cap_open(LANG_ID);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	diag_setup(NULL, LANG_ID);
	if (cap.f != NULL)
		fclose(cap.f);
	free(cap.buf);
	memset(&cap, 0, sizeof(cap));
	return 0;
}

static void
test_error_format(void **state)
{
	struct pos p = { "konten/bab1.yaml", 12, 7 };

	(void)state;
	diag(&p, MSG_FILE_OPEN, "No such file or directory");
	assert_string_equal(captured(),
	    "konten/bab1.yaml:12:7: galat: tidak dapat membuka berkas: "
	    "No such file or directory\n");
}

static void
test_warning_and_note(void **state)
{
	struct pos p = { "a.yaml", 3, 1 };

	(void)state;
	diag(&p, MSG_PART_ORDER, "BAB", 3, 5);
	diag(&p, MSG_NOT_WRITTEN, "out/x.pdf");
	assert_string_equal(captured(),
	    "a.yaml:3:1: peringatan: BAB nomor 3 tidak berurutan "
	    "(sebelumnya 5)\n"
	    "a.yaml:3:1: catatan: PDF tidak ditulis karena ada galat; "
	    "berkas lama out/x.pdf tidak diubah\n");
}

static void
test_arguments(void **state)
{
	struct pos p = { "t.yaml", 1, 2 };

	(void)state;
	diag(&p, MSG_FILE_TOO_BIG, (size_t)5000000, (size_t)4194304);
	diag(&p, MSG_UTF8, 0xC3u);
	diag(&p, MSG_CHAR_FONT, 0x25BAUL, "\xE2\x96\xBA", "Liberation Serif");
	diag(&p, MSG_PDF, 0x1025UL, 7UL);
	assert_string_equal(captured(),
	    "t.yaml:1:2: galat: berkas terlalu besar (5000000 byte; batas "
	    "4194304 byte)\n"
	    "t.yaml:1:2: galat: teks bukan UTF-8 yang sah (byte 0xC3); "
	    "simpan berkas sebagai UTF-8\n"
	    "t.yaml:1:2: galat: karakter U+25BA '\xE2\x96\xBA' tidak tersedia "
	    "di huruf Liberation Serif\n"
	    "t.yaml:1:2: galat: pustaka PDF gagal (kode 0x1025, detail 7)\n");
}

static void
test_english(void **state)
{
	struct pos p = { "a.yaml", 4, 9 };

	(void)state;
	cap_open(LANG_EN);
	assert_int_equal(diag_lang(), LANG_EN);
	assert_string_equal(tr("galat", "error"), "error");
	diag(&p, MSG_MISSING_KEY, "judul", "'laporan'");
	diag(&p, MSG_PART_ORDER, "chapter", 3, 5);
	diag(&p, MSG_NOT_WRITTEN, "x.pdf");
	diag(NULL, MSG_USAGE, "usage: lakin build DIR");
	assert_string_equal(captured(),
	    "a.yaml:4:9: error: required key 'judul' missing in 'laporan'\n"
	    "a.yaml:4:9: warning: chapter number 3 is out of order "
	    "(previous 5)\n"
	    "a.yaml:4:9: note: PDF not written because of errors; the old "
	    "file x.pdf is untouched\n"
	    "lakin: error: usage: lakin build DIR\n");
	/* and back */
	cap_open(LANG_ID);
	assert_int_equal(diag_lang(), LANG_ID);
	assert_string_equal(tr("galat", "error"), "galat");
}

static void
test_positions(void **state)
{
	struct pos nofile = { NULL, 3, 4 };
	struct pos noline = { "laporan.yaml", 0, 0 };
	struct pos nocol = { "laporan.yaml", 5, 0 };

	(void)state;
	diag(NULL, MSG_FILE_EMPTY);
	diag(&nofile, MSG_FILE_EMPTY);
	diag(&noline, MSG_FILE_EMPTY);
	diag(&nocol, MSG_FILE_EMPTY);
	diag(NULL, MSG_USAGE, "pemakaian: lakin build DIR");
	assert_string_equal(captured(),
	    "lakin: galat: berkas kosong: tidak ada isi sama sekali\n"
	    "lakin: galat: berkas kosong: tidak ada isi sama sekali\n"
	    "laporan.yaml: galat: berkas kosong: tidak ada isi sama sekali\n"
	    "laporan.yaml:5:1: galat: berkas kosong: tidak ada isi sama "
	    "sekali\n"
	    "lakin: galat: pemakaian: lakin build DIR\n");
}

static void
test_worst_and_counts(void **state)
{
	struct pos p = { "a.yaml", 1, 1 };

	(void)state;
	assert_int_equal(diag_worst(), SEV_NOTE);
	assert_int_equal(diag_count(SEV_NOTE), 0);
	assert_int_equal(diag_count(SEV_ERROR), 0);

	diag(&p, MSG_NOT_WRITTEN, "x");
	assert_int_equal(diag_worst(), SEV_NOTE);
	assert_int_equal(diag_count(SEV_NOTE), 1);

	diag(&p, MSG_OVERFULL, "kata");
	diag(&p, MSG_HYPH_DICT, "x.dic");
	assert_int_equal(diag_worst(), SEV_WARN);
	assert_int_equal(diag_count(SEV_WARN), 2);

	diag(&p, MSG_FILE_EMPTY);
	assert_int_equal(diag_worst(), SEV_ERROR);
	/* a later warning does not lower the worst */
	diag(&p, MSG_OVERFULL, "kata");
	assert_int_equal(diag_worst(), SEV_ERROR);
	assert_int_equal(diag_count(SEV_WARN), 3);
	assert_int_equal(diag_count(SEV_ERROR), 1);
	assert_int_equal(diag_count(SEV_FATAL), 0);

	diag(NULL, MSG_USAGE, "x");
	assert_int_equal(diag_worst(), SEV_FATAL);
	assert_int_equal(diag_count(SEV_FATAL), 1);
	assert_int_equal(diag_count(SEV_NOTE), 1);

	diag_reset();
	assert_int_equal(diag_worst(), SEV_NOTE);
	for (int s = SEV_NOTE; s <= SEV_FATAL; s++)
		assert_int_equal(diag_count((enum sev)s), 0);

	/* diag_setup starts a fresh count too */
	diag(&p, MSG_FILE_EMPTY);
	cap_open(LANG_EN);
	assert_int_equal(diag_count(SEV_ERROR), 0);
	assert_int_equal(diag_worst(), SEV_NOTE);
}

/* diag_once: a finding already printed at the same place is not repeated. */
static void
test_once(void **state)
{
	struct pos a = { "bab1.yaml", 3, 5 }, b = { "bab1.yaml", 4, 5 };

	(void)state;
	diag_once(&a, MSG_OVERFULL, "Aéééé");
	diag_once(&a, MSG_OVERFULL, "Aéééé");
	diag_once(&b, MSG_OVERFULL, "Aéééé");	/* another place */
	diag_once(&a, MSG_OVERFULL, "Béééé");	/* another word */
	assert_string_equal(captured(),
	    "bab1.yaml:3:5: peringatan: kata 'Aéééé' lebih lebar dari baris "
	    "dan terpaksa dipotong\n"
	    "bab1.yaml:4:5: peringatan: kata 'Aéééé' lebih lebar dari baris "
	    "dan terpaksa dipotong\n"
	    "bab1.yaml:3:5: peringatan: kata 'Béééé' lebih lebar dari baris "
	    "dan terpaksa dipotong\n");
	assert_int_equal(diag_count(SEV_WARN), 3);
	/* a new run (diag_reset) reports it again */
	cap_open(LANG_ID);
	diag_once(&a, MSG_OVERFULL, "Aéééé");
	assert_int_equal(diag_count(SEV_WARN), 1);
	assert_string_equal(captured(),
	    "bab1.yaml:3:5: peringatan: kata 'Aéééé' lebih lebar dari baris "
	    "dan terpaksa dipotong\n");
}

static void
test_severity_table(void **state)
{
	(void)state;
	assert_int_equal(diag_sev(MSG_FILE_OPEN), SEV_ERROR);
	assert_int_equal(diag_sev(MSG_PART_ORDER), SEV_WARN);
	assert_int_equal(diag_sev(MSG_HYPH_DICT), SEV_WARN);
	assert_int_equal(diag_sev(MSG_NOT_WRITTEN), SEV_NOTE);
	assert_int_equal(diag_sev(MSG_USAGE), SEV_FATAL);
	for (int m = 0; m < MSG__MAX; m++) {
		enum sev s = diag_sev((enum msg)m);

		if (s < SEV_NOTE || s > SEV_FATAL)
			fail_msg("message %d has severity %d", m, (int)s);
	}
}

/*
 * The argument list a printf format consumes, one letter group per
 * argument ("s", "d", "zu", "lX", "*" for a '*' width): flags and widths
 * do not matter, types and order do.  Returns -1 on a malformed format.
 */
static int
conversions(const char *fmt, char *out, size_t sz)
{
	static const char lens[] = "hljztL";
	static const char convs[] = "diouxXeEfFgGaAcspn";
	size_t o = 0;

	out[0] = '\0';
	for (const char *s = fmt; *s != '\0'; s++) {
		char spec[8];
		size_t k = 0;

		if (*s != '%')
			continue;
		s++;
		if (*s == '%')
			continue;
		while (*s != '\0' && strchr("-+ #0'", *s) != NULL)
			s++;
		if (*s == '*') {
			if (o + 2 >= sz)
				return -1;
			out[o++] = '*';
			out[o++] = ',';
			s++;
		} else
			while (*s >= '0' && *s <= '9')
				s++;
		if (*s == '.') {
			s++;
			if (*s == '*') {
				if (o + 2 >= sz)
					return -1;
				out[o++] = '*';
				out[o++] = ',';
				s++;
			} else
				while (*s >= '0' && *s <= '9')
					s++;
		}
		while (*s != '\0' && strchr(lens, *s) != NULL && k < 2)
			spec[k++] = *s++;
		if (*s == '\0' || strchr(convs, *s) == NULL)
			return -1;
		spec[k++] = *s;
		/* %i is %d, %X/%x/%u/%o all take an unsigned */
		if (spec[k - 1] == 'i')
			spec[k - 1] = 'd';
		if (o + k + 1 >= sz)
			return -1;
		memcpy(out + o, spec, k);
		o += k;
		out[o++] = ',';
		out[o] = '\0';
	}
	return (int)o;
}

static void
test_conversions_parser(void **state)
{
	char b[64];

	(void)state;
	assert_int_equal(conversions("no args, 100%% sure", b, sizeof(b)), 0);
	assert_string_equal(b, "");
	assert_true(conversions("'%s' %d (%zu) 0x%02X U+%04lX %.*s", b,
	    sizeof(b)) > 0);
	assert_string_equal(b, "s,d,zu,X,lX,*,s,");
	assert_int_equal(conversions("bad %", b, sizeof(b)), -1);
	assert_int_equal(conversions("bad %y", b, sizeof(b)), -1);
}

static void
test_message_table(void **state)
{
	const char	*idn[MSG__MAX];
	char		 a[128], b[128];

	(void)state;
	assert_true(MSG__MAX > 30);
	cap_open(LANG_ID);
	for (int m = 0; m < MSG__MAX; m++)
		idn[m] = diag_text((enum msg)m);
	cap_open(LANG_EN);
	for (int m = 0; m < MSG__MAX; m++) {
		const char *en = diag_text((enum msg)m);

		if (idn[m] == NULL || idn[m][0] == '\0')
			fail_msg("message %d has no Indonesian text", m);
		if (en == NULL || en[0] == '\0')
			fail_msg("message %d has no English text", m);
		if (conversions(idn[m], a, sizeof(a)) < 0)
			fail_msg("message %d: bad format \"%s\"", m, idn[m]);
		if (conversions(en, b, sizeof(b)) < 0)
			fail_msg("message %d: bad format \"%s\"", m, en);
		if (strcmp(a, b) != 0)
			fail_msg("message %d: arguments differ: \"%s\" (%s) vs "
			    "\"%s\" (%s)", m, idn[m], a, en, b);
		/* texts are single lines: the printer adds the newline */
		if (strchr(idn[m], '\n') != NULL || strchr(en, '\n') != NULL)
			fail_msg("message %d contains a newline", m);
	}
	/* a translated table, not one language twice */
	assert_string_not_equal(idn[MSG_FILE_OPEN], diag_text(MSG_FILE_OPEN));
	assert_string_equal(idn[MSG_YAML_TAB],
	    "karakter tab dipakai untuk indentasi; YAML hanya menerima spasi");
	assert_string_equal(diag_text(MSG_YAML_TAB),
	    "tab character used for indentation; YAML accepts spaces only");
}

/* Held findings come out by file (as named), line, column, each once. */
static void
test_hold_sorted_once(void **state)
{
	struct pos b2 = { "r/bab-2.yaml", 3, 1 };
	struct pos b1a = { "r/bab-1.yaml", 9, 4 };
	struct pos b1b = { "r/bab-1.yaml", 2, 7 };
	struct pos nofile = { NULL, 0, 0 };

	(void)state;
	diag_hold(1);
	diag_file("r/laporan.yaml");
	diag_file("r/bab-1.yaml");
	diag_file("r/bab-2.yaml");
	diag(&nofile, MSG_FILE_EMPTY);
	diag(&b2, MSG_FILE_EMPTY);
	diag(&b1a, MSG_FILE_EMPTY);
	diag(&b1b, MSG_FILE_EMPTY);
	diag(&b1a, MSG_FILE_EMPTY);	/* the same finding again */
	assert_string_equal(captured(), "");
	diag_flush();
	diag_hold(0);
	assert_string_equal(captured(),
	    "r/bab-1.yaml:2:7: galat: berkas kosong: tidak ada isi sama sekali\n"
	    "r/bab-1.yaml:9:4: galat: berkas kosong: tidak ada isi sama sekali\n"
	    "r/bab-2.yaml:3:1: galat: berkas kosong: tidak ada isi sama sekali\n"
	    "lakin: galat: berkas kosong: tidak ada isi sama sekali\n");
	assert_int_equal(diag_count(SEV_ERROR), 5);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_error_format, setup, teardown),
		cmocka_unit_test_setup_teardown(test_warning_and_note, setup, teardown),
		cmocka_unit_test_setup_teardown(test_arguments, setup, teardown),
		cmocka_unit_test_setup_teardown(test_english, setup, teardown),
		cmocka_unit_test_setup_teardown(test_positions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_worst_and_counts, setup, teardown),
		cmocka_unit_test_setup_teardown(test_once, setup, teardown),
		cmocka_unit_test_setup_teardown(test_severity_table, setup, teardown),
		cmocka_unit_test(test_conversions_parser),
		cmocka_unit_test_setup_teardown(test_hold_sorted_once, setup, teardown),
		cmocka_unit_test_setup_teardown(test_message_table, setup, teardown),
	};

	return cmocka_run_group_tests_name("diag", tests, NULL, NULL);
}
