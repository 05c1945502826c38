/*
 * derive, cross-references filled into the text.  {ref:kunci} becomes the
 * number of what the key names (after check); {hal:kunci} the page label
 * (after layout, again if the pages move).  The runs as written are kept
 * so a page reference can be filled in again.
 */
#include <string.h>

#include "derive.h"
#include "mem.h"

/* ---- every text of the document ------------------------------------- */


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
org_texts(struct orgbox *o, text_fn fn, void *ctx)
{
	if (o == NULL)
		return;
	fn(&o->name, ctx);
	fn(&o->official, ctx);
	for (size_t i = 0; i < o->nkids; i++)
		org_texts(&o->kids[i], fn, ctx);
}

/* A figure's chart (its labels are copies, made before refs are
 * filled) and organisation chart. */
static void
figure_texts(struct block *bl, text_fn fn, void *ctx)
{
	struct chart	*c = bl->chart;

	for (size_t i = 0; c != NULL && i < c->nseries; i++)
		fn(&c->series[i].name, ctx);
	for (size_t i = 0; c != NULL && c->cat != NULL && i < c->ncat; i++)
		fn(&c->cat[i], ctx);
	for (size_t i = 0; c != NULL && c->ser != NULL && i < c->nser; i++)
		fn(&c->ser[i], ctx);
	if (bl->org != NULL) {
		org_texts(&bl->org->head, fn, ctx);
		org_texts(bl->org->secretariat, fn, ctx);
		org_texts(bl->org->functional, fn, ctx);
		for (size_t i = 0; i < bl->org->nunits; i++)
			org_texts(&bl->org->units[i], fn, ctx);
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
	figure_texts(bl, fn, ctx);
	for (size_t i = 0; i < bl->nkids; i++)
		block_texts(bl->kids[i], fn, ctx);
}

void
doc_texts(struct report *r, text_fn fn, void *ctx)
{
	for (size_t i = 0; i < r->nparts; i++) {
		fn(&r->parts[i]->title, ctx);
		for (size_t k = 0; k < r->parts[i]->n; k++)
			block_texts(r->parts[i]->blocks[k], fn, ctx);
	}
}

/* ---- substitution ---------------------------------------------------- */

/* What {nilai:src} prints ("?" after its error). */
static const char *
value_text(const struct report *r, const char *src, size_t len)
{
	for (size_t i = 0; i < r->nvals; i++)
		if (strlen(r->vals[i].src) == len &&
		    strncmp(r->vals[i].src, src, len) == 0)
			return r->vals[i].text != NULL ? r->vals[i].text : "?";
	return "?";
}

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
		    strncmp(o, "{hal:", 5) != 0 && (end - o < 8 ||
		    strncmp(o, "{nilai:", 7) != 0)) ||
		    (e = memchr(o, '}', (size_t)(end - o))) == NULL) {
			size_t n = o == NULL ? (size_t)(end - p) : (size_t)(o - p) + 1;

			memcpy(q, p, n);
			q += n;
			p += n;
			continue;
		}
		memcpy(q, p, (size_t)(o - p));
		q += o - p;
		k = o[1] == 'n' ? NULL :
		    refs_find(s->r, arena_strndup(s->a, o + 5, (size_t)(e - o - 5)));
		if (o[1] == 'n')
			val = value_text(s->r, o + 7, (size_t)(e - o - 7));
		else if (o[1] == 'h') {
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

void
refs_fill_pages(struct arena *a, struct report *r)
{
	struct subst s = { a, r, 1, 0, 0 };

	doc_texts(r, subst_text, &s);
}

int
refs_fill_numbers(struct arena *a, struct report *r)
{
	struct subst s = { a, r, 0, 0, 0 };

	doc_texts(r, subst_text, &s);
	return s.any_pages;
}


/* The page labels layout found for the keys; 1 when one changed. */
static int
set_labels(struct report *r, const struct pagemap *m)
{
	int changed = 0;

	for (size_t i = 0; i < m->n; i++)
		for (size_t k = 0; k < r->nkeys; k++)
			if (strcmp(r->keys[k].key, m->v[i].key) == 0 &&
			    (r->keys[k].label == NULL ||
			    strcmp(r->keys[k].label, m->v[i].label) != 0)) {
				r->keys[k].label = m->v[i].label;
				changed = 1;
			}
	return changed;
}

int
derive_pages(struct arena *a, struct report *r, const struct pagemap *m)
{
	if (!set_labels(r, m) || !r->page_refs)
		return 0;
	refs_fill_pages(a, r);
	return 1;
}
