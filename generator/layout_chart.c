/*
 * layout, charts from data: bars (vertical, horizontal; grouped or
 * stacked), pie and donut, lines.  Everything is drawn into one vbox
 * that is never cut, measured down from its top like any other box.
 * The numbers printed (ticks, values, shares) are exact decimals made by
 * fig_text from the values derive read; only the geometry is in floating
 * point.  Series differ in lightness (the template's palette), and lines
 * also in dash and marker, so the chart still reads printed in grey.
 */
#include <math.h>
#include <string.h>

#include "font.h"
#include "layout_int.h"

#define LABEL_SIZE	7.5	/* ticks, values, categories */
#define LEGEND_SIZE	8.5
#define PLOT_H		170.0	/* bars and lines: the plot area */
#define PIE_R		72.0

/*
 * Used when the template names no palette: greys far apart in lightness,
 * dark and light in turn, so the chart reads on any printer.
 */
static const unsigned char default_palette[][3] = {
	{ 0x33, 0x33, 0x33 }, { 0xbb, 0xbb, 0xbb }, { 0x77, 0x77, 0x77 },
	{ 0xe6, 0xe6, 0xe6 }, { 0x55, 0x55, 0x55 }, { 0x99, 0x99, 0x99 },
};

static const unsigned char black[3] = { 0, 0, 0 };
static const unsigned char grey[3] = { 0x99, 0x99, 0x99 };
static const unsigned char white[3] = { 0xff, 0xff, 0xff };

static const unsigned char *
colour(const struct lay *L, size_t i)
{
	if (L->st->npalette > 0)
		return L->st->palette[i % L->st->npalette];
	return default_palette[i % (sizeof(default_palette) /
	    sizeof(*default_palette))];
}

static struct pathstyle
filled(const unsigned char *rgb, int outline)
{
	struct pathstyle s;

	memset(&s, 0, sizeof(s));
	s.flags = PATH_FILL | (outline ? PATH_STROKE : 0);
	memcpy(s.fill, rgb, 3);
	memcpy(s.stroke, black, 3);
	s.width = 0.4;
	return s;
}

static struct pathstyle
stroked(const unsigned char *rgb, double w)
{
	struct pathstyle s;

	memset(&s, 0, sizeof(s));
	s.flags = PATH_STROKE;
	memcpy(s.stroke, rgb, 3);
	s.width = w;
	return s;
}

static double
swidth(const struct lay *L, enum face f, double size, const char *s)
{
	return font_width(L->fs, f, size, s, strlen(s));
}

/* Text centred on cx (align 1), ending at x (2) or from x (0). */
static void
label(struct lay *L, struct vbox *b, double size, double x, double y,
    const char *s, int align)
{
	double w = swidth(L, FACE_REGULAR, size, s);

	vbox_text(L, b, FACE_REGULAR, size, align == 1 ? x - w / 2 :
	    align == 2 ? x - w : x, y, s, strlen(s));
}

/*
 * A label inside a filled shape: white on a dark fill, else black; over
 * a hatch, on a patch of the fill colour so the lines do not cross it.
 */
static void
label_on(struct lay *L, struct vbox *b, double x, double y, const char *t,
    const unsigned char *rgb, int hatched)
{
	/* Rec. 601 luma, in 0-255 units times 1000: integers, no rounding */
	long luma = 299L * rgb[0] + 587L * rgb[1] + 114L * rgb[2];

	if (hatched) {
		double			w = swidth(L, FACE_REGULAR, LABEL_SIZE, t);
		struct pathstyle	st;

		memset(&st, 0, sizeof(st));
		st.flags = PATH_FILL;
		memcpy(st.fill, rgb, 3);
		vbox_box(L, b, x - w / 2 - 1.5, y - LABEL_SIZE * 0.8, w + 3,
		    LABEL_SIZE * 1.05, &st);
	}
	label(L, b, LABEL_SIZE, x, y, t, 1);
	if (luma < 128L * 1000)
		b->items[b->n - 1].gray = 1;
}

/* ---- numbers ---------------------------------------------------------- */

/* Digits after the comma a figure needs (0 to NUM_DECIMALS). */
static int
needs_decimals(num_t v)
{
	int d = NUM_DECIMALS;

	if (v < 0)
		v = -v;
	v %= NUM_SCALE;
	if (v == 0)
		return 0;
	while (v % 10 == 0) {
		v /= 10;
		d--;
	}
	return d;
}

/*
 * A "nice" axis: the smallest step of 1, 2 or 5 times a power of ten
 * (as an exact num_t) that reaches max in at most 5 steps; *n steps.
 */
static num_t
nice_step(num_t max, int *n)
{
	static const int mult[] = { 1, 2, 5 };
	num_t p = 1;	/* 0,0001 */

	if (max <= 0)
		max = NUM_SCALE;
	for (;;) {
		for (int i = 0; i < 3; i++) {
			num_t step = p * mult[i];

			if (step * 5 >= max) {
				*n = (int)((max + step - 1) / step);
				return step;
			}
		}
		p *= 10;
	}
}

static num_t
value(const struct chart *c, size_t k, size_t s)
{
	return c->v[k * c->nser + s];
}

static num_t
axis_max(const struct chart *c)
{
	num_t max = 0;

	for (size_t k = 0; k < c->ncat; k++) {
		num_t sum = 0;

		for (size_t s = 0; s < c->nser; s++) {
			num_t v = value(c, k, s) > 0 ? value(c, k, s) : 0;

			if (c->stacked)
				sum += v;
			else if (v > sum)
				sum = v;
		}
		if (sum > max)
			max = sum;
	}
	return max;
}

/* ---- hatching (arsir: ya) -------------------------------------------------- */

#define HATCH_STEP	4.0	/* between hatch lines */

/*
 * Series s's hatch over the rectangle x, y (top left), w x h: none for
 * the first, then /, \, -, |, and / with \ (crossed) in turn, so bars
 * stay apart even printed without colour or on a copier.
 */
static void
hatch(struct lay *L, struct vbox *b, const struct chart *c, size_t s,
    double x, double y, double w, double h)
{
	struct pathstyle st = stroked((const unsigned char[3]){ 0, 0, 0 },
	    0.35);
	int		 kind = (int)(s % 6);

	if (!c->hatched || kind == 0 || w <= 0 || h <= 0)
		return;
	if (kind == 1 || kind == 5)	/* u + v = k: rising to the right */
		for (double k = HATCH_STEP; k < w + h; k += HATCH_STEP) {
			double u0 = k - h > 0 ? k - h : 0, u1 = k < w ? k : w;

			vbox_line(L, b, x + u0, y + k - u0, x + u1, y + k - u1,
			    &st);
		}
	if (kind == 2 || kind == 5)	/* u - v = k: falling to the right */
		for (double k = -h + HATCH_STEP; k < w; k += HATCH_STEP) {
			double u0 = k > 0 ? k : 0, u1 = k + h < w ? k + h : w;

			vbox_line(L, b, x + u0, y + u0 - k, x + u1, y + u1 - k,
			    &st);
		}
	if (kind == 3)
		for (double v = HATCH_STEP; v < h; v += HATCH_STEP)
			vbox_line(L, b, x, y + v, x + w, y + v, &st);
	if (kind == 4)
		for (double u = HATCH_STEP; u < w; u += HATCH_STEP)
			vbox_line(L, b, x + u, y, x + u, y + h, &st);
}

/* ---- legend ------------------------------------------------------------ */

/* A line's series: solid or dashed, square or triangle markers. */
static void
marker(struct lay *L, struct vbox *b, size_t s, double x, double y,
    const unsigned char *rgb)
{
	struct pts		p = { NULL, 0, 0 };
	struct pathstyle	st = filled(rgb, 1);

	st.flags |= PATH_CLOSED;
	if (s % 2 == 0) {
		pts_add(&p, -2.6, -2.6);
		pts_add(&p, 2.6, -2.6);
		pts_add(&p, 2.6, 2.6);
		pts_add(&p, -2.6, 2.6);
	} else {
		pts_add(&p, 0, -3.2);
		pts_add(&p, 3.2, 2.4);
		pts_add(&p, -3.2, 2.4);
	}
	vbox_path(L, b, x, y, &p, &st);
	pts_free(&p);
}

static struct pathstyle
line_style(const struct lay *L, size_t s)
{
	struct pathstyle st = stroked(colour(L, s), 1.6);

	if (s % 2 == 0) {
		st.dash_on = 4;
		st.dash_off = 2;
	}
	return st;
}

/* One legend entry at x, y: a swatch (or a line with its marker). */
static void
legend_entry(struct lay *L, struct vbox *b, const struct chart *c, size_t i,
    double x, double y, double sw, const char *name)
{
	if (c->kind == CH_LINE) {
		struct pathstyle st = line_style(L, i);

		vbox_line(L, b, x, y + 4, x + sw, y + 4, &st);
		marker(L, b, i, x + sw / 2, y + 4, colour(L, i));
	} else {
		struct pathstyle st = filled(colour(L, i), 1);

		vbox_box(L, b, x, y, sw, 9, &st);
		hatch(L, b, c, i, x, y, sw, 9);
	}
	label(L, b, LEGEND_SIZE, x + sw + 4, y + 7.5, name, 0);
}

/*
 * The series' names centred under the chart from y, in as many rows as
 * the column needs.  Returns its height.
 */
static double
legend(struct lay *L, struct vbox *b, const struct chart *c,
    const struct text *names, size_t n, double y)
{
	double		 sw = c->kind == CH_LINE ? 22 : 9, y0 = y;
	const char	**s = arena_alloc(L->a, (n + 1) * sizeof(*s));
	double		*w = arena_alloc(L->a, (n + 1) * sizeof(*w));
	size_t		 first = 0;

	for (size_t i = 0; i < n; i++) {
		s[i] = text_flat(L->a, &names[i]);
		w[i] = sw + 4 + swidth(L, FACE_REGULAR, LEGEND_SIZE, s[i]);
	}
	while (first < n) {
		size_t	last = first + 1;
		double	row = w[first], x;

		while (last < n && row + 14 + w[last] <= L->width)
			row += 14 + w[last++];
		x = L->x0 + (L->width - row) / 2;
		for (size_t i = first; i < last; i++) {
			legend_entry(L, b, c, i, x, y, sw, s[i]);
			x += w[i] + 14;
		}
		first = last;
		y += 14;
	}
	return y - y0;
}

/* ---- axes -------------------------------------------------------------- */

struct axis {
	num_t	 step;
	int	 n;		/* steps */
	int	 dec;		/* tick label decimals */
	double	 x, y, w, h;	/* plot area: left, top, width, height */
};

/* The value axis: ticks with labels and light grid lines (vertical
 * plots: along y; horizontal bars: along x). */
static void
value_axis(struct lay *L, struct vbox *b, const struct axis *ax, int horiz)
{
	struct pathstyle gs = stroked(grey, 0.3);

	for (int i = 0; i <= ax->n; i++) {
		const char *t = fig_text(L->a, ax->step * i, ax->dec, 0);

		if (horiz) {
			double x = ax->x + ax->w * i / ax->n;

			vbox_line(L, b, x, ax->y, x, ax->y + ax->h, &gs);
			label(L, b, LABEL_SIZE, x, ax->y + ax->h + 9, t, 1);
		} else {
			double y = ax->y + ax->h - ax->h * i / ax->n;

			vbox_line(L, b, ax->x, y, ax->x + ax->w, y, &gs);
			label(L, b, LABEL_SIZE, ax->x - 3, y + 2.6, t, 2);
		}
	}
}

static void
axis_frame(struct lay *L, struct vbox *b, const struct axis *ax)
{
	struct pathstyle ks = stroked(black, 0.6);

	vbox_line(L, b, ax->x, ax->y, ax->x, ax->y + ax->h, &ks);
	vbox_line(L, b, ax->x, ax->y + ax->h, ax->x + ax->w, ax->y + ax->h,
	    &ks);
}

static void
axis_init(struct axis *ax, num_t max)
{
	ax->step = nice_step(max, &ax->n);
	if (ax->n < 1)
		ax->n = 1;
	ax->dec = needs_decimals(ax->step);
}

/* Width of the widest tick label. */
static double
tick_width(struct lay *L, const struct axis *ax)
{
	double w = 0;

	for (int i = 0; i <= ax->n; i++) {
		double t = swidth(L, FACE_REGULAR, LABEL_SIZE,
		    fig_text(L->a, ax->step * i, ax->dec, 0));

		w = t > w ? t : w;
	}
	return w;
}

/* Category names wrapped in slots of width w under the plot; height. */
static double
categories(struct lay *L, struct vbox *b, const struct chart *c, double x0,
    double slot, double y, int place)
{
	struct para_opts	o;
	double			h = 0;

	memset(&o, 0, sizeof(o));
	o.size = LABEL_SIZE;
	o.leading = LABEL_SIZE * 1.2;
	o.align = AL_CENTER;
	o.width = slot - 2;
	for (size_t k = 0; k < c->ncat; k++) {
		struct vbox	 scratch;
		double		 t;

		memset(&scratch, 0, sizeof(scratch));
		o.x = o.first_x = x0 + slot * k + 1;
		t = layout_para_into(L, place ? b : &scratch, y, &c->cat[k],
		    &o);
		h = t > h ? t : h;
	}
	return h;
}

/* ---- bars ---------------------------------------------------------------- */

static double
bar_len(const struct axis *ax, num_t v, double full)
{
	/* geometry only: the figure printed is v itself */
	return full * ((double)v / (double)(ax->step * ax->n));
}

/* Every value label fits over its bar (w wide): else none is printed. */
static int
labels_fit(struct lay *L, const struct chart *c, double w)
{
	for (size_t i = 0; i < c->ncat * c->nser; i++)
		if (swidth(L, FACE_REGULAR, LABEL_SIZE, fig_text(L->a, c->v[i],
		    c->decimals, 0)) > w + 1)
			return 0;
	return 1;
}

/*
 * One category's bars (vertical): grouped side by side with their
 * values on top, or stacked with each part's value inside it (when it
 * has room) and the total on top.
 */
static void
vbars(struct lay *L, struct vbox *b, const struct chart *c,
    const struct axis *ax, size_t k, double slot, int labels)
{
	double	 gw = slot * 0.7, bw = c->stacked ? gw : gw / c->nser;
	double	 x = ax->x + slot * k + (slot - gw) / 2, base = ax->y + ax->h;
	num_t	 sum = 0;

	for (size_t s = 0; s < c->nser; s++) {
		num_t			v = value(c, k, s);
		double			h = bar_len(ax, v > 0 ? v : 0, ax->h);
		struct pathstyle	st = filled(colour(L, s), 1);
		const char		*t = fig_text(L->a, v, c->decimals, 0);

		if (v > 0) {
			vbox_box(L, b, x, base - h, bw, h, &st);
			hatch(L, b, c, s, x, base - h, bw, h);
		}
		if (labels && !c->stacked && v > 0)
			label(L, b, LABEL_SIZE, x + bw / 2, base - h - 2, t, 1);
		else if (labels && c->stacked && v > 0 && h >= LABEL_SIZE + 2)
			label_on(L, b, x + bw / 2, base - h / 2 + 2.6, t,
			    colour(L, s), c->hatched && s % 6 != 0);
		if (c->stacked) {
			base -= h;
			sum += v > 0 ? v : 0;
		} else
			x += bw;
	}
	if (labels && c->stacked && sum > 0)
		label(L, b, LABEL_SIZE, x + bw / 2, base - 2,
		    fig_text(L->a, sum, c->decimals, 0), 1);
}

static void
hbars(struct lay *L, struct vbox *b, const struct chart *c,
    const struct axis *ax, size_t k, double slot)
{
	double	 gh = slot * 0.7, bh = c->stacked ? gh : gh / c->nser;
	double	 y = ax->y + slot * k + (slot - gh) / 2, base = ax->x;
	num_t	 sum = 0;

	for (size_t s = 0; s < c->nser; s++) {
		num_t			v = value(c, k, s);
		double			w = bar_len(ax, v > 0 ? v : 0, ax->w);
		struct pathstyle	st = filled(colour(L, s), 1);
		const char		*t = fig_text(L->a, v, c->decimals, 0);
		double			tw = swidth(L, FACE_REGULAR, LABEL_SIZE, t);

		if (v > 0) {
			vbox_box(L, b, base, y, w, bh, &st);
			hatch(L, b, c, s, base, y, w, bh);
		}
		if (!c->stacked && v > 0)
			label(L, b, LABEL_SIZE, base + w + 2, y + bh / 2 + 2.6,
			    t, 0);
		else if (c->stacked && v > 0 && w >= tw + 4)
			label_on(L, b, base + w / 2, y + bh / 2 + 2.6, t,
			    colour(L, s), c->hatched && s % 6 != 0);
		if (c->stacked) {
			base += w;
			sum += v > 0 ? v : 0;
		} else
			y += bh;
	}
	if (c->stacked && sum > 0)	/* the total after the bar */
		label(L, b, LABEL_SIZE, base + 2, y + bh / 2 + 2.6,
		    fig_text(L->a, sum, c->decimals, 0), 0);
}

static double
bar_chart(struct lay *L, struct vbox *b, const struct chart *c)
{
	struct axis	ax;
	double		slot, ch;
	int		labels;

	axis_init(&ax, axis_max(c));
	ax.y = 10;	/* room for the top value label */
	ax.x = L->x0 + tick_width(L, &ax) + 6;
	ax.w = L->x0 + L->width - ax.x - 4;
	ax.h = PLOT_H;
	slot = ax.w / c->ncat;
	ch = categories(L, b, c, ax.x, slot, 0, 0);
	value_axis(L, b, &ax, 0);
	labels = labels_fit(L, c, slot * 0.7 / (c->stacked ? 1 : c->nser));
	for (size_t k = 0; k < c->ncat; k++)
		vbars(L, b, c, &ax, k, slot, labels);
	axis_frame(L, b, &ax);
	categories(L, b, c, ax.x, slot, ax.y + ax.h + 3, 1);
	return ax.y + ax.h + 3 + ch + 8 + legend(L, b, c, c->ser, c->nser,
	    ax.y + ax.h + 3 + ch + 8);
}

/* Horizontal bars: the category names left of the plot, right-aligned. */
static double
hbar_chart(struct lay *L, struct vbox *b, const struct chart *c)
{
	struct axis	ax;
	double		slot, names = 0;
	struct pathstyle ks = stroked(black, 0.6);

	axis_init(&ax, axis_max(c));
	for (size_t k = 0; k < c->ncat; k++) {
		double w = text_width(L, &c->cat[k], 0, LABEL_SIZE);

		names = w > names ? w : names;
	}
	if (names > L->width * 0.35)
		names = L->width * 0.35;
	slot = c->stacked ? 18 : 10 + 8.0 * c->nser;
	ax.x = L->x0 + names + 6;
	ax.y = 0;
	ax.w = L->x0 + L->width - ax.x - 30;	/* room for a value label */
	ax.h = slot * c->ncat;
	value_axis(L, b, &ax, 1);
	for (size_t k = 0; k < c->ncat; k++) {
		struct para_opts o;

		memset(&o, 0, sizeof(o));
		o.size = LABEL_SIZE;
		o.leading = LABEL_SIZE * 1.2;
		o.align = AL_RIGHT;
		o.x = o.first_x = L->x0;
		o.width = names;
		layout_para_into(L, b, ax.y + slot * k + slot / 2 - o.leading /
		    2, &c->cat[k], &o);
		hbars(L, b, c, &ax, k, slot);
	}
	vbox_line(L, b, ax.x, ax.y, ax.x, ax.y + ax.h, &ks);
	return ax.h + 22 + legend(L, b, c, c->ser, c->nser, ax.h + 22);
}

/* ---- pie and donut -------------------------------------------------- */

/* v's share of sum in tenths of a percent, rounded half up, as a num_t. */
static num_t
share(num_t v, num_t sum)
{
	num_t tenths = (v * 1000 * 2 + sum) / (2 * sum);

	return tenths * (NUM_SCALE / 10);
}

static void
sector(struct lay *L, struct vbox *b, double cx, double cy, double r,
    double hole, double a0, double a1, const unsigned char *rgb)
{
	struct pts		p = { NULL, 0, 0 };
	struct pathstyle	st = filled(rgb, 1);

	memcpy(st.stroke, white, 3);
	st.width = 1;
	st.flags |= PATH_CLOSED;
	pts_arc(&p, 0, 0, r, a0, a1);
	if (hole > 0)
		pts_arc(&p, 0, 0, hole, a1, a0);
	else
		pts_add(&p, 0, 0);
	vbox_path(L, b, cx, cy, &p, &st);
	pts_free(&p);
}

/* Each category's line of the pie's legend: name, value and share. */
static struct text
pie_entry(struct lay *L, const struct chart *c, size_t k, num_t sum)
{
	return text_wrap(L->a, NULL, FACE_REGULAR, &c->cat[k], 0,
	    arena_printf(L->a, ": %s (%s)", fig_text(L->a, value(c, k, 0),
	    c->decimals, 0), fig_text(L->a, share(value(c, k, 0), sum), 1, 1)),
	    FACE_REGULAR);
}

/*
 * The legend right of the pie from lx, centred on cy, its lines wrapped
 * at the right margin; returns the height of pie and legend.
 */
static double
pie_legend(struct lay *L, struct vbox *b, const struct chart *c, num_t sum,
    double lx, double cy)
{
	struct para_opts	o;
	struct vbox		scratch;
	double			total = 0, ly;

	memset(&o, 0, sizeof(o));
	o.x = o.first_x = lx + 14;
	o.width = L->x0 + L->width - o.x;
	o.size = LEGEND_SIZE;
	o.leading = LEGEND_SIZE * 1.25;
	o.align = AL_LEFT;
	memset(&scratch, 0, sizeof(scratch));
	for (size_t k = 0; k < c->ncat; k++) {
		struct text t = pie_entry(L, c, k, sum);

		total += layout_para_into(L, &scratch, 0, &t, &o) + 5;
	}
	ly = cy - total / 2 > 0 ? cy - total / 2 : 0;
	for (size_t k = 0; k < c->ncat; k++) {
		struct pathstyle	st = filled(colour(L, k), 1);
		struct text		t = pie_entry(L, c, k, sum);

		vbox_box(L, b, lx, ly + (o.leading - 9) / 2, 9, 9, &st);
		ly += layout_para_into(L, b, ly, &t, &o) + 5;
	}
	return ly > 2 * PIE_R + 8 ? ly : 2 * PIE_R + 8;
}

/*
 * Slices clockwise from 12 o'clock in the rows' order; the legend beside
 * it gives each category's value and share (a slice of 0 has no wedge
 * but keeps its line, so the reader sees it was counted).
 */
static double
pie_chart(struct lay *L, struct vbox *b, const struct chart *c)
{
	num_t	 sum = 0;
	double	 cx = L->x0 + L->width * 0.3, cy = PIE_R + 4, a = 90;
	double	 hole = c->kind == CH_DONUT ? PIE_R * 0.5 : 0;

	for (size_t k = 0; k < c->ncat; k++)
		sum += value(c, k, 0);
	for (size_t k = 0; k < c->ncat; k++) {
		double span = 360.0 * ((double)value(c, k, 0) / (double)sum);

		if (value(c, k, 0) > 0)
			sector(L, b, cx, cy, PIE_R, hole, a - span, a,
			    colour(L, k));
		a -= span;
	}
	if (c->kind == CH_DONUT)
		label(L, b, LEGEND_SIZE + 1, cx, cy + 3,
		    fig_text(L->a, sum, c->decimals, 0), 1);
	return pie_legend(L, b, c, sum, L->x0 + L->width * 0.58, cy);
}

/* ---- lines --------------------------------------------------------------- */

/*
 * A year's markers and figures (exact, as written): the highest figure's
 * label above its point, the others below theirs, so two series that
 * run close do not print over each other.
 */
static void
point_labels(struct lay *L, struct vbox *b, const struct chart *c,
    const struct axis *ax, size_t k, double x)
{
	size_t top = c->nser;

	for (size_t s = 0; s < c->nser; s++)
		if (c->has[k * c->nser + s] && (top == c->nser ||
		    value(c, k, s) > value(c, k, top)))
			top = s;
	for (size_t s = 0; s < c->nser; s++) {
		double y;

		if (!c->has[k * c->nser + s])
			continue;
		y = ax->y + ax->h - bar_len(ax, value(c, k, s), ax->h);
		marker(L, b, s, x, y, colour(L, s));
		label(L, b, LABEL_SIZE, x, s == top ? y - 5 : y + 11,
		    fig_exact(L->a, value(c, k, s)), 1);
	}
}

static double
line_chart(struct lay *L, struct vbox *b, const struct chart *c)
{
	struct axis	ax;
	double		slot, ch;
	num_t		max = 0;

	for (size_t i = 0; i < c->ncat * c->nser; i++)
		if (c->has[i] && c->v[i] > max)
			max = c->v[i];
	axis_init(&ax, max);
	ax.y = 12;
	ax.x = L->x0 + tick_width(L, &ax) + 6;
	ax.w = L->x0 + L->width - ax.x - 4;
	ax.h = PLOT_H;
	slot = ax.w / c->ncat;
	value_axis(L, b, &ax, 0);
	for (size_t s = 0; s < c->nser; s++) {
		struct pathstyle st = line_style(L, s);
		struct pts	 p = { NULL, 0, 0 };

		/* a year without a figure breaks the line */
		for (size_t k = 0; k <= c->ncat; k++) {
			if (k < c->ncat && c->has[k * c->nser + s]) {
				pts_add(&p, ax.x + slot * (k + 0.5), ax.y +
				    ax.h - bar_len(&ax, value(c, k, s), ax.h));
				continue;
			}
			if (p.n > 1) {
				struct pts	 q = { NULL, 0, 0 };
				double		 ox = p.v[0].x, oy = p.v[0].y;

				for (size_t i = 0; i < p.n; i++)
					pts_add(&q, p.v[i].x - ox,
					    p.v[i].y - oy);
				vbox_path(L, b, ox, oy, &q, &st);
				pts_free(&q);
			}
			p.n = 0;
		}
		pts_free(&p);
	}
	for (size_t k = 0; k < c->ncat; k++)
		point_labels(L, b, c, &ax, k, ax.x + slot * (k + 0.5));
	axis_frame(L, b, &ax);
	ch = categories(L, b, c, ax.x, slot, ax.y + ax.h + 3, 1);
	return ax.y + ax.h + 3 + ch + 8 + legend(L, b, c, c->ser, c->nser,
	    ax.y + ax.h + 3 + ch + 8);
}

/*
 * The chart of figure bl as one box, kept with the caption under it;
 * nothing when derive could not fill its values (already reported).
 */
void
layout_chart(struct lay *L, const struct block *bl)
{
	const struct chart	*c = bl->chart;
	struct vbox		*b;

	if (c == NULL || !c->ok || c->ncat == 0 || c->nser == 0)
		return;
	b = vbox_new(L, 0);
	b->keep_next = 1;
	b->gap_before = L->st->para_gap * 2;
	b->what = tr("grafik", "chart");
	b->advice = tr("kurangi jumlah baris yang digambar",
	    "draw fewer rows");
	b->pos = bl->pos;
	switch (c->kind) {
	case CH_BAR:
		b->height = bar_chart(L, b, c);
		break;
	case CH_HBAR:
		b->height = hbar_chart(L, b, c);
		break;
	case CH_PIE:
	case CH_DONUT:
		b->height = pie_chart(L, b, c);
		break;
	case CH_LINE:
		b->height = line_chart(L, b, c);
		break;
	}
}
