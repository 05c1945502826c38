#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

static void
oom(size_t sz)
{
	fprintf(stderr, "lakin: kehabisan memori (%zu byte)\n", sz);
	abort();
}

void *
xmalloc(size_t sz)
{
	void *p = malloc(sz ? sz : 1);

	if (p == NULL)
		oom(sz);
	return p;
}

void *
xcalloc(size_t n, size_t sz)
{
	void *p = calloc(n ? n : 1, sz ? sz : 1);

	if (p == NULL)
		oom(n * sz);
	return p;
}

void *
xrealloc(void *p, size_t sz)
{
	void *q = realloc(p, sz ? sz : 1);

	if (q == NULL)
		oom(sz);
	return q;
}

/* The next capacity when n elements of the given size fill *cap. */
static size_t
next_cap(size_t n, size_t cap, size_t size, size_t first)
{
	size_t nc = cap ? cap * 2 : first;

	if (nc <= n || nc > SIZE_MAX / size)
		oom(SIZE_MAX);
	return nc;
}

void *
xgrow(void *v, size_t n, size_t *cap, size_t size, size_t first)
{
	if (n < *cap)
		return v;
	*cap = next_cap(n, *cap, size, first);
	return xrealloc(v, *cap * size);
}

char *
xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xmalloc(n), s, n);
}

/* Chunks are chained; big requests get a chunk of their own. */
struct chunk {
	struct chunk	*next;
	size_t		 used, cap;
	size_t		 seq;		/* 0 for an arena's first chunk, then 1 … */
	max_align_t	 data[];
};

struct arena {
	struct chunk	*head;
	size_t		 made;		/* chunks made so far: the next one's seq */
};

#define CHUNK_MIN (64 * 1024)

struct arena *
arena_new(void)
{
	return xcalloc(1, sizeof(struct arena));
}

void *
arena_alloc(struct arena *a, size_t sz)
{
	struct chunk	*c = a->head;
	size_t		 al = sizeof(max_align_t);
	void		*p;

	sz = (sz + al - 1) / al * al;
	if (c == NULL || c->cap - c->used < sz) {
		size_t cap = sz > CHUNK_MIN ? sz : CHUNK_MIN;

		c = xmalloc(sizeof(*c) + cap);
		c->used = 0;
		c->cap = cap;
		c->seq = a->made++;
		c->next = a->head;
		a->head = c;
	}
	p = (char *)c->data + c->used;
	c->used += sz;
	return memset(p, 0, sz);
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *
arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;
	char	*p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	p = arena_alloc(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

/* Release everything allocated so far; the arena stays usable. */
void
arena_reset(struct arena *a)
{
	struct chunk *c, *next;

	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	a->head = NULL;
}

size_t
arena_seq(const struct arena *a)
{
	return a->head != NULL ? a->head->seq : a->made;
}

void
arena_release_before(struct arena *a, size_t seq)
{
	struct chunk	**pp, *c;

	if (a->head == NULL)
		return;
	pp = &a->head->next;
	while ((c = *pp) != NULL) {
		if (c->seq < seq) {
			*pp = c->next;
			free(c);
		} else
			pp = &c->next;
	}
}

/* Like arena_reset, but the newest chunk stays for the next round. */
void
arena_clear(struct arena *a)
{
	struct chunk *c, *next;

	if (a->head == NULL)
		return;
	for (c = a->head->next; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	a->head->next = NULL;
	a->head->used = 0;
}

void
arena_free(struct arena *a)
{
	struct chunk *c, *next;

	if (a == NULL)
		return;
	for (c = a->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	free(a);
}

/*
 * When v is the newest allocation of the newest chunk and the chunk has
 * room, the array can simply take more of it: a doubling array left
 * behind in an arena is memory nobody uses until the arena goes (a big
 * table's rows grow their item arrays while nothing else is allocated).
 */
static int
grow_in_place(struct arena *a, void *v, size_t oldsz, size_t newsz)
{
	struct chunk	*c = a->head;
	size_t		 al = sizeof(max_align_t);
	char		*end;

	if (c == NULL)
		return 0;
	oldsz = (oldsz + al - 1) / al * al;
	newsz = (newsz + al - 1) / al * al;
	end = (char *)c->data + c->used;
	if ((char *)v + oldsz != end || (char *)v < (char *)c->data ||
	    newsz - oldsz > c->cap - c->used)
		return 0;
	memset(end, 0, newsz - oldsz);
	c->used += newsz - oldsz;
	return 1;
}

void *
arena_grow(struct arena *a, void *v, size_t n, size_t *cap, size_t size,
    size_t first)
{
	void *nv;

	if (n < *cap)
		return v;
	if (v != NULL && grow_in_place(a, v, *cap * size,
	    next_cap(n, *cap, size, first) * size)) {
		*cap = next_cap(n, *cap, size, first);
		return v;
	}
	*cap = next_cap(n, *cap, size, first);
	nv = arena_alloc(a, *cap * size);
	if (n)
		memcpy(nv, v, n * size);
	return nv;
}

void
ptrvec_push(struct ptrvec *pv, void *p)
{
	pv->v = xgrow(pv->v, pv->n, &pv->cap, sizeof(*pv->v), 8);
	pv->v[pv->n++] = p;
}

void
ptrvec_free(struct ptrvec *pv)
{
	free(pv->v);
	pv->v = NULL;
	pv->n = pv->cap = 0;
}
