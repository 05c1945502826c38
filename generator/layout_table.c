/*
 * Tables in two passes: measure every cell to size the columns, then set
 * the rows.  Rows joined by a rowspan form one band; bands break between
 * pages only where no line is cut (layout_split.c), so a rowspan cell cut
 * by a page break continues its text on the next page.  The header rows
 * are repeated on every page under "Lanjutan Tabel N.M".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "font.h"
#include "layout_int.h"

struct tgeom {
	double	*w, *x;		/* column widths and left edges; x[n] = right */
	size_t	 n;
	double	 size, leading, padx, pady;
	int	 landscape;
	double	 x0, width;	/* the text column */
	double	 min_row;	/* a body row at least this tall (an SOP's) */
};

struct span {
	size_t	 first, last;	/* item range of a cell in its box */
	double	 h;		/* content height with padding */
};

static double
longest_word(const struct lay *L, const struct text *t, int face_or,
    double size)
{
	double best = 0;

	for (size_t r = 0; r < t->n; r++) {
		const struct run	*run = &t->runs[r];
		enum face		 f = (enum face)(run->face | face_or);
		size_t			 i = 0, j;

		while (i < run->len) {
			for (j = i; j < run->len && run->text[j] != ' '; j++)
				;
			if (j > i) {
				double w = font_width(L->fs, f, size,
				    run->text + i, j - i);

				if (w > best)
					best = w;
			}
			i = j + 1;
		}
	}
	return best;
}

/* Natural and narrowest widths of a cell's content. */
static void
cell_widths(const struct lay *L, const struct tcell *c, int face_or,
    double size, double *nat, double *min)
{
	*nat = text_width(L, &c->text, face_or, size);
	*min = longest_word(L, &c->text, face_or, size);
	for (size_t i = 0; i < c->nparas; i++) {
		double n = text_width(L, &c->paras[i], face_or, size);
		double m = longest_word(L, &c->paras[i], face_or, size);

		*nat = n > *nat ? n : *nat;
		*min = m > *min ? m : *min;
	}
	for (size_t i = 0; c->list != NULL && i < c->list->n; i++) {
		const struct text *it = &c->list->items[i].text;
		double n = text_width(L, it, face_or, size) + size * 1.6;
		double m = longest_word(L, it, face_or, size) + size * 1.6;

		if (n > *nat)
			*nat = n;
		if (m > *min)
			*min = m;
	}
}

static void
measure_rows(const struct lay *L, const struct trow *rows, size_t n,
    int face_or, double size, double *nat, double *min)
{
	for (size_t r = 0; r < n; r++)
		for (size_t k = 0; k < rows[r].n; k++) {
			const struct tcell *c = &rows[r].cells[k];
			double cn, cm;

			if (c->colspan != 1)
				continue;
			cell_widths(L, c, face_or, size, &cn, &cm);
			if (cn > nat[c->col])
				nat[c->col] = cn;
			if (cm > min[c->col])
				min[c->col] = cm;
		}
}

/* How the columns of a table met its text column. */
enum fit {
	FIT_CUT,	/* not even the longest words fit: words are cut */
	FIT_NARROWED,	/* fixed widths given up, down to their longest words */
	FIT_ASIS	/* fixed widths as written, the others fit */
};

/*
 * Column widths: fixed columns as written; the others get their natural
 * width when everything fits (the rest shared by "n*" columns, or spread
 * over all), else their narrowest width plus a share of what is left.
 * When the fixed widths leave the others less than their narrowest, the
 * fixed columns give up width in proportion to what they have above
 * their own narrowest; when even the narrowest widths of all do not fit,
 * every column gets its narrowest in proportion.  The table never runs
 * past the text column.
 */
static enum fit
col_widths(const struct lay *L, const struct table *t, struct tgeom *g)
{
	double	*nat = xcalloc(t->ncols, sizeof(double));
	double	*min = xcalloc(t->ncols, sizeof(double));
	double	 fixed = 0, fmin = 0, snat = 0, smin = 0, shares = 0, rem;
	double	 pad = 2 * g->padx;
	enum fit fit = FIT_ASIS;

	measure_rows(L, t->head, t->nhead, FACE_BOLD, g->size, nat, min);
	measure_rows(L, t->body, t->nbody, 0, g->size, nat, min);
	measure_rows(L, t->total, t->ntotal, FACE_BOLD, g->size, nat, min);
	for (size_t c = 0; c < t->ncols; c++) {
		if (t->nhead == 0) {
			double tn = text_width(L, &t->cols[c].title, FACE_BOLD,
			    g->size);
			double tm = longest_word(L, &t->cols[c].title, FACE_BOLD,
			    g->size);

			nat[c] = nat[c] > tn ? nat[c] : tn;
			min[c] = min[c] > tm ? min[c] : tm;
		}
		nat[c] += pad;
		min[c] += pad;
		if (t->cols[c].width_mm > 0) {
			/* a fixed width never cuts a word */
			g->w[c] = t->cols[c].width_mm * MM;
			if (g->w[c] < min[c])
				g->w[c] = min[c];
			fixed += g->w[c];
			fmin += min[c];
			continue;
		}
		shares += t->cols[c].share;
		snat += t->cols[c].share > 0 ? min[c] : nat[c];
		smin += min[c];
	}
	rem = g->width - fixed;
	if (smin > rem + 0.01)
		fit = fmin + smin <= g->width + 0.01 ? FIT_NARROWED : FIT_CUT;
	for (size_t c = 0; c < t->ncols; c++) {
		const struct tcol *col = &t->cols[c];

		if (fit == FIT_CUT)
			g->w[c] = min[c] * g->width / (fmin + smin);
		else if (col->width_mm > 0) {
			/* fixed > fmin here: fixed + smin > width >= fmin + smin */
			if (fit == FIT_NARROWED)
				g->w[c] -= (g->w[c] - min[c]) *
				    (fixed + smin - g->width) / (fixed - fmin);
		} else if (fit == FIT_NARROWED)
			g->w[c] = min[c];
		else if (snat <= rem) {
			/* everything fits: share or spread what is left */
			double extra = rem - snat;

			if (shares > 0)
				g->w[c] = col->share > 0 ? min[c] + extra *
				    col->share / shares : nat[c];
			else
				g->w[c] = nat[c] + extra * nat[c] / snat;
		} else {
			double want = snat - smin, extra = rem - smin;

			g->w[c] = min[c] + (want > 0 ? extra *
			    ((col->share > 0 ? min[c] : nat[c]) - min[c]) /
			    want : 0);
		}
	}
	g->x[0] = g->x0;
	for (size_t c = 0; c < t->ncols; c++)
		g->x[c + 1] = g->x[c] + g->w[c];
	free(nat);
	free(min);
	return fit;
}

/* The cell's text and list set at (x, y) into b; returns its height. */
static double
set_cell(struct lay *L, struct vbox *b, const struct tgeom *g,
    const struct tcell *c, double x, double y, double w, int face_or,
    enum align al)
{
	struct para_opts	 o;
	double			 h = 0, ind = g->size * 1.6;

	memset(&o, 0, sizeof(o));
	o.x = o.first_x = x + g->padx;
	o.width = w - 2 * g->padx;
	o.size = g->size;
	o.leading = g->size * g->leading;
	o.align = al;
	o.face_or = face_or;
	if (c->text.n > 0)
		h += layout_para_into(L, b, y + g->pady, &c->text, &o);
	for (size_t i = 0; i < c->nparas; i++) {
		if (h > 0)
			h += g->size * 0.4;	/* between paragraphs */
		h += layout_para_into(L, b, y + g->pady + h, &c->paras[i], &o);
	}
	for (size_t i = 0; c->list != NULL && i < c->list->n; i++) {
		struct para_opts	 lo = o;
		/* the list's own style, as outside a table */
		const char		*m = list_mark(L, c->list, i, NULL);
		struct text		 mt = plain_text(L->a, m, FACE_REGULAR);
		double			 ih;

		lo.x = lo.first_x = o.x + ind;
		lo.width = o.width - ind;
		lo.align = AL_LEFT;
		ih = layout_para_into(L, b, y + g->pady + h, &c->list->items[i].text,
		    &lo);
		lo.x = lo.first_x = o.x;
		lo.width = ind;
		layout_para_into(L, b, y + g->pady + h, &mt, &lo);
		h += ih;
	}
	if (h == 0)
		h = o.leading;
	return h + 2 * g->pady;
}

/*
 * Move the shading rectangles (items [from, b->n), every other one a fill)
 * under the text that starts at `start`, so the text is drawn over them.
 */
static void
under(struct vbox *b, size_t start, size_t from)
{
	size_t		 nfill = 0, ntext = from - start;
	struct pitem	*tmp = xmalloc((b->n - start + 1) * sizeof(*tmp));

	for (size_t i = from; i < b->n; i++)
		if (b->items[i].kind == PI_RECT && b->items[i].w <= 0)
			tmp[nfill++] = b->items[i];
	memcpy(tmp + nfill, b->items + start, ntext * sizeof(*tmp));
	for (size_t i = from, k = nfill + ntext; i < b->n; i++)
		if (!(b->items[i].kind == PI_RECT && b->items[i].w <= 0))
			tmp[k++] = b->items[i];
	memcpy(b->items + start, tmp, (b->n - start) * sizeof(*tmp));
	free(tmp);
}

/* The band of rows r0..r1 of one section into box b, starting at y. */
static double
set_rows(struct lay *L, struct vbox *b, const struct table *t,
    const struct tgeom *g, const struct trow *rows, size_t r0, size_t r1,
    double y0, int header, int bold)
{
	size_t		 nr = r1 - r0 + 1;
	double		*h = xcalloc(nr + 1, sizeof(double)), *top;
	double		 y = y0, total;
	struct span	*sp;
	size_t		 ncell = 0, ci = 0, shade_from, start = b->n;

	for (size_t r = r0; r <= r1; r++)
		ncell += rows[r].n;
	sp = xcalloc(ncell + 1, sizeof(*sp));
	top = xcalloc(nr + 1, sizeof(double));
	for (size_t r = r0; r <= r1; r++) {
		top[r - r0] = y;
		h[r - r0] = g->size * g->leading + 2 * g->pady;
		if (!header && g->min_row > h[r - r0])
			h[r - r0] = g->min_row;
		for (size_t k = 0; k < rows[r].n; k++, ci++) {
			const struct tcell	*c = &rows[r].cells[k];
			int			 al = c->align >= 0 ? c->align :
			    header ? AL_CENTER : (int)t->cols[c->col].align;

			sp[ci].first = b->n;
			sp[ci].h = set_cell(L, b, g, c, g->x[c->col], y,
			    g->x[c->col + (size_t)c->colspan] - g->x[c->col],
			    header || bold ? FACE_BOLD : 0, (enum align)al);
			sp[ci].last = b->n;
			if (c->rowspan == 1 && sp[ci].h > h[r - r0])
				h[r - r0] = sp[ci].h;
		}
		/* rowspan cells ending here: this row takes what they lack */
		for (size_t rr = r0, cj = 0; rr <= r; rr++)
			for (size_t k = 0; k < rows[rr].n; k++, cj++) {
				const struct tcell *c = &rows[rr].cells[k];
				double above = top[r - r0] - top[rr - r0];

				if (c->rowspan > 1 && rr + (size_t)c->rowspan - 1 == r &&
				    sp[cj].h - above > h[r - r0])
					h[r - r0] = sp[cj].h - above;
			}
		y += h[r - r0];
	}
	top[nr] = y;
	total = y - y0;
	/* frames (and header shading, vertical centring) now that rows are sized */
	shade_from = b->n;
	ci = 0;
	for (size_t r = r0; r <= r1; r++)
		for (size_t k = 0; k < rows[r].n; k++, ci++) {
			const struct tcell *c = &rows[r].cells[k];
			size_t last = r + (size_t)c->rowspan - 1;
			double cy = top[r - r0];
			double ch = top[(last > r1 ? r1 : last) - r0 + 1] - cy;
			double cx = g->x[c->col];
			double cw = g->x[c->col + (size_t)c->colspan] - cx;

			if (!header && c->rowspan > 1 && last > r) {
				struct spanrect *sr;

				b->spans = b->nspans ? b->spans :
				    arena_alloc(L->tmp, ncell * sizeof(*b->spans));
				sr = &b->spans[b->nspans++];
				sr->x = cx;
				sr->y = cy;
				sr->w = cw;
				sr->h = ch;
			}
			if (header) {
				double dy = (ch - sp[ci].h) / 2;

				for (size_t i = sp[ci].first; i < sp[ci].last; i++)
					b->items[i].y += dy;
				vbox_rect(L, b, cx, cy, cw, ch, 0, 0.90);
			}
			vbox_rect(L, b, cx, cy, cw, ch, 0.5, 0);
		}
	if (header)
		under(b, start, shade_from);
	if (!header) {
		b->cuts = arena_alloc(L->tmp, (nr + 1) * sizeof(double));
		for (size_t r = 1; r < nr; r++)
			b->cuts[b->ncuts++] = top[r] - y0;
	}
	free(h);
	free(top);
	free(sp);
	return total;
}

/* The column-number row "1 2 3 …" under the header. */
static double
set_colnums(struct lay *L, struct vbox *b, const struct table *t,
    const struct tgeom *g, double y)
{
	double h = g->size * 1.2 + 2;

	for (size_t c = 0; c < t->ncols; c++) {
		const char	*s = arena_printf(L->a, "%zu", c + 1);
		double		 w = font_width(L->fs, FACE_ITALIC, g->size - 1, s,
		    strlen(s));

		vbox_rect(L, b, g->x[c], y, g->w[c], h, 0, 0.95);
		vbox_text(L, b, FACE_ITALIC, g->size - 1, g->x[c] +
		    (g->w[c] - w) / 2, y + h * 0.72, s, strlen(s));
		vbox_rect(L, b, g->x[c], y, g->w[c], h, 0.5, 0);
	}
	return h;
}

/* Header rows from `kepala`, or one row of the column titles. */
static struct vbox *
header_box(struct lay *L, const struct table *t, const struct tgeom *g,
    const char *line)
{
	struct vbox	*b = arena_alloc(L->tmp, sizeof(*b));
	struct arena	*items = L->items;
	double		 y = 0;

	/* the repeated header is shown on every page of the table: its
	 * items stay in tmp, out of the chunks paginate gives back */
	b->iseq = line != NULL ? SIZE_MAX : arena_seq(lay_items(L));
	if (line != NULL)
		L->items = NULL;
	if (line != NULL) {
		struct text lt = plain_text(L->a, line, FACE_ITALIC);

		vbox_text(L, b, FACE_ITALIC, g->size, g->x0, g->size, lt.runs[0].text,
		    lt.runs[0].len);
		y = g->size * 1.6;
	}
	if (t->nhead > 0)
		y += set_rows(L, b, t, g, t->head, 0, t->nhead - 1, y, 1, 1);
	else {
		struct trow	 row;
		struct tcell	*cells = arena_alloc(L->a, t->ncols * sizeof(*cells));

		for (size_t c = 0; c < t->ncols; c++) {
			cells[c].text = t->cols[c].title;
			cells[c].col = (int)c;
			cells[c].colspan = cells[c].rowspan = 1;
			cells[c].align = -1;
		}
		memset(&row, 0, sizeof(row));
		row.cells = cells;
		row.n = t->ncols;
		y += set_rows(L, b, t, g, &row, 0, 0, y, 1, 1);
	}
	if (t->colnums)
		y += set_colnums(L, b, t, g, y);
	b->height = y;
	b->keep_next = 1;
	b->landscape = g->landscape;
	L->items = items;
	b->what = tr("kepala tabel", "table header");
	b->advice = tr("kurangi baris 'kepala' atau perpendek judul kolomnya",
	    "use fewer 'kepala' rows or shorter column titles");
	b->pos = t->pos;
	return b;
}

/* Rows r0.. joined by rowspans: the band ends where no span crosses. */
static size_t
band_end(const struct trow *rows, size_t n, size_t r0)
{
	size_t end = r0;

	for (size_t r = r0; r <= end && r < n; r++)
		for (size_t k = 0; k < rows[r].n; k++) {
			size_t last = r + (size_t)rows[r].cells[k].rowspan - 1;

			if (last > end)
				end = last < n ? last : n - 1;
		}
	return end;
}

static void
bands(struct lay *L, const struct table *t, const struct tgeom *g,
    const struct trow *rows, size_t n, int bold, struct vbox *repeat)
{
	for (size_t r = 0; r < n;) {
		size_t		 e = band_end(rows, n, r);
		struct vbox	*b = vbox_new(L, 0);

		b->height = set_rows(L, b, t, g, rows, r, e, 0, 0, bold);
		b->splittable = 1;
		b->landscape = g->landscape;
		b->repeat = repeat;
		b->what = tr("baris tabel", "table row");
		b->advice = tr("pendekkan isi selnya atau pecah menjadi "
		    "beberapa baris tabel", "shorten its cells or split it into "
		    "several table rows");
		b->pos = rows[r].pos;
		r = e + 1;
	}
}

/*
 * Like a paragraph's lines: no lone first or last row on a page, the
 * total rows counted with the body (a total alone on a page says nothing).
 */
static void
keep_ends(struct lay *L, size_t first)
{
	if (L->boxes.n - first >= 3) {
		((struct vbox *)L->boxes.v[first])->keep_next = 1;
		((struct vbox *)L->boxes.v[L->boxes.n - 2])->keep_next = 1;
	} else
		for (size_t i = first; i + 1 < L->boxes.n; i++)
			((struct vbox *)L->boxes.v[i])->keep_next = 1;
}

static void
caption(struct lay *L, const struct table *t, const struct tgeom *g)
{
	struct para_opts	 o;
	const char		*num = arena_printf(L->a, "%s ", t->label);
	size_t			 first = L->boxes.n;
	struct text		 c = text_wrap(L->a, num, FACE_BOLD, &t->caption,
	    0, NULL, FACE_BOLD);

	memset(&o, 0, sizeof(o));
	o.x = o.first_x = g->x0;
	o.width = g->width;
	o.size = L->st->size;
	o.leading = L->st->size * 1.3;
	o.align = AL_CENTER;
	o.face_or = FACE_BOLD;
	o.keep_all = 1;
	layout_para(L, &c, &o);
	for (size_t i = first; i < L->boxes.n; i++) {
		struct vbox *b = L->boxes.v[i];

		b->landscape = g->landscape;
		b->keep_next = 1;
	}
	((struct vbox *)L->boxes.v[first])->gap_before = L->st->para_gap * 2;
	((struct vbox *)L->boxes.v[first])->mark = mark_new(L, MARK_TABLE, 0,
	    arena_strndup(L->a, num, strlen(num) - 1), &t->caption);
	((struct vbox *)L->boxes.v[first])->mark->key = t->key;
	vbox_new(L, 4)->keep_next = 1;
	((struct vbox *)L->boxes.v[L->boxes.n - 1])->landscape = g->landscape;
}

static void
source(struct lay *L, const struct table *t, const struct tgeom *g)
{
	struct para_opts	 o;
	struct text		 s = text_wrap(L->a, "(Sumber data : ",
	    FACE_ITALIC, &t->source, FACE_ITALIC, ")", FACE_ITALIC);
	size_t			 first = L->boxes.n;

	memset(&o, 0, sizeof(o));
	o.x = o.first_x = g->x0;
	o.width = g->width;
	o.size = g->size;
	o.leading = g->size * 1.4;
	o.align = AL_LEFT;
	layout_para(L, &s, &o);
	((struct vbox *)L->boxes.v[first])->gap_before = 3;
	for (size_t i = first; i < L->boxes.n; i++)
		((struct vbox *)L->boxes.v[i])->landscape = g->landscape;
}

static void
geometry(struct lay *L, const struct table *t, struct tgeom *g, int landscape)
{
	g->landscape = landscape;
	g->x0 = landscape ? L->lx0 : L->x0;
	g->width = landscape ? L->lwidth : L->width;
	g->size = L->st->table_size;
	g->leading = L->st->table_leading;
	g->padx = 3;
	g->pady = 2.5;
	g->n = t->ncols;
}

void
layout_table(struct lay *L, const struct block *bl)
{
	layout_table_grid(L, bl, NULL);
}

/* The table, telling gr (unless NULL) where its columns and rows went. */
void
layout_table_grid(struct lay *L, const struct block *bl, struct tgrid *gr)
{
	const struct table	*t = bl->table;
	struct tgeom		 g;
	enum fit		 fit;
	struct vbox		*head, *cont;
	const char		*contline;
	size_t			 first;

	g.w = xcalloc(t->ncols + 1, sizeof(double));
	g.x = xcalloc(t->ncols + 1, sizeof(double));
	geometry(L, t, &g, t->landscape || L->landscape);
	if ((fit = col_widths(L, t, &g)) != FIT_ASIS && !g.landscape) {
		/* too wide for a portrait page: turn it */
		geometry(L, t, &g, 1);
		fit = col_widths(L, t, &g);
	}
	g.min_row = gr != NULL ? gr->min_row : 0;
	if (fit != FIT_ASIS)
		diag_once(&t->pos, fit == FIT_NARROWED ? MSG_TABLE_NARROWED :
		    MSG_TABLE_WIDE, (int)(g.width / MM + 0.5));
	caption(L, t, &g);
	head = header_box(L, t, &g, NULL);
	ptrvec_push(&L->boxes, head);
	contline = arena_printf(L->a, "%s %s", "Lanjutan", t->label);
	cont = header_box(L, t, &g, contline);
	first = L->boxes.n;
	if (gr != NULL) {
		gr->first_body = first;
		memcpy(gr->x, g.x, (t->ncols + 1) * sizeof(*g.x));
	}
	bands(L, t, &g, t->body, t->nbody, 0, cont);
	bands(L, t, &g, t->total, t->ntotal, 1, cont);
	keep_ends(L, first);
	if (t->source.n > 0) {
		((struct vbox *)L->boxes.v[L->boxes.n - 1])->keep_next = 1;
		source(L, t, &g);
	}
	free(g.w);
	free(g.x);
}
