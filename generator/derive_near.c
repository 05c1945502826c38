/*
 * derive, figures typed in the text: a number in a paragraph or a free
 * table that is almost a figure the data gives (one digit off, two digits
 * swapped, rounded another way) is most likely a slip of copying; say
 * which figure it is near and how to refer to it instead.  Only figures
 * too long to match by chance are looked at: amounts of seven digits or
 * more, percentages written with decimals.  A percentage that a typed
 * table's row computes from two of its own figures (terlayani / sasaran x
 * 100 beside them) is that row's, and is not looked at: a report with
 * many budget lines and indicators has many percentages, and four digits
 * one apart from one of them happen by chance.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "derive.h"
#include "mem.h"

struct quantity {
	const char	*what;		/* "realisasi anggaran", for the message */
	const char	*ref;		/* {nilai:} name, or NULL */
	struct pos	 where;		/* where the data says it (related) */
	struct ratio	 q;
	int		 percent;
	/* rounded at 0 .. NUM_DECIMALS decimals, made when first needed:
	 * exact arithmetic is dear, and most figures are far from most */
	num_t		 at[NUM_DECIMALS + 1];
	unsigned char	 have_at;	/* 1 << decimals */
};

struct near {
	struct arena	*a;
	struct quantity	*v;
	size_t		 n, cap;
};

static void
add(struct near *nr, const char *what, const char *ref, struct ratio q,
    int percent, const struct pos *where)
{
	nr->v = xgrow(nr->v, nr->n, &nr->cap, sizeof(*nr->v), 64);
	memset(&nr->v[nr->n], 0, sizeof(nr->v[nr->n]));
	nr->v[nr->n].where = *where;
	nr->v[nr->n].what = what;
	nr->v[nr->n].ref = ref;
	nr->v[nr->n].q = q;
	nr->v[nr->n++].percent = percent;
}

static const char *const amt_word[AMT__MAX] = { "murni", "perubahan",
	"realisasi" };

/* Every amount and serapan of the budget lines (and the totals). */
static void
budget_lines(struct near *nr, const struct bnode *bn, const char *root)
{
	const char	*name = bn->name != NULL ? bn->name : root;
	const char	*key = bn->name == NULL ? root : bn->key;
	struct ratio	 q;
	num_t		 p;

	for (int k = 0; k < AMT__MAX; k++)
		if (bn->has_amt[k])
			add(nr, bn->name == NULL ? arena_printf(nr->a,
			    "%s %s %s", amt_word[k], tr("seluruh", "of all"), root) :
			    arena_printf(nr->a, "%s '%s'", amt_word[k], name),
			    key != NULL ? arena_printf(nr->a, "%s.%s", key,
			    amt_word[k]) : NULL, ratio_of(bn->amt[k]), 0,
			    bn->has_said[k] ? &bn->said_pos[k] : &bn->pos);
	if (bnode_pagu(bn, &p) && bn->has_amt[AMT_REALISASI] &&
	    calc_percent(bn->amt[AMT_REALISASI], p, &q) == CALC_OK)
		add(nr, bn->name == NULL ? arena_printf(nr->a, "serapan %s %s",
		    tr("seluruh", "of all"), root) :
		    arena_printf(nr->a, "serapan '%s'", name), key != NULL ?
		    arena_printf(nr->a, "%s.serapan", key) : NULL, q, 1,
		    &bn->pos);
	for (size_t i = 0; i < bn->nkids; i++)
		budget_lines(nr, bn->kids[i], NULL);
}

static void
indicators(struct near *nr, const struct report *r)
{
	const struct perf *p = r->perf;

	for (size_t i = 0; p != NULL && i < p->nall; i++) {
		const struct indicator	*in = p->all[i];
		struct ratio		 q;

		if (perf_capaian(p, in, r->year, r->year, &q))
			add(nr, arena_printf(nr->a, "capaian '%s'", in->name),
			    arena_printf(nr->a, "%s.capaian", in->key), q, 1,
			    &in->pos);
	}
}

/* A typed figure at s[0..len): "5.781.451.559", "91,93%". */
static int
worth_checking(const struct num *n, size_t digits)
{
	return !n->dash && ((n->percent && n->decimals > 0) ||
	    (!n->percent && digits >= 7));
}

static const char *
kind_text(enum calc_near_kind k)
{
	switch (k) {
	case NEAR_SWAP:
		return tr("dua angka bertukar tempat", "two digits swapped");
	case NEAR_DIGIT:
		return tr("satu angka berbeda", "one digit differs");
	default:
		return tr("dibulatkan dengan cara lain", "rounded another way");
	}
}

struct scan {
	struct near		*nr;
	const struct report	*r;
	const struct text	**own;	/* row percentages, sorted: skipped */
	size_t			 nown, capown;
};

/* Rounded at d; 0 when it cannot be. */
static int
rounded(struct quantity *q, int d, num_t *v)
{
	if (!(q->have_at >> d & 1)) {
		if (ratio_round(&q->q, d, &q->at[d]) != CALC_OK)
			return 0;
		q->have_at |= 1u << d;
	}
	*v = q->at[d];
	return 1;
}

/*
 * Whether a and b could be one slip apart: as many digits, and the same
 * but for at most two places, or one unit apart (a rounding).  The exact
 * classification (calc_near) only for those.
 */
static int
maybe_near(num_t a, num_t b)
{
	num_t	d = a - b;
	int	diff = 0;

	if (d == NUM_SCALE || d == -NUM_SCALE || d == 1 || d == -1)
		return 1;
	if ((a < 0) != (b < 0))
		return 0;
	for (; a != 0 || b != 0; a /= 10, b /= 10) {
		if ((a == 0) != (b == 0))
			return 0;	/* more digits on one side */
		if (a % 10 != b % 10 && ++diff > 2)
			return 0;
	}
	return diff > 0;
}

static void
check_figure(struct scan *sc, const struct text *t, size_t src,
    const struct num *n)
{
	const struct quantity	*best = NULL;
	enum calc_near_kind	 bk = NEAR_UNRELATED;
	char			 typed[NUM_BUFSZ], want[NUM_BUFSZ];
	struct num		 w;
	struct pos		 pos;
	int			 dec = n->decimals < 0 ? 0 :
				    n->decimals > NUM_DECIMALS ? NUM_DECIMALS :
				    n->decimals;

	for (size_t i = 0; i < sc->nr->n; i++) {
		struct quantity		*q = &sc->nr->v[i];
		enum calc_near_kind	 k;
		num_t			 c;

		if (q->percent != n->percent || !rounded(q, dec, &c))
			continue;
		if (c == n->v)
			return;		/* it is a figure of the data */
		if (!maybe_near(n->v, c))
			continue;
		if ((k = calc_near(n, &q->q, n->decimals)) == NEAR_EQUAL)
			return;
		if (k != NEAR_UNRELATED && best == NULL) {
			best = q;
			bk = k;
		}
	}
	if (best == NULL)
		return;
	memset(&w, 0, sizeof(w));
	ratio_round(&best->q, n->decimals, &w.v);
	num_format(n, n->decimals, n->percent, typed, sizeof(typed));
	num_format(&w, n->decimals, n->percent, want, sizeof(want));
	pos = text_pos(t, src);
	diag_also(&best->where);
	if (best->ref != NULL)
		diag(&pos, MSG_NEAR_REF, typed, best->what, want, kind_text(bk),
		    best->ref);
	else
		diag(&pos, MSG_NEAR, typed, best->what, want, kind_text(bk));
}

static int
numch(char c)
{
	return (c >= '0' && c <= '9') || c == '.' || c == ',';
}

/* The figures of one run: maximal runs of digits, '.' and ','. */
static void
scan_run(struct scan *sc, const struct text *t, const struct run *ru)
{
	const char *s = ru->text;

	for (size_t i = 0; i < ru->len;) {
		size_t	 j = i, digits = 0, len;
		struct num n;
		const char *e;

		/* {nilai:name=typed} is compared with its own figure */
		if (s[i] == '{' && ru->len - i > 7 &&
		    strncmp(s + i, "{nilai:", 7) == 0 &&
		    (e = memchr(s + i, '}', ru->len - i)) != NULL) {
			i = (size_t)(e - s) + 1;
			continue;
		}
		if (s[i] < '0' || s[i] > '9' || (i > 0 && (numch(s[i - 1]) ||
		    (s[i - 1] >= 'A' && s[i - 1] <= 'z')))) {
			i++;
			continue;
		}
		for (; j < ru->len && numch(s[j]); j++)
			digits += s[j] >= '0' && s[j] <= '9';
		len = j - i;
		while (len > 0 && (s[i + len - 1] == '.' || s[i + len - 1] == ','))
			len--;	/* the sentence's own full stop or comma */
		if (j < ru->len && s[j] == '%')
			len = j + 1 - i;
		if (num_parse(s + i, len, &n) == NUM_OK &&
		    worth_checking(&n, digits))
			check_figure(sc, t, ru->src + i, &n);
		i = j;
	}
}

static int
ptr_cmp(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)*(const void *const *)a;
	uintptr_t y = (uintptr_t)*(const void *const *)b;

	return x < y ? -1 : x > y;
}

/* Whether c's value is a / b x 100 of two other figures of its row. */
static int
row_percent(const struct trow *row, const struct tcell *c, int decimals)
{
	for (size_t i = 0; i < row->n; i++)
		for (size_t k = 0; k < row->n; k++) {
			const struct tcell	*a = &row->cells[i];
			const struct tcell	*b = &row->cells[k];
			struct ratio		 q;
			num_t			 v;

			if (i == k || a == c || b == c || !a->has_value ||
			    !b->has_value || b->value == 0)
				continue;
			if (calc_percent(a->value, b->value, &q) == CALC_OK &&
			    ratio_round(&q, decimals, &v) == CALC_OK &&
			    v == c->value)
				return 1;
		}
	return 0;
}

/* The percentage cells of typed tables that their rows compute. */
static void
own_percents(struct scan *sc, const struct block *bl)
{
	const struct table *t = bl->table;

	for (size_t r = 0; t != NULL && t->data == NULL && r < t->nbody; r++)
		for (size_t i = 0; i < t->body[r].n; i++) {
			const struct tcell *c = &t->body[r].cells[i];

			if (c->has_value && c->col >= 0 &&
			    (size_t)c->col < t->ncols &&
			    t->cols[c->col].kind == COL_PERSEN &&
			    row_percent(&t->body[r], c,
			    t->cols[c->col].decimals)) {
				sc->own = xgrow(sc->own, sc->nown, &sc->capown,
				    sizeof(*sc->own), 64);
				sc->own[sc->nown++] = &c->text;
			}
		}
	for (size_t i = 0; i < bl->nkids; i++)
		own_percents(sc, bl->kids[i]);
}

/* Runs as written: {nilai:} and {ref:} are not filled in yet. */
static void
scan_text(struct text *t, void *ctx)
{
	struct scan *sc = ctx;

	if (sc->nown > 0 && bsearch(&t, sc->own, sc->nown, sizeof(*sc->own),
	    ptr_cmp) != NULL)
		return;
	for (unsigned int i = 0; i < t->n; i++)
		scan_run(ctx, t, &t->runs[i]);
}

void
derive_near(struct arena *a, struct report *r)
{
	struct near	nr;
	struct scan	sc;

	memset(&nr, 0, sizeof(nr));
	nr.a = a;
	if (r->budget != NULL) {
		budget_lines(&nr, &r->budget->programs, "anggaran");
		budget_lines(&nr, &r->budget->revenue, "pendapatan");
		budget_lines(&nr, &r->budget->spending, "belanja");
	}
	indicators(&nr, r);
	if (nr.n > 0) {
		memset(&sc, 0, sizeof(sc));
		sc.nr = &nr;
		sc.r = r;
		for (size_t i = 0; i < r->nparts; i++)
			for (size_t k = 0; k < r->parts[i]->n; k++)
				own_percents(&sc, r->parts[i]->blocks[k]);
		if (sc.nown > 1)
			qsort(sc.own, sc.nown, sizeof(*sc.own), ptr_cmp);
		doc_texts(r, scan_text, &sc);
		free(sc.own);
	}
	free(nr.v);
}
