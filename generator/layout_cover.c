/*
 * layout, pages of their own: the cover, the chapter divider pages with
 * their list of sections, and the centred title a part opens with.
 */
#include <stdio.h>
#include <string.h>

#include "font.h"
#include "layout.h"
#include "layout_int.h"

/* A centred title at the top of a part: "BAB I" / "PENDAHULUAN". */
void
part_title(struct pager *pg, const char *line1, const struct text *title)
{
	struct lay		*L = pg->L;
	double			 sz = L->st->h_chapter;
	struct para_opts	 o;
	struct vbox		*b;
	struct text		 t;

	memset(&o, 0, sizeof(o));
	o.x = o.first_x = L->x0;
	o.width = L->width;
	o.size = sz;
	o.leading = sz * 1.4;
	o.align = AL_CENTER;
	o.face_or = FACE_BOLD;
	o.keep_all = 1;
	if (line1 != NULL) {
		t = plain_text(L->a, line1, FACE_BOLD);
		layout_para(L, &t, &o);
	}
	layout_para(L, title, &o);
	b = vbox_new(L, sz * 1.2);
	b->keep_next = 1;
}

/*
 * A text centred on page p with its first baseline at y, wrapped to the
 * text column, in size or smaller so that its last baseline stays within
 * room below y (down to 60 % of size; beyond that it is an error at the
 * text: a title set large must fit its page); returns how far below y its
 * last baseline is.
 */
static double
centred(struct pager *pg, struct page *p, const struct text *t,
    int face_or, double size, double y, double room, const char *where)
{
	struct lay		*L = pg->L;
	struct vbox		*b;
	struct para_opts	 o;
	double			 w = L->st->page_w - L->st->m_left -
	    L->st->m_right, h, min = size * 0.6;

	memset(&o, 0, sizeof(o));
	o.align = AL_CENTER;
	o.face_or = face_or;
	o.x = o.first_x = (p->w - w) / 2;
	o.width = w;
	for (;; size -= 1) {
		b = arena_alloc(L->tmp, sizeof(*b));
		o.size = size;
		o.leading = size * 1.3;
		h = layout_para_into(L, b, 0, t, &o) - o.leading;
		if (h <= room || size - 1 < min)
			break;
	}
	if (h > room)
		diag_once(&t->pos, MSG_TITLE_TOO_TALL, where, (int)(min + 0.5));
	place(p, b, y + o.leading * 0.5 + size * 0.35);
	return h;
}

/* An entry of a divider list: its number and title. */
struct dentry {
	const char		*num;
	const struct text	*title;
};

/*
 * One numbered entry of a divider list, wrapped with a hanging indent
 * of numw; returns its height.
 */
static double
divider_entry(struct lay *L, struct vbox *b, double y, double x, double w,
    double numw, const struct dentry *e)
{
	struct para_opts	 o;
	double			 sz = L->st->size + 1, h;
	struct text		 t = text_plain(L->a, e->num, FACE_BOLD,
	    e->title->pos);

	memset(&o, 0, sizeof(o));
	o.size = sz;
	o.leading = sz * 1.35;
	o.align = AL_LEFT;
	o.face_or = FACE_BOLD;
	o.x = o.first_x = x + numw;
	o.width = w - numw;
	h = layout_para_into(L, b, y, e->title, &o);
	o.x = o.first_x = x;
	o.width = numw;
	layout_para_into(L, b, y, &t, &o);
	return h + sz * 0.5;
}

/*
 * A divider page: "BAB I", its title, and the list of its sections (or
 * of the Lampiran) as far as the page holds them; the rest is "…"
 * (the Daftar Isi names them all).
 */
void
divider(struct pager *pg, const char *head, const struct text *title,
    const struct part *part, const struct report *r)
{
	struct lay		*L = pg->L;
	const struct style	*st = L->st;
	struct page		*p;
	double			 cx = st->page_w / 2, y = st->page_h * 0.64;
	double			 sz = st->h_chapter + 9, bw = L->width * 0.72;
	double			 esz = st->size + 1, numw = esz * 2, used = 0;
	double			 bx = cx - bw / 2, by = 0, room, *h;
	struct vbox		*b = arena_alloc(L->tmp, sizeof(*b));
	struct vbox		 scratch;
	struct dentry		*e, more;
	size_t			 n = 0, fit;

	pg->landscape = 0;	/* even after a landscape part */
	p = new_page(pg);
	page_text(pg, p, FACE_BOLD, sz, cx, y, head, 1);
	y -= sz * 1.5;
	/* the title leaves room for the rule and a line of the list */
	if (title->n > 0)
		y -= centred(pg, p, title, FACE_BOLD, sz - 4, y,
		    y - st->m_bottom - 36 - esz * 2,
		    tr("halaman pembatas", "the divider page"));
	page_rule(p, cx - bw / 2, y - 14, cx + bw / 2, y - 14, 1.5);
	e = arena_alloc(L->tmp, ((part ? part->n : 0) + (r ? r->nparts : 0) +
	    1) * sizeof(*e));
	for (size_t i = 0; part != NULL && i < part->n; i++)
		if (part->blocks[i]->type == BLK_SECTION) {
			e[n].num = part->blocks[i]->number;
			e[n++].title = &part->blocks[i]->title;
		}
	for (size_t i = 0; r != NULL && i < r->nparts; i++)
		if (r->parts[i]->kind == PART_LAMPIRAN) {
			e[n].num = arena_printf(L->a, "%d.", r->parts[i]->number);
			e[n++].title = &r->parts[i]->title;
		}
	/* the number column holds the widest number ("AB.", "12.") */
	for (size_t i = 0; i < n; i++) {
		double w = font_width(L->fs, FACE_BOLD, esz, e[i].num,
		    strlen(e[i].num)) + esz * 0.5;

		numw = w > numw ? w : numw;
	}
	memset(&scratch, 0, sizeof(scratch));
	h = arena_alloc(L->tmp, (n + 1) * sizeof(*h));
	more.num = "";
	more.title = arena_alloc(L->tmp, sizeof(struct text));
	*(struct text *)more.title = plain_text(L->a, "…", FACE_BOLD);
	room = y - 36 - st->m_bottom;
	for (fit = 0; fit < n; fit++) {
		h[fit] = divider_entry(L, &scratch, 0, bx, bw, numw, &e[fit]);
		if (used + h[fit] > room)
			break;
		used += h[fit];
	}
	if (fit < n)	/* room for the "…" line too */
		while (fit > 0 && used + divider_entry(L, &scratch, 0, bx, bw,
		    numw, &more) > room)
			used -= h[--fit];
	for (size_t i = 0; i < fit; i++)
		by += divider_entry(L, b, by, bx, bw, numw, &e[i]);
	if (fit < n)
		divider_entry(L, b, by, bx, bw, numw, &more);
	place(p, b, y - 36);
}

/*
 * The emblem centred between top and bottom (PDF y), as large as that
 * room allows up to 45 mm high and 40 mm wide.
 */
static void
cover_emblem(struct pager *pg, struct page *p, double top, double bottom)
{
	const struct image	*im = pg->r->emblem;
	struct vbox		*b;
	double			 h = top - bottom, w;

	if (im == NULL || h <= 0)
		return;
	if (h > 45 * MM)
		h = 45 * MM;
	w = h * im->w / im->h;
	if (w > 40 * MM) {
		w = 40 * MM;
		h = w * im->h / im->w;
	}
	b = arena_alloc(pg->L->tmp, sizeof(*b));
	vbox_image(pg->L, b, im, (p->w - w) / 2, 0, w, h);
	place(p, b, (top + bottom + h) / 2);
}

void
cover(struct pager *pg)
{
	struct lay		*L = pg->L;
	const struct style	*st = L->st;
	const struct report	*r = pg->r;
	struct page		*p;
	struct text		 t;
	double			 h = st->page_h, y;
	double			 l = st->m_left - 20, rr = st->page_w - st->m_right + 20;
	const char		*cover_word = tr("halaman sampul", "the cover");

	/* the frame reaches into the margins, never off the paper */
	if (l < st->m_left / 2)
		l = st->m_left / 2;
	if (rr > st->page_w - st->m_right / 2)
		rr = st->page_w - st->m_right / 2;

	begin_range(pg, LABEL_NONE, 1, "Sampul");
	p = new_page(pg);
	page_rule(p, l, h - 50, rr, h - 50, 2.5);
	page_rule(p, l, h - 55, rr, h - 55, 0.8);
	page_rule(p, l, 55, rr, 55, 0.8);
	page_rule(p, l, 50, rr, 50, 2.5);
	/* each text wrapped to the column, what follows moved down */
	/* the title ends above TAHUN, TAHUN above the agency's block, which
	 * ends above the frame (each within a room of its own) */
	y = h * 0.66;
	cover_emblem(pg, p, h - 80, y + 40);
	t = text_plain(L->a, r->title, FACE_BOLD, r->title_pos);
	y -= centred(pg, p, &t, 0, 26, y, h * 0.36 - 90, cover_word) + 34;
	t = plain_text(L->a, arena_printf(L->a, "%s %d", "TAHUN", r->year),
	    FACE_BOLD);
	centred(pg, p, &t, 0, 20, y, 0, cover_word);
	y = h * 0.30;
	t = text_plain(L->a, r->gov, FACE_BOLD, r->gov_pos);
	y -= centred(pg, p, &t, 0, 14, y, (y - 70 - 44) / 2, cover_word) + 22;
	t = text_plain(L->a, r->agency, FACE_BOLD, r->agency_pos);
	y -= centred(pg, p, &t, 0, 12, y, y - 70 - 22, cover_word) + 22;
	/* the place and date the report is issued, as laporan.yaml says */
	t = text_plain(L->a, arena_printf(L->a, "%s, %s", r->city, r->date),
	    FACE_REGULAR, r->date_pos);
	centred(pg, p, &t, 0, 12, y, 0, cover_word);
}
