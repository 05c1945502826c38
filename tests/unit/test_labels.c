/*
 * derive_labels: table and figure numbers.  Per chapter in a BAB
 * ("Tabel 1.2"); in a Lampiran as the template's nomor_lampiran says
 * ("Tabel L1.1", or "Tabel 3" counted on through all Lampiran); and a
 * number given twice is an error at the second caption.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "derive.h"
#include "diag.h"
#include "mem.h"

static FILE	*cf;
static char	*cbuf;
static size_t	 clen;

/* Parts: BAB 1 with 2 tables, Lampiran 1 with 2, Lampiran 3 with 1. */
static struct report *
report(struct arena *a, const char *form)
{
	static const int kinds[3] = { PART_BAB, PART_LAMPIRAN, PART_LAMPIRAN };
	static const int nums[3] = { 1, 1, 3 }, ntab[3] = { 2, 2, 1 };
	struct report	*r = arena_alloc(a, sizeof(*r));

	r->nparts = 3;
	r->parts = arena_alloc(a, 3 * sizeof(*r->parts));
	r->annex_number = form;
	for (int i = 0; i < 3; i++) {
		struct part *p = arena_alloc(a, sizeof(*p));

		p->kind = (enum part_kind)kinds[i];
		p->number = nums[i];
		p->n = (size_t)ntab[i];
		p->blocks = arena_alloc(a, p->n * sizeof(*p->blocks));
		for (size_t k = 0; k < p->n; k++) {
			struct block *b = arena_alloc(a, sizeof(*b));

			b->type = BLK_TABLE;
			b->table = arena_alloc(a, sizeof(*b->table));
			b->table->pos.file = "t.yaml";
			b->table->pos.line = 10 * (i + 1) + (int)k;
			b->table->pos.col = 7;
			p->blocks[k] = b;
		}
		r->parts[i] = p;
	}
	return r;
}

static const char *
label(const struct report *r, int part, int k)
{
	return r->parts[part]->blocks[k]->table->label;
}

static const char *
captured(void)
{
	fflush(cf);
	return cbuf != NULL ? cbuf : "";
}

static void
test_annex_forms(void **state)
{
	struct arena	*a = arena_new();
	struct report	*r;

	(void)state;
	r = report(a, "L{lampiran}.{nomor}");
	derive_labels(a, r);
	assert_string_equal(label(r, 0, 1), "Tabel 1.2");
	assert_string_equal(label(r, 1, 0), "Tabel L1.1");
	assert_string_equal(label(r, 1, 1), "Tabel L1.2");
	assert_string_equal(label(r, 2, 0), "Tabel L3.1");
	r = report(a, "{nomor}");
	derive_labels(a, r);
	assert_string_equal(label(r, 1, 1), "Tabel 2");
	assert_string_equal(label(r, 2, 0), "Tabel 3");	/* on, not 1 again */
	assert_string_equal(captured(), "");
	arena_free(a);
}

static void
test_number_twice(void **state)
{
	struct arena	*a = arena_new();
	struct report	*r = report(a, "{lampiran}.{nomor}");

	(void)state;
	derive_labels(a, r);
	/* Lampiran 1's Tabel 1.1 and 1.2 are BAB I's */
	assert_string_equal(label(r, 1, 0), "Tabel 1.1");
	assert_non_null(strstr(captured(), "t.yaml:20:7: galat: nomor 'Tabel 1.1' "
	    "sudah dipakai judul lain (di t.yaml:10)"));
	assert_non_null(strstr(captured(), "t.yaml:21:7: galat: nomor 'Tabel 1.2'"));
	assert_null(strstr(captured(), "t.yaml:30"));
	arena_free(a);
}

static int
setup(void **state)
{
	(void)state;
	cbuf = NULL;
	clen = 0;
	cf = open_memstream(&cbuf, &clen);
	diag_setup(cf, LANG_ID);
	return cf == NULL;
}

static int
teardown(void **state)
{
	(void)state;
	diag_flush();
	diag_setup(stderr, LANG_ID);
	fclose(cf);
	free(cbuf);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_annex_forms, setup, teardown),
		cmocka_unit_test_setup_teardown(test_number_twice, setup, teardown),
	};

	return cmocka_run_group_tests_name("labels", tests, NULL, NULL);
}
