/*
 * mem: an arena array that is the arena's newest allocation grows in place
 * (same address, contents kept, the new tail zeroed); one that is not is
 * copied and the copy is correct; arena_clear empties the arena and keeps
 * it usable.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "mem.h"

/* Push v[n] = val onto an arena array of ints. */
static int *
push(struct arena *a, int *v, size_t *n, size_t *cap, int val)
{
	v = arena_grow(a, v, *n, cap, sizeof(*v), 4);
	v[(*n)++] = val;
	return v;
}

static void
test_grow_in_place(void **state)
{
	struct arena	*a = arena_new();
	int		*v = NULL, *first;
	size_t		 n = 0, cap = 0;

	(void)state;
	v = push(a, v, &n, &cap, 0);
	first = v;
	for (int i = 1; i < 100; i++)
		v = push(a, v, &n, &cap, i);
	assert_ptr_equal(v, first);	/* nothing else was allocated */
	assert_int_equal(n, 100);
	assert_true(cap >= 100);
	for (int i = 0; i < 100; i++)
		assert_int_equal(v[i], i);
	for (size_t i = n; i < cap; i++)
		assert_int_equal(v[i], 0);	/* still zeroed, like a copy */
	/* the next allocation starts after the grown array */
	{
		int *w = arena_alloc(a, sizeof(int));

		assert_true(w >= v + cap || w + 1 <= v);
	}
	arena_free(a);
}

static void
test_grow_copies_when_not_last(void **state)
{
	struct arena	*a = arena_new();
	int		*v = NULL, *first, *other;
	size_t		 n = 0, cap = 0;

	(void)state;
	for (int i = 0; i < 4; i++)
		v = push(a, v, &n, &cap, i + 10);
	first = v;
	other = arena_alloc(a, 4 * sizeof(int));
	other[0] = 77;
	other[3] = 78;
	v = push(a, v, &n, &cap, 14);
	assert_ptr_not_equal(v, first);	/* 'other' sits after it */
	for (int i = 0; i < 5; i++)
		assert_int_equal(v[i], i + 10);
	/* growing never wrote over the neighbour */
	assert_int_equal(other[0], 77);
	assert_int_equal(other[3], 78);
	arena_free(a);
}

static void
test_grow_past_chunk(void **state)
{
	struct arena	*a = arena_new();
	char		*v = NULL;
	size_t		 n = 0, cap = 0;

	(void)state;
	/* far more than one chunk: in place while it fits, copied after */
	for (size_t i = 0; i < 300000; i++) {
		v = arena_grow(a, v, n, &cap, 1, 16);
		v[n++] = (char)(i % 251);
	}
	for (size_t i = 0; i < n; i++)
		assert_int_equal((unsigned char)v[i], i % 251);
	arena_free(a);
}

static void
test_clear(void **state)
{
	struct arena	*a = arena_new();
	char		*p;

	(void)state;
	for (int i = 0; i < 10; i++)
		memset(arena_alloc(a, 50000), 0xAB, 50000);
	arena_clear(a);
	p = arena_alloc(a, 1000);
	for (int i = 0; i < 1000; i++)
		assert_int_equal(p[i], 0);	/* zeroed after reuse */
	p = arena_alloc(a, 200000);	/* and a big one still fits */
	assert_int_equal(p[199999], 0);
	arena_clear(a);
	arena_clear(a);			/* empty twice: harmless */
	arena_free(a);
	a = arena_new();
	arena_clear(a);			/* never used: harmless */
	arena_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_grow_in_place),
		cmocka_unit_test(test_grow_copies_when_not_last),
		cmocka_unit_test(test_grow_past_chunk),
		cmocka_unit_test(test_clear),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
