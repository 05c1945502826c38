/*
 * Pages: the cover, chapter divider pages, each part's flow of vboxes cut
 * into pages (keep flags honoured), running header and footer, and the
 * page labels (roman front matter, arabic from BAB I, the Lampiran prefix).
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
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

static struct page *
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

static void
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
static void
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

static void
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

static void
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

/* Cut boxes[from..] into pages and place them. */
void
paginate(struct pager *pg, size_t from)
{
	struct lay		*L = pg->L;
	const struct style	*st = L->st;
	size_t			 i = from, j, k;
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
	}
	/* the boxes are on pages now: their memory can go */
	L->boxes.n = from;
	arena_reset(L->tmp);
}

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
static void
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

static void
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
	t = plain_text(L->a, arena_printf(L->a, "%s %d", r->city,
	    r->year + 1), FACE_REGULAR);
	centred(pg, p, &t, 0, 12, y, 0, cover_word);
}

/* The first box of a part's title names the part in lists and bookmarks. */
static void
mark_part(struct pager *pg, size_t first, enum mark_kind k, int level,
    const char *number, const struct text *title)
{
	struct lay *L = pg->L;

	if (first < L->boxes.n)
		((struct vbox *)L->boxes.v[first])->mark =
		    mark_new(L, k, level, number, title);
}

/* A part laid out on landscape pages: the text column turns with it. */
static void
landscape_part(struct lay *L, int on)
{
	L->landscape = on;
	L->x0 = on ? L->lx0 : L->st->m_left;
	L->width = on ? L->lwidth :
	    L->st->page_w - L->st->m_left - L->st->m_right;
}

static void
flow_part(struct pager *pg, const struct part *p, const char *line1)
{
	size_t from = pg->L->boxes.n;

	landscape_part(pg->L, p->landscape);
	part_title(pg, line1, &p->title);
	mark_part(pg, from, p->kind == PART_BAB ? MARK_PART : MARK_FRONT, 0,
	    line1 != NULL ? line1 : "", &p->title);
	layout_blocks(pg->L, p->blocks, p->n);
	landscape_part(pg->L, 0);
	paginate(pg, from);
}

static void
annex_label(struct pager *pg, const struct part *p)
{
	struct lay		*L = pg->L;
	struct vbox		*b = vbox_new(L, 0);
	struct text		 t = text_plain(L->a, arena_printf(L->a,
	    "%s: %s", p->label, text_flat(L->a, &p->title)),
	    FACE_BOLD, p->title.pos);
	struct para_opts	 o;

	/* all of the title, in bold as the label is; flush right, wrapped;
	 * one line is two sizes high, its baseline at one */
	memset(&o, 0, sizeof(o));
	o.x = o.first_x = L->x0;
	o.width = L->width;
	o.size = L->st->size;
	o.leading = o.size * 1.3;
	o.align = AL_RIGHT;
	o.face_or = FACE_BOLD;
	b->height = layout_para_into(L, b, 0, &t, &o) + o.size * 0.7;
	b->pos = p->pos;
	b->mark = mark_new(L, MARK_PART, 1, arena_printf(L->a, "%d.",
	    p->number), &p->title);
}

void
layout_free(struct pagelist *pl)
{
	if (pl == NULL)
		return;
	for (size_t i = 0; i < pl->n; i++)
		free(pl->pages[i]->items);
	free(pl->pages);
	free(pl->ranges);
	free(pl->outlines);
	free(pl->links);
	pl->pages = NULL;
	pl->ranges = NULL;
	pl->outlines = NULL;
	pl->links = NULL;
	pl->n = pl->nranges = pl->noutlines = pl->nlinks = 0;
	pl->cap = pl->rcap = pl->ocap = 0;
}

static const char *
annex_prefix(struct lay *L, int number)
{
	const char *t = L->st->annex_prefix, *q = strstr(t, "{nomor}");

	return arena_printf(L->a, "%.*s%d%s", (int)(q - t), t, number, q + 7);
}

/* The divider of the Lampiran is a page of its own: its entry by hand. */
static void
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
}

static void
body_parts(struct pager *pg, const struct report *r)
{
	struct lay	*L = pg->L;
	struct arena	*a = L->a;
	int		 annex = 0;

	for (size_t i = 0; i < r->nparts; i++) {
		const struct part	*p = r->parts[i];

		if (p->kind == PART_BAB) {
			begin_range(pg, LABEL_NONE, 1, p->label);
			divider(pg, p->label, &p->title, p, NULL);
			begin_range(pg, LABEL_ARABIC, pg->next_arabic, "");
			flow_part(pg, p, p->label);
		} else if (p->kind == PART_LAMPIRAN) {
			size_t from;

			if (!annex++) {
				struct text t = plain_text(a, "", FACE_BOLD);

				begin_range(pg, LABEL_NONE, 1,
				    "Lampiran");
				t.n = 0;
				divider(pg, "LAMPIRAN", &t,
				    NULL, r);
				mark_page(pg, MARK_PART, "", "LAMPIRAN");
				if (strstr(L->st->annex_prefix, "{nomor}") == NULL)
					begin_range(pg, LABEL_ARABIC, 1,
					    L->st->annex_prefix);
			}
			/* "Lampiran {nomor}-": each Lampiran numbers its own pages */
			if (strstr(L->st->annex_prefix, "{nomor}") != NULL)
				begin_range(pg, LABEL_ARABIC, 1, annex_prefix(L,
				    p->number));
			from = L->boxes.n;
			landscape_part(L, p->landscape);
			annex_label(pg, p);
			layout_blocks(L, p->blocks, p->n);
			landscape_part(L, 0);
			paginate(pg, from);
		}
	}
}

static int
has_annex(const struct ptrvec *entries)
{
	for (size_t i = 0; i < entries->n; i++) {
		const struct mark *m = ((const struct entry *)entries->v[i])->m;

		if (m->kind == MARK_PART && m->level == 1)
			return 1;
	}
	return 0;
}

static int
has_mark(const struct ptrvec *entries, enum mark_kind k)
{
	for (size_t i = 0; i < entries->n; i++)
		if (((const struct entry *)entries->v[i])->m->kind == k)
			return 1;
	return 0;
}

/*
 * Cover, Kata Pengantar, Ikhtisar, then the lists.  `front` holds the
 * front entries of the previous pass (the Daftar Isi names them too).
 */
static void
front_parts(struct pager *pg, const struct report *r,
    const struct ptrvec *front, const struct ptrvec *body)
{
	int front_started = 0;

	cover(pg);
	for (size_t i = 0; i < r->nparts; i++) {
		const struct part *p = r->parts[i];

		if (p->kind != PART_KATA_PENGANTAR && p->kind != PART_IKHTISAR)
			continue;
		if (!front_started++)
			begin_range(pg, LABEL_ROMAN, 1, "");
		flow_part(pg, p, NULL);
	}
	if (!front_started++)
		begin_range(pg, LABEL_ROMAN, 1, "");
	for (int i = 0; i < pg->L->st->nlists; i++)
		switch (pg->L->st->lists[i]) {
		case 0:
			list_page(pg, MARK_HEADING, "DAFTAR ISI",
			    front, body);
			break;
		case 1:
			if (has_mark(body, MARK_TABLE))
				list_page(pg, MARK_TABLE, "DAFTAR TABEL", front, body);
			break;
		case 2:
			if (has_mark(body, MARK_FIGURE))
				list_page(pg, MARK_FIGURE, "DAFTAR GAMBAR", front, body);
			break;
		default:
			if (has_annex(body))
				list_page(pg, MARK_PART, "DAFTAR LAMPIRAN", front, body);
			break;
		}
}

/* Front pages first, then the body's, its label ranges shifted. */
static void
merge(struct pagelist *f, struct pagelist *b)
{
	size_t shift = f->n;

	for (size_t i = 0; i < b->n; i++) {
		f->pages = xgrow(f->pages, f->n, &f->cap, sizeof(*f->pages), 64);
		f->pages[f->n++] = b->pages[i];
	}
	for (size_t i = 0; i < b->nranges; i++) {
		f->ranges = xgrow(f->ranges, f->nranges, &f->rcap,
		    sizeof(*f->ranges), 8);
		f->ranges[f->nranges] = b->ranges[i];
		f->ranges[f->nranges++].first += shift;
	}
	free(b->pages);
	free(b->ranges);
}

static void
init_pager(struct pager *pg, struct lay *L, struct pagelist *pl,
    const struct report *r, int body)
{
	memset(pg, 0, sizeof(*pg));
	pg->L = L;
	pg->pl = pl;
	pg->r = r;
	pg->next_arabic = 1;
	pg->body = body;
}

/* Did two passes of the front matter put its entries on the same pages? */
static int
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
static void
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

static void
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

#define FRONT_PASSES 6

/*
 * The body is laid out first: its page labels do not depend on the front
 * matter (roman numbers of their own).  The front matter is then laid out
 * until its own page numbers stop changing (the Daftar Isi lists itself),
 * and put in front.
 */
/* Where the body's keys landed, for {hal:kunci} (the driver's). */
static void
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

struct pagelist *
layout_report(struct arena *a, const struct report *r, const struct style *st,
    const struct fontset *fs, const struct hyph *hy)
{
	struct lay	 L;
	struct pager	 front, body;
	struct pagelist	*pl = arena_alloc(a, sizeof(*pl));
	struct pagelist	 bl;
	struct ptrvec	 prev = { NULL, 0, 0 };

	memset(&L, 0, sizeof(L));
	L.a = a;
	L.r = r;
	L.tmp = arena_new();
	L.st = st;
	L.fs = fs;
	L.hy = hy;
	L.lx0 = st->m_left;
	L.lwidth = st->page_h - st->m_left - st->m_right;
	landscape_part(&L, 0);
	memset(&bl, 0, sizeof(bl));
	memset(&body, 0, sizeof(body));
	init_pager(&body, &L, &bl, r, 1);
	body_parts(&body, r);
	memset(&front, 0, sizeof(front));
	for (int pass = 0; pass < FRONT_PASSES; pass++) {
		layout_free(pl);
		ptrvec_free(&front.links);
		init_pager(&front, &L, pl, r, 0);
		front_parts(&front, r, &prev, &body.entries);
		if (pass > 0 && same_front(&prev, &front.entries))
			break;
		ptrvec_free(&prev);
		prev = front.entries;
		memset(&front.entries, 0, sizeof(front.entries));
	}
	key_pages(a, &pl->keys, &body.entries);
	outlines(pl, &front.entries, &body.entries, pl->n, a);
	resolve_links(pl, &front.links, pl->n);
	merge(pl, &bl);
	pl->title = arena_printf(a, "%s %s %d", r->title, r->agency_short,
	    r->year);
	pl->author = r->agency;
	pl->subject = arena_printf(a, "%s %s %s %d", r->title, r->gov,
	    r->agency, r->year);
	pl->keywords = "LAKIN, Laporan Kinerja, SAKIP";
	for (int f = 0; f < FACE__MAX; f++) {
		pl->fonts[f] = fontset_file(fs, (enum face)f);
		pl->font_names[f] = fontset_path(fs, (enum face)f);
	}
	pl->images = r->images;
	pl->nimages = r->nimages;
	ptrvec_free(&prev);
	ptrvec_free(&body.entries);
	ptrvec_free(&body.links);
	ptrvec_free(&front.entries);
	ptrvec_free(&front.links);
	ptrvec_free(&L.boxes);
	arena_free(L.tmp);
	return pl;
}
