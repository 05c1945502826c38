/*
 * derive, performance: the target each capaian is measured against, the
 * capaian by the indicator's direction (higher is better R/T, lower is
 * better (2T - R)/T), its kategori on the rating scale, the scale's own
 * gaps and overlaps, and the budget per sasaran.
 */
#include <string.h>

#include "derive.h"
#include "mem.h"

const struct yearval *
year_find(const struct yearval *v, size_t n, int year)
{
	for (size_t i = 0; i < n; i++)
		if (v[i].year == year)
			return &v[i];
	return NULL;
}

/* The target a year's capaian is measured against: the PK's for the
 * report year when it has one, else the Renstra's. */
const struct yearval *
perf_target(const struct indicator *in, int year, int report_year)
{
	if (year == report_year && in->has_pk)
		return &in->pk;
	return year_find(in->target, in->ntarget, year);
}

int
perf_capaian(const struct perf *p, const struct indicator *in, int year,
    int report_year, struct ratio *out)
{
	const struct yearval	*t = perf_target(in, year, report_year);
	const struct yearval	*r = year_find(in->real, in->nreal, year);

	if (t == NULL || r == NULL)
		return 0;
	if (in->kind == IND_RASIO)
		return calc_capaian_rasio(t->v.v, r->v.v, in->down ? ARAH_TURUN :
		    ARAH_NAIK, &p->limits, out, NULL) == CALC_OK;
	return calc_capaian(t->v.v, r->v.v, in->down ? ARAH_TURUN : ARAH_NAIK,
	    &p->limits, out, NULL) == CALC_OK;
}

const char *
perf_kategori(const struct perf *p, const struct ratio *capaian)
{
	size_t band;

	if (p->scale.nband == 0 || skala_kategori(&p->scale, capaian,
	    p->scale_decimals, &band) != CALC_OK || band == SKALA_NONE)
		return NULL;
	return p->scale.band[band].label;
}

static const char *
bound_text(struct arena *a, const struct skala_bound *b)
{
	return b->open ? "…" : fig_exact(a, b->v);
}

/* The scale rates every capaian once: gaps and overlaps are said. */
static void
check_scale(struct arena *a, const struct perf *p)
{
	struct skala_issue	 is[16];
	size_t			 n;

	if (p->scale.nband == 0)
		return;
	n = skala_check(&p->scale, p->scale_decimals, is, 16);
	for (size_t i = 0; i < n && i < 16; i++) {
		const char *lo = bound_text(a, &is[i].lo), *hi = bound_text(a,
		    &is[i].hi);

		switch (is[i].kind) {
		case SKALA_GAP:
		case SKALA_UNRATED:
			diag(&p->scale_pos, MSG_SCALE_GAP, lo, hi);
			break;
		case SKALA_OVERLAP:
			diag(&p->scale_pos, MSG_SCALE_OVERLAP, lo, hi,
			    p->scale.band[is[i].a].label,
			    p->scale.band[is[i].b].label);
			break;
		case SKALA_EMPTY:
			diag(&p->scale_pos, MSG_SCALE_EMPTY,
			    p->scale.band[is[i].a].label);
			break;
		default:
			break;
		}
	}
}

/* ---- the budget per sasaran ------------------------------------------- */

/*
 * A line adds an amount to its sasaran where the amount is stated (its
 * children do not have it): each rupiah counted once per sasaran.
 */
static void
add_goals(struct budget *bg, const struct bnode *bn, struct goal *const *g,
    size_t ng)
{
	if (bn->ngoals > 0) {
		g = bn->goals;
		ng = bn->ngoals;
	}
	for (int k = 0; k < AMT__MAX; k++) {
		int below = 0;

		for (size_t i = 0; i < bn->nkids; i++)
			below |= bn->kids[i]->has_amt[k];
		if (below || !bn->has_amt[k])
			continue;
		for (size_t j = 0; j < ng; j++)
			for (size_t i = 0; i < bg->by_goal.nkids; i++)
				if (bg->by_goal.kids[i]->goal == g[j]) {
					bg->by_goal.kids[i]->amt[k] += bn->amt[k];
					bg->by_goal.kids[i]->has_amt[k] = 1;
				}
	}
	for (size_t i = 0; i < bn->nkids; i++)
		add_goals(bg, bn->kids[i], g, ng);
}

static void
budget_by_goal(struct arena *a, struct budget *bg, const struct perf *p)
{
	size_t n = 0;

	for (size_t i = 0; i < p->ngoals; i++)
		n += !p->goals[i]->is_tujuan;
	bg->by_goal.level = BL_URAIAN;
	bg->by_goal.kids = arena_alloc(a, (n + 1) * sizeof(*bg->by_goal.kids));
	for (size_t i = 0; i < p->ngoals; i++) {
		struct bnode *l;

		if (p->goals[i]->is_tujuan)
			continue;
		l = arena_alloc(a, sizeof(*l));
		l->level = BL_URAIAN;
		l->name = p->goals[i]->name;
		l->goal = p->goals[i];
		l->pos = p->goals[i]->pos;
		bg->by_goal.kids[bg->by_goal.nkids++] = l;
	}
	add_goals(bg, &bg->programs, NULL, 0);
	/* shares are of the whole budget, mapped to a sasaran or not */
	memcpy(bg->by_goal.amt, bg->programs.amt, sizeof(bg->by_goal.amt));
	memcpy(bg->by_goal.has_amt, bg->programs.has_amt,
	    sizeof(bg->by_goal.has_amt));
}

/* ---- efisiensi ---------------------------------------------------------- */

/*
 * The capaian kinerja an efisiensi weighs against: the configured
 * indicator's, else the exact mean of the capaian of g's indicators (of
 * every indicator under a tujuan or sasaran when g is NULL).
 */
static int
eff_capaian(const struct report *r, const struct goal *g, struct ratio *ck)
{
	const struct perf	*p = r->perf;
	struct ratio		 v[64];
	size_t			 n = 0;

	if (p->eff_ind != NULL)
		return perf_capaian(p, p->eff_ind, r->year, r->year, ck);
	for (size_t i = 0; i < p->nall && n < 64; i++) {
		const struct indicator *in = p->all[i];

		if (in->owner == NULL || (g != NULL && in->owner != g))
			continue;
		if (perf_capaian(p, in, r->year, r->year, &v[n]))
			n++;
	}
	return n > 0 && calc_mean_ratio(v, n, ck) == CALC_OK;
}

/* The money of g (the whole budget when g is NULL). */
const struct bnode *
perf_money(const struct report *r, const struct goal *g)
{
	if (r->budget == NULL)
		return NULL;
	if (g == NULL)
		return &r->budget->programs;
	for (size_t i = 0; i < r->budget->by_goal.nkids; i++)
		if (r->budget->by_goal.kids[i]->goal == g)
			return r->budget->by_goal.kids[i];
	return NULL;
}

int
perf_efisiensi(const struct report *r, const struct goal *g,
    struct ratio *out)
{
	const struct bnode	*bn = perf_money(r, g);
	struct ratio		 ck, sv;
	num_t			 pagu;

	if (!r->perf->has_eff || bn == NULL || !bnode_pagu(bn, &pagu) ||
	    !bn->has_amt[AMT_REALISASI] ||
	    calc_percent(bn->amt[AMT_REALISASI], pagu, &sv) != CALC_OK ||
	    !eff_capaian(r, g, &ck))
		return 0;
	return calc_efisiensi(r->perf->eff, &ck, &sv, out) == CALC_OK;
}

/* ---- completeness (PermenPAN-RB 53/2014; the evaluation of 88/2021) ---- */

/*
 * What the LAKIN must show for each sasaran: its indicators measured
 * (target and realisasi of the year), compared with the year before and
 * with the Renstra's final target, and the programs that support it.
 * Each missing item is a warning that names the sasaran or indicator.
 */
static void
check_indicator(const struct report *r, const struct indicator *in)
{
	const struct perf *p = r->perf;

	if (perf_target(in, r->year, r->year) == NULL)
		diag(&in->pos, MSG_LINT_TARGET, in->key, r->year);
	if (year_find(in->real, in->nreal, r->year) == NULL)
		diag(&in->pos, MSG_LINT_REAL, in->key, r->year);
	else if (r->year > p->first &&
	    year_find(in->real, in->nreal, r->year - 1) == NULL)
		diag(&in->pos, MSG_LINT_PREV, in->key, r->year - 1);
	if (p->last >= r->year && year_find(in->target, in->ntarget,
	    p->last) == NULL)
		diag(&in->pos, MSG_LINT_RENSTRA, in->key, p->last);
	/* a standard named (standar_sumber) is one to compare with */
	if (in->std_source != NULL && !in->has_std)
		diag(&in->pos, MSG_LINT_STD, in->key, in->std_source);
}

const struct tcell *
perf_analysis(const struct indicator *in, int fix)
{
	const struct tcell *c = fix ? in->an.fix : in->an.cause;

	for (const struct goal *g = in->owner; c == NULL && g != NULL;
	    g = g->parent)
		c = fix ? g->an.fix : g->an.cause;
	return c;
}

/*
 * Why each result was reached or missed and what was done: what a
 * sasaran lacks for all of its indicators is one finding naming it, else
 * each indicator that lacks it is named; both lacking, one finding.
 */
static void
check_analysis(const struct goal *g)
{
	size_t	 lack[2] = { 0, 0 };
	int	 said[2] = { 0, 0 };

	for (size_t k = 0; k < g->nind; k++)
		for (int fix = 0; fix <= 1; fix++)
			lack[fix] += perf_analysis(g->ind[k], fix) == NULL;
	if (!g->is_tujuan && g->nind > 0) {
		said[0] = lack[0] == g->nind;
		said[1] = lack[1] == g->nind;
		if (said[0] && said[1])
			diag(&g->pos, MSG_LINT_GOAL_ANALYSIS, g->key);
		else if (said[0] || said[1])
			diag(&g->pos, said[1] ? MSG_LINT_GOAL_FIX :
			    MSG_LINT_GOAL_CAUSE, g->key);
	}
	for (size_t k = 0; k < g->nind; k++) {
		const struct indicator	*in = g->ind[k];
		int			 c = !said[0] && !perf_analysis(in, 0);
		int			 f = !said[1] && !perf_analysis(in, 1);

		if (c || f)
			diag(&in->pos, c && f ? MSG_LINT_ANALYSIS : c ?
			    MSG_LINT_CAUSE : MSG_LINT_FIX, in->key, g->key);
	}
}

static int
supports(const struct bnode *bn, const struct goal *g)
{
	for (size_t i = 0; i < bn->ngoals; i++)
		if (bn->goals[i] == g)
			return 1;
	for (size_t i = 0; i < bn->nkids; i++)
		if (supports(bn->kids[i], g))
			return 1;
	return 0;
}

static void
completeness(const struct report *r)
{
	const struct perf *p = r->perf;

	if (r->year < p->first || r->year > p->last)
		diag(&p->pos, MSG_LINT_PERIOD, r->year, p->first, p->last);
	for (size_t i = 0; i < p->ngoals; i++) {
		const struct goal *g = p->goals[i];

		if (g->is_tujuan)
			continue;
		if (g->nind == 0)
			diag(&g->pos, MSG_LINT_NO_IND, g->key);
		for (size_t k = 0; k < g->nind; k++)
			check_indicator(r, g->ind[k]);
		if (r->budget != NULL && !supports(&r->budget->programs, g))
			diag(&g->pos, MSG_LINT_NO_PROGRAM, g->key, g->key);
		check_analysis(g);
	}
	for (size_t i = 0; i < p->ntujuan; i++) {
		for (size_t k = 0; k < p->tujuan[i]->nind; k++)
			check_indicator(r, p->tujuan[i]->ind[k]);
		check_analysis(p->tujuan[i]);
	}
}

/* ---- rates ---------------------------------------------------------------- */

/*
 * The realisasi of a rate, each year it has both counts: pembilang /
 * penyebut x per, rounded once at its decimals.  A realisasi also typed
 * for that year is compared (the computed one is printed).
 */
static void
rate_years(struct arena *a, struct indicator *in)
{
	struct yearval	*v = arena_alloc(a, (in->nreal + in->nnumer + 1) *
			    sizeof(*v));
	size_t		 n = 0;

	for (size_t i = 0; i < in->nnumer; i++) {
		const struct yearval	*d = year_find(in->denom, in->ndenom,
					    in->numer[i].year);
		const struct yearval	*t = year_find(in->real, in->nreal,
					    in->numer[i].year);
		struct ratio		 q;
		struct num		 got;
		char			 x[NUM_BUFSZ], y[NUM_BUFSZ];

		if (d == NULL)
			continue;
		if (d->v.v == 0) {
			diag(&d->pos, MSG_PERF_RATE_ZERO, d->year, in->key);
			continue;
		}
		if (calc_rate(in->numer[i].v.v, d->v.v, in->per, &q) != CALC_OK)
			continue;
		memset(&v[n], 0, sizeof(v[n]));
		v[n].year = in->numer[i].year;
		v[n].pos = in->numer[i].pos;
		v[n].v.decimals = in->rate_decimals;
		if (ratio_round(&q, in->rate_decimals, &v[n].v.v) != CALC_OK)
			continue;
		if (t != NULL && calc_near(&t->v, &q, t->v.decimals) != NEAR_EQUAL) {
			got = t->v;
			num_format(&got, got.decimals, 0, x, sizeof(x));
			num_format(&v[n].v, in->rate_decimals, 0, y, sizeof(y));
			diag(&t->pos, MSG_PERF_RATE_TYPED, t->year, in->key, x, y);
		}
		n++;
	}
	/* typed realisasi of the years without counts stay */
	for (size_t i = 0; i < in->nreal; i++)
		if (year_find(v, n, in->real[i].year) == NULL)
			v[n++] = in->real[i];
	in->real = v;
	in->nreal = n;
}

void
derive_perf(struct arena *a, struct report *r)
{
	struct perf *p = r->perf;

	for (size_t i = 0; i < p->nall; i++)
		if (p->all[i]->is_rate)
			rate_years(a, p->all[i]);
	check_scale(a, p);
	if (p->clean)
		completeness(r);
	for (size_t i = 0, n = 0; i < p->ngoals; i++)
		if (!p->goals[i]->is_tujuan)
			p->goals[i]->number = (int)++n;
	if (r->budget != NULL)
		budget_by_goal(a, r->budget, p);
}
