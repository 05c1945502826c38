/*
 * Blocks -> vboxes: headings, paragraphs, lists with hanging indents,
 * definitions aligned on the colon, formulas, figures, source notes and
 * signature blocks.
 */
#include <stdio.h>
#include <string.h>

#include "font.h"
#include "layout_int.h"
#include "numfmt.h"

struct vbox *
vbox_new(struct lay *L, double height)
{
	struct vbox *b = arena_alloc(L->tmp, sizeof(*b));

	b->height = height;
	b->landscape = L->landscape;
	b->iseq = arena_seq(lay_items(L));
	ptrvec_push(&L->boxes, b);
	return b;
}

/* Append a zeroed item to a growable arena array (vboxes and pages). */
struct pitem *
pitem_push(struct arena *a, struct pitem **items, size_t *n, size_t *cap)
{
	*items = arena_grow(a, *items, *n, cap, sizeof(**items), 16);
	memset(&(*items)[*n], 0, sizeof(**items));
	return &(*items)[(*n)++];
}

static struct pitem *
vbox_item(struct lay *L, struct vbox *b)
{
	return pitem_push(lay_items(L), &b->items, &b->n, &b->cap);
}

void
vbox_text(struct lay *L, struct vbox *b, enum face f, double size, double x,
    double y, const char *s, size_t len)
{
	struct pitem *it = vbox_item(L, b);

	it->kind = PI_TEXT;
	it->face = f;
	it->size = size;
	it->x = x;
	it->y = y;
	it->s = s;
	it->len = len;
}

void
vbox_rule(struct lay *L, struct vbox *b, double x, double y, double x2,
    double y2, double w)
{
	struct pitem *it = vbox_item(L, b);

	it->kind = PI_RULE;
	it->x = x;
	it->y = y;
	it->x2 = x2;
	it->y2 = y2;
	it->w = w;
}

struct text
plain_text(struct arena *a, const char *s, enum face f)
{
	struct pos nowhere = { NULL, 0, 0 };

	return text_plain(a, s, f, nowhere);
}

double
text_width(const struct lay *L, const struct text *t, int face_or,
    double size)
{
	double w = 0;

	for (size_t i = 0; i < t->n; i++)
		w += font_width(L->fs, (enum face)(t->runs[i].face | face_or),
		    size, t->runs[i].text, t->runs[i].len);
	return w;
}

static struct para_opts
body_opts(const struct lay *L, double x, double width)
{
	struct para_opts o;

	memset(&o, 0, sizeof(o));
	o.x = o.first_x = x;
	o.width = width;
	o.size = L->st->size;
	o.leading = L->st->size * L->st->leading;
	o.align = AL_JUSTIFY;
	return o;
}

static void
gap_before(struct lay *L, size_t first, double gap)
{
	if (first < L->boxes.n)
		((struct vbox *)L->boxes.v[first])->gap_before += gap;
}

/* A marker or number in the hanging area, then the text beside it. */
static void
hanging(struct lay *L, const char *mark, enum face mf, const struct text *t,
    struct para_opts *o, double mark_x)
{
	struct vbox *b = layout_para(L, t, o);

	if (b == NULL || mark == NULL)
		return;
	vbox_text(L, b, mf, o->size, mark_x,
	    o->leading * 0.5 + o->size * 0.35, mark, strlen(mark));
}

const char *
list_mark(struct lay *L, const struct list *l, size_t i, const char *parent)
{
	int	n = l->start + (int)i;
	char	buf[16];

	switch (l->style) {
	case LS_ANGKA:
		return arena_printf(L->a, "%d.", n);
	case LS_HURUF:
		num_letters(n, 0, buf, sizeof(buf));
		return arena_printf(L->a, "%s.", buf);
	case LS_KURUNG:
		return arena_printf(L->a, "%d)", n);
	case LS_HURUF_KURUNG:
		num_letters(n, 0, buf, sizeof(buf));
		return arena_printf(L->a, "%s)", buf);
	case LS_DESIMAL:
		if (parent != NULL) {
			size_t pl = strlen(parent);

			if (pl && parent[pl - 1] == '.')
				pl--;
			return arena_printf(L->a, "%.*s.%d.", (int)pl, parent, n);
		}
		return arena_printf(L->a, "%d.", n);
	case LS_BUTIR:
		return "•";
	case LS_PANAH:
		return "►";
	default:
		return "–";
	}
}

static void
layout_list(struct lay *L, const struct list *l, double x, double width,
    const char *parent)
{
	double	 ind = L->st->list_indent;
	double	 mw = 0;

	/* widen the hanging area when the markers need it ("2.1.", "23.") */
	for (size_t i = 0; i < l->n; i++) {
		const char *m = list_mark(L, l, i, parent);
		double w = font_width(L->fs, FACE_REGULAR, L->st->size, m,
		    strlen(m)) + L->st->size * 0.5;

		if (w > mw)
			mw = w;
	}
	if (mw > ind)
		ind = mw;
	for (size_t i = 0; i < l->n; i++) {
		const char		*m = list_mark(L, l, i, parent);
		struct para_opts	 o = body_opts(L, x + ind, width - ind);
		size_t			 first = L->boxes.n;

		hanging(L, m, FACE_REGULAR, &l->items[i].text, &o, x);
		gap_before(L, first, L->st->para_gap * 0.4);
		if (l->items[i].sub != NULL)
			layout_list(L, l->items[i].sub, x + ind, width - ind, m);
	}
}

static void
layout_heading(struct lay *L, const struct block *bl)
{
	int			 lv = bl->level < 1 ? 1 : bl->level > 4 ? 4 : bl->level;
	double			 size = L->st->h_level[lv - 1];
	struct para_opts	 o = body_opts(L, L->x0, L->width);
	double			 nw;
	size_t			 first = L->boxes.n;

	o.size = size;
	o.leading = size * L->st->leading;
	o.align = AL_LEFT;
	o.face_or = FACE_BOLD;
	o.keep_all = 1;
	nw = font_width(L->fs, FACE_BOLD, size, bl->number,
	    strlen(bl->number)) + size * 0.6;
	if (nw < L->st->list_indent)
		nw = L->st->list_indent;
	o.x = o.first_x = L->x0 + nw;
	o.width = L->width - nw;
	hanging(L, bl->number, FACE_BOLD, &bl->title, &o, L->x0);
	((struct vbox *)L->boxes.v[first])->mark = mark_new(L, MARK_HEADING,
	    bl->level, bl->number, &bl->title);
	((struct vbox *)L->boxes.v[first])->mark->key = bl->key;
	gap_before(L, first, lv == 1 ? size * 1.2 : size * 0.8);
	((struct vbox *)L->boxes.v[L->boxes.n - 1])->keep_next = 1;
}

static void
layout_smallhead(struct lay *L, const struct block *bl)
{
	struct para_opts	 o = body_opts(L, L->x0, L->width);
	size_t			 first = L->boxes.n;
	const char		*mark = bl->marker == MK_PANAH ? "►" :
	    bl->marker == MK_BUTIR ? "•" : NULL;

	o.align = AL_LEFT;
	o.face_or = FACE_BOLD;
	o.keep_all = 1;
	if (mark != NULL) {
		o.x = o.first_x = L->x0 + L->st->list_indent;
		o.width = L->width - L->st->list_indent;
	}
	hanging(L, mark, FACE_REGULAR, &bl->text, &o, L->x0);
	gap_before(L, first, L->st->para_gap);
	((struct vbox *)L->boxes.v[L->boxes.n - 1])->keep_next = 1;
}

/*
 * Definitions: "label : text", the colons aligned after the widest
 * label.  The label column takes at most 40% of the text column; a
 * longer label wraps inside it, its text kept on the same page.
 */
static void
layout_defs(struct lay *L, const struct block *bl)
{
	double	 lw = 0, colon, tx, cap = L->width * 0.4;

	for (size_t i = 0; i < bl->ndefs; i++) {
		double w = text_width(L, &bl->defs[i].label, 0, L->st->size);

		if (w > lw)
			lw = w;
	}
	if (lw > cap)
		lw = cap;
	colon = L->x0 + lw + L->st->size * 0.6;
	tx = colon + L->st->size;
	for (size_t i = 0; i < bl->ndefs; i++) {
		const struct defn	*d = &bl->defs[i];
		struct para_opts	 o = body_opts(L, tx, L->x0 + L->width - tx);
		struct para_opts	 lo = body_opts(L, L->x0, lw);
		size_t			 first = L->boxes.n, k;
		struct vbox		*b;
		double			 base = o.leading * 0.5 + o.size * 0.35;
		double			 lh, h = 0;

		if (d->text.n > 0)
			b = layout_para(L, &d->text, &o);
		else
			b = vbox_new(L, d->list != NULL ? 0 : o.leading);
		if (d->list != NULL)
			layout_list(L, d->list, tx, L->x0 + L->width - tx, NULL);
		if (b == NULL || first >= L->boxes.n)
			continue;
		b = L->boxes.v[first];
		lo.align = AL_LEFT;
		lh = layout_para_into(L, b, 0, &d->label, &lo);
		/* the boxes beside the label's lines stay with it */
		for (k = first; k < L->boxes.n && h < lh - 0.01; k++) {
			h += ((struct vbox *)L->boxes.v[k])->height;
			((struct vbox *)L->boxes.v[k])->keep_next = 1;
		}
		if (h < lh - 0.01)
			vbox_new(L, lh - h);
		b->keep_next = 1;
		vbox_text(L, b, FACE_REGULAR, o.size, colon, base, ":", 1);
		gap_before(L, first, L->st->para_gap * 0.5);
	}
}

/* Center a one-line text inside [x, x+w] of box b at baseline y. */
static void
center_text(struct lay *L, struct vbox *b, const struct text *t, int face_or,
    double size, double x, double w, double y)
{
	double pos = x + (w - text_width(L, t, face_or, size)) / 2;

	for (size_t i = 0; i < t->n; i++) {
		enum face f = (enum face)(t->runs[i].face | face_or);

		vbox_text(L, b, f, size, pos, y, t->runs[i].text,
		    t->runs[i].len);
		pos += font_width(L->fs, f, size, t->runs[i].text,
		    t->runs[i].len);
	}
}

/*
 * A formula: one line (wrapped, centred, when it is longer than the
 * column), or "before num/den after" with a fraction bar, set smaller
 * when it is wider than the column.
 */
static void
layout_formula(struct lay *L, const struct block *bl)
{
	const struct formula	*f = bl->formula;
	double			 sz = L->st->size, lead;
	double			 wb, wn, wd, wa, wf, x;
	struct vbox		*b;
	size_t			 first = L->boxes.n;

	if (f->plain.n > 0) {
		struct para_opts o = body_opts(L, L->x0, L->width);

		o.align = AL_CENTER;
		layout_para(L, &f->plain, &o);
		gap_before(L, first, L->st->para_gap);
		return;
	}
	wb = text_width(L, &f->before, 0, sz);
	wn = text_width(L, &f->num, 0, sz);
	wd = text_width(L, &f->den, 0, sz);
	wa = text_width(L, &f->after, 0, sz);
	wf = (wn > wd ? wn : wd) + sz * 0.6;
	if (wb + wf + wa + sz > L->width) {
		/* every width scales with the size: this one fits exactly */
		double k = L->width / (wb + wf + wa + sz);
		char buf[16];

		snprintf(buf, sizeof(buf), "%.1f", sz * k);
		if (diag_lang() == LANG_ID && strchr(buf, '.') != NULL)
			*strchr(buf, '.') = ',';
		diag_once(&bl->pos, MSG_FORMULA_WIDE, buf);
		sz *= k;
		wb *= k;
		wn *= k;
		wd *= k;
		wa *= k;
		wf *= k;
	}
	lead = sz * L->st->leading;
	b = vbox_new(L, lead * 2.2);
	b->gap_before = L->st->para_gap;
	x = L->x0 + (L->width - (wb + wf + wa + sz)) / 2;
	center_text(L, b, &f->before, 0, sz, x, wb, lead * 1.1 + sz * 0.35);
	x += wb + sz * 0.5;
	center_text(L, b, &f->num, 0, sz, x, wf, lead * 0.85);
	vbox_rule(L, b, x, lead * 1.1, x + wf, lead * 1.1, 0.6);
	center_text(L, b, &f->den, 0, sz, x, wf, lead * 1.1 + sz * 1.25);
	x += wf + sz * 0.5;
	center_text(L, b, &f->after, 0, sz, x, wa, lead * 1.1 + sz * 0.35);
}

static void
layout_caption_source(struct lay *L, const struct text *src)
{
	struct para_opts	 o = body_opts(L, L->x0, L->width);
	struct text		 t = text_wrap(L->a, "(Sumber data : ",
	    FACE_REGULAR, src, 0, ")", FACE_REGULAR);
	size_t			 first = L->boxes.n;

	o.size = L->st->size - 1.5;
	o.leading = o.size * 1.3;
	o.align = AL_CENTER;
	layout_para(L, &t, &o);
	gap_before(L, first, L->st->para_gap * 0.5);
}

/*
 * A figure on a landscape page (an organisation chart that needs the
 * room): its caption and source turn with it, then the column returns.
 */
static void
figure_column(struct lay *L, int landscape, double *x0, double *w,
    int *was)
{
	*was = L->landscape;
	*x0 = L->x0;
	*w = L->width;
	if (landscape && !L->landscape) {
		L->landscape = 1;
		L->x0 = L->lx0;
		L->width = L->lwidth;
	}
}

static void
layout_figure(struct lay *L, const struct block *bl)
{
	struct para_opts	 o;
	struct text		 t;
	const char		*num;
	size_t			 start = L->boxes.n, first;
	int			 land = 0, was;
	double			 x0, w;

	if (bl->chart != NULL)
		layout_chart(L, bl);
	else if (bl->org != NULL)
		layout_bagan(L, bl, &land);
	else
		layout_picture(L, bl);	/* its image, if any, above the caption */
	first = L->boxes.n;
	figure_column(L, land, &x0, &w, &was);
	o = body_opts(L, L->x0, L->width);
	num = arena_printf(L->a, "%s ", bl->label);
	t = text_wrap(L->a, num, FACE_BOLD, &bl->title, 0, NULL, FACE_BOLD);
	o.align = AL_CENTER;
	o.face_or = FACE_BOLD;
	layout_para(L, &t, &o);
	((struct vbox *)L->boxes.v[first])->mark = mark_new(L, MARK_FIGURE, 0,
	    bl->label, &bl->title);
	((struct vbox *)L->boxes.v[first])->mark->key = bl->key;
	/* the float is the drawing and its caption, from the first box */
	((struct vbox *)L->boxes.v[start])->floating = 1;
	gap_before(L, first, L->st->para_gap * (bl->pic != NULL &&
	    bl->pic->image != NULL ? 0.5 : 2));
	if (bl->source.n > 0) {
		((struct vbox *)L->boxes.v[L->boxes.n - 1])->keep_next = 1;
		layout_caption_source(L, &bl->source);
	}
	L->landscape = was;
	L->x0 = x0;
	L->width = w;
}

/* Height of the lines above the signature space: place, date, roles. */
static double
sig_head(struct lay *L, struct vbox *b, double y, const struct signature *s,
    const struct para_opts *o)
{
	double h = 0;

	if (s->decreed[0].n > 0) {
		/* "Ditetapkan di …" / "pada tanggal …", flush left, then a gap */
		struct para_opts lo = *o;

		lo.align = AL_LEFT;
		h += layout_para_into(L, b, y + h, &s->decreed[0], &lo);
		h += layout_para_into(L, b, y + h, &s->decreed[1], &lo);
		h += o->leading * 0.5;
	}
	if (s->place_date.n > 0)
		h += layout_para_into(L, b, y + h, &s->place_date, o);
	for (size_t i = 0; i < s->nroles; i++)
		h += layout_para_into(L, b, y + h, &s->roles[i], o);
	return h;
}

/*
 * One signature column at x..x+w into box b, its head starting at pad;
 * the name line sits at name_y.  Returns the column's height.
 */
static double
sig_column(struct lay *L, struct vbox *b, const struct signature *s,
    double x, double w, double name_y)
{
	struct para_opts	 o = body_opts(L, x, w);
	double			 y, nw, base, space = o.leading * 3.2;
	const char		*nip;
	struct text		 t;
	struct vbox		 scratch;

	memset(&scratch, 0, sizeof(scratch));
	o.align = AL_CENTER;
	y = name_y - space - sig_head(L, &scratch, 0, s, &o);
	sig_pictures(L, b, s, x, w, y, name_y);	/* under the text */
	sig_head(L, b, y, s, &o);
	y = name_y;
	base = y + o.leading * 0.5 + o.size * 0.35;
	o.face_or = FACE_BOLD;
	y += layout_para_into(L, b, y, &s->name, &o);
	nw = text_width(L, &s->name, FACE_BOLD, o.size);
	if (nw > w)
		nw = w;
	vbox_rule(L, b, x + (w - nw) / 2, base + 1.5, x + (w + nw) / 2,
	    base + 1.5, 0.6);
	o.face_or = 0;
	if (s->rank.n > 0)
		y += layout_para_into(L, b, y, &s->rank, &o);
	if (s->nip.n > 0) {
		nip = arena_printf(L->a, "NIP. %.*s", (int)s->nip.runs[0].len,
		    s->nip.runs[0].text);
		t = plain_text(L->a, nip, FACE_REGULAR);
		y += layout_para_into(L, b, y, &t, &o);
	}
	return y;
}

/*
 * Two adjacent signature blocks sit side by side (PIHAK KEDUA, PIHAK
 * PERTAMA) with their names on one line; one block sits on the right.
 */
static size_t
layout_signatures(struct lay *L, struct block *const *v, size_t i, size_t n)
{
	struct vbox		*b = vbox_new(L, 0);
	double			 h1, h2, name_y, xa, wa, xb = 0, wb = 0;
	struct para_opts	 o = body_opts(L, L->x0, L->width);
	struct vbox		 scratch;
	int			 pair = i + 1 < n && v[i + 1]->type == BLK_SIGNATURE;

	memset(&scratch, 0, sizeof(scratch));
	o.align = AL_CENTER;
	/* a signature never stands alone: the text it closes comes along */
	if (L->boxes.n > 1)
		((struct vbox *)L->boxes.v[L->boxes.n - 2])->keep_next = 1;
	b->gap_before = L->st->para_gap * 3;
	b->what = tr("blok tanda tangan", "signature block");
	b->advice = tr("kurangi baris 'jabatan'", "use fewer 'jabatan' lines");
	b->pos = v[i]->pos;
	/* each column as wide as its longest given line */
	if (pair)
		sig_width_pair(L, v[i]->sig, v[i + 1]->sig, o.size, &xa, &wa,
		    &xb, &wb);
	else
		sig_width_one(L, v[i]->sig, o.size, &xa, &wa);
	o = body_opts(L, xa, wa);
	o.align = AL_CENTER;
	h1 = sig_head(L, &scratch, 0, v[i]->sig, &o);
	o = body_opts(L, xb, wb);
	o.align = AL_CENTER;
	h2 = pair ? sig_head(L, &scratch, 0, v[i + 1]->sig, &o) : 0;
	name_y = (h1 > h2 ? h1 : h2) + o.leading * 3.2;
	if (!pair) {
		b->height = sig_column(L, b, v[i]->sig, xa, wa, name_y);
		return i + 1;
	}
	h1 = sig_column(L, b, v[i]->sig, xa, wa, name_y);
	h2 = sig_column(L, b, v[i + 1]->sig, xb, wb, name_y);
	b->height = h1 > h2 ? h1 : h2;
	return i + 2;
}

/*
 * Kop surat: the agency's letterhead from laporan.yaml, closed by a thick
 * and a thin rule, as on the agency's own letters.
 */
static void
layout_letterhead(struct lay *L)
{
	const struct report	*r = L->r;
	struct vbox		*b = vbox_new(L, 0);
	struct para_opts	 o = body_opts(L, L->x0, L->width);
	struct text		 t;
	double			 y = 0, eh, ew = letterhead_emblem(L, &eh);
	const char		*line;

	/* the lines centred right of the emblem, as on the agency's letters */
	if (ew > 0) {
		o.x = o.first_x = L->x0 + ew + 3 * MM;
		o.width = L->width - ew - 3 * MM;
	}
	o.align = AL_CENTER;
	o.face_or = FACE_BOLD;
	o.size = L->st->size + 3;
	o.leading = o.size * 1.25;
	t = plain_text(L->a, r->gov, FACE_BOLD);
	y += layout_para_into(L, b, y, &t, &o);
	o.size = L->st->size + 4;
	o.leading = o.size * 1.25;
	t = plain_text(L->a, r->agency, FACE_BOLD);
	y += layout_para_into(L, b, y, &t, &o);
	o.face_or = 0;
	o.size = L->st->size - 1;
	o.leading = o.size * 1.35;
	if (r->address != NULL) {
		line = arena_printf(L->a, "%s : %s%s%s %s%s%s",
		    "Alamat", r->address,
		    r->phone ? " Telp./Fax " : "", r->phone ? r->phone : "",
		    r->city, r->postcode ? " – " : "", r->postcode ? r->postcode : "");
		t = plain_text(L->a, line, FACE_REGULAR);
		y += layout_para_into(L, b, y, &t, &o);
	}
	if (r->email != NULL || r->web != NULL) {
		line = arena_printf(L->a, "%s%s%s%s%s", r->email ? "Email: " : "",
		    r->email ? r->email : "", r->email && r->web ? "  " : "",
		    r->web ? "Website: " : "", r->web ? r->web : "");
		t = plain_text(L->a, line, FACE_ITALIC);
		y += layout_para_into(L, b, y, &t, &o);
	}
	if (ew > 0) {
		vbox_image(L, b, L->r->emblem, L->x0, y > eh ? (y - eh) / 2 : 0,
		    ew, eh);
		y = y > eh ? y : eh;
	}
	y += 4;
	vbox_rule(L, b, L->x0, y, L->x0 + L->width, y, 2.2);
	vbox_rule(L, b, L->x0, y + 3, L->x0 + L->width, y + 3, 0.6);
	b->height = y + 10;
	b->keep_next = 1;
	b->what = tr("kop surat", "letterhead");
}

static void
layout_para_block(struct lay *L, const struct block *bl)
{
	struct para_opts	 o = body_opts(L, L->x0, L->width);
	size_t			 first = L->boxes.n;

	o.align = bl->align;
	layout_para(L, &bl->text, &o);
	gap_before(L, first, L->st->para_gap);
}

static void
layout_quote(struct lay *L, const struct block *bl)
{
	struct para_opts	 o = body_opts(L, L->x0 + 30, L->width - 60);
	struct text		 t = text_wrap(L->a, "“", FACE_BOLD, &bl->text,
	    0, "”", FACE_BOLD);
	size_t			 first = L->boxes.n;

	o.align = AL_CENTER;
	o.face_or = FACE_BOLD;
	layout_para(L, &t, &o);
	gap_before(L, first, L->st->para_gap);
}

/* What a block is called in a message about its boxes. */
static const char *
block_noun(enum block_type t)
{
	switch (t) {
	case BLK_PARA:
		return tr("paragraf", "paragraph");
	case BLK_SECTION:
		return tr("judul bagian", "section heading");
	case BLK_SMALLHEAD:
		return tr("judul kecil", "small heading");
	case BLK_LIST:
		return tr("butir daftar", "list item");
	case BLK_QUOTE:
		return tr("kutipan", "quote");
	case BLK_DEFS:
		return tr("definisi", "definition");
	case BLK_FORMULA:
		return tr("rumus", "formula");
	case BLK_FIGURE:
		return tr("gambar", "figure");
	case BLK_SOURCE:
		return tr("sumber", "source note");
	case BLK_SIGNATURE:
		return tr("blok tanda tangan", "signature block");
	case BLK_TABLE:
		return tr("tabel", "table");
	case BLK_LETTERHEAD:
		return tr("kop surat", "letterhead");
	case BLK_PHOTO:
		return tr("foto", "photo");
	default:
		return tr("blok", "block");
	}
}

/*
 * The boxes a block made, from first on, name it in messages: its place
 * in the YAML, what it is, what to do (unless a box says better, as a
 * table row does).
 */
static void
own_boxes(struct lay *L, size_t first, const struct block *bl)
{
	for (size_t k = first; k < L->boxes.n; k++) {
		struct vbox *b = L->boxes.v[k];

		if (b->pos.file == NULL)
			b->pos = bl->pos;
		if (b->what == NULL)
			b->what = block_noun(bl->type);
		if (b->advice == NULL)
			b->advice = tr("perpendek atau pecah menjadi beberapa "
			    "blok", "shorten it or split it into several blocks");
	}
}

void
layout_blocks(struct lay *L, struct block *const *v, size_t n)
{
	size_t i = 0;

	while (i < n) {
		const struct block	*bl = v[i];
		size_t			 first = L->boxes.n;

		switch (bl->type) {
		case BLK_SIGNATURE:
			/* names and offices are printed whole, never hyphenated */
			L->no_hyph = 1;
			i = layout_signatures(L, v, i, n);
			L->no_hyph = 0;
			own_boxes(L, first, bl);
			continue;
		case BLK_SECTION:
			layout_heading(L, bl);
			own_boxes(L, first, bl);
			layout_blocks(L, bl->kids, bl->nkids);
			i++;
			continue;
		case BLK_PARA:
			layout_para_block(L, bl);
			break;
		case BLK_SMALLHEAD:
			layout_smallhead(L, bl);
			break;
		case BLK_LIST:
			layout_list(L, bl->list, L->x0, L->width, NULL);
			gap_before(L, first, L->st->para_gap * 0.6);
			break;
		case BLK_QUOTE:
			layout_quote(L, bl);
			break;
		case BLK_DEFS:
			layout_defs(L, bl);
			break;
		case BLK_FORMULA:
			layout_formula(L, bl);
			break;
		case BLK_FIGURE:
			layout_figure(L, bl);
			break;
		case BLK_SOURCE:
			layout_caption_source(L, &bl->text);
			break;
		case BLK_TABLE:
			if (bl->table->sop != NULL)
				layout_sop(L, bl);
			else
				layout_table(L, bl);
			break;
		case BLK_LETTERHEAD:
			L->no_hyph = 1;
			layout_letterhead(L);
			L->no_hyph = 0;
			break;
		case BLK_PHOTO:
			layout_photo(L, bl);
			break;
		case BLK_PAGEBREAK:
			/* an empty box that forces the break */
			vbox_new(L, 0)->break_before = 1;
			break;
		}
		if (bl->type == BLK_FIGURE || bl->type == BLK_TABLE)
			float_unit(L, first, bl->fixed);
		own_boxes(L, first, bl);
		i++;
	}
}
