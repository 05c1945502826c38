/*
 * Pages: the cover, chapter divider pages, each part's flow of vboxes cut
 * into pages (keep flags honoured), running header and footer, and the
 * page labels (roman front matter, arabic from BAB I, the Lampiran prefix).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "font.h"
#include "layout.h"
#include "layout_int.h"

struct pager {
	struct lay		*L;
	struct pagelist		*pl;
	const struct report	*r;
	int			 numbered;	/* pages in the current range */
	enum label_style	 style;
	const char		*prefix;
	int			 next_arabic;
};

static const char *const roman_units[] = { "", "i", "ii", "iii", "iv",
	"v", "vi", "vii", "viii", "ix" };
static const char *const roman_tens[] = { "", "x", "xx", "xxx", "xl",
	"l", "lx", "lxx", "lxxx", "xc" };

static const char *
roman(struct arena *a, int n)
{
	if (n <= 0 || n >= 100)
		return arena_printf(a, "%d", n);
	return arena_printf(a, "%s%s", roman_tens[n / 10], roman_units[n % 10]);
}

static const char *
chapter_roman(struct arena *a, int n)
{
	const char *r = roman(a, n);
	char *u = arena_strdup(a, r);

	for (char *p = u; *p; p++)
		*p = (char)(*p - 'a' + 'A');
	return u;
}

static void
add_range(struct pagelist *pl, enum label_style s, int start,
    const char *prefix)
{
	if (pl->nranges == pl->rcap) {
		pl->rcap = pl->rcap ? pl->rcap * 2 : 8;
		pl->ranges = xrealloc(pl->ranges, pl->rcap * sizeof(*pl->ranges));
	}
	pl->ranges[pl->nranges].first = pl->n;
	pl->ranges[pl->nranges].style = s;
	pl->ranges[pl->nranges].start = start;
	pl->ranges[pl->nranges].prefix = prefix;
	pl->nranges++;
}

static struct page *
new_page(struct pager *pg)
{
	struct pagelist	*pl = pg->pl;
	struct page	*p = arena_alloc(pg->L->a, sizeof(*p));
	int		 num;

	if (pl->n == pl->cap) {
		pl->cap = pl->cap ? pl->cap * 2 : 64;
		pl->pages = xrealloc(pl->pages, pl->cap * sizeof(*pl->pages));
	}
	pl->pages[pl->n++] = p;
	p->w = pg->L->st->page_w;
	p->h = pg->L->st->page_h;
	num = pl->ranges[pl->nranges - 1].start + pg->numbered++;
	switch (pg->style) {
	case LABEL_ROMAN:
		p->label = arena_printf(pg->L->a, "%s%s", pg->prefix,
		    roman(pg->L->a, num));
		break;
	case LABEL_ARABIC:
		p->label = arena_printf(pg->L->a, "%s%d", pg->prefix, num);
		pg->next_arabic = num + 1;
		break;
	default:
		p->label = pg->prefix;
		break;
	}
	return p;
}

static void
begin_range(struct pager *pg, enum label_style s, int start,
    const char *prefix)
{
	add_range(pg->pl, s, start, prefix);
	pg->style = s;
	pg->prefix = prefix;
	pg->numbered = 0;
}

static struct pitem *
page_item(struct arena *a, struct page *p)
{
	return pitem_push(a, &p->items, &p->n, &p->cap);
}

/* Copy a vbox onto the page with its top at y (PDF coordinates). */
static void
place(struct arena *a, struct page *p, const struct vbox *b, double top)
{
	for (size_t i = 0; i < b->n; i++) {
		struct pitem *it = page_item(a, p);

		*it = b->items[i];
		it->y = top - b->items[i].y;
		if (it->kind == PI_RULE)
			it->y2 = top - b->items[i].y2;
	}
}

static void
page_text(struct pager *pg, struct page *p, enum face f, double size,
    double x, double y, const char *s, int align)
{
	struct pitem	*it = page_item(pg->L->a, p);
	double		 w = font_width(pg->L->fs, f, size, s, strlen(s));

	it->kind = PI_TEXT;
	it->face = f;
	it->size = size;
	it->x = align == 0 ? x : align == 1 ? x - w / 2 : x - w;
	it->y = y;
	it->s = s;
	it->len = strlen(s);
}

static void
page_rule(struct pager *pg, struct page *p, double x, double y, double x2,
    double y2, double w)
{
	struct pitem *it = page_item(pg->L->a, p);

	it->kind = PI_RULE;
	it->x = x;
	it->y = y;
	it->x2 = x2;
	it->y2 = y2;
	it->w = w;
}

/* Expand {tahun}, {singkatan}, {instansi} in a template string. */
static const char *
expand(struct pager *pg, const char *fmt)
{
	struct arena	*a = pg->L->a;
	const char	*out = "", *p = fmt, *q;

	while ((q = strchr(p, '{')) != NULL) {
		const char *e = strchr(q, '}'), *val = NULL;

		if (e == NULL)
			break;
		if (strncmp(q, "{tahun}", 7) == 0)
			val = arena_printf(a, "%d", pg->r->year);
		else if (strncmp(q, "{singkatan}", 11) == 0)
			val = pg->r->agency_short;
		else if (strncmp(q, "{instansi}", 10) == 0)
			val = pg->r->agency;
		out = arena_printf(a, "%s%.*s%s", out, (int)(q - p), p,
		    val ? val : "");
		p = e + 1;
	}
	return arena_printf(a, "%s%s", out, p);
}

static void
decorate(struct pager *pg, struct page *p)
{
	const struct style	*st = pg->L->st;
	double			 sz = st->size - 2;
	double			 l = st->m_left, r = st->page_w - st->m_right;
	double			 hy = st->page_h - st->m_top + 14;
	double			 fy = st->m_bottom - 20;

	page_text(pg, p, FACE_ITALIC, sz, r, hy, expand(pg, st->header), 2);
	page_rule(pg, p, l, hy - 4, r, hy - 4, 0.5);
	page_rule(pg, p, l, fy + 12, r, fy + 12, 0.5);
	page_text(pg, p, FACE_ITALIC, sz, l, fy, expand(pg, st->footer), 0);
	page_text(pg, p, FACE_REGULAR, sz + 1, r, fy, p->label, 2);
}

/*
 * The page that starts at box i ends before the returned index: first
 * fit, then moved back so that no box with keep_next ends a page.  A keep
 * chain longer than a page is cut where it overflows.  *too_tall is set
 * when box i alone does not fit.
 */
size_t
page_fill(struct vbox *const *v, size_t n, size_t i, double avail,
    int *too_tall)
{
	size_t	j = i, k;
	double	h = 0;

	*too_tall = 0;
	while (j < n) {
		double g = j > i ? v[j]->gap_before : 0;

		if (j > i && v[j]->break_before)
			break;
		if (h + g + v[j]->height > avail + 0.01)
			break;
		h += g + v[j]->height;
		j++;
	}
	if (j == i) {
		*too_tall = 1;
		return i + 1;
	}
	if (j == n || v[j]->break_before)
		return j;
	for (k = j; k > i + 1 && v[k - 1]->keep_next; k--)
		;
	return v[k - 1]->keep_next ? j : k;
}

/* Cut boxes[from..] into pages and place them. */
static void
paginate(struct pager *pg, size_t from)
{
	struct lay		*L = pg->L;
	const struct style	*st = L->st;
	struct vbox *const	*v = (struct vbox *const *)L->boxes.v;
	double			 top = st->page_h - st->m_top;
	size_t			 i = from, n = L->boxes.n, j, k;
	int			 tall;

	while (i < n) {
		struct page	*p;
		double		 y = top;

		j = page_fill(v, n, i, top - st->m_bottom, &tall);
		if (tall)
			diag(&v[i]->pos, MSG_BLOCK_TOO_TALL, v[i]->what ?
			    v[i]->what : tr("blok", "block"));
		p = new_page(pg);
		for (k = i; k < j; k++) {
			if (k > i)
				y -= v[k]->gap_before;
			place(L->a, p, v[k], y);
			y -= v[k]->height;
		}
		decorate(pg, p);
		i = j;
	}
}

/* A centred title at the top of a part: "BAB I" / "PENDAHULUAN". */
static void
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

/* One numbered entry of a divider list, wrapped with a hanging indent. */
static double
divider_entry(struct lay *L, struct vbox *b, double y, double x, double w,
    const char *num, const struct text *title)
{
	struct para_opts	 o;
	double			 sz = L->st->size + 1, h;
	struct text		 t = plain_text(L->a, num, FACE_BOLD);

	memset(&o, 0, sizeof(o));
	o.size = sz;
	o.leading = sz * 1.35;
	o.align = AL_LEFT;
	o.face_or = FACE_BOLD;
	o.x = o.first_x = x + sz * 2;
	o.width = w - sz * 2;
	h = layout_para_into(L, b, y, title, &o);
	o.x = o.first_x = x;
	o.width = sz * 2;
	layout_para_into(L, b, y, &t, &o);
	return h + sz * 0.5;
}

/* A divider page: "BAB I", its title, and the list of its sections. */
static void
divider(struct pager *pg, const char *head, const struct text *title,
    const struct part *part, const struct report *r)
{
	struct lay		*L = pg->L;
	const struct style	*st = L->st;
	struct page		*p = new_page(pg);
	double			 cx = st->page_w / 2, y = st->page_h * 0.64;
	double			 sz = st->h_chapter + 9, bw = L->width * 0.72;
	double			 bx = cx - bw / 2, by = 0;
	struct vbox		*b = arena_alloc(L->a, sizeof(*b));

	page_text(pg, p, FACE_BOLD, sz, cx, y, head, 1);
	y -= sz * 1.5;
	if (title->n > 0)
		page_text(pg, p, FACE_BOLD, sz - 4, cx, y,
		    arena_strndup(L->a, title->runs[0].text,
		    title->runs[0].len), 1);
	page_rule(pg, p, cx - bw / 2, y - 14, cx + bw / 2, y - 14, 1.5);
	for (size_t i = 0; part != NULL && i < part->n; i++)
		if (part->blocks[i]->type == BLK_SECTION)
			by += divider_entry(L, b, by, bx, bw,
			    part->blocks[i]->number, &part->blocks[i]->title);
	for (size_t i = 0; r != NULL && i < r->nparts; i++)
		if (r->parts[i]->kind == PART_LAMPIRAN)
			by += divider_entry(L, b, by, bx, bw,
			    arena_printf(L->a, "%d.", r->parts[i]->number),
			    &r->parts[i]->title);
	place(L->a, p, b, y - 36);
}

static void
cover(struct pager *pg)
{
	struct lay		*L = pg->L;
	const struct style	*st = L->st;
	const struct report	*r = pg->r;
	struct page		*p;
	double			 cx = st->page_w / 2, h = st->page_h;
	double			 l = st->m_left - 20, rr = st->page_w - st->m_right + 20;

	begin_range(pg, LABEL_NONE, 1, tr("Sampul", "Cover"));
	p = new_page(pg);
	page_rule(pg, p, l, h - 50, rr, h - 50, 2.5);
	page_rule(pg, p, l, h - 55, rr, h - 55, 0.8);
	page_rule(pg, p, l, 55, rr, 55, 0.8);
	page_rule(pg, p, l, 50, rr, 50, 2.5);
	page_text(pg, p, FACE_BOLD, 26, cx, h * 0.66, r->title, 1);
	page_text(pg, p, FACE_BOLD, 20, cx, h * 0.66 - 34,
	    arena_printf(L->a, "%s %d", tr("TAHUN", "YEAR"), r->year), 1);
	page_text(pg, p, FACE_BOLD, 14, cx, h * 0.30, r->gov, 1);
	page_text(pg, p, FACE_BOLD, 12, cx, h * 0.30 - 22, r->agency, 1);
	page_text(pg, p, FACE_REGULAR, 12, cx, h * 0.30 - 44,
	    arena_printf(L->a, "%s %d", r->city, r->year + 1), 1);
}

static const char *
part_heading(struct arena *a, enum part_kind k)
{
	(void)a;
	return k == PART_KATA_PENGANTAR ? tr("KATA PENGANTAR", "FOREWORD") :
	    tr("IKHTISAR EKSEKUTIF", "EXECUTIVE SUMMARY");
}

static void
flow_part(struct pager *pg, const struct part *p, const char *line1)
{
	size_t from = pg->L->boxes.n;

	part_title(pg, line1, &p->title);
	layout_blocks(pg->L, p->blocks, p->n, p->kind == PART_BAB ? p->number : 0);
	paginate(pg, from);
}

static void
annex_label(struct pager *pg, const struct part *p)
{
	struct lay	*L = pg->L;
	struct vbox	*b = vbox_new(L, L->st->size * 2);
	const char	*s = arena_printf(L->a, "%s %d: %.*s",
	    tr("Lampiran", "Appendix"), p->number,
	    p->title.n ? (int)p->title.runs[0].len : 0,
	    p->title.n ? p->title.runs[0].text : "");
	double		 w = font_width(L->fs, FACE_BOLD, L->st->size, s, strlen(s));

	vbox_text(L, b, FACE_BOLD, L->st->size, L->x0 + L->width - w,
	    L->st->size, s, strlen(s));
}

void
layout_free(struct pagelist *pl)
{
	if (pl == NULL)
		return;
	free(pl->pages);
	free(pl->ranges);
}

struct pagelist *
layout_report(struct arena *a, const struct report *r, const struct style *st,
    const struct fontset *fs, const struct hyph *hy)
{
	struct lay	 L;
	struct pager	 pg;
	struct pagelist	*pl = arena_alloc(a, sizeof(*pl));
	int		 front = 0, annex = 0;

	memset(&L, 0, sizeof(L));
	L.a = a;
	L.st = st;
	L.fs = fs;
	L.hy = hy;
	L.x0 = st->m_left;
	L.width = st->page_w - st->m_left - st->m_right;
	memset(&pg, 0, sizeof(pg));
	pg.L = &L;
	pg.pl = pl;
	pg.r = r;
	pg.next_arabic = 1;
	cover(&pg);
	for (size_t i = 0; i < r->nparts; i++) {
		const struct part *p = r->parts[i];

		switch (p->kind) {
		case PART_KATA_PENGANTAR:
		case PART_IKHTISAR:
			if (!front++)
				begin_range(&pg, LABEL_ROMAN, 1, "");
			(void)part_heading;
			flow_part(&pg, p, NULL);
			break;
		case PART_BAB:
			begin_range(&pg, LABEL_NONE, 1, arena_printf(a, "BAB %s",
			    chapter_roman(a, p->number)));
			divider(&pg, arena_printf(a, "BAB %s",
			    chapter_roman(a, p->number)), &p->title, p, NULL);
			begin_range(&pg, LABEL_ARABIC, pg.next_arabic, "");
			flow_part(&pg, p, arena_printf(a, "BAB %s",
			    chapter_roman(a, p->number)));
			break;
		case PART_LAMPIRAN:
			if (!annex++) {
				struct text t = plain_text(a, "", FACE_BOLD);

				begin_range(&pg, LABEL_NONE, 1,
				    tr("Lampiran", "Appendices"));
				t.n = 0;
				divider(&pg, tr("LAMPIRAN", "APPENDICES"), &t,
				    NULL, r);
				begin_range(&pg, LABEL_ARABIC, 1, st->annex_prefix);
			}
			{
				size_t from = L.boxes.n;

				annex_label(&pg, p);
				layout_blocks(&L, p->blocks, p->n, 0);
				paginate(&pg, from);
			}
			break;
		}
	}
	pl->title = arena_printf(a, "%s %s %d", r->title, r->agency_short,
	    r->year);
	pl->author = r->agency;
	pl->subject = arena_printf(a, "%s %s %s %d", r->title, r->gov,
	    r->agency, r->year);
	pl->keywords = "LAKIN, Laporan Kinerja, SAKIP";
	for (int f = 0; f < FACE__MAX; f++)
		pl->fonts[f] = fontset_path(fs, (enum face)f);
	ptrvec_free(&L.boxes);
	return pl;
}
