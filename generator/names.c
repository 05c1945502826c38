/*
 * Names: which of a list a word is, and "did you mean" for one that is
 * none (the closest by edit distance, when near enough).  Shared by check
 * (keys, choices) and derive (value names).
 */
#include <stdlib.h>
#include <string.h>

#include "names.h"

size_t
edit_distance(const char *a, const char *b)
{
	size_t	 la = strlen(a), lb = strlen(b), i, j;
	size_t	 row[64], prev, tmp;

	if (lb >= 64 || la >= 64)
		return (size_t)-1;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
			size_t best = prev + cost;

			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			tmp = row[j];
			row[j] = best;
			prev = tmp;
		}
	}
	return row[lb];
}

#define MAXWORDS 64

/* The words of s, split at single spaces (at most MAXWORDS): their starts
 * and lengths. */
static size_t
words(const char *s, const char **w, size_t *len)
{
	size_t n = 0;

	while (*s != '\0' && n < MAXWORDS) {
		w[n] = s;
		while (*s != '\0' && *s != ' ')
			s++;
		len[n] = (size_t)(s - w[n]);
		n++;
		if (*s == ' ')
			s++;
	}
	return n;
}

size_t
word_distance(const char *a, const char *b)
{
	const char	*wa[MAXWORDS], *wb[MAXWORDS];
	size_t		 la[MAXWORDS], lb[MAXWORDS], row[MAXWORDS + 1];
	size_t		 na = words(a, wa, la), nb = words(b, wb, lb);

	for (size_t j = 0; j <= nb; j++)
		row[j] = j;
	for (size_t i = 1; i <= na; i++) {
		size_t prev = row[0];

		row[0] = i;
		for (size_t j = 1; j <= nb; j++) {
			size_t	same = la[i - 1] == lb[j - 1] &&
				    memcmp(wa[i - 1], wb[j - 1], la[i - 1]) == 0;
			size_t	best = prev + !same, tmp = row[j];

			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			prev = tmp;
			row[j] = best;
		}
	}
	return row[nb];
}

void
suggest_init(struct suggest *s, const char *key)
{
	s->key = key;
	s->best = NULL;
	s->bd = (size_t)-1;
}

void
suggest_offer(struct suggest *s, const char *cand)
{
	size_t d = edit_distance(s->key, cand);

	if (d < s->bd) {
		s->bd = d;
		s->best = cand;
	}
}

/* Near enough: a third of the key's letters may differ. */
const char *
suggest_result(const struct suggest *s)
{
	return s->bd <= strlen(s->key) / 3 + 1 ? s->best : NULL;
}

int
choice_index(const char *const *c, const char *s)
{
	for (int i = 0; c[i] != NULL; i++)
		if (strcmp(c[i], s) == 0)
			return i;
	return -1;
}

struct keyref {
	const char	*key;
	size_t		 i;
};

static int
keyref_cmp(const void *va, const void *vb)
{
	const struct keyref	*a = va, *b = vb;
	int			 c = strcmp(a->key, b->key);

	return c != 0 ? c : a->i < b->i ? -1 : a->i > b->i;
}

/* Sorted once, so n keys cost n log n, not n squared. */
void
first_equal(const char *const *keys, size_t n, size_t *first)
{
	struct keyref	*v = calloc(n + 1, sizeof(*v));
	size_t		 m = 0;

	if (v == NULL)
		abort();
	for (size_t i = 0; i < n; i++) {
		first[i] = i;
		if (keys[i] != NULL) {
			v[m].key = keys[i];
			v[m++].i = i;
		}
	}
	qsort(v, m, sizeof(*v), keyref_cmp);
	for (size_t k = 1, f = 0; k < m; k++) {
		if (strcmp(v[k].key, v[f].key) != 0)
			f = k;
		else
			first[v[k].i] = v[f].i;
	}
	free(v);
}
