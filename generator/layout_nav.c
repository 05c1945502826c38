/*
 * layout, navigation: the marks a part's headings, tables and figures
 * leave (for the lists of the front matter), the bookmarks, the links
 * from list lines to their pages, and where each kunci landed.
 */
#include <string.h>

#include "layout.h"
#include "layout_int.h"

/* The first box of a part's title names the part in lists and bookmarks. */
void
mark_part(struct pager *pg, size_t first, enum mark_kind k, int level,
    const char *number, const struct text *title)
{
	struct lay *L = pg->L;

	if (first < L->boxes.n)
		((struct vbox *)L->boxes.v[first])->mark =
		    mark_new(L, k, level, number, title);
}

/* The divider of the Lampiran is a page of its own: its entry by hand. */
struct entry *
mark_page(struct pager *pg, enum mark_kind k, const char *number,
    const char *title)
{
	struct lay	*L = pg->L;
	struct entry	*e = arena_alloc(L->a, sizeof(*e));
	struct text	 t = plain_text(L->a, title, FACE_BOLD);

	e->m = mark_new(L, k, 0, number, &t);
	e->label = pg->pl->pages[pg->pl->n - 1]->label;
	e->page = pg->pl->n - 1;
	e->body = pg->body;
	e->y = L->st->page_h - L->st->m_top;
	ptrvec_push(&pg->entries, e);
	return e;
}

/* An entry for the page that comes next (its label set when it exists). */
struct entry *
mark_ahead(struct pager *pg, enum mark_kind k, const char *number,
    const char *title)
{
	struct lay	*L = pg->L;
	struct entry	*e = arena_alloc(L->a, sizeof(*e));
	struct text	 t = plain_text(L->a, title, FACE_BOLD);

	e->m = mark_new(L, k, 0, number, &t);
	e->label = "";
	e->page = pg->pl->n;
	e->body = pg->body;
	e->y = L->st->page_h - L->st->m_top;
	ptrvec_push(&pg->entries, e);
	return e;
}

int
has_annex(const struct ptrvec *entries)
{
	for (size_t i = 0; i < entries->n; i++) {
		const struct mark *m = ((const struct entry *)entries->v[i])->m;

		if (m->kind == MARK_PART && m->level == 1)
			return 1;
	}
	return 0;
}

int
has_mark(const struct ptrvec *entries, enum mark_kind k)
{
	for (size_t i = 0; i < entries->n; i++)
		if (((const struct entry *)entries->v[i])->m->kind == k)
			return 1;
	return 0;
}

/* Did two passes of the front matter put its entries on the same pages? */
int
same_front(const struct ptrvec *a, const struct ptrvec *b)
{
	if (a->n != b->n)
		return 0;
	for (size_t i = 0; i < a->n; i++) {
		const struct entry *x = a->v[i], *y = b->v[i];

		if (x->m->kind == MARK_FRONT && (strcmp(x->label, y->label) != 0 ||
		    x->page != y->page))
			return 0;
	}
	return 1;
}

/* Outlines (bookmarks) from the entries: parts, headings, Lampiran. */
void
outlines(struct pagelist *pl, const struct ptrvec *front,
    const struct ptrvec *body, size_t shift, struct arena *a)
{
	const struct ptrvec *lists[2] = { front, body };

	for (int l = 0; l < 2; l++)
		for (size_t i = 0; i < lists[l]->n; i++) {
			const struct entry	*e = lists[l]->v[i];
			struct outline		*o;
			size_t			 len = 0, k;
			char			*s;

			if (e->m->kind == MARK_TABLE || e->m->kind == MARK_FIGURE ||
			    e->m->level > 2)
				continue;
			pl->outlines = xgrow(pl->outlines, pl->noutlines,
			    &pl->ocap, sizeof(*pl->outlines), 32);
			for (k = 0; k < e->m->title.n; k++)
				len += e->m->title.runs[k].len;
			s = arena_alloc(a, len + strlen(e->m->number) + 2);
			strcpy(s, e->m->number);
			if (*s != '\0')
				strcat(s, " ");
			for (k = 0; k < e->m->title.n; k++)
				strncat(s, e->m->title.runs[k].text,
				    e->m->title.runs[k].len);
			o = &pl->outlines[pl->noutlines++];
			o->title = s;
			o->level = e->m->level;
			o->page = e->page + (e->body ? shift : 0);
			o->y = (float)e->y;
		}
}

void
resolve_links(struct pagelist *pl, const struct ptrvec *links, size_t shift)
{
	pl->links = xcalloc(links->n + 1, sizeof(*pl->links));
	for (size_t i = 0; i < links->n; i++) {
		const struct pending_link	*lk = links->v[i];
		struct plink			*p = &pl->links[pl->nlinks++];

		p->page = lk->page;
		p->x = (float)lk->x;
		p->y = (float)lk->y;
		p->w = (float)lk->w;
		p->h = (float)lk->h;
		p->target = lk->to->page + (lk->to->body ? shift : 0);
		p->ty = (float)lk->to->y;
	}
}

/* Where the body's keys landed, for {hal:kunci} (the driver's). */
void
key_pages(struct arena *a, struct pagemap *m, const struct ptrvec *entries)
{
	m->n = 0;
	m->v = arena_alloc(a, (entries->n + 1) * sizeof(*m->v));
	for (size_t i = 0; i < entries->n; i++) {
		const struct entry *e = entries->v[i];

		if (e->m->key == NULL)
			continue;
		m->v[m->n].key = e->m->key;
		m->v[m->n++].label = e->label;
	}
}
