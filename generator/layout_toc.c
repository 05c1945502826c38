/*
 * The lists of the front matter: Daftar Isi (front parts, BAB, A., 1.,
 * Lampiran), Daftar Tabel and Daftar Gambar.  Each line: number, title
 * wrapped with a hanging indent, dot leaders, the page label flush
 * right; the whole line is a link to its page.
 */
#include <assert.h>
#include <string.h>

#include "font.h"
#include "layout_int.h"

struct mark *
mark_new(struct lay *L, enum mark_kind k, int level, const char *number,
    const struct text *title)
{
	struct mark *m = arena_alloc(L->a, sizeof(*m));

	m->kind = k;
	m->level = level;
	m->number = number != NULL ? number : "";
	if (title != NULL)
		m->title = *title;
	return m;
}

/* The end of the last line of b (where the leaders start) and its baseline. */
static void
last_line(const struct lay *L, const struct vbox *b, double *endx,
    double *lasty)
{
	*endx = 0;
	*lasty = 0;
	for (size_t i = 0; i < b->n; i++) {
		const struct pitem *it = &b->items[i];
		double e;

		if (it->kind != PI_TEXT)
			continue;
		e = it->x + font_width(L->fs, it->face, it->size, it->s,
		    it->len);

		if (it->y > *lasty + 0.01) {
			*lasty = it->y;
			*endx = e;
		} else if (it->y > *lasty - 0.01 && e > *endx)
			*endx = e;
	}
}

/* One line of a list at indent x, its number in a column of numw. */
static void
list_line(struct lay *L, const struct entry *e, double x, double numw,
    int bold)
{
	struct para_opts	 o;
	struct vbox		*b = vbox_new(L, 0);
	double			 sz = L->st->size, pw;
	double			 right = L->x0 + L->width, endx, lasty, dot, dx;
	struct text		 nt = plain_text(L->a, e->m->number, FACE_REGULAR);
	const char		*page = e->label;
	double			 nw;

	/* the page column: wide enough for "L-12" or "viii" */
	pw = font_width(L->fs, FACE_BOLD, sz, page, strlen(page)) + sz;
	if (pw < sz * 3)
		pw = sz * 3;
	/* the number column holds its number ("A.1.10", "Tabel 12.10") */
	nt.pos = e->m->title.pos;
	nw = font_width(L->fs, bold ? FACE_BOLD : FACE_REGULAR, sz,
	    e->m->number, strlen(e->m->number));
	if (numw > 0 && nw + sz * 0.5 > numw)
		numw = nw + sz * 0.5;
	memset(&o, 0, sizeof(o));
	o.x = o.first_x = x + numw;
	o.width = right - pw - sz - o.x;
	o.size = sz;
	o.leading = sz * 1.35;
	o.align = AL_LEFT;
	o.face_or = bold ? FACE_BOLD : 0;
	b->height = layout_para_into(L, b, 0, &e->m->title, &o);
	last_line(L, b, &endx, &lasty);
	if (numw > 0) {
		o.x = o.first_x = x;
		o.width = numw;
		layout_para_into(L, b, 0, &nt, &o);
	}
	/* leaders on a common grid, then the page label flush right */
	dot = font_width(L->fs, FACE_REGULAR, sz, ".", 1) * 2;
	assert(dot > 0);	/* the template keeps sizes >= 6 pt: loops end */
	for (dx = right - pw + dot; dx - dot > endx + dot; dx -= dot)
		;
	for (; dx < right - pw; dx += dot)
		vbox_text(L, b, FACE_REGULAR, sz, dx, lasty, ".", 1);
	vbox_text(L, b, bold ? FACE_BOLD : FACE_REGULAR, sz, right -
	    font_width(L->fs, bold ? FACE_BOLD : FACE_REGULAR, sz, page,
	    strlen(page)), lasty, page, strlen(page));
	b->gap_before = bold ? sz * 0.8 : sz * 0.3;
	b->link = e;
	b->what = tr("baris daftar", "list line");
	b->advice = tr("perpendek judulnya", "shorten its title");
	b->pos = e->m->title.pos;
}

/* Indent and number column of an entry of the Daftar Isi. */
static void
toc_geometry(const struct lay *L, const struct mark *m, double *x,
    double *numw)
{
	double step = 8 * MM;

	*x = L->x0 + (m->kind == MARK_FRONT ? 0 : step * m->level);
	*numw = m->number[0] == '\0' ? 0 :
	    m->kind == MARK_PART && m->level == 0 ? 16 * MM : step;
}

static int
in_contents(const struct mark *m)
{
	return m->kind == MARK_FRONT || m->kind == MARK_PART ||
	    (m->kind == MARK_HEADING && m->level <= 2);
}

/*
 * A list page: the Daftar Isi (kind MARK_HEADING) names the front parts
 * of the previous pass and the body's parts and headings; the Daftar
 * Tabel and Daftar Gambar name captions.
 */
void
list_page(struct pager *pg, enum mark_kind kind, const char *title,
    const struct ptrvec *front, const struct ptrvec *body)
{
	struct lay		*L = pg->L;
	size_t			 from = L->boxes.n;
	struct text		 t = plain_text(L->a, title, FACE_BOLD);
	const struct ptrvec	*lists[2] = { front, body };

	part_title(pg, NULL, &t);
	((struct vbox *)L->boxes.v[from])->mark = mark_new(L, MARK_FRONT, 0, "",
	    &t);
	for (int l = kind == MARK_HEADING ? 0 : 1; l < 2; l++)
		for (size_t i = 0; i < lists[l]->n; i++) {
			const struct entry	*e = lists[l]->v[i];
			double			 x, numw;

			if (kind == MARK_HEADING && in_contents(e->m)) {
				toc_geometry(L, e->m, &x, &numw);
				list_line(L, e, x, numw, e->m->level == 0);
			} else if (kind == MARK_PART && e->m->kind == MARK_PART &&
			    e->m->level == 1)	/* Daftar Lampiran */
				list_line(L, e, L->x0, L->st->size * 6,
				    0);
			else if (kind != MARK_HEADING && kind != MARK_PART &&
			    e->m->kind == kind)
				list_line(L, e, L->x0, L->st->size * 6, 0);
		}
	paginate(pg, from);
}
