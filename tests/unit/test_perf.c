/*
 * derive on indicators: which target a capaian is measured against (the
 * PK's in the report year, the Renstra's otherwise), both directions, the
 * floor on capaian, and kategori taken from the capaian as printed.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "derive.h"
#include "mem.h"

#define V(x)	((num_t)((x) * NUM_SCALE + ((x) < 0 ? -0.5 : 0.5)))

static struct yearval
yv(int year, num_t v)
{
	struct yearval y;

	memset(&y, 0, sizeof(y));
	y.year = year;
	y.v.v = v;
	return y;
}

static const struct skala_band bands[] = {
	{ { V(90), 0, 0 }, { 0, 1, 0 }, "Sangat Tinggi" },	/* > 90 */
	{ { V(75), 0, 0 }, { V(90), 0, 1 }, "Tinggi" },		/* (75, 90] */
	{ { 0, 1, 0 }, { V(75), 0, 1 }, "Rendah" },		/* <= 75 */
};

static void
setup_perf(struct perf *p)
{
	memset(p, 0, sizeof(*p));
	p->scale.band = bands;
	p->scale.nband = 3;
	p->scale.dom_hi = V(100);
	p->scale.above = p->scale.below = 1;
	p->scale_decimals = 2;
}

static num_t
capaian(const struct perf *p, const struct indicator *in, int year)
{
	struct ratio	q;
	num_t		v;

	assert_true(perf_capaian(p, in, year, 2024, &q));
	assert_int_equal(ratio_round(&q, 2, &v), CALC_OK);
	return v;
}

static void
test_pk_target(void **state)
{
	struct perf		p;
	struct indicator	in;
	struct yearval		t[2] = { yv(2023, V(60)), yv(2024, V(95)) };
	struct yearval		r[2] = { yv(2023, V(60)), yv(2024, V(86)) };

	(void)state;
	setup_perf(&p);
	memset(&in, 0, sizeof(in));
	in.target = t;
	in.ntarget = 2;
	in.real = r;
	in.nreal = 2;
	in.has_pk = 1;
	in.pk = yv(2024, (num_t)945 * NUM_SCALE / 10);
	/* 2024: against the PK's 94,5, not the Renstra's 95 */
	assert_true(capaian(&p, &in, 2024) == V(91.01));
	/* 2023: the Renstra's */
	assert_true(capaian(&p, &in, 2023) == V(100));
	assert_ptr_equal(perf_target(&in, 2023, 2024), &t[0]);
}

static void
test_turun_and_floor(void **state)
{
	struct perf		p;
	struct indicator	in;
	struct yearval		t[1] = { yv(2024, V(110)) };
	struct yearval		r[1] = { yv(2024, V(250)) };
	struct ratio		q;

	(void)state;
	setup_perf(&p);
	memset(&in, 0, sizeof(in));
	in.down = 1;
	in.target = t;
	in.ntarget = 1;
	in.real = r;
	in.nreal = 1;
	/* (2 x 110 - 250) / 110 = -27,27 %, without a floor */
	assert_true(capaian(&p, &in, 2024) == V(-27.27));
	p.limits.has_min = 1;
	p.limits.min = 0;
	assert_true(capaian(&p, &in, 2024) == 0);
	assert_string_equal(perf_kategori(&p, (perf_capaian(&p, &in, 2024,
	    2024, &q), &q)), "Rendah");
	/* no realisasi that year: no capaian */
	assert_false(perf_capaian(&p, &in, 2023, 2024, &q));
}

static void
test_kategori_as_printed(void **state)
{
	struct perf	p;
	struct ratio	q;

	(void)state;
	setup_perf(&p);
	/* 90,004 % prints 90,00 %: Tinggi, as the reader sees it */
	assert_int_equal(ratio_make(V(90.004), NUM_SCALE, &q), CALC_OK);
	assert_string_equal(perf_kategori(&p, &q), "Tinggi");
	/* 90,006 % prints 90,01 %: Sangat Tinggi */
	assert_int_equal(ratio_make(V(90.006), NUM_SCALE, &q), CALC_OK);
	assert_string_equal(perf_kategori(&p, &q), "Sangat Tinggi");
	/* above 100 %: the top band */
	assert_int_equal(ratio_make(V(240), NUM_SCALE, &q), CALC_OK);
	assert_string_equal(perf_kategori(&p, &q), "Sangat Tinggi");
}

static void
test_rate(void **state)
{
	struct perf		p;
	struct indicator	in;
	struct yearval		t[1] = { yv(2024, V(100)) };
	struct yearval		pn[1] = { yv(2024, V(9)) };
	struct yearval		pd[1] = { yv(2024, V(9782)) };
	struct report		r;
	struct arena		*ar;

	(void)state;
	setup_perf(&p);
	memset(&in, 0, sizeof(in));
	memset(&r, 0, sizeof(r));
	in.key = "aki";
	in.down = 1;
	in.target = t;
	in.ntarget = 1;
	in.is_rate = 1;
	in.per = V(100000);
	in.rate_decimals = 2;
	in.numer = pn;
	in.nnumer = 1;
	in.denom = pd;
	in.ndenom = 1;
	p.all = (struct indicator *[]){ &in };
	p.nall = 1;
	r.perf = &p;
	r.year = 2024;
	ar = arena_new();
	derive_perf(ar, &r);
	/* 9 / 9.782 x 100.000 = 92,0057…: 92,01, rounded once */
	assert_int_equal(in.nreal, 1);
	assert_true(in.real[0].v.v == V(92.01));
	/* lower is better: (2 x 100 - 92,01) / 100 = 107,99 % */
	assert_true(capaian(&p, &in, 2024) == V(107.99));
	arena_free(ar);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pk_target),
		cmocka_unit_test(test_turun_and_floor),
		cmocka_unit_test(test_kategori_as_printed),
		cmocka_unit_test(test_rate),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
