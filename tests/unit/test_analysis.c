/*
 * The analysis of results: which analisis and solusi cover an indicator
 * (its own, else its sasaran's, else its tujuan's, each separately), and
 * how far apart two names of an indicator are in words.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "derive.h"
#include "doc.h"
#include "names.h"

static void
test_cover_chain(void **state)
{
	struct goal		tujuan, sasaran;
	struct indicator	own, inherits, free_ind;
	struct tcell		a_tujuan, s_sasaran, a_own;

	(void)state;
	memset(&tujuan, 0, sizeof(tujuan));
	memset(&sasaran, 0, sizeof(sasaran));
	memset(&own, 0, sizeof(own));
	memset(&inherits, 0, sizeof(inherits));
	memset(&free_ind, 0, sizeof(free_ind));
	sasaran.parent = &tujuan;
	tujuan.is_tujuan = 1;
	tujuan.an.cause = &a_tujuan;
	sasaran.an.fix = &s_sasaran;
	own.owner = inherits.owner = &sasaran;
	own.an.cause = &a_own;

	/* its own analisis wins; the solusi comes from the sasaran */
	assert_ptr_equal(perf_analysis(&own, 0), &a_own);
	assert_ptr_equal(perf_analysis(&own, 1), &s_sasaran);
	/* none of its own: the sasaran's solusi, the tujuan's analisis */
	assert_ptr_equal(perf_analysis(&inherits, 0), &a_tujuan);
	assert_ptr_equal(perf_analysis(&inherits, 1), &s_sasaran);
	/* under no goal and none written: nothing */
	assert_null(perf_analysis(&free_ind, 0));
	assert_null(perf_analysis(&free_ind, 1));
	/* the tujuan's own solusi is not taken when the sasaran has one */
	tujuan.an.fix = &a_own;
	assert_ptr_equal(perf_analysis(&inherits, 1), &s_sasaran);
	sasaran.an.fix = NULL;
	assert_ptr_equal(perf_analysis(&inherits, 1), &a_own);
}

static void
test_word_distance(void **state)
{
	(void)state;
	assert_int_equal(word_distance("a b c", "a b c"), 0);
	assert_int_equal(word_distance("", ""), 0);
	assert_int_equal(word_distance("", "satu dua"), 2);
	/* the reference's slips: two words added, one word added */
	assert_int_equal(word_distance("persentase pejabat yang telah mengikuti "
	    "pendidikan dan pelatihan dan pelatihan struktural",
	    "persentase pejabat yang telah mengikuti pendidikan dan "
	    "pelatihan struktural"), 2);
	assert_int_equal(word_distance("persentase asn pelanggaran disiplin asn",
	    "persentase pelanggaran disiplin asn"), 1);
	/* a changed word is one, whatever its letters */
	assert_int_equal(word_distance("indeks kepuasan masyarakat",
	    "indeks kepuasan warga"), 1);
	/* words, not letters: a prefix of a word is another word */
	assert_int_equal(word_distance("pelatihan", "pelatih"), 1);
	/* order counts */
	assert_int_equal(word_distance("a b", "b a"), 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cover_chain),
		cmocka_unit_test(test_word_distance),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
