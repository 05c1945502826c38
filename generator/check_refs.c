/*
 * Cross-references: {ref:kunci} prints the number of the table, figure or
 * section that has that kunci ("Tabel 1.10", "Gambar 1.2", "2.1");
 * {hal:kunci} prints the page it is on (filled in by layout).  Keys are
 * checked here: a reference to a missing key is an error at its place.
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

/* Record the references a scalar makes, with their positions. */
void
refs_scan(struct builder *b, const struct node *n)
{
	const char *s = n->str, *p, *e;

	if (n->type != NODE_SCALAR)
		return;
	for (p = s; (p = strchr(p, '{')) != NULL; p++) {
		struct pending_ref *r;

		if (strncmp(p, "{ref:", 5) != 0 && strncmp(p, "{hal:", 5) != 0)
			continue;
		if ((e = strchr(p, '}')) == NULL) {
			struct pos pos = node_char_pos(n, (size_t)(p - s));

			diag(&pos, MSG_REF_OPEN, arena_strndup(b->a, p + 1, 4));
			b->errors++;
			return;
		}
		r = arena_alloc(b->a, sizeof(*r));
		r->key = arena_strndup(b->a, p + 5, (size_t)(e - p - 5));
		r->pos = node_char_pos(n, (size_t)(p - s));
		ptrvec_push(&b->refs, r);
	}
}

/* ---- every text of the document ------------------------------------- */

typedef void (*text_fn)(struct text *, void *);

static void
list_texts(struct list *l, text_fn fn, void *ctx)
{
	for (size_t i = 0; l != NULL && i < l->n; i++) {
		fn(&l->items[i].text, ctx);
		list_texts(l->items[i].sub, fn, ctx);
	}
}

static void
rows_texts(struct trow *rows, size_t n, text_fn fn, void *ctx)
{
	for (size_t r = 0; r < n; r++)
		for (size_t k = 0; k < rows[r].n; k++) {
			struct tcell *c = &rows[r].cells[k];

			fn(&c->text, ctx);
			list_texts(c->list, fn, ctx);
			for (size_t i = 0; i < c->nparas; i++)
				fn(&c->paras[i], ctx);
		}
}

static void
block_texts(struct block *bl, text_fn fn, void *ctx)
{
	fn(&bl->text, ctx);
	fn(&bl->title, ctx);
	fn(&bl->source, ctx);
	list_texts(bl->list, fn, ctx);
	for (size_t i = 0; i < bl->ndefs; i++) {
		fn(&bl->defs[i].label, ctx);
		fn(&bl->defs[i].text, ctx);
		list_texts(bl->defs[i].list, fn, ctx);
	}
	if (bl->formula != NULL) {
		fn(&bl->formula->before, ctx);
		fn(&bl->formula->num, ctx);
		fn(&bl->formula->den, ctx);
		fn(&bl->formula->after, ctx);
		fn(&bl->formula->plain, ctx);
	}
	if (bl->table != NULL) {
		fn(&bl->table->caption, ctx);
		fn(&bl->table->source, ctx);
		for (size_t c = 0; c < bl->table->ncols; c++)
			fn(&bl->table->cols[c].title, ctx);
		rows_texts(bl->table->head, bl->table->nhead, fn, ctx);
		rows_texts(bl->table->body, bl->table->nbody, fn, ctx);
		rows_texts(bl->table->total, bl->table->ntotal, fn, ctx);
	}
	for (size_t i = 0; i < bl->nkids; i++)
		block_texts(bl->kids[i], fn, ctx);
}

static void
doc_texts(struct report *r, text_fn fn, void *ctx)
{
	for (size_t i = 0; i < r->nparts; i++) {
		fn(&r->parts[i]->title, ctx);
		for (size_t k = 0; k < r->parts[i]->n; k++)
			block_texts(r->parts[i]->blocks[k], fn, ctx);
	}
}

/* ---- the keys -------------------------------------------------------- */

static void
add_key(struct builder *b, struct report *r, struct ptrvec *keys,
    const char *key, const char *number, struct pos pos)
{
	struct refkey *k;

	if (key == NULL)
		return;
	for (size_t i = 0; i < keys->n; i++) {
		const struct refkey *o = keys->v[i];

		if (strcmp(o->key, key) == 0) {
			diag(&pos, MSG_KEY_DUP, key, o->pos.file, o->pos.line);
			b->errors++;
			return;
		}
	}
	k = arena_alloc(b->a, sizeof(*k));
	k->key = key;
	k->number = number;
	k->pos = pos;
	ptrvec_push(keys, k);
	(void)r;
}

static const char *
chapter_num(struct builder *b, const char *what, int chapter, int n)
{
	return chapter > 0 ? arena_printf(b->a, "%s %d.%d", what, chapter, n) :
	    arena_printf(b->a, "%s %d", what, n);
}

static void
block_keys(struct builder *b, struct report *r, struct ptrvec *keys,
    struct block *bl, int chapter)
{
	if (bl->type == BLK_SECTION && bl->key != NULL) {
		size_t len = strlen(bl->number);

		/* "A." is referred to as "A", "2.1" stays */
		add_key(b, r, keys, bl->key, arena_strndup(b->a, bl->number,
		    len > 0 && bl->number[len - 1] == '.' ? len - 1 : len),
		    bl->pos);
	} else if (bl->type == BLK_FIGURE)
		add_key(b, r, keys, bl->key, chapter_num(b, tr("Gambar",
		    "Figure"), chapter, bl->fignum), bl->pos);
	else if (bl->type == BLK_TABLE)
		add_key(b, r, keys, bl->table->key, chapter_num(b, tr("Tabel",
		    "Table"), bl->table->chapter, bl->table->number), bl->pos);
	for (size_t i = 0; i < bl->nkids; i++)
		block_keys(b, r, keys, bl->kids[i], chapter);
}

static const struct refkey *
find_key(const struct report *r, const char *key)
{
	for (size_t i = 0; i < r->nkeys; i++)
		if (strcmp(r->keys[i].key, key) == 0)
			return &r->keys[i];
	return NULL;
}

static const char *
closest(const struct report *r, const char *key)
{
	const char	*best = NULL;
	size_t		 bd = (size_t)-1, lim = strlen(key) / 3 + 1;

	for (size_t i = 0; i < r->nkeys; i++) {
		size_t d = edit_distance(key, r->keys[i].key);

		if (d < bd) {
			bd = d;
			best = r->keys[i].key;
		}
	}
	return bd <= lim ? best : NULL;
}

/* ---- substitution ---------------------------------------------------- */

struct subst {
	struct arena		*a;
	const struct report	*r;
	int			 pages;		/* fill {hal:} (else keep it) */
	int			 found_pages;	/* in the text at hand */
	int			 any_pages;	/* in any text */
};

/*
 * Rewrite one run: {ref:k} becomes the number; {hal:k} the page label
 * when known (pages), else stays for layout.
 */
static int
subst_run(struct subst *s, const struct run *in, struct run *out)
{
	const char	*p = in->text, *end = in->text + in->len, *o, *e;
	char		*buf, *q;
	size_t		 cap = in->len * 2 + 64;
	int		 changed = 0;

	q = buf = arena_alloc(s->a, cap);
	while (p < end) {
		const struct refkey *k;
		const char *val;
		size_t vl;

		o = memchr(p, '{', (size_t)(end - p));
		if (o == NULL || end - o < 6 || (strncmp(o, "{ref:", 5) != 0 &&
		    strncmp(o, "{hal:", 5) != 0) ||
		    (e = memchr(o, '}', (size_t)(end - o))) == NULL) {
			size_t n = o == NULL ? (size_t)(end - p) : (size_t)(o - p) + 1;

			memcpy(q, p, n);
			q += n;
			p += n;
			continue;
		}
		memcpy(q, p, (size_t)(o - p));
		q += o - p;
		k = find_key(s->r, arena_strndup(s->a, o + 5, (size_t)(e - o - 5)));
		if (o[1] == 'h') {
			s->found_pages = 1;
			val = s->pages && k != NULL && k->label != NULL ?
			    k->label : "…";
		} else
			val = k != NULL ? k->number : "?";
		vl = strlen(val);
		if ((size_t)(q - buf) + vl + (size_t)(end - e) + 1 > cap) {
			size_t used = (size_t)(q - buf);
			char *nb = arena_alloc(s->a, cap = cap * 2 + vl);

			memcpy(nb, buf, used);
			buf = nb;
			q = buf + used;
		}
		memcpy(q, val, vl);
		q += vl;
		p = e + 1;
		changed = 1;
	}
	*out = *in;
	out->text = buf;
	out->len = (size_t)(q - buf);
	return changed;
}

static int
has_ref(const struct run *runs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (memchr(runs[i].text, '{', runs[i].len) != NULL)
			return 1;
	return 0;
}

static void
subst_text(struct text *t, void *vctx)
{
	struct subst	*s = vctx;
	struct run	*src = t->src != NULL ? t->src : t->runs;
	size_t		 n = t->src != NULL ? t->nsrc : t->n;
	struct run	*nr;

	if (n == 0 || !has_ref(src, n))
		return;
	nr = arena_alloc(s->a, n * sizeof(*nr));
	s->found_pages = 0;
	for (size_t i = 0; i < n; i++)
		subst_run(s, &src[i], &nr[i]);
	if (s->found_pages && t->src == NULL) {
		t->src = t->runs;	/* keep what was written */
		t->nsrc = t->n;
	}
	s->any_pages |= s->found_pages;
	t->runs = nr;
	t->n = n;
}

/* Fill {hal:kunci} with the labels now in r->keys (layout calls this). */
void
refs_fill_pages(struct arena *a, struct report *r)
{
	struct subst s = { a, r, 1, 0, 0 };

	doc_texts(r, subst_text, &s);
}

int
refs_resolve(struct builder *b, struct report *r)
{
	struct ptrvec	 keys = { NULL, 0, 0 };
	struct subst	 s = { b->a, r, 0, 0, 0 };
	int		 before = b->errors;

	for (size_t i = 0; i < r->nparts; i++)
		for (size_t k = 0; k < r->parts[i]->n; k++)
			block_keys(b, r, &keys, r->parts[i]->blocks[k],
			    r->parts[i]->kind == PART_BAB ? r->parts[i]->number : 0);
	r->nkeys = keys.n;
	r->keys = arena_alloc(b->a, (keys.n + 1) * sizeof(*r->keys));
	for (size_t i = 0; i < keys.n; i++)
		r->keys[i] = *(struct refkey *)keys.v[i];
	ptrvec_free(&keys);
	for (size_t i = 0; i < b->refs.n; i++) {
		const struct pending_ref	*p = b->refs.v[i];
		const char			*sugg;

		if (find_key(r, p->key) != NULL)
			continue;
		if ((sugg = closest(r, p->key)) != NULL)
			diag(&p->pos, MSG_REF_UNKNOWN_SUGG, p->key, sugg);
		else
			diag(&p->pos, MSG_REF_UNKNOWN, p->key);
		b->errors++;
	}
	if (b->errors > before)
		return -1;
	doc_texts(r, subst_text, &s);
	r->page_refs = s.any_pages;
	return 0;
}
