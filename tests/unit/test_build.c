/*
 * Unit tests of build_once (build.c) called again and again in one
 * process, as lakin watch calls it: every build starts from nothing (the
 * same PDF byte for byte, the same inputs, an error forgotten once it is
 * fixed), and watch's mode leaves saying "the old PDF is kept" to watch.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "build.h"
#include "input.h"
#include "mem.h"

#define SRC "tests/regress/layout/paragraf"

struct fix {
	char	 dir[64];
	char	 pdf[96], bab[96];
	size_t	 ninputs;	/* from the hook, at the last build */
	int	 calls;
};

static char *
slurp(const char *path, size_t *len)
{
	FILE	*f = fopen(path, "rb");
	char	*b;
	long	 n;

	assert_non_null(f);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	n = ftell(f);
	rewind(f);
	b = xmalloc((size_t)n + 1);
	assert_int_equal(fread(b, 1, (size_t)n, f), (size_t)n);
	b[n] = '\0';
	fclose(f);
	*len = (size_t)n;
	return b;
}

static void
spit(const char *path, const char *b, size_t n)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(b, 1, n, f), n);
	assert_int_equal(fclose(f), 0);
}

static void
copy(const char *from, const char *to)
{
	size_t	 n;
	char	*b = slurp(from, &n);

	spit(to, b, n);
	free(b);
}

static void
count_inputs(void *arg)
{
	struct fix *fx = arg;

	fx->ninputs = input_count();
	fx->calls++;
}

static int
setup(void **state)
{
	struct fix	*fx = xcalloc(1, sizeof(*fx));
	char		 p[96];

	snprintf(fx->dir, sizeof(fx->dir), "/tmp/lakin-test-build-XXXXXX");
	assert_non_null(mkdtemp(fx->dir));
	snprintf(p, sizeof(p), "%s/laporan.yaml", fx->dir);
	copy(SRC "/laporan.yaml", p);
	snprintf(fx->bab, sizeof(fx->bab), "%s/bab-1.yaml", fx->dir);
	copy(SRC "/bab-1.yaml", fx->bab);
	snprintf(fx->pdf, sizeof(fx->pdf), "%s/out.pdf", fx->dir);
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fix	*fx = *state;
	char		 p[96];

	unlink(fx->pdf);
	unlink(fx->bab);
	snprintf(p, sizeof(p), "%s/laporan.yaml", fx->dir);
	unlink(p);
	rmdir(fx->dir);
	free(fx);
	return 0;
}

static void
opts(struct build_opts *o, struct fix *fx, int watching)
{
	char *argv[] = { (char *)"lakin", (char *)"watch", (char *)"-o", fx->pdf,
	    fx->dir, NULL };

	assert_int_equal(build_args(5, argv, 0, o), 0);
	o->watching = watching;
	o->inputs = count_inputs;
	o->inputs_arg = fx;
}

/* Five builds in a row: the same status, inputs and bytes every time. */
static void
test_build_repeats(void **state)
{
	struct fix		*fx = *state;
	struct build_opts	 o;
	size_t			 n0, n, first_inputs;
	char			*first, *again;
	FILE			*log = tmpfile();

	assert_non_null(log);
	diag_setup(log, LANG_ID);
	diag_hold(1);
	opts(&o, fx, 1);
	assert_int_equal(build_once(&o), 0);
	first = slurp(fx->pdf, &n0);
	first_inputs = fx->ninputs;
	assert_true(first_inputs >= 3);	/* laporan, bab-1, template, fonts */
	for (int i = 0; i < 4; i++) {
		assert_int_equal(build_once(&o), 0);
		assert_int_equal(fx->ninputs, first_inputs);
		again = slurp(fx->pdf, &n);
		assert_int_equal(n, n0);
		assert_memory_equal(again, first, n0);
		free(again);
	}
	assert_int_equal(fx->calls, 5);
	assert_int_equal(input_count(), 0);	/* forgotten after each */
	free(first);
	diag_setup(stderr, LANG_ID);
	fclose(log);
}

/* An error, then its fix: the status follows the content, not the past,
 * and the PDF of the error build is the old one. */
static void
test_build_error_forgotten(void **state)
{
	struct fix		*fx = *state;
	struct build_opts	 o;
	size_t			 n0, n, nb;
	char			*good, *now, *bab = slurp(fx->bab, &nb);
	char			*broken = xmalloc(nb + 16);
	FILE			*log = tmpfile();
	long			 len;

	assert_non_null(log);
	diag_setup(log, LANG_ID);
	diag_hold(1);
	opts(&o, fx, 1);
	assert_int_equal(build_once(&o), 0);
	good = slurp(fx->pdf, &n0);
	memcpy(broken, bab, nb);
	memcpy(broken + nb, "rusak: [\n", 9);
	spit(fx->bab, broken, nb + 9);
	len = ftell(log);
	assert_int_equal(build_once(&o), 2);
	now = slurp(fx->pdf, &n);
	assert_int_equal(n, n0);
	assert_memory_equal(now, good, n0);
	free(now);
	/* watch says itself that the old PDF is kept */
	assert_true(ftell(log) > len);
	spit(fx->bab, bab, nb);
	assert_int_equal(build_once(&o), 0);
	now = slurp(fx->pdf, &n);
	assert_int_equal(n, n0);
	assert_memory_equal(now, good, n0);
	free(now);
	free(good);
	free(bab);
	free(broken);
	diag_setup(stderr, LANG_ID);
	fclose(log);
}

/* What the error build printed, with and without watch's mode. */
static void
test_build_kept_note(void **state)
{
	struct fix		*fx = *state;
	struct build_opts	 o;
	size_t			 nb;
	char			*bab = slurp(fx->bab, &nb), buf[8192];
	FILE			*log;
	size_t			 got;

	spit(fx->bab, "rusak: [\n", 9);
	for (int watching = 0; watching < 2; watching++) {
		log = tmpfile();
		assert_non_null(log);
		diag_setup(log, LANG_ID);
		diag_hold(1);
		opts(&o, fx, watching);
		assert_int_equal(build_once(&o), 2);
		rewind(log);
		got = fread(buf, 1, sizeof(buf) - 1, log);
		buf[got] = '\0';
		assert_non_null(strstr(buf, "bab-1.yaml:"));
		if (watching)
			assert_null(strstr(buf, "PDF tidak ditulis"));
		else
			assert_non_null(strstr(buf, "PDF tidak ditulis"));
		diag_setup(stderr, LANG_ID);
		fclose(log);
	}
	spit(fx->bab, bab, nb);
	free(bab);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_build_repeats, setup, teardown),
		cmocka_unit_test_setup_teardown(test_build_error_forgotten, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_build_kept_note, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
