/*
 * Paragraphs: runs -> words -> lines.  First-fit line breaking with
 * Indonesian hyphenation; justified lines are set by placing every word at
 * its computed x (libharu's word spacing has no effect with UTF-8 fonts),
 * the last line is ragged, and no line is ever wider than the measure.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "font.h"
#include "hyph.h"
#include "layout_int.h"

struct seg {
	const char	*s;
	size_t		 len;
	enum face	 face;
	double		 w;
	unsigned int	 src;	/* offset in the source scalar, for messages */
};

struct word {
	struct seg	*segs;
	size_t		 n;
	double		 w;
	double		 space;		/* width of the space after it */
	int		 hyphen;	/* print a '-' after it */
	int		 cut;		/* the rest of a word cut by force_cut */
};

struct words {
	struct word	*v;
	size_t		 n, cap;
};

static void
word_push(struct words *ws, struct word w)
{
	ws->v = xgrow(ws->v, ws->n, &ws->cap, sizeof(*ws->v), 32);
	ws->v[ws->n++] = w;
}

static void
seg_add(struct lay *L, struct word *w, const char *s, size_t len,
    enum face f, double size)
{
	struct arena	*a = L->words != NULL ? L->words : L->tmp;
	struct seg	*sg;

	sg = arena_alloc(a, (w->n + 1) * sizeof(*sg));
	if (w->n)
		memcpy(sg, w->segs, w->n * sizeof(*sg));
	sg[w->n].s = s;
	sg[w->n].len = len;
	sg[w->n].face = f;
	sg[w->n].w = font_width(L->fs, f, size, s, len);
	w->w += sg[w->n].w;
	w->segs = sg;
	w->n++;
}

/* A currency sign is tied to the amount after it. */
static int
glue(const struct word *w)
{
	const struct seg *s;

	if (w->n != 1)
		return 0;
	s = &w->segs[0];
	return (s->len == 2 && memcmp(s->s, "Rp", 2) == 0) ||
	    (s->len == 3 && memcmp(s->s, "Rp.", 3) == 0);
}

/* Split runs at spaces; a word may span runs ("**Rendah**."). */
static void
tokenize(struct lay *L, const struct text *t, int face_or, double size,
    struct words *ws)
{
	struct word	 cur;
	int		 open = 0;

	memset(&cur, 0, sizeof(cur));
	for (size_t r = 0; r < t->n; r++) {
		const struct run	*run = &t->runs[r];
		enum face		 f = (enum face)(run->face | face_or);
		size_t			 i = 0;

		while (i < run->len) {
			size_t j = i;

			if (run->text[i] == ' ') {
				if (open && glue(&cur)) {
					/* "Rp 5.000.000": never apart */
					seg_add(L, &cur, " ", 1, f, size);
					i++;
					continue;
				}
				if (open) {
					cur.space = font_width(L->fs, f, size,
					    " ", 1);
					word_push(ws, cur);
					memset(&cur, 0, sizeof(cur));
					open = 0;
				}
				i++;
				continue;
			}
			while (j < run->len && run->text[j] != ' ')
				j++;
			seg_add(L, &cur, run->text + i, j - i, f, size);
			cur.segs[cur.n - 1].src = run->src + (unsigned int)i;
			open = 1;
			i = j;
		}
	}
	if (open) {
		cur.space = 0;
		word_push(ws, cur);
	}
}

struct line {
	struct word	*w;
	size_t		 n, cap;
	double		 natural;	/* words + normal spaces */
};

static void
line_add(struct line *ln, const struct word *w)
{
	ln->w = xgrow(ln->w, ln->n, &ln->cap, sizeof(*ln->w), 16);
	if (ln->n)
		ln->natural += ln->w[ln->n - 1].space;
	ln->w[ln->n++] = *w;
	ln->natural += w->w;
}

/*
 * Break offsets inside a one-segment word: after explicit '-' or '/',
 * and the dictionary's points inside its alphabetic core.
 */
static size_t
break_points(const struct lay *L, const struct seg *sg, size_t *pt,
    size_t max)
{
	size_t	n = 0, a = 0, b = sg->len, i, k, tmp[32];

	for (i = 1; i + 1 < sg->len && n < max; i++)
		if (sg->s[i] == '-' || sg->s[i] == '/')
			pt[n++] = i + 1;
	if (n > 0)
		return n;	/* compound: break at its own hyphens only */
	while (a < b && strchr("(\"'[", sg->s[a]) != NULL)
		a++;
	while (b > a && strchr(",.;:)!?\"']", sg->s[b - 1]) != NULL)
		b--;
	/* never in a heading, a letterhead or a signature, nor in a
	 * capitalised word: names and titles stay whole (Kota Binjai) */
	if (L->no_hyph || (a < b && sg->s[a] >= 'A' && sg->s[a] <= 'Z'))
		return 0;
	k = hyph_points(L->hy, sg->s + a, b - a, tmp, 32);
	for (i = 0; i < k && n < max; i++)
		pt[n++] = a + tmp[i];
	return n;
}

/*
 * Try to put the head of *w on the line so that it fills at most avail.
 * On success the head is added and *w becomes the tail.
 */
static int
try_split(struct lay *L, struct line *ln, struct word *w, double avail,
    double size)
{
	size_t		 pt[64], n, i;
	const struct seg *sg;
	double		 hw;

	if (w->n != 1)
		return 0;
	sg = &w->segs[0];
	n = break_points(L, sg, pt, 64);
	hw = font_width(L->fs, sg->face, size, "-", 1);
	for (i = n; i-- > 0;) {
		int	 need_h = sg->s[pt[i] - 1] != '-' && sg->s[pt[i] - 1] != '/';
		double	 pw = font_width(L->fs, sg->face, size, sg->s, pt[i]);
		struct word head;

		if (pw + (need_h ? hw : 0) > avail)
			continue;
		memset(&head, 0, sizeof(head));
		seg_add(L, &head, sg->s, pt[i], sg->face, size);
		if (need_h) {
			seg_add(L, &head, "-", 1, sg->face, size);
			head.hyphen = 1;
		}
		line_add(ln, &head);
		{
			struct word tail;

			memset(&tail, 0, sizeof(tail));
			seg_add(L, &tail, sg->s + pt[i], sg->len - pt[i],
			    sg->face, size);
			tail.space = w->space;
			*w = tail;
		}
		return 1;
	}
	return 0;
}

/* A word wider than the measure: cut it where it must be cut. */
static void
force_cut(struct lay *L, struct line *ln, struct word *w, double width,
    double size, const struct text *t)
{
	const struct seg	*sg = &w->segs[0];
	size_t			 cut = 1;
	struct word		 head, tail;
	char			 buf[64];

	while (cut < sg->len &&
	    font_width(L->fs, sg->face, size, sg->s, cut + 1) <= width)
		cut++;
	while (cut < sg->len && ((unsigned char)sg->s[cut] & 0xC0) == 0x80)
		cut--;
	if (cut == 0)
		cut = sg->len;
	{	/* quote at most ~40 bytes, ending on a character boundary */
		size_t ql = sg->len < 40 ? sg->len : 40;

		while (ql < sg->len && ql > 0 &&
		    ((unsigned char)sg->s[ql] & 0xC0) == 0x80)
			ql--;
		snprintf(buf, sizeof(buf), "%.*s", (int)ql, sg->s);
	}
	if (!w->cut) {	/* once a word, where it stands in the YAML */
		struct pos p = text_pos(t, sg->src);

		diag_once(&p, MSG_OVERFULL, buf);
	}
	memset(&head, 0, sizeof(head));
	seg_add(L, &head, sg->s, cut, sg->face, size);
	line_add(ln, &head);
	memset(&tail, 0, sizeof(tail));
	if (cut < sg->len) {
		seg_add(L, &tail, sg->s + cut, sg->len - cut, sg->face, size);
		tail.segs[0].src = sg->src + (unsigned int)cut;
	}
	for (size_t k = 1; k < w->n; k++) {
		seg_add(L, &tail, w->segs[k].s, w->segs[k].len,
		    w->segs[k].face, size);
		tail.segs[tail.n - 1].src = w->segs[k].src;
	}
	tail.space = w->space;
	tail.cut = 1;
	*w = tail;
}

/* Added space per gap beyond which a justified line is left ragged (em). */
#define JUSTIFY_MAX_EXTRA	0.5

/* Emit one line at baseline y (offset in the box). */
static void
set_line(struct lay *L, struct vbox *b, double y, const struct line *ln,
    const struct para_opts *o, double x, double width, int last)
{
	double	gaps = ln->n > 1 ? (double)(ln->n - 1) : 0;
	double	extra = 0, pos = x;

	switch (o->align) {
	case AL_JUSTIFY:
		/* stretch, or shrink: total-fit lines may be set tighter */
		if ((!last || ln->natural > width) && gaps > 0)
			extra = (width - ln->natural) / gaps;
		/* a line that could only be justified with gaps of more
		 * than half an em (a long name that may not be hyphenated
		 * comes next) is left ragged: holes that wide read as
		 * columns, to readers and to text extraction alike */
		if (extra > o->size * JUSTIFY_MAX_EXTRA)
			extra = 0;
		break;
	case AL_CENTER:
		pos += (width - ln->natural) / 2;
		break;
	case AL_RIGHT:
		pos += width - ln->natural;
		break;
	default:
		break;
	}
	if (extra < 0 && o->align != AL_JUSTIFY)
		extra = 0;
	for (size_t i = 0; i < ln->n; i++) {
		const struct word *w = &ln->w[i];
		double sx = pos;

		for (size_t k = 0; k < w->n; k++) {
			const struct seg *sg = &w->segs[k];
			struct pitem *prev = b->n > 0 ? &b->items[b->n - 1] : NULL;

			/* unstretched words one space apart in the source
			 * become one item: fewer PDF operators, cleaner text */
			if (fabs(extra) < 1e-9 && k == 0 && i > 0 && prev != NULL &&
			    prev->kind == PI_TEXT && prev->face == sg->face &&
			    prev->y == (float)y && prev->s + prev->len + 1 == sg->s &&
			    prev->s[prev->len] == ' ')
				prev->len += 1 + sg->len;
			else
				vbox_text(L, b, sg->face, o->size, sx, y, sg->s,
				    sg->len);
			sx += sg->w;
		}
		pos += w->w + w->space + extra;
	}
}

/*
 * Hyphenate only when the line would otherwise be loose: its spaces would
 * stretch to more than 1.6 times their width (or it holds one word).
 * Consecutive hyphenated lines are limited to two.
 */
static int
loose(const struct line *ln, double width)
{
	double	spaces = 0;

	if (ln->n < 2)
		return 1;
	for (size_t i = 0; i + 1 < ln->n; i++)
		spaces += ln->w[i].space;
	return width - ln->natural > spaces * 0.6;
}

/* The shared engine: calls emit for each finished line. */
typedef void (*emit_fn)(struct lay *, void *, const struct line *, int, int);

/* ---- total-fit breaking (Knuth and Plass) for justified text ---------- */

/* A word, or a piece of one between two hyphenation points. */
struct piece {
	const struct word	*w;
	size_t			 off, len;	/* in w->segs[0] when split */
	int			 split;		/* a piece of a split word */
	int			 end;		/* the last piece of its word */
	double			 width;
	double			 hyph;		/* '-' to add when breaking here */
	double			 cost;		/* demerits of breaking here */
};

struct pieces {
	struct piece	*v;
	size_t		 n, cap;
};

static void
piece_push(struct pieces *ps, struct piece p)
{
	ps->v = xgrow(ps->v, ps->n, &ps->cap, sizeof(*ps->v), 64);
	ps->v[ps->n++] = p;
}

static void
make_pieces(struct lay *L, const struct words *ws, double size,
    struct pieces *ps)
{
	for (size_t i = 0; i < ws->n; i++) {
		const struct word	*w = &ws->v[i];
		size_t			 pt[64], n = 0, last = 0;
		struct piece		 p;

		memset(&p, 0, sizeof(p));
		p.w = w;
		if (w->n == 1)
			n = break_points(L, &w->segs[0], pt, 64);
		for (size_t k = 0; k < n; k++) {
			const struct seg *sg = &w->segs[0];

			p.split = 1;
			p.off = last;
			p.len = pt[k] - last;
			p.width = font_width(L->fs, sg->face, size, sg->s + last,
			    p.len);
			p.hyph = sg->s[pt[k] - 1] == '-' || sg->s[pt[k] - 1] == '/' ?
			    0 : font_width(L->fs, sg->face, size, "-", 1);
			/* after an explicit '-' a break is free-ish; in a
			 * capitalised word (a name, a title) it is dearer */
			p.cost = p.hyph == 0 ? 50 * 50 :
			    sg->s[0] >= 'A' && sg->s[0] <= 'Z' ? 300 * 300 :
			    150 * 150;
			piece_push(ps, p);
			last = pt[k];
		}
		p.split = n > 0;
		p.off = last;
		p.len = n > 0 ? w->segs[0].len - last : 0;
		p.width = n > 0 ? font_width(L->fs, w->segs[0].face, size,
		    w->segs[0].s + last, p.len) : w->w;
		p.end = 1;
		p.hyph = 0;
		piece_push(ps, p);
	}
}

#define KP_INF 1e30

/*
 * Demerits of a line of pieces a..b (inclusive), or KP_INF when it cannot
 * be set: spaces may stretch to 1.5 and shrink to 0.75 of their width.
 */
static double
kp_line(const struct pieces *ps, const double *W, const double *S, size_t a,
    size_t b, double width, int last, double tol)
{
	double	nat = W[b + 1] - W[a] + S[b] - S[a];
	double	sp = S[b] - S[a], r, bad;
	int	hy = !ps->v[b].end;

	nat += hy ? ps->v[b].hyph : 0;
	if (nat > width) {
		if (sp <= 0 || (nat - width) > sp * 0.25)
			return KP_INF;
		r = -(nat - width) / (sp * 0.25);
	} else if (last)
		r = 0;
	else if (sp <= 0)
		return width - nat < 0.5 ? 0 : KP_INF;
	else
		r = (width - nat) / (sp * 0.5);
	if (r > tol)
		return KP_INF;
	bad = 100 * fabs(r * r * r);
	/* a hyphen costs about what a loose line does; more in a name */
	return (10 + bad) * (10 + bad) + (hy ? ps->v[b].cost : 0);
}

/* Rebuild the words of line a..b from its pieces. */
static void
kp_words(struct lay *L, const struct pieces *ps, size_t a, size_t b,
    double size, struct line *ln)
{
	ln->n = 0;
	ln->natural = 0;
	for (size_t i = a; i <= b; i++) {
		const struct piece	*p = &ps->v[i];
		struct word		 w;

		if (!p->split) {
			line_add(ln, p->w);
			continue;
		}
		/* the rest of this word on this line, as one run of text:
		 * its pieces are adjacent in the word */
		while (!ps->v[i].end && i < b)
			i++;
		memset(&w, 0, sizeof(w));
		seg_add(L, &w, p->w->segs[0].s + p->off,
		    ps->v[i].off + ps->v[i].len - p->off,
		    p->w->segs[0].face, size);
		if (!ps->v[i].end && ps->v[i].hyph > 0) {
			seg_add(L, &w, "-", 1, p->w->segs[0].face, size);
			w.hyphen = 1;
		}
		w.space = ps->v[i].end ? p->w->space : 0;
		line_add(ln, &w);
	}
}

/*
 * Breaks that minimise the paragraph's total demerits (loose and tight
 * lines, hyphens, two hyphens running).  Returns 0, emitting nothing,
 * when no set of breaks fits within the tolerance: the caller then
 * breaks first-fit.
 */
static int
kp_break(struct lay *L, const struct words *ws, const struct para_opts *o,
    emit_fn emit, void *ctx, double tol)
{
	struct pieces	 ps = { NULL, 0, 0 };
	double		*W, *S, *best;
	size_t		*prev, n, k, nl = 0, *brk;
	struct line	 ln = { NULL, 0, 0, 0 };
	double		 first_w = o->width - (o->first_x - o->x);
	int		 ok;

	make_pieces(L, ws, o->size, &ps);
	n = ps.n;
	W = xcalloc(n + 1, sizeof(double));
	S = xcalloc(n + 1, sizeof(double));
	best = xcalloc(n + 1, sizeof(double));
	prev = xcalloc(n + 1, sizeof(size_t));
	brk = xcalloc(n + 1, sizeof(size_t));
	for (k = 0; k < n; k++) {
		W[k + 1] = W[k] + ps.v[k].width;
		/* S[k]: spaces after pieces 0..k-1 that end a word */
		S[k + 1] = S[k] + (ps.v[k].end ? ps.v[k].w->space : 0);
	}
	/* best[b + 1]: a paragraph that breaks after piece b */
	best[0] = 0;
	for (size_t b = 0; b < n; b++) {
		best[b + 1] = KP_INF;
		for (size_t a = b + 1; a-- > 0;) {
			double d, lw = a == 0 ? first_w : o->width;

			if (best[a] >= KP_INF)
				continue;
			if (W[b + 1] - W[a] > lw * 1.5)
				break;		/* longer lines only get wider */
			d = kp_line(&ps, W, S, a, b, lw, b + 1 == n, tol);
			/* two hyphenated lines running cost more */
			if (d < KP_INF && !ps.v[b].end && a > 0 &&
			    !ps.v[a - 1].end)
				d += 100000;
			if (d < KP_INF && best[a] + d < best[b + 1]) {
				best[b + 1] = best[a] + d;
				prev[b + 1] = a;
			}
		}
	}
	ok = best[n] < KP_INF;
	if (ok) {
		for (k = n; k > 0; k = prev[k])
			brk[nl++] = k;
		for (size_t i = nl; i-- > 0;) {
			size_t a = i + 1 < nl ? brk[i + 1] : 0, b = brk[i] - 1;

			kp_words(L, &ps, a, b, o->size, &ln);
			emit(L, ctx, &ln, (int)(nl - 1 - i), i == 0);
		}
	}
	free(ln.w);
	free(W);
	free(S);
	free(best);
	free(prev);
	free(brk);
	free(ps.v);
	return ok;
}


/*
 * The paragraph is set: its words and their pieces go (the items point at
 * the text's own bytes, never at a piece).
 */
static void
words_done(struct lay *L, struct words *ws)
{
	free(ws->v);
	if (L->words != NULL)
		arena_clear(L->words);
}

static void
break_lines(struct lay *L, const struct text *t, const struct para_opts *o,
    emit_fn emit, void *ctx)
{
	struct words	 ws = { NULL, 0, 0 };
	struct line	 ln = { NULL, 0, 0, 0 };
	size_t		 i = 0;
	int		 nline = 0, hyphens = 0, saved;

	saved = L->no_hyph;
	/* bold text is a heading, a caption, a name: never hyphenated */
	L->no_hyph = saved || (o->face_or & FACE_BOLD) != 0;
	tokenize(L, t, o->face_or, o->size, &ws);
	/* justified text: the best breaks for the whole paragraph */
	if (o->align == AL_JUSTIFY && ws.n > 0 &&
	    (kp_break(L, &ws, o, emit, ctx, 2) ||
	    kp_break(L, &ws, o, emit, ctx, 6))) {
		words_done(L, &ws);
		L->no_hyph = saved;
		return;
	}
	while (i < ws.n) {
		struct word	*w = &ws.v[i];
		double		 width = o->width - (nline == 0 ?
		    o->first_x - o->x : 0);
		double		 sp = ln.n ? ln.w[ln.n - 1].space : 0;

		if (ln.natural + sp + w->w <= width + 0.001) {
			line_add(&ln, w);
			i++;
			continue;
		}
		if ((o->align == AL_JUSTIFY && loose(&ln, width) &&
		    hyphens < 2 &&
		    try_split(L, &ln, w, width - ln.natural - sp, o->size)) ||
		    ln.n > 0) {
			hyphens = ln.n > 0 && ln.w[ln.n - 1].hyphen ?
			    hyphens + 1 : 0;
			emit(L, ctx, &ln, nline++, 0);
			ln.n = 0;
			ln.natural = 0;
			continue;
		}
		force_cut(L, &ln, w, width, o->size, t);
		emit(L, ctx, &ln, nline++, 0);
		ln.n = 0;
		ln.natural = 0;
		if (w->n == 0)
			i++;
	}
	if (ln.n > 0 || nline == 0)
		emit(L, ctx, &ln, nline, 1);
	free(ln.w);
	words_done(L, &ws);
	L->no_hyph = saved;
}

/* --- one vbox per line (breakable paragraphs) --- */

struct boxes_ctx {
	const struct para_opts	*o;
	struct vbox		*first, *prev;
	int			 lines;
};

static void
emit_box(struct lay *L, void *vctx, const struct line *ln, int idx, int last)
{
	struct boxes_ctx	*c = vctx;
	const struct para_opts	*o = c->o;
	struct vbox		*b = vbox_new(L, o->leading);
	double			 x = idx == 0 ? o->first_x : o->x;
	double			 w = o->width - (x - o->x);

	/* baseline sits at ~78% of the line box, like word processors */
	set_line(L, b, o->leading * 0.5 + o->size * 0.35, ln, o, x, w, last);
	if (c->first == NULL)
		c->first = b;
	b->keep_next = o->keep_all;
	b->more = !last;	/* a float does not cut in (layout_float.c) */
	c->prev = b;
	c->lines++;
}

struct vbox *
layout_para(struct lay *L, const struct text *t, const struct para_opts *o)
{
	struct boxes_ctx	c = { o, NULL, NULL, 0 };
	size_t			first = L->boxes.n;

	break_lines(L, t, o, emit_box, &c);
	/* orphans and widows: never a lone first or last line */
	if (c.lines >= 2) {
		((struct vbox *)L->boxes.v[first])->keep_next = 1;
		((struct vbox *)L->boxes.v[first + c.lines - 2])->keep_next = 1;
	}
	if (c.prev != NULL)
		c.prev->keep_next = o->keep_all;
	return c.first;
}

/* --- into one box (unbreakable pieces: signatures, cells) --- */

struct into_ctx {
	const struct para_opts	*o;
	struct vbox		*b;
	double			 y;
};

static void
emit_into(struct lay *L, void *vctx, const struct line *ln, int idx, int last)
{
	struct into_ctx		*c = vctx;
	const struct para_opts	*o = c->o;
	double			 x = idx == 0 ? o->first_x : o->x;

	set_line(L, c->b, c->y + o->leading * 0.5 + o->size * 0.35, ln, o, x,
	    o->width - (x - o->x), last);
	c->y += o->leading;
}

double
layout_para_into(struct lay *L, struct vbox *b, double y,
    const struct text *t, const struct para_opts *o)
{
	struct into_ctx c = { o, b, y };

	break_lines(L, t, o, emit_into, &c);
	return c.y - y;
}
