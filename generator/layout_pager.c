/*
 * layout, the pager: pages and their label ranges (roman front matter,
 * arabic from BAB I, the Lampiran prefix), a part's flow of vboxes cut
 * into pages with the keep flags honoured, and the running header and
 * footer on each.
 */
#include <assert.h>
#include <stdio.h>
#include <string.h>

#include "font.h"
#include "layout.h"
#include "layout_int.h"

static const char *
roman(struct arena *a, int n)
{
	char buf[32];

	num_roman(n, 0, buf, sizeof(buf));
	return arena_strdup(a, buf);
}

static void
add_range(struct pagelist *pl, enum label_style s, int start,
    const char *prefix)
{
	pl->ranges = xgrow(pl->ranges, pl->nranges, &pl->rcap,
	    sizeof(*pl->ranges), 8);
	pl->ranges[pl->nranges].first = pl->n;
	pl->ranges[pl->nranges].style = s;
	pl->ranges[pl->nranges].start = start;
	pl->ranges[pl->nranges].prefix = prefix;
	pl->nranges++;
}

struct page *
new_page(struct pager *pg)
{
	struct pagelist	*pl = pg->pl;
	struct page	*p = arena_alloc(pg->L->a, sizeof(*p));
	int		 num;

	pl->pages = xgrow(pl->pages, pl->n, &pl->cap, sizeof(*pl->pages), 64);
	pl->pages[pl->n++] = p;
	p->w = pg->landscape ? pg->L->st->page_h : pg->L->st->page_w;
	p->h = pg->landscape ? pg->L->st->page_w : pg->L->st->page_h;
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

void
begin_range(struct pager *pg, enum label_style s, int start,
    const char *prefix)
{
	add_range(pg->pl, s, start, prefix);
	pg->style = s;
	pg->prefix = prefix;
	pg->numbered = 0;
}

/* Page items grow with xrealloc (not the arena): no copies left behind. */
static struct pitem *
page_item(struct page *p)
{
	p->items = xgrow(p->items, p->n, &p->cap, sizeof(*p->items), 64);
	memset(&p->items[p->n], 0, sizeof(*p->items));
	return &p->items[p->n++];
}

/* Copy a vbox onto the page with its top at y (PDF coordinates). */
void
place(struct page *p, const struct vbox *b, double top)
{
	for (size_t i = 0; i < b->n; i++) {
		struct pitem *it = page_item(p);

		*it = b->items[i];
		it->y = top - b->items[i].y;
		if (it->kind == PI_RULE)
			it->y2 = top - b->items[i].y2;
		else if (it->kind == PI_RECT || it->kind == PI_IMAGE)
			/* y: top offset, y2: height */
			it->y = top - b->items[i].y - b->items[i].y2;
	}
}

void
page_text(struct pager *pg, struct page *p, enum face f, double size,
    double x, double y, const char *s, int align)
{
	struct pitem	*it = page_item(p);
	double		 w = font_width(pg->L->fs, f, size, s, strlen(s));

	it->kind = PI_TEXT;
	it->face = f;
	it->size = size;
	it->x = align == 0 ? x : align == 1 ? x - w / 2 : x - w;
	it->y = y;
	it->s = s;
	it->len = strlen(s);
}

void
page_rule(struct page *p, double x, double y, double x2, double y2,
    double w)
{
	struct pitem *it = page_item(p);

	it->kind = PI_RULE;
	it->x = x;
	it->y = y;
	it->x2 = x2;
	it->y2 = y2;
	it->w = w;
}

/*
 * Expand {tahun}, {singkatan}, {instansi} in a template string; with
 * values 0, the template's own text only.
 */
static const char *
expand(struct pager *pg, const char *fmt, int values)
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
		    val && values ? val : "");
		p = e + 1;
	}
	return arena_printf(a, "%s%s", out, p);
}

static double
italic_width(const struct pager *pg, double size, const char *s, size_t len)
{
	return font_width(pg->L->fs, FACE_ITALIC, size, s, len);
}

/*
 * The longest head of s that fits in w with "…" after it: cut after a
 * word, or inside the first word when no word fits whole.
 */
static const char *
shorten(struct pager *pg, const char *s, double size, double w)
{
	size_t	 n = strlen(s), best = 0, k;
	double	 ell = italic_width(pg, size, "…", strlen("…"));

	for (k = n; k > 0; k--)
		if (s[k] == ' ' && s[k - 1] != ' ' &&
		    italic_width(pg, size, s, k) + ell <= w) {
			best = k;
			break;
		}
	if (best == 0)
		for (k = 1; k < n; k++)
			if (((unsigned char)s[k] & 0xC0) != 0x80 &&
			    italic_width(pg, size, s, k) + ell <= w)
				best = k;
	return arena_printf(pg->L->a, "%.*s…", (int)best, s);
}

/*
 * A running header or footer that fits in w: as written, or cut (and
 * said where: the value of laporan.yaml that made it too long, else the
 * template's text).
 */
static const char *
running(struct pager *pg, const char *fmt, const struct pos *tpos,
    int footer, double size, double w)
{
	const struct report	*r = pg->r;
	const char		*s = expand(pg, fmt, 1);
	const struct pos	*where = tpos;
	const char		*key = footer ? "kaki" : "kepala";
	const char		*own;

	if (italic_width(pg, size, s, strlen(s)) <= w)
		return s;
	own = expand(pg, fmt, 0);
	if (italic_width(pg, size, own, strlen(own)) <= w) {
		if (strstr(fmt, "{singkatan}") != NULL) {
			where = &r->agency_short_pos;
			key = "singkatan";
		} else if (strstr(fmt, "{instansi}") != NULL) {
			where = &r->agency_pos;
			key = "nama";
		}
	}
	diag_once(where, MSG_RUNNING_CUT, footer ?
	    tr("kaki", "footer") : tr("kepala", "header"), s, footer ?
	    tr("di samping nomor halaman", "beside the page number") :
	    tr("selebar kolom teks", "within the text column"), key);
	return shorten(pg, s, size, w);
}

/*
 * The running header (flush right over the text column) and footer
 * (flush left, the page number flush right): never wider than the
 * column, the footer never over the page number.
 */
static void
decorate(struct pager *pg, struct page *p)
{
	const struct style	*st = pg->L->st;
	double			 sz = st->size - 2;
	double			 l = st->m_left, r = p->w - st->m_right;
	double			 hy = p->h - st->m_top + HEAD_RISE;
	double			 fy = st->m_bottom - FOOT_DROP;
	double			 nw = font_width(pg->L->fs, FACE_REGULAR, sz + 1,
	    p->label, strlen(p->label));

	page_text(pg, p, FACE_ITALIC, sz, r, hy, running(pg, st->header,
	    &st->header_pos, 0, sz, r - l), 2);
	page_rule(p, l, hy - 4, r, hy - 4, 0.5);
	page_rule(p, l, fy + 12, r, fy + 12, 0.5);
	page_text(pg, p, FACE_ITALIC, sz, l, fy, running(pg, st->footer,
	    &st->footer_pos, 1, sz, r - l - nw - sz), 0);
	page_text(pg, p, FACE_REGULAR, sz + 1, r, fy, p->label, 2);
}

/*
 * First fit from box i: the index of the first box that does not fit in
 * avail (or that must start a new page); *used is the height taken.
 */
size_t
first_fit(struct vbox *const *v, size_t n, size_t i, double avail,
    double *used)
{
	size_t	j = i;
	double	h = 0;

	while (j < n) {
		double g = j > i ? v[j]->gap_before : 0;

		if (j > i && (v[j]->break_before ||
		    v[j]->landscape != v[i]->landscape))
			break;
		if (h + g + v[j]->height > avail + 0.01)
			break;
		h += g + v[j]->height;
		j++;
	}
	*used = h;
	return j;
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
	size_t	j, k;
	double	used;

	*too_tall = 0;
	j = first_fit(v, n, i, avail, &used);
	if (j == i) {
		*too_tall = 1;
		return i + 1;
	}
	if (j == n || v[j]->break_before || v[j]->landscape != v[i]->landscape)
		return j;
	for (k = j; k > i + 1 && v[k - 1]->keep_next; k--)
		;
	return v[k - 1]->keep_next ? j : k;
}

/* Boxes that cannot share a page with the one before them. */
static int
page_break_before(struct vbox *const *v, size_t i, size_t j)
{
	return j > i && (v[j]->break_before || v[j]->landscape != v[i]->landscape);
}

/*
 * The box at j did not fit in `room`: cut it when it is a table band and
 * a clean cut leaves a useful piece on this page.
 */
static int
try_split(struct lay *L, size_t j, double room)
{
	struct vbox	*b = L->boxes.v[j], *rest;
	double		 c;

	const struct style *st = L->st;
	double body = (b->landscape ? st->page_w : st->page_h) - st->m_top -
	    st->m_bottom;

	/* a short band moves whole to the next page: only tall ones
	 * (rowspans over many rows, huge cells) are cut */
	if (!b->splittable || room < st->table_size * 3 || b->height < body / 4)
		return 0;
	if ((c = vbox_cut(b, room)) <= 0)
		return 0;
	rest = vbox_split(L, b, c);
	ptrvec_push(&L->boxes, NULL);
	memmove(&L->boxes.v[j + 2], &L->boxes.v[j + 1],
	    (L->boxes.n - j - 2) * sizeof(void *));
	L->boxes.v[j + 1] = rest;
	return 1;
}

/* Marks on the box become entries; a list line becomes a link. */
static void
note_entries(struct pager *pg, struct page *p, const struct vbox *b,
    double top)
{
	struct entry		*e;
	struct pending_link	*lk;

	if (b->mark != NULL) {
		e = arena_alloc(pg->L->a, sizeof(*e));
		e->m = b->mark;
		e->label = p->label;
		e->page = pg->pl->n - 1;
		e->body = pg->body;
		e->y = top;
		ptrvec_push(&pg->entries, e);
	}
	if (b->link != NULL) {
		lk = arena_alloc(pg->L->a, sizeof(*lk));
		lk->page = pg->pl->n - 1;
		lk->x = pg->L->x0;
		lk->w = pg->L->width;
		lk->y = top - b->height;
		lk->h = b->height;
		lk->to = b->link;
		ptrvec_push(&pg->links, lk);
	}
}

/*
 * Box b does not fit in avail, the room under the repeated table header
 * rep (or NULL): say what it is, how tall, and what to do; blame the
 * header when b alone would have fitted.
 */
static void
too_tall(const struct vbox *b, const struct vbox *rep, double avail)
{
	double room = avail + (rep != NULL ? rep->height : 0);

	if (rep != NULL && b->height <= room) {
		if (rep->height > room - 0.01)
			return;		/* said where the header first stood */
		diag_once(&rep->pos, MSG_HEAD_TOO_TALL, (int)(rep->height / MM +
		    0.5), (int)(b->height / MM + 0.5), (int)(room / MM));
		return;
	}
	diag_once(&b->pos, MSG_BLOCK_TOO_TALL, b->what ? b->what :
	    tr("blok", "block"), (int)(b->height / MM + 0.5), (int)(room / MM),
	    b->advice ? b->advice : tr("perpendek atau pecah menjadi "
	    "beberapa blok", "shorten it or split it into several blocks"));
}

/*
 * Boxes[i..] are still to be placed (and boxes[..from], which belong to
 * an outer round): give back the chunks of box items none of them can
 * use.  Copied onto pages, the placed boxes' items are not read again,
 * so a 10,000-row table does not hold its rows twice, once as boxes and
 * once on pages.
 */
static void
release_placed(struct lay *L, size_t from, size_t i)
{
	struct vbox	**v = (struct vbox **)L->boxes.v;
	size_t		  keep = SIZE_MAX;

	if (L->items == NULL)
		return;
	for (size_t k = 0; k < L->boxes.n; k++)
		if ((k < from || k >= i) && v[k]->iseq < keep)
			keep = v[k]->iseq;
	if (keep == SIZE_MAX)
		keep = arena_seq(L->items);
	arena_release_before(L->items, keep);
}

/* Cut boxes[from..] into pages and place them. */
void
paginate(struct pager *pg, size_t from)
{
	struct lay		*L = pg->L;
	const struct style	*st = L->st;
	size_t			 i = from, j, k, pages = 0;
	int			 tall;

	while (i < L->boxes.n) {
		struct vbox	**v = (struct vbox **)L->boxes.v;
		struct vbox	*rep;
		struct page	*p;
		double		 top, avail, used, y;

		pg->landscape = v[i]->landscape;
		top = (pg->landscape ? st->page_w : st->page_h) - st->m_top;
		avail = top - st->m_bottom;
		rep = v[i]->repeat;
		if (rep != NULL)
			avail -= rep->height;
		j = first_fit(v, L->boxes.n, i, avail, &used);
		tall = 0;
		if (j < L->boxes.n && j > i && !page_break_before(v, i, j) &&
		    try_split(L, j, avail - used - v[j]->gap_before))
			j++;		/* the top piece of a band fits */
		else if (j == i && try_split(L, i, avail))
			j = i + 1;
		else
			j = page_fill(v, L->boxes.n, i, avail, &tall);
		j = float_pull(L, i, j, avail);
		v = (struct vbox **)L->boxes.v;
		assert(j > i);	/* every page takes a box: the loop ends */
		if (tall)
			too_tall(v[i], rep, avail);
		p = new_page(pg);
		y = top;
		if (rep != NULL) {
			place(p, rep, y);
			y -= rep->height;
		}
		for (k = i; k < j; k++) {
			if (k > i)
				y -= v[k]->gap_before;
			place(p, v[k], y);
			note_entries(pg, p, v[k], y);
			y -= v[k]->height;
		}
		decorate(pg, p);
		/* the page is done: give back what the doubling reserved */
		p->items = xrealloc(p->items, (p->n ? p->n : 1) * sizeof(*p->items));
		p->cap = p->n;
		i = j;
		/* every 8 pages: each look is a pass over the boxes */
		if (++pages % 8 == 0)
			release_placed(L, from, i);
	}
	/* the boxes are on pages now: their memory can go */
	L->boxes.n = from;
	arena_reset(L->tmp);
	if (L->items != NULL)
		arena_reset(L->items);
}
