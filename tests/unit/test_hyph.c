/*
 * hyph: Indonesian break points from libhyphen + hyph_id_ID.dic, with the
 * left/right minimums, uppercase folded, and no part left without a vowel.
 * libhyphen's loader leaks 10 bytes per dictionary: tests/lsan.supp.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "hyph.h"

#define DICT "/usr/share/hyphen/hyph_id_ID.dic"

static struct hyph *h23;	/* left 2, right 3: the templates' setting */
static struct hyph *h22;

static int
group_setup(void **state)
{
	(void)state;
	h23 = hyph_open(DICT, 2, 3);
	h22 = hyph_open(DICT, 2, 2);
	return h23 != NULL && h22 != NULL ? 0 : -1;
}

static int
group_teardown(void **state)
{
	(void)state;
	hyph_close(h23);
	hyph_close(h22);
	return 0;
}

/* The word with '-' at every break point, checking the points' shape. */
static const char *
split(const struct hyph *h, const char *w)
{
	static char	 out[256];
	size_t		 pt[64], n, len = strlen(w), last = 0, o = 0;

	n = hyph_points(h, w, len, pt, 64);
	for (size_t i = 0; i < n; i++) {
		if (pt[i] <= last || pt[i] >= len)
			fail_msg("%s: break %zu at %zu out of order", w, i, pt[i]);
		memcpy(out + o, w + last, pt[i] - last);
		o += pt[i] - last;
		out[o++] = '-';
		last = pt[i];
	}
	strcpy(out + o, w + last);
	return out;
}

static void
test_known_words(void **state)
{
	(void)state;
	/* right 3: no break before a final "an" */
	assert_string_equal(split(h23, "pengembangan"), "pe-ngem-bangan");
	assert_string_equal(split(h23, "kepegawaian"), "ke-pe-ga-waian");
	assert_string_equal(split(h23, "pertanggungjawaban"),
	    "per-tang-gung-ja-waban");
	assert_string_equal(split(h23, "akuntabilitas"), "akun-ta-bi-li-tas");
	assert_string_equal(split(h23, "profesionalitas"),
	    "pro-fe-si-o-na-li-tas");
	/* right 2: the dictionary's own points */
	assert_string_equal(split(h22, "pengembangan"), "pe-ngem-bang-an");
	assert_string_equal(split(h22, "kepegawaian"), "ke-pe-ga-wai-an");
	assert_string_equal(split(h22, "pertanggungjawaban"),
	    "per-tang-gung-ja-wab-an");
}

static void
test_offsets(void **state)
{
	size_t pt[8], n;

	(void)state;
	n = hyph_points(h22, "pengembangan", 12, pt, 8);
	assert_int_equal(n, 3);
	assert_int_equal(pt[0], 2);
	assert_int_equal(pt[1], 6);
	assert_int_equal(pt[2], 10);
	/* max bounds the output; the first ones are kept */
	n = hyph_points(h23, "akuntabilitas", 13, pt, 2);
	assert_int_equal(n, 2);
	assert_int_equal(pt[0], 4);
	assert_int_equal(pt[1], 6);
	assert_int_equal(hyph_points(h23, "akuntabilitas", 13, pt, 0), 0);
	/* len, not NUL, ends the word (layout passes pieces of a line) */
	n = hyph_points(h23, "pengembangan, dan", 12, pt, 8);
	assert_int_equal(n, 2);
	assert_int_equal(pt[0], 2);
	assert_int_equal(pt[1], 6);
}

static void
test_minimums(void **state)
{
	struct hyph	*h;
	size_t		 pt[16], n;

	(void)state;
	h = hyph_open(DICT, 3, 4);
	assert_non_null(h);
	/* akun-ta-bi-li-tas with right 4: no "tas" alone; left 3 allows 4 */
	assert_string_equal(split(h, "akuntabilitas"), "akun-ta-bi-litas");
	n = hyph_points(h, "pengembangan", 12, pt, 16);
	for (size_t i = 0; i < n; i++) {
		assert_true(pt[i] >= 3);
		assert_true(pt[i] <= 12 - 4);
	}
	assert_string_equal(split(h, "pengembangan"), "pengem-bangan");
	hyph_close(h);
	/* words shorter than left + right get none */
	assert_int_equal(hyph_points(h23, "ada", 3, pt, 16), 0);
	assert_int_equal(hyph_points(h23, "ia", 2, pt, 16), 0);
	assert_int_equal(hyph_points(h23, "", 0, pt, 16), 0);
	assert_string_equal(split(h23, "sasaran"), "sa-saran");
}

static void
test_uppercase(void **state)
{
	(void)state;
	assert_string_equal(split(h23, "PENGEMBANGAN"), "PE-NGEM-BANGAN");
	assert_string_equal(split(h23, "Pengembangan"), "Pe-ngem-bangan");
	assert_string_equal(split(h23, "AkunTabilitas"), "Akun-Ta-bi-li-tas");
	assert_string_equal(split(h22, "KEPEGAWAIAN"), "KE-PE-GA-WAI-AN");
	assert_string_equal(split(h23, "Binjai"), "Bin-jai");
}

static int
has_vowel(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strchr("aeiouAEIOU", s[i]) != NULL)
			return 1;
	return 0;
}

static void
test_no_vowelless_part(void **state)
{
	static const char *const words[] = {
		"masyarakat", "transparansi", "rakan", "instruksi",
		"konstruksi", "struktur", "transportasi", "ekstra",
		"abstrak", "kompleks", "strategis", "sistem", "infrastruktur",
		"administrasi", "transformasi", "eksploitasi", "spektrum",
	};
	const struct hyph *hs[2] = { h23, h22 };

	(void)state;
	/* the dictionary alone gives ma-sya-ra-k-at, tran-s-pa-ran-si */
	assert_string_equal(split(h22, "masyarakat"), "ma-sya-ra-kat");
	assert_string_equal(split(h23, "masyarakat"), "ma-sya-ra-kat");
	assert_string_equal(split(h22, "rakan"), "ra-kan");
	assert_string_not_equal(split(h22, "transparansi"),
	    "tran-s-pa-ran-si");
	/* loanword prefixes break after the prefix, as KBBI writes them */
	assert_string_equal(split(h22, "transparansi"), "trans-pa-ran-si");
	assert_string_equal(split(h22, "eksplorasi"), "eks-plo-ra-si");
	assert_string_equal(split(h22, "konstruksi"), "kon-struk-si");
	assert_string_equal(split(h22, "eksekusi"), "ek-se-ku-si");
	for (size_t k = 0; k < 2; k++)
		for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
			const char	*w = words[i];
			size_t		 pt[32], n, last = 0;

			n = hyph_points(hs[k], w, strlen(w), pt, 32);
			for (size_t j = 0; j <= n; j++) {
				size_t end = j < n ? pt[j] : strlen(w);

				if (!has_vowel(w + last, end - last))
					fail_msg("%s: part '%.*s' has no vowel "
					    "(%s)", w, (int)(end - last),
					    w + last, split(hs[k], w));
				last = end;
			}
		}
}

static void
test_not_alphabetic(void **state)
{
	static const char *const words[] = {
		"2024", "e-kinerja", "kinerja,", "(kinerja)", "SAKIP2024",
		"M\xC3\xA9" "dan", "pengem\xC3\xA9" "bangan", "per tahun",
		"http://binjaikota.go.id",
	};
	size_t pt[16];

	(void)state;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (hyph_points(h23, words[i], strlen(words[i]), pt, 16) != 0)
			fail_msg("'%s' got break points", words[i]);
}

static void
test_long_word(void **state)
{
	char	 w[300];
	size_t	 pt[64];

	(void)state;
	/* longer than the internal buffer: none, and no overflow */
	for (size_t i = 0; i + 12 < sizeof(w); i += 12)
		memcpy(w + i, "pengembangan", 12);
	assert_int_equal(hyph_points(h23, w, 288, pt, 64), 0);
	assert_int_equal(hyph_points(h23, w, 128, pt, 64), 0);
	/* 127 letters still fits */
	assert_true(hyph_points(h23, w, 127, pt, 64) > 0);
}

static void
test_null(void **state)
{
	size_t pt[8];

	(void)state;
	assert_int_equal(hyph_points(NULL, "pengembangan", 12, pt, 8), 0);
	hyph_close(NULL);
	assert_null(hyph_open("/nonexistent/hyph_xx_XX.dic", 2, 3));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known_words),
		cmocka_unit_test(test_offsets),
		cmocka_unit_test(test_minimums),
		cmocka_unit_test(test_uppercase),
		cmocka_unit_test(test_no_vowelless_part),
		cmocka_unit_test(test_not_alphabetic),
		cmocka_unit_test(test_long_word),
		cmocka_unit_test(test_null),
	};

	return cmocka_run_group_tests_name("hyph", tests, group_setup,
	    group_teardown);
}
