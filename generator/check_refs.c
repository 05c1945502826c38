/*
 * Cross-references: {ref:kunci} prints the number of the table, figure or
 * section that has that kunci ("Tabel 1.10", "Gambar 1.2", "2.1");
 * {hal:kunci} prints the page it is on.  Keys are checked here (each
 * once, every reference to one that exists: an error at its place); derive
 * fills the numbers in, and the pages once laid out.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_content.h"
#include "check_int.h"

struct pending_ref {
	const char	*key;
	struct pos	 pos;
};

/*
 * {nilai:name=77,39}: the figure as a signed document types it, [t, e).
 * It must be a number; derive compares it with the data.
 */
static void
typed_figure(struct builder *b, struct spanwalk *w, const char *s,
    struct valref *v, const char *t, const char *e)
{
	while (t < e && *t == ' ')
		t++;
	while (e > t && e[-1] == ' ')
		e--;
	v->typed = arena_strndup(b->a, t, (size_t)(e - t));
	v->typed_pos = spanwalk_pos(w, (size_t)(t - s));
	/* a ratio "1:2.500" is compared by its x */
	if (e - t > 2 && t[0] == '1') {
		const char *c = t + 1;

		while (c < e && *c == ' ')
			c++;
		if (c < e && *c == ':')
			for (t = c + 1; t < e && *t == ' '; t++)
				;
	}
	if (num_parse(t, (size_t)(e - t), &v->typed_num) != NUM_OK ||
	    v->typed_num.dash) {
		diag(&v->typed_pos, MSG_VAL_TYPED_NUMBER, v->typed);
		b->errors++;
		v->typed = NULL;
	}
}

/*
 * {nilai:name|format}: noted with its place; derive finds the figure.
 * A reference never closed is said here, like {ref: without '}'.
 */
static void
value_ref(struct builder *b, struct spanwalk *w, const char *s, const char *p)
{
	const char	*e = strchr(p, '}'), *bar, *eq;
	struct valref	*v;

	if (e == NULL) {
		struct pos pos = spanwalk_pos(w, (size_t)(p - s));

		diag(&pos, MSG_REF_OPEN, "nilai");
		b->errors++;
		return;
	}
	v = arena_alloc(b->a, sizeof(*v));
	v->src = arena_strndup(b->a, p + 7, (size_t)(e - p - 7));
	v->pos = spanwalk_pos(w, (size_t)(p - s));
	if ((eq = memchr(p + 7, '=', (size_t)(e - p - 7))) != NULL) {
		typed_figure(b, w, s, v, eq + 1, e);
		for (e = eq; e > p + 7 && e[-1] == ' '; e--)
			;
	}
	bar = memchr(p + 7, '|', (size_t)(e - p - 7));
	v->name = arena_strndup(b->a, p + 7, (size_t)((bar != NULL ? bar : e) -
	    (p + 7)));
	v->fmt = bar != NULL ? arena_strndup(b->a, bar + 1,
	    (size_t)(e - bar - 1)) : NULL;
	ptrvec_push(&b->vals, v);
}

/*
 * A number cell that copies a figure, "{nilai:ipasn.realisasi=77,39}",
 * is the typed figure to the table (its sums and checks); refs_scan has
 * noted the comparison with the data.
 */
const char *
refs_typed_cell(const char *s, char *buf, size_t sz)
{
	size_t		 len = strlen(s);
	const char	*eq;

	if (len < 10 || strncmp(s, "{nilai:", 7) != 0 || s[len - 1] != '}' ||
	    memchr(s + 1, '}', len - 2) != NULL ||
	    (eq = memchr(s, '=', len)) == NULL || (size_t)(s + len - 1 - eq) >= sz)
		return s;
	for (eq++; *eq == ' '; eq++)
		;
	snprintf(buf, sz, "%.*s", (int)(s + len - 1 - eq), eq);
	for (len = strlen(buf); len > 0 && buf[len - 1] == ' '; len--)
		buf[len - 1] = '\0';
	return buf;
}

/* Record the references a scalar makes, with their positions. */
void
refs_scan(struct builder *b, const struct node *n)
{
	const char	*s = n->str, *p, *e;
	struct srcspan	 span;
	struct spanwalk	 w;

	if (n->type != NODE_SCALAR)
		return;
	node_span(n, &span);
	spanwalk_init(&w, &span);
	for (p = s; (p = strchr(p, '{')) != NULL; p++) {
		struct pending_ref *r;

		if (strncmp(p, "{nilai:", 7) == 0) {
			value_ref(b, &w, s, p);
			continue;
		}
		if (strncmp(p, "{ref:", 5) != 0 && strncmp(p, "{hal:", 5) != 0)
			continue;
		if ((e = strchr(p, '}')) == NULL) {
			struct pos pos = spanwalk_pos(&w, (size_t)(p - s));

			diag(&pos, MSG_REF_OPEN, arena_strndup(b->a, p + 1, 4));
			b->errors++;
			return;
		}
		r = arena_alloc(b->a, sizeof(*r));
		r->key = arena_strndup(b->a, p + 5, (size_t)(e - p - 5));
		r->pos = spanwalk_pos(&w, (size_t)(p - s));
		ptrvec_push(&b->refs, r);
	}
}

/* ---- the keys -------------------------------------------------------- */

static void
add_key(struct builder *b, struct ptrvec *keys, const char *key,
    const struct block *target, struct pos pos)
{
	struct refkey *k;

	if (key == NULL)
		return;
	for (size_t i = 0; i < keys->n; i++) {
		const struct refkey *o = keys->v[i];

		if (strcmp(o->key, key) == 0) {
			diag_also(&o->pos);
			diag(&pos, MSG_KEY_DUP, key, o->pos.file, o->pos.line);
			b->errors++;
			return;
		}
	}
	k = arena_alloc(b->a, sizeof(*k));
	k->key = key;
	k->target = target;
	k->pos = pos;
	ptrvec_push(keys, k);
}

static void
block_keys(struct builder *b, struct ptrvec *keys, const struct block *bl)
{
	if (bl->type == BLK_SECTION || bl->type == BLK_FIGURE)
		add_key(b, keys, bl->key, bl, bl->keypos);
	else if (bl->type == BLK_TABLE)
		add_key(b, keys, bl->table->key, bl, bl->table->keypos);
	for (size_t i = 0; i < bl->nkids; i++)
		block_keys(b, keys, bl->kids[i]);
}

static const char *
closest(const struct report *r, const char *key)
{
	struct suggest s;

	suggest_init(&s, key);
	for (size_t i = 0; i < r->nkeys; i++)
		suggest_offer(&s, r->keys[i].key);
	return suggest_result(&s);
}

/* A key of a part that failed its checks: it exists, the part is wrong. */
static int
broken_key(const struct builder *b, const char *key)
{
	for (size_t i = 0; i < b->broken_keys.n; i++)
		if (strcmp(b->broken_keys.v[i], key) == 0)
			return 1;
	return 0;
}

int
refs_check(struct builder *b, struct report *r)
{
	struct ptrvec	 keys = { NULL, 0, 0 };
	int		 before = b->errors;

	for (size_t i = 0; i < r->nparts; i++)
		for (size_t k = 0; k < r->parts[i]->n; k++)
			block_keys(b, &keys, r->parts[i]->blocks[k]);
	r->nkeys = keys.n;
	r->keys = arena_alloc(b->a, (keys.n + 1) * sizeof(*r->keys));
	for (size_t i = 0; i < keys.n; i++)
		r->keys[i] = *(struct refkey *)keys.v[i];
	ptrvec_free(&keys);
	for (size_t i = 0; i < b->refs.n; i++) {
		const struct pending_ref	*p = b->refs.v[i];
		const char			*sugg;

		if (refs_find(r, p->key) != NULL || broken_key(b, p->key))
			continue;
		if ((sugg = closest(r, p->key)) != NULL)
			diag(&p->pos, MSG_REF_UNKNOWN_SUGG, p->key, sugg);
		else
			diag(&p->pos, MSG_REF_UNKNOWN, p->key);
		b->errors++;
	}
	return b->errors > before ? -1 : 0;
}
