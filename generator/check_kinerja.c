/*
 * check, performance: kinerja.yaml against its schema, then built into
 * the data model (tujuan -> sasaran -> indikator, each indicator with its
 * targets and realisasi per year), the rating scale and the limits on
 * capaian.  The budget's lines name the sasaran they support; those names
 * are found here.  Nothing is computed (derive does it).
 */
#include <stdlib.h>
#include <string.h>

#include "check_content.h"
#include "check_isi.h"
#include "check_int.h"
#include "content_load.h"
#include "input.h"
#include "mem.h"
#include "numform.h"

#define YEAR_MIN 1990
#define YEAR_MAX 2100

static const char *const arah_ch[] = { "naik", "turun", NULL };
/* enum ind_kind, in its order */
static const char *const jenis_ch[] = { "angka", "persen", "indeks",
	"rasio", NULL };

static int check_years(const struct node *, const struct field *);

static const struct field ind_f[] = {
	{ "kunci", V_PATTERN, 1, NULL, key_re, 0, 0, NULL, NULL },
	{ "nama", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "satuan", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "arah", V_CHOICE, 1, NULL, arah_ch, 0, 0, NULL, NULL },
	{ "target", V_CUSTOM, 0, NULL, NULL, 0, 0, check_years, NULL },
	{ "target_pk", V_NUM, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "realisasi", V_CUSTOM, 0, NULL, NULL, 0, 0, check_years, NULL },
	{ "standar", V_NUM, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "standar_sumber", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "sumber_data", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "per", V_NUM, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "pembilang", V_CUSTOM, 0, NULL, NULL, 0, 0, check_years, NULL },
	{ "penyebut", V_CUSTOM, 0, NULL, NULL, 0, 0, check_years, NULL },
	{ "desimal", V_INT, 0, NULL, NULL, 0, 4, NULL, NULL },
	{ "analisis", V_STR_OR_MAP, 0, &content_rich_s, NULL, 0, 0, NULL, NULL },
	{ "solusi", V_STR_OR_MAP, 0, &content_rich_s, NULL, 0, 0, NULL, NULL },
	{ "jenis", V_CHOICE, 0, NULL, jenis_ch, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema ind_s = { "'indikator'", "'indikator'", ind_f, 0,
	NULL };

static const struct field sasaran_f[] = {
	{ "kunci", V_PATTERN, 1, NULL, key_re, 0, 0, NULL, NULL },
	{ "nama", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "indikator", V_SEQ_MAP, 0, &ind_s, NULL, 0, 0, NULL, NULL },
	{ "analisis", V_STR_OR_MAP, 0, &content_rich_s, NULL, 0, 0, NULL, NULL },
	{ "solusi", V_STR_OR_MAP, 0, &content_rich_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema sasaran_s = { "'sasaran'", "'sasaran'",
	sasaran_f, 0, NULL };

static const struct field tujuan_f[] = {
	{ "kunci", V_PATTERN, 1, NULL, key_re, 0, 0, NULL, NULL },
	{ "nama", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "indikator", V_SEQ_MAP, 0, &ind_s, NULL, 0, 0, NULL, NULL },
	{ "sasaran", V_SEQ_MAP, 0, &sasaran_s, NULL, 0, 0, NULL, NULL },
	{ "analisis", V_STR_OR_MAP, 0, &content_rich_s, NULL, 0, 0, NULL, NULL },
	{ "solusi", V_STR_OR_MAP, 0, &content_rich_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema tujuan_s = { "'tujuan'", "'tujuan'", tujuan_f, 0,
	NULL };

static const struct field band_f[] = {
	{ "kategori", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "bawah", V_NUM, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "lebih_dari", V_NUM, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "atas", V_NUM, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "kurang_dari", V_NUM, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema band_s = { "pita 'skala'", "'skala' band", band_f,
	0, NULL };

static const struct field scale_f[] = {
	{ "pita", V_SEQ_MAP, 1, &band_s, NULL, 0, 0, NULL, NULL },
	{ "sumber", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "desimal", V_INT, 0, NULL, NULL, 0, 4, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
const struct schema content_scale_s = { "'skala'", "'skala'", scale_f, 0,
	NULL };

static const struct field limits_f[] = {
	{ "paling_tinggi", V_NUM, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "paling_rendah", V_NUM, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema limits_s = { "'capaian'", "'capaian'", limits_f,
	0, NULL };

/* enum calc_efisiensi, in its order */
static const char *const eff_ch[] = { "selisih", "hemat", "rasio", "sisa",
	NULL };

static const struct field eff_f[] = {
	{ "rumus", V_CHOICE, 1, NULL, eff_ch, 0, 0, NULL, NULL },
	{ "capaian", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema eff_s = { "'efisiensi'", "'efisiensi'", eff_f, 0,
	NULL };

static const struct field perf_f[] = {
	{ "renstra", V_SEQ_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "skala", V_MAP, 0, &content_scale_s, NULL, 0, 0, NULL, NULL },
	{ "capaian", V_MAP, 0, &limits_s, NULL, 0, 0, NULL, NULL },
	{ "efisiensi", V_MAP, 0, &eff_s, NULL, 0, 0, NULL, NULL },
	{ "tujuan", V_SEQ_MAP, 0, &tujuan_s, NULL, 0, 0, NULL, NULL },
	{ "indikator", V_SEQ_MAP, 0, &ind_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema perf_s = { "'kinerja'", "'kinerja'", perf_f, 0,
	NULL };

static const struct field file_f[] = {
	{ "kinerja", V_MAP, 1, &perf_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema file_s = { "berkas kinerja", "performance file",
	file_f, 0, NULL };

static int
digits(const struct node *n)
{
	if (n->type != NODE_SCALAR || n->style != SCALAR_PLAIN || n->len == 0)
		return 0;
	for (size_t i = 0; i < n->len; i++)
		if (n->str[i] < '0' || n->str[i] > '9')
			return 0;
	return 1;
}

/*
 * {2023: 72,56} is read as 2023: 72 and a key 56 without a value: inside
 * braces a comma separates entries.  The decimal comma, the Indonesian
 * way, is then lost; say so instead of calling 56 a bad year.
 */
static int
flow_comma(const struct node *prev, const struct node *k, const struct node *v)
{
	return digits(prev) && digits(k) && k->len != 4 &&
	    v->type == NODE_SCALAR && v->len == 0 && v->style == SCALAR_PLAIN;
}

/* "1:250", "1 : 2.500": where x begins after "1:", else 0. */
static size_t
one_to(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len && s[i] == ' ')
		i++;
	if (i >= len || s[i++] != '1')
		return 0;
	while (i < len && s[i] == ' ')
		i++;
	if (i >= len || s[i++] != ':')
		return 0;
	while (i < len && s[i] == ' ')
		i++;
	return i;
}

/* A year's figure per year: 2023: 72,56 on lines of their own. */
static int
check_years(const struct node *n, const struct field *f)
{
	int errs = 0;

	if (n->type != NODE_MAP) {
		diag(&n->pos, MSG_WRONG_TYPE, f->key, tr("pemetaan tahun: angka "
		    "({2023: 72,56, 2024: 77,39})", "a mapping year: figure "
		    "({2023: 72,56, 2024: 77,39})"), node_type_name(n));
		return 1;
	}
	for (size_t i = 0; i < n->n; i++) {
		const struct node	*k = n->keys[i];
		char			*end;
		long			 y = strtol(k->str, &end, 10);
		struct num		 v;

		if (i > 0 && flow_comma(n->vals[i - 1], k, n->vals[i])) {
			diag(&n->vals[i - 1]->pos, MSG_PERF_FLOW_COMMA,
			    n->vals[i - 1]->str, k->str, n->vals[i - 1]->str,
			    k->str);
			errs++;
			continue;
		}
		const char		*s = n->vals[i]->str;
		size_t			 sl = n->vals[i]->len, x = one_to(s, sl);

		/* a US or "9.530" form, and "1:x" where no ratio is, are
		 * said when the figure is built */
		if (n->vals[i]->type == NODE_SCALAR && num_form(s + x, sl - x,
		    1, NULL, NULL, 0) == FORM_OK && (num_parse(s + x, sl - x,
		    &v) != NUM_OK || v.dash)) {
			diag(&n->vals[i]->pos, MSG_PERF_NUMBER, n->vals[i]->str,
			    f->key);
			errs++;
		}
		if (*end != '\0' || k->len != 4 || y < YEAR_MIN || y > YEAR_MAX) {
			diag(&k->pos, MSG_PERF_YEAR, k->str, f->key, YEAR_MIN,
			    YEAR_MAX);
			errs++;
		}
		if (n->vals[i]->type != NODE_SCALAR) {
			diag(&n->vals[i]->pos, MSG_WRONG_TYPE, k->str,
			    tr("angka", "a figure"), node_type_name(n->vals[i]));
			errs++;
		}
	}
	return errs;
}

/*
 * A target, realisasi, standard or bound holds decimals (77,39; 0,25), so
 * "9.530" there is 9530 or 9,530 and nobody can tell which; US "1,234.5"
 * would be read wrong.  Counts (pembilang, penyebut) and 'per' are whole
 * numbers, where the dot groups thousands.  Said, never guessed.
 */
static int
ambiguous(struct builder *b, const struct node *v, size_t x, const char *key,
    int whole)
{
	char	*fix = arena_alloc(b->a, v->len + 1);
	char	*alt = arena_alloc(b->a, v->len + 1);

	whole |= strcmp(key, "per") == 0 || strcmp(key, "pembilang") == 0 ||
	    strcmp(key, "penyebut") == 0;
	switch (num_form(v->str + x, v->len - x, !whole, fix, alt, v->len + 1)) {
	case FORM_OK:
		return 0;
	case FORM_US:
		diag(&v->pos, MSG_PERF_US, v->str, key, fix);
		break;
	case FORM_DOT:
		diag(&v->pos, MSG_PERF_DOT, v->str, key, alt, fix, alt);
		break;
	}
	b->errors++;
	return 1;
}

/*
 * A figure of an indicator of kind `kind` (target, realisasi): 0 after
 * its error.  A ratio is written "1:250" or 250, and its x is a count
 * (the dot groups thousands: "1:2.500").
 */
static int
figure_of(struct builder *b, const struct node *v, const char *key,
    enum ind_kind kind, struct num *out)
{
	size_t	 x = one_to(v->str, v->len);
	int	 rc = num_parse(v->str + x, v->len - x, out);

	if (x > 0 && kind != IND_RASIO) {
		diag(&v->pos, MSG_PERF_ONE_TO, v->str, key);
		b->errors++;
		return 0;
	}
	if (ambiguous(b, v, x, key, kind == IND_RASIO))
		return 0;
	if (rc != NUM_OK || out->dash) {
		diag(&v->pos, MSG_PERF_NUMBER, v->str, key);
		b->errors++;
		return 0;
	}
	out->percent = 0;	/* "60%" of a percentage is 60 */
	return 1;
}

/* A figure (a bound, 'per', a count): 0 after its error. */
static int
figure(struct builder *b, const struct node *v, const char *key,
    struct num *out)
{
	return figure_of(b, v, key, IND_ANGKA, out);
}

static struct yearval *
build_years(struct builder *b, const struct node *n, const char *key,
    enum ind_kind kind, size_t *count)
{
	struct yearval	*v;
	size_t		 k = 0;

	*count = 0;
	if (n == NULL)
		return NULL;
	v = arena_alloc(b->a, (n->n + 1) * sizeof(*v));
	for (size_t i = 0; i < n->n; i++) {
		int y = atoi(n->keys[i]->str);

		/* a year twice is a duplicate key: the loader said so */
		if (!figure_of(b, n->vals[i], key, kind, &v[k].v))
			continue;
		v[k].year = y;
		v[k++].pos = n->vals[i]->pos;
	}
	*count = k;
	return v;
}

/*
 * A rate: 'per' with the counts of each year (pembilang, penyebut); its
 * realisasi is derive's.  Counts without 'per', or 'per' without counts,
 * say what is missing.
 */
static void
build_rate(struct builder *b, struct indicator *in, const struct node *m)
{
	const struct node	*per = node_get(m, "per");
	const struct node	*pn = node_get(m, "pembilang");
	const struct node	*pd = node_get(m, "penyebut");
	const char		*d = node_str(m, "desimal");
	struct num		 v;

	if (per == NULL && pn == NULL && pd == NULL)
		return;
	if (per == NULL || pn == NULL || pd == NULL) {
		diag(&m->pos, MSG_PERF_RATE, in->key);
		b->errors++;
		return;
	}
	if (!figure(b, per, "per", &v))
		return;
	if (v.v <= 0) {
		diag(&per->pos, MSG_PERF_NUMBER, per->str, "per");
		b->errors++;
		return;
	}
	in->is_rate = 1;
	in->per = v.v;
	in->rate_decimals = d != NULL ? atoi(d) : 2;
	in->numer = build_years(b, pn, "pembilang", IND_ANGKA, &in->nnumer);
	in->denom = build_years(b, pd, "penyebut", IND_ANGKA, &in->ndenom);
}

/*
 * 'jenis': how the figures are printed.  An indeks at its 'desimal' (as
 * written without it); a rasio "1:x", which is no rate: 'per' with it is
 * an error (a rate is pembilang / penyebut per 'per').
 */
static void
build_kind(struct builder *b, struct indicator *in, const struct node *m)
{
	const struct node	*j = node_get(m, "jenis"), *per;
	const char		*d = node_str(m, "desimal");

	in->decimals = -1;
	in->kind = j != NULL ? (enum ind_kind)choice_index(jenis_ch, j->str) :
	    IND_ANGKA;
	if (in->kind == IND_INDEKS && d != NULL)
		in->decimals = atoi(d);
	if (in->kind == IND_RASIO && (per = node_get(m, "per")) != NULL) {
		diag(&per->pos, MSG_PERF_RASIO_RATE, in->key);
		b->errors++;
	}
}

/* analisis and solusi of an indicator or goal, as rich text. */
static void
build_analysis(struct builder *b, const struct node *m, struct analysis *an)
{
	const struct node *v;

	if ((v = node_get(m, "analisis")) != NULL)
		an->cause = build_rich(b, v, "analisis");
	if ((v = node_get(m, "solusi")) != NULL)
		an->fix = build_rich(b, v, "solusi");
}

static struct indicator *
build_indicator(struct builder *b, const struct node *m, struct goal *owner)
{
	struct indicator	*in = arena_alloc(b->a, sizeof(*in));
	const struct node	*v;

	in->pos = m->pos;
	in->key = node_str(m, "kunci");
	in->keypos = node_get(m, "kunci")->pos;
	in->name = node_str(m, "nama");
	in->unit = node_str(m, "satuan");
	in->source = node_str(m, "sumber_data");
	in->down = strcmp(node_str(m, "arah"), "turun") == 0;
	in->owner = owner;
	build_kind(b, in, m);
	in->target = build_years(b, node_get(m, "target"), "target", in->kind,
	    &in->ntarget);
	in->real = build_years(b, node_get(m, "realisasi"), "realisasi",
	    in->kind, &in->nreal);
	if ((v = node_get(m, "target_pk")) != NULL &&
	    figure_of(b, v, "target_pk", in->kind, &in->pk.v)) {
		in->has_pk = 1;
		in->pk.pos = v->pos;
	}
	if ((v = node_get(m, "standar")) != NULL)
		in->has_std = figure_of(b, v, "standar", in->kind, &in->std);
	if (in->kind != IND_RASIO)
		build_rate(b, in, m);
	build_analysis(b, m, &in->an);
	in->std_source = node_str(m, "standar_sumber");
	return in;
}

/* Every indicator and goal in order, each key once among them. */
struct builder_perf {
	struct builder	*b;
	struct perf	*p;
	struct ptrvec	 all, goals;
};

static void
note_key(struct builder_perf *bp, const char *key, struct pos pos)
{
	for (size_t i = 0; i < bp->all.n; i++) {
		const struct indicator *o = bp->all.v[i];

		if (strcmp(o->key, key) == 0) {
			diag_also(&o->keypos);
			diag(&pos, MSG_KEY_DUP, key, o->keypos.file,
			    o->keypos.line);
			bp->b->errors++;
			return;
		}
	}
	for (size_t i = 0; i < bp->goals.n; i++) {
		const struct goal *o = bp->goals.v[i];

		if (strcmp(o->key, key) == 0) {
			diag_also(&o->keypos);
			diag(&pos, MSG_KEY_DUP, key, o->keypos.file,
			    o->keypos.line);
			bp->b->errors++;
			return;
		}
	}
}

static void
build_inds(struct builder_perf *bp, struct goal *g, const struct node *seq,
    struct indicator ***out, size_t *n)
{
	*n = seq != NULL ? seq->n : 0;
	*out = arena_alloc(bp->b->a, (*n + 1) * sizeof(**out));
	for (size_t i = 0; i < *n; i++) {
		struct indicator *in = build_indicator(bp->b, seq->vals[i], g);

		note_key(bp, in->key, in->keypos);
		ptrvec_push(&bp->all, in);
		(*out)[i] = in;
	}
}

static struct goal *
build_goal(struct builder_perf *bp, const struct node *m, struct goal *parent)
{
	struct goal		*g = arena_alloc(bp->b->a, sizeof(*g));
	const struct node	*kids = node_get(m, "sasaran");

	g->is_tujuan = parent == NULL;
	g->parent = parent;
	g->pos = m->pos;
	g->key = node_str(m, "kunci");
	g->keypos = node_get(m, "kunci")->pos;
	g->name = node_str(m, "nama");
	note_key(bp, g->key, g->keypos);
	ptrvec_push(&bp->goals, g);
	build_analysis(bp->b, m, &g->an);
	build_inds(bp, g, node_get(m, "indikator"), &g->ind, &g->nind);
	g->nkids = kids != NULL ? kids->n : 0;
	g->kids = arena_alloc(bp->b->a, (g->nkids + 1) * sizeof(*g->kids));
	for (size_t i = 0; i < g->nkids; i++)
		g->kids[i] = build_goal(bp, kids->vals[i], g);
	return g;
}

/* One bound of a band: bawah/lebih_dari below, atas/kurang_dari above. */
static void
bound(struct builder *b, const struct node *m, const char *incl,
    const char *excl, struct skala_bound *out)
{
	const struct node	*i = node_get(m, incl), *e = node_get(m, excl);
	struct num		 v;

	out->open = 1;
	if (i != NULL && e != NULL) {
		diag(&e->pos, MSG_SCALE_BOTH, incl, excl);
		b->errors++;
	}
	if ((i != NULL || e != NULL) && figure(b, i != NULL ? i : e,
	    i != NULL ? incl : excl, &v)) {
		out->open = 0;
		out->incl = i != NULL;
		out->v = v.v;
	}
}

static void
build_scale(struct builder *b, struct perf *p, const struct node *m)
{
	const struct node	*seq = node_get(m, "pita");
	struct skala_band	*bands;
	const char		*d;
	int			 before = b->errors;

	p->scale_decimals = (d = node_str(m, "desimal")) != NULL ? atoi(d) : 2;
	p->scale_pos = m->pos;
	p->scale_source = node_str(m, "sumber");
	bands = arena_alloc(b->a, (seq->n + 1) * sizeof(*bands));
	for (size_t i = 0; i < seq->n; i++) {
		bands[i].label = node_str(seq->vals[i], "kategori");
		bound(b, seq->vals[i], "bawah", "lebih_dari", &bands[i].lo);
		bound(b, seq->vals[i], "atas", "kurang_dari", &bands[i].hi);
	}
	p->scale.band = bands;
	/* a band written wrong: no scale to check or rate with (one finding) */
	p->scale.nband = b->errors == before ? seq->n : 0;
	/* a capaian is a percentage: past 100 % it is the top band's (the
	 * target was exceeded), under 0 the lowest's */
	p->scale.dom_lo = 0;
	p->scale.dom_hi = (num_t)100 * NUM_SCALE;
	p->scale.above = p->scale.below = 1;
}

static void
build_limits(struct builder *b, struct perf *p, const struct node *m)
{
	const struct node	*hi = node_get(m, "paling_tinggi");
	const struct node	*lo = node_get(m, "paling_rendah");
	struct num		 v;

	if (hi != NULL && figure(b, hi, "paling_tinggi", &v)) {
		p->limits.has_max = 1;
		p->limits.max = v.v;
	}
	if (lo != NULL && figure(b, lo, "paling_rendah", &v)) {
		p->limits.has_min = 1;
		p->limits.min = v.v;
	}
}

/*
 * efisiensi: the formula, and whose capaian: one indicator's (the tujuan's
 * IKU, say) or, by default, the mean of the indicators concerned.
 */
static void
build_eff(struct builder *b, struct perf *p, const struct node *m)
{
	const struct node *c = node_get(m, "capaian");

	p->has_eff = 1;
	p->eff = (enum calc_efisiensi)choice_index(eff_ch, node_str(m, "rumus"));
	if (c == NULL || strcmp(c->str, "rata-rata") == 0)
		return;
	for (size_t i = 0; i < p->nall; i++)
		if (strcmp(p->all[i]->key, c->str) == 0)
			p->eff_ind = p->all[i];
	if (p->eff_ind == NULL) {
		diag(&c->pos, MSG_IND_UNKNOWN, c->str);
		b->errors++;
	}
}

/* renstra: [first, last] */
static void
build_period(struct builder *b, struct perf *p, const struct node *n)
{
	if (n->type == NODE_SEQ && n->n == 2) {
		p->first = atoi(n->vals[0]->str);
		p->last = atoi(n->vals[1]->str);
		if (p->first >= YEAR_MIN && p->last <= YEAR_MAX &&
		    p->first <= p->last)
			return;
	}
	diag(&n->pos, MSG_PERF_PERIOD);
	b->errors++;
}

struct perf *
perf_load(struct builder *b, const struct node *f)
{
	struct in_req		 rq = { b->dir, f->str, &f->pos, MSG_DATA_FILE,
				    LOAD_MAX_FILE };
	struct node		*root = content_load_file(b->a, &rq);
	const struct node	*m, *t;
	struct builder_perf	 bp;
	struct perf		*p;
	int			 before = b->errors;

	if (root != NULL)
		b->errors += check_isi(root);
	if (root == NULL || check_schema(root, &file_s) > 0) {
		b->errors++;
		return NULL;
	}
	m = node_get(root, "kinerja");
	p = arena_alloc(b->a, sizeof(*p));
	p->pos = m->pos;
	memset(&bp, 0, sizeof(bp));
	bp.b = b;
	bp.p = p;
	build_period(b, p, node_get(m, "renstra"));
	/* the content's own scale, else the template's */
	if (node_get(m, "skala") != NULL)
		build_scale(b, p, node_get(m, "skala"));
	else if (b->default_scale != NULL)
		build_scale(b, p, b->default_scale);
	if (node_get(m, "capaian") != NULL)
		build_limits(b, p, node_get(m, "capaian"));
	t = node_get(m, "tujuan");
	p->ntujuan = t != NULL ? t->n : 0;
	p->tujuan = arena_alloc(b->a, (p->ntujuan + 1) * sizeof(*p->tujuan));
	for (size_t i = 0; i < p->ntujuan; i++)
		p->tujuan[i] = build_goal(&bp, t->vals[i], NULL);
	build_inds(&bp, NULL, node_get(m, "indikator"), &p->free, &p->nfree);
	/* into the arena, with the rest of the model */
	p->nall = bp.all.n;
	p->all = arena_alloc(b->a, (p->nall + 1) * sizeof(*p->all));
	if (p->nall > 0)
		memcpy(p->all, bp.all.v, p->nall * sizeof(*p->all));
	p->ngoals = bp.goals.n;
	p->goals = arena_alloc(b->a, (p->ngoals + 1) * sizeof(*p->goals));
	if (p->ngoals > 0)
		memcpy(p->goals, bp.goals.v, p->ngoals * sizeof(*p->goals));
	ptrvec_free(&bp.all);
	ptrvec_free(&bp.goals);
	if (node_get(m, "efisiensi") != NULL)
		build_eff(b, p, node_get(m, "efisiensi"));
	p->clean = b->errors == before;
	return p;
}

/* ---- the budget's sasaran -------------------------------------------- */

static const char *
closest_goal(const struct perf *p, const char *key)
{
	struct suggest s;

	suggest_init(&s, key);
	for (size_t i = 0; i < p->ngoals; i++)
		suggest_offer(&s, p->goals[i]->key);
	return suggest_result(&s);
}

static void
link_line(struct builder *b, const struct perf *p, struct bnode *bn)
{
	for (size_t i = 0; i < bn->ngoals; i++) {
		const struct goal	*g = NULL;
		const char		*s;

		for (size_t k = 0; p != NULL && k < p->ngoals && g == NULL; k++)
			if (strcmp(p->goals[k]->key, bn->goal_keys[i]) == 0)
				g = p->goals[k];
		bn->goals[i] = (struct goal *)g;
		if (g != NULL)
			continue;
		if (p == NULL && b->perf_named)
			return;		/* kinerja.yaml had errors: said there */
		if (p == NULL)
			diag(&bn->goal_pos[i], MSG_GOAL_NODATA, bn->goal_keys[i]);
		else if ((s = closest_goal(p, bn->goal_keys[i])) != NULL)
			diag(&bn->goal_pos[i], MSG_GOAL_UNKNOWN_SUGG,
			    bn->goal_keys[i], s);
		else
			diag(&bn->goal_pos[i], MSG_GOAL_UNKNOWN, bn->goal_keys[i]);
		b->errors++;
	}
	for (size_t i = 0; i < bn->nkids; i++)
		link_line(b, p, bn->kids[i]);
}

void
perf_link_budget(struct builder *b, struct perf *p, struct budget *bg)
{
	int before = b->errors;

	if (bg != NULL)
		link_line(b, p, &bg->programs);
	if (p != NULL && b->errors > before)
		p->clean = 0;
}
