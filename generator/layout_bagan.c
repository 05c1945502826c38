/*
 * layout, the organisation chart: boxes with wrapped text joined by
 * orthogonal connectors, as Indonesian structure charts draw them.  The
 * head on top; a trunk down from it to the bus of the Bidang row; the
 * Sekretariat to its right on a staff line with its Sub Bagian under it;
 * the Kelompok Jabatan Fungsional to its left on a dashed line; each
 * Bidang's sub-units stacked under it on a spine.  The text shrinks down
 * to a floor until every word fits its box; when the Bidang would still
 * be too narrow, the chart takes a landscape page.
 */
#include <string.h>

#include "font.h"
#include "layout_int.h"

#define SIZE_MAX_PT	8.0	/* box text, largest */
#define SIZE_FLOOR	6.0	/* and smallest */
#define PAD		4.0	/* inside a box */
#define GAP		10.0	/* between boxes of a row */
#define LEVEL		22.0	/* between rows */
#define NARROWEST	80.0	/* a Bidang box, before turning landscape */

static const unsigned char black[3] = { 0, 0, 0 };
static const unsigned char white[3] = { 0xff, 0xff, 0xff };

struct geom {
	double	 x0, w;		/* the column */
	double	 size;		/* box text */
	double	 unit_w;	/* a Bidang box */
	double	 sub_w;		/* a Sub Bagian box */
	double	 side_w;	/* the Sekretariat and Fungsional boxes */
	double	 head_w;
};

static struct para_opts
box_opts(const struct geom *g, double x, double w, int bold)
{
	struct para_opts o;

	memset(&o, 0, sizeof(o));
	o.x = o.first_x = x + PAD;
	o.width = w - 2 * PAD;
	o.size = bold ? g->size : g->size - 0.5;
	o.leading = o.size * 1.25;
	o.align = AL_CENTER;
	o.face_or = bold ? FACE_BOLD : 0;
	return o;
}

/* Height of box o at width w; drawn into b at (x, y) when b != NULL. */
static double
box(struct lay *L, struct vbox *b, const struct geom *g,
    const struct orgbox *o, double x, double y, double w, double h)
{
	struct vbox		 scratch;
	struct vbox		*to = b != NULL ? b : &scratch;
	struct para_opts	 on = box_opts(g, x, w, 1);
	struct para_opts	 oo = box_opts(g, x, w, 0);
	double			 th;

	memset(&scratch, 0, sizeof(scratch));
	th = layout_para_into(L, &scratch, 0, &o->name, &on);
	if (o->official.n > 0)
		th += 2 + layout_para_into(L, &scratch, 0, &o->official, &oo);
	if (b == NULL)
		return th + 2 * PAD;
	{
		struct pathstyle st;

		memset(&st, 0, sizeof(st));
		st.flags = PATH_FILL | PATH_STROKE;
		memcpy(st.fill, white, 3);
		memcpy(st.stroke, black, 3);
		st.width = 0.8;
		vbox_box(L, b, x, y, w, h, &st);
	}
	/* the text block centred in the box's height */
	y += (h - th) / 2;
	y += layout_para_into(L, to, y, &o->name, &on);
	if (o->official.n > 0)
		layout_para_into(L, to, y + 2, &o->official, &oo);
	return h;
}

static void
wire(struct lay *L, struct vbox *b, double x, double y, double x2,
    double y2, int dashed)
{
	struct pathstyle st;

	memset(&st, 0, sizeof(st));
	st.flags = PATH_STROKE;
	memcpy(st.stroke, black, 3);
	st.width = 0.8;
	if (dashed) {
		st.dash_on = 3;
		st.dash_off = 2;
	}
	vbox_line(L, b, x, y, x2, y2, &st);
}

/* The widest word of t in face f at size, in points. */
static double
widest_word(const struct lay *L, const struct text *t, int face_or,
    double size)
{
	double best = 0;

	for (unsigned int r = 0; r < t->n; r++) {
		const struct run	*u = &t->runs[r];
		enum face		 f = (enum face)(u->face | face_or);
		unsigned int		 i = 0;

		while (i < u->len) {
			unsigned int j = i;
			double w;

			while (j < u->len && u->text[j] != ' ')
				j++;
			w = font_width(L->fs, f, size, u->text + i, j - i);
			best = w > best ? w : best;
			i = j + 1;
		}
	}
	return best;
}

static int
box_fits(const struct lay *L, const struct orgbox *o, double w, double size)
{
	return widest_word(L, &o->name, FACE_BOLD, size) <= w - 2 * PAD &&
	    widest_word(L, &o->official, 0, size - 0.5) <= w - 2 * PAD;
}

/* Every word of every box fits at g->size. */
static int
all_fit(const struct lay *L, const struct orgchart *c, const struct geom *g)
{
	int ok = box_fits(L, &c->head, g->head_w, g->size);

	if (c->secretariat != NULL) {
		ok &= box_fits(L, c->secretariat, g->side_w, g->size);
		for (size_t i = 0; i < c->secretariat->nkids; i++)
			ok &= box_fits(L, &c->secretariat->kids[i], g->sub_w,
			    g->size);
	}
	if (c->functional != NULL)
		ok &= box_fits(L, c->functional, g->side_w, g->size);
	for (size_t i = 0; i < c->nunits; i++) {
		ok &= box_fits(L, &c->units[i], g->unit_w, g->size);
		for (size_t k = 0; k < c->units[i].nkids; k++)
			ok &= box_fits(L, &c->units[i].kids[k],
			    g->unit_w - 12, g->size);
	}
	return ok;
}

static void
widths(struct geom *g, const struct orgchart *c)
{
	size_t	n = c->nunits > 0 ? c->nunits : 1;
	size_t	ns = c->secretariat != NULL && c->secretariat->nkids > 0 ?
	    c->secretariat->nkids : 1;
	double	side = g->w / 2 - 16;	/* beside the trunk */

	g->unit_w = (g->w - (n - 1) * GAP) / n;
	if (g->unit_w > 150)
		g->unit_w = 150;
	g->sub_w = (side - (ns - 1) * 8) / ns;
	if (g->sub_w > 130)
		g->sub_w = 130;
	g->side_w = side < 170 ? side : 170;
	g->head_w = g->w * 0.4 < 190 ? g->w * 0.4 : 190;
}

/* The column, the box widths and the text size the chart is drawn at. */
static void
fit(struct lay *L, const struct orgchart *c, struct geom *g, int landscape)
{
	g->x0 = landscape ? L->lx0 : L->x0;
	g->w = landscape ? L->lwidth : L->width;
	widths(g, c);
	for (g->size = SIZE_MAX_PT; g->size > SIZE_FLOOR; g->size -= 0.5)
		if (all_fit(L, c, g))
			break;
}

/* The Sekretariat and its Sub Bagian right of the trunk; bottom. */
static double
secretariat(struct lay *L, struct vbox *b, const struct geom *g,
    const struct orgbox *s, double cx, double y)
{
	size_t	 n = s->nkids;
	double	 gw = n > 0 ? n * g->sub_w + (n - 1) * 8 : g->side_w;
	double	 gx = g->x0 + g->w - gw, sx = gx + (gw - g->side_w) / 2;
	double	 h = box(L, NULL, g, s, 0, 0, g->side_w, 0), kh = 0, bus;

	if (sx < cx + 16)
		sx = cx + 16;
	box(L, b, g, s, sx, y, g->side_w, h);
	wire(L, b, cx, y + h / 2, sx, y + h / 2, 0);	/* staff line */
	if (n == 0)
		return y + h;
	for (size_t i = 0; i < n; i++) {
		double t = box(L, NULL, g, &s->kids[i], 0, 0, g->sub_w, 0);

		kh = t > kh ? t : kh;
	}
	bus = y + h + 8;
	wire(L, b, sx + g->side_w / 2, y + h, sx + g->side_w / 2, bus, 0);
	wire(L, b, gx + g->sub_w / 2, bus, gx + gw - g->sub_w / 2, bus, 0);
	for (size_t i = 0; i < n; i++) {
		double x = gx + i * (g->sub_w + 8);

		wire(L, b, x + g->sub_w / 2, bus, x + g->sub_w / 2, bus + 8, 0);
		box(L, b, g, &s->kids[i], x, bus + 8, g->sub_w, kh);
	}
	return bus + 8 + kh;
}

/* A Bidang's sub-units stacked under it on a spine; bottom. */
static double
subunits(struct lay *L, struct vbox *b, const struct geom *g,
    const struct orgbox *u, double x, double y)
{
	double spine = x + 6, w = g->unit_w - 12, top = y, last = y;

	for (size_t k = 0; k < u->nkids; k++) {
		double h = box(L, NULL, g, &u->kids[k], 0, 0, w, 0);

		y += 8;
		box(L, b, g, &u->kids[k], x + 12, y, w, h);
		wire(L, b, spine, y + h / 2, x + 12, y + h / 2, 0);
		last = y + h / 2;
		y += h;
	}
	if (u->nkids > 0)
		wire(L, b, spine, top, spine, last, 0);
	return y;
}

/* The Bidang row under its bus at y; bottom of the tallest column. */
static double
units(struct lay *L, struct vbox *b, const struct geom *g,
    const struct orgchart *c, double y)
{
	size_t	 n = c->nunits;
	double	 total = n * g->unit_w + (n - 1) * GAP;
	double	 x0 = g->x0 + (g->w - total) / 2, uh = 0, bottom = 0;

	for (size_t i = 0; i < n; i++) {
		double t = box(L, NULL, g, &c->units[i], 0, 0, g->unit_w, 0);

		uh = t > uh ? t : uh;
	}
	wire(L, b, x0 + g->unit_w / 2, y, x0 + total - g->unit_w / 2, y, 0);
	for (size_t i = 0; i < n; i++) {
		double x = x0 + i * (g->unit_w + GAP), bot;

		wire(L, b, x + g->unit_w / 2, y, x + g->unit_w / 2, y + 10, 0);
		box(L, b, g, &c->units[i], x, y + 10, g->unit_w, uh);
		bot = subunits(L, b, g, &c->units[i], x, y + 10 + uh);
		bottom = bot > bottom ? bot : bottom;
	}
	return bottom;
}

/* The whole chart into b; its height. */
static double
draw(struct lay *L, struct vbox *b, const struct orgchart *c,
    const struct geom *g)
{
	double	 cx = g->x0 + g->w / 2;
	double	 hh = box(L, NULL, g, &c->head, 0, 0, g->head_w, 0);
	double	 y = hh + LEVEL, mid = y, bus;

	box(L, b, g, &c->head, cx - g->head_w / 2, 0, g->head_w, hh);
	if (c->functional != NULL) {
		double fh = box(L, NULL, g, c->functional, 0, 0, g->side_w, 0);

		box(L, b, g, c->functional, g->x0, y, g->side_w, fh);
		wire(L, b, g->x0 + g->side_w, y + fh / 2, cx, y + fh / 2, 1);
		mid = y + fh > mid ? y + fh : mid;
	}
	if (c->secretariat != NULL) {
		double sb = secretariat(L, b, g, c->secretariat, cx, y);

		mid = sb > mid ? sb : mid;
	}
	if (c->nunits == 0) {
		wire(L, b, cx, hh, cx, mid > y ? mid - (mid - y) / 2 : y, 0);
		return mid;
	}
	bus = mid + LEVEL;
	wire(L, b, cx, hh, cx, bus, 0);
	return units(L, b, g, c, bus);
}

/*
 * The chart of figure bl as one box above its caption; *landscape says
 * whether it (and so its caption) takes a landscape page.
 */
void
layout_bagan(struct lay *L, const struct block *bl, int *landscape)
{
	const struct orgchart	*c = bl->org;
	struct geom		 g;
	struct vbox		*b;

	*landscape = c->landscape || L->landscape;
	fit(L, c, &g, *landscape);
	if (!*landscape && (g.unit_w < NARROWEST || !all_fit(L, c, &g))) {
		*landscape = 1;		/* needed: more room across */
		fit(L, c, &g, 1);
	}
	b = vbox_new(L, 0);
	b->landscape = *landscape;
	b->keep_next = 1;
	b->gap_before = L->st->para_gap * 2;
	b->what = tr("bagan organisasi", "organisation chart");
	b->advice = tr("kurangi unit yang digambar atau persingkat namanya",
	    "draw fewer units or shorten their names");
	b->pos = bl->pos;
	b->height = draw(L, b, c, &g) + 1;
}
