/*
 * derive, value references: {nilai:name|format} in the text prints a
 * figure of the data model, computed here once, so that a correction of
 * the data flows into every sentence that quotes it.
 *
 * Names: laporan.tahun; anggaran.<amount> (the programs' total),
 * pendapatan.<amount>, belanja.<amount>, <kunci of a budget line or a
 * sasaran>.<amount> with amount one of murni, perubahan, pagu, realisasi,
 * sisa, selisih, serapan, porsi (of its tree); anggaran.jumlah_program / jumlah_kegiatan /
 * jumlah_sub_kegiatan; <kunci of an indicator>.<field>[.<year>] with field
 * one of target, target_pk, realisasi, capaian, kategori, satuan, nama,
 * standar; kinerja.jumlah_indikator, kinerja.jumlah_sasaran,
 * kinerja.tercapai, kinerja.belum_tercapai, kinerja.kategori.<label in
 * lowercase with '-'>; kinerja.nama_sasaran (the sasaran's names as one
 * Indonesian list, "A, B, dan C"); kinerja.efisiensi and <kunci of a sasaran>.efisiensi;
 * pegawai.jumlah, pegawai.laki_laki, pegawai.perempuan.
 * Formats: angka, rupiah ("Rp 1.234"), persen ("91,94%"), each with
 * ":decimals"; huruf (a whole number in words); teks.  The default suits
 * the figure.  A tiny language on purpose: no arithmetic, no scripting.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "derive.h"
#include "mem.h"
#include "names.h"

enum valkind {
	VAL_MONEY,		/* rupiah: decimals only for cents */
	VAL_FIGURE,		/* as written (a target, a realisasi) */
	VAL_COUNT,		/* a whole number */
	VAL_YEAR,		/* 2024, never 2.024 */
	VAL_PERCENT,		/* an exact quotient, in percent */
	VAL_TEXT
};

struct value {
	enum valkind	 kind;
	struct num	 n;		/* MONEY, FIGURE, COUNT, YEAR */
	struct ratio	 q;		/* PERCENT */
	const char	*text;		/* TEXT */
	struct pos	 at;		/* where the data states it, for a
					   typed copy that differs (line 0:
					   the file as a whole) */
	int		 stated;	/* at states the figure itself; else
					   it is computed from what is there */
	int		 one_to;	/* a ratio: printed "1:x" */
};

static const char *const amount_names[] = { "murni", "perubahan", "pagu",
	"realisasi", "sisa", "selisih", "serapan", "porsi", NULL };
static const char *const ind_fields[] = { "target", "target_pk", "realisasi",
	"capaian", "kategori", "satuan", "nama", "standar", "pembilang",
	"penyebut", NULL };

struct vctx {
	struct arena		*a;
	const struct report	*r;
	struct suggest		 s;	/* every name offered, for "did you mean" */
};

/* ---- budget figures ---------------------------------------------------- */

/* root: the tree the line is in (its share is of the root's pagu) */
static int
amount_of(const struct bnode *bn, const struct bnode *root, const char *f,
    struct value *v)
{
	num_t p, t;

	memset(v, 0, sizeof(*v));
	v->kind = VAL_MONEY;
	v->at = bn->pos;
	if (strcmp(f, "murni") == 0 || strcmp(f, "perubahan") == 0 ||
	    strcmp(f, "realisasi") == 0) {
		enum amt k = f[0] == 'm' ? AMT_MURNI : f[0] == 'p' ?
		    AMT_PERUBAHAN : AMT_REALISASI;

		v->n.v = bn->amt[k];
		v->at = bn->has_said[k] ? bn->said_pos[k] : bn->pos;
		v->stated = bn->has_said[k];
		return bn->has_amt[k];
	}
	if (strcmp(f, "pagu") == 0)
		return bnode_pagu(bn, &v->n.v);
	if (strcmp(f, "sisa") == 0) {
		if (!bnode_pagu(bn, &p) || !bn->has_amt[AMT_REALISASI])
			return 0;
		v->n.v = p - bn->amt[AMT_REALISASI];
		return 1;
	}
	if (strcmp(f, "selisih") == 0) {
		v->n.v = bn->amt[AMT_PERUBAHAN] - bn->amt[AMT_MURNI];
		return bn->has_amt[AMT_PERUBAHAN] && bn->has_amt[AMT_MURNI];
	}
	v->kind = VAL_PERCENT;
	if (strcmp(f, "porsi") == 0)
		return bnode_pagu(bn, &p) && bnode_pagu(root, &t) &&
		    calc_percent(p, t, &v->q) == CALC_OK;
	return bnode_pagu(bn, &p) && bn->has_amt[AMT_REALISASI] &&
	    calc_percent(bn->amt[AMT_REALISASI], p, &v->q) == CALC_OK;
}

static const struct bnode *
line_by_key(const struct bnode *bn, const char *key, size_t len)
{
	const struct bnode *f;

	if (bn->key != NULL && strlen(bn->key) == len &&
	    strncmp(bn->key, key, len) == 0)
		return bn;
	for (size_t i = 0; i < bn->nkids; i++)
		if ((f = line_by_key(bn->kids[i], key, len)) != NULL)
			return f;
	return NULL;
}

static size_t
count_level(const struct bnode *bn, enum blevel l)
{
	size_t n = bn->level == l;

	for (size_t i = 0; i < bn->nkids; i++)
		n += count_level(bn->kids[i], l);
	return n;
}

/* ---- indicators ------------------------------------------------------- */

static int
indicator_raw(struct vctx *c, const struct indicator *in, const char *f,
    int year, struct value *v)
{
	const struct yearval *y;

	memset(v, 0, sizeof(*v));
	v->kind = VAL_FIGURE;
	v->at = in->pos;
	if (strcmp(f, "nama") == 0 || strcmp(f, "satuan") == 0) {
		v->kind = VAL_TEXT;
		v->text = f[0] == 'n' ? in->name : in->unit;
		return v->text != NULL;
	}
	if (strcmp(f, "standar") == 0) {
		v->n = in->std;
		return in->has_std;
	}
	if (strcmp(f, "pembilang") == 0 || strcmp(f, "penyebut") == 0) {
		y = f[1] == 'e' && f[2] == 'm' ? year_find(in->numer, in->nnumer,
		    year) : year_find(in->denom, in->ndenom, year);
		if (y != NULL)
			v->n = y->v;
		return y != NULL;
	}
	if (strcmp(f, "target") == 0 || strcmp(f, "realisasi") == 0 ||
	    strcmp(f, "target_pk") == 0) {
		y = strcmp(f, "target_pk") == 0 ? perf_target(in, c->r->year,
		    c->r->year) : f[0] == 't' ? year_find(in->target,
		    in->ntarget, year) : year_find(in->real, in->nreal, year);
		if (y != NULL) {
			v->n = y->v;
			v->at = y->pos;
			v->stated = 1;
		}
		return y != NULL;
	}
	v->kind = VAL_PERCENT;
	v->at = in->pos;
	if (!perf_capaian(c->r->perf, in, year, c->r->year, &v->q))
		return 0;
	if (strcmp(f, "kategori") == 0) {
		v->kind = VAL_TEXT;
		v->text = perf_kategori(c->r->perf, &v->q);
		return v->text != NULL;
	}
	return 1;
}

/* A figure of the indicator's kind: an indeks at its declared decimals,
 * a rasio "1:x" (the counts of a rate are plain). */
static int
indicator_field(struct vctx *c, const struct indicator *in, const char *f,
    int year, struct value *v)
{
	int ok = indicator_raw(c, in, f, year, v);

	if (ok && v->kind == VAL_FIGURE && strcmp(f, "pembilang") != 0 &&
	    strcmp(f, "penyebut") != 0) {
		if (in->kind == IND_INDEKS && in->decimals >= 0)
			v->n.decimals = in->decimals;
		v->one_to = in->kind == IND_RASIO;
	}
	return ok;
}

/* "Sangat Tinggi" -> "sangat-tinggi" */
static int
same_slug(const char *label, const char *slug)
{
	for (; *label != '\0' && *slug != '\0'; label++, slug++) {
		char l = *label == ' ' ? '-' : *label;

		if (l >= 'A' && l <= 'Z')
			l = (char)(l - 'A' + 'a');
		if (l != *slug)
			return 0;
	}
	return *label == '\0' && *slug == '\0';
}

/* Counts over the indicators that have a capaian in the report year. */
static int
perf_count(struct vctx *c, const char *what, struct value *v)
{
	const struct perf	*p = c->r->perf;
	struct ratio		 q;
	size_t			 n = 0;

	memset(v, 0, sizeof(*v));
	v->kind = VAL_COUNT;
	if (strcmp(what, "jumlah_indikator") == 0)
		n = p->nall - p->nfree;
	else if (strcmp(what, "jumlah_sasaran") == 0) {
		for (size_t i = 0; i < p->ngoals; i++)
			n += !p->goals[i]->is_tujuan;
	} else {
		int tercapai = strcmp(what, "tercapai") == 0;
		int belum = strcmp(what, "belum_tercapai") == 0;
		const char *slug = strncmp(what, "kategori.", 9) == 0 ?
		    what + 9 : NULL;
		int known = 0;

		if (!tercapai && !belum && slug == NULL)
			return 0;
		for (size_t i = 0; i < p->nall; i++) {
			const char *k;

			if (p->all[i]->owner == NULL || !perf_capaian(p,
			    p->all[i], c->r->year, c->r->year, &q))
				continue;
			if (tercapai || belum)
				n += (ratio_cmp(&q, (num_t)100 * NUM_SCALE) >= 0) ==
				    tercapai;
			else if ((k = perf_kategori(p, &q)) != NULL &&
			    same_slug(k, slug))
				n++;
		}
		for (size_t i = 0; slug != NULL && i < p->scale.nband; i++)
			known |= same_slug(p->scale.band[i].label, slug);
		if (slug != NULL && !known)
			return 0;
	}
	v->n.v = (num_t)n * NUM_SCALE;
	return 1;
}

/* The sasaran's names as one Indonesian list: "A", "A dan B", "A, B, dan C". */
static int
goal_names(struct vctx *c, struct value *v)
{
	const struct perf	*p = c->r->perf;
	const char		*s = NULL;
	size_t			 n = 0, k = 0;

	for (size_t i = 0; i < p->ngoals; i++)
		n += !p->goals[i]->is_tujuan;
	if (n == 0)
		return 0;
	for (size_t i = 0; i < p->ngoals; i++) {
		if (p->goals[i]->is_tujuan)
			continue;
		k++;
		s = s == NULL ? p->goals[i]->name : arena_printf(c->a,
		    "%s%s%s", s, k < n ? ", " : n > 2 ? ", dan " : " dan ",
		    p->goals[i]->name);
	}
	memset(v, 0, sizeof(*v));
	v->kind = VAL_TEXT;
	v->text = s;
	v->at = p->pos;
	v->at.line = 0;
	return 1;
}

/* ---- names ------------------------------------------------------------ */

static void
offer_names(struct vctx *c)
{
	const struct report *r = c->r;

	suggest_offer(&c->s, "laporan.tahun");
	for (size_t i = 0; amount_names[i] != NULL; i++) {
		suggest_offer(&c->s, arena_printf(c->a, "anggaran.%s",
		    amount_names[i]));
		suggest_offer(&c->s, arena_printf(c->a, "pendapatan.%s",
		    amount_names[i]));
		suggest_offer(&c->s, arena_printf(c->a, "belanja.%s",
		    amount_names[i]));
	}
	if (r->perf != NULL) {
		static const char *const kin[] = { "jumlah_indikator",
		    "jumlah_sasaran", "nama_sasaran", "tercapai",
		    "belum_tercapai", "efisiensi", NULL };

		for (size_t i = 0; kin[i] != NULL; i++)
			suggest_offer(&c->s, arena_printf(c->a, "kinerja.%s",
			    kin[i]));
	}
	if (r->perf != NULL)
		for (size_t i = 0; i < r->perf->nall; i++)
			for (size_t k = 0; ind_fields[k] != NULL; k++)
				suggest_offer(&c->s, arena_printf(c->a, "%s.%s",
				    r->perf->all[i]->key, ind_fields[k]));
}

/* The figure a name stands for; 0 when there is none (*known: the name is
 * valid, only the figure is missing). */
static int
lookup(struct vctx *c, const char *name, struct value *v, int *known)
{
	const struct report	*r = c->r;
	const char		*dot = strchr(name, '.'), *f;
	size_t			 hl = dot != NULL ? (size_t)(dot - name) : strlen(name);
	const struct bnode	*bn = NULL, *root = NULL;
	char			*end;

	*known = 1;
	memset(v, 0, sizeof(*v));
	if (dot == NULL)
		return *known = 0;
	f = dot + 1;
	if (strcmp(name, "laporan.tahun") == 0) {
		v->kind = VAL_YEAR;
		v->n.v = (num_t)r->year * NUM_SCALE;
		return 1;
	}
	if (r->budget != NULL) {
		if (strncmp(name, "anggaran.jumlah_", 16) == 0) {
			enum blevel l = strcmp(f, "jumlah_program") == 0 ?
			    BL_PROGRAM : strcmp(f, "jumlah_kegiatan") == 0 ?
			    BL_KEGIATAN : strcmp(f, "jumlah_sub_kegiatan") == 0 ?
			    BL_SUB : BL_URAIAN;

			if (l == BL_URAIAN)
				return *known = 0;
			v->kind = VAL_COUNT;
			v->n.v = (num_t)count_level(&r->budget->programs, l) *
			    NUM_SCALE;
			return 1;
		}
		const struct bnode *roots[] = { &r->budget->programs,
		    &r->budget->revenue, &r->budget->spending };

		if (hl == 8 && strncmp(name, "anggaran", 8) == 0)
			bn = root = roots[0];
		else if (hl == 10 && strncmp(name, "pendapatan", 10) == 0)
			bn = root = roots[1];
		else if (hl == 7 && strncmp(name, "belanja", 7) == 0)
			bn = root = roots[2];
		for (size_t i = 0; bn == NULL && i < 3; i++)
			if ((bn = line_by_key(roots[i], name, hl)) != NULL)
				root = roots[i];
		if (bn == NULL)	/* a sasaran's money */
			for (size_t i = 0; i < r->budget->by_goal.nkids; i++) {
				const struct goal *g = r->budget->by_goal.kids[i]->goal;

				if (strlen(g->key) == hl &&
				    strncmp(g->key, name, hl) == 0 &&
				    strcmp(f, "efisiensi") == 0) {
					v->kind = VAL_PERCENT;
					v->at = g->pos;
					return perf_efisiensi(r, g, &v->q);
				}
				if (strlen(g->key) == hl &&
				    strncmp(g->key, name, hl) == 0) {
					bn = r->budget->by_goal.kids[i];
					root = &r->budget->by_goal;
				}
			}
		if (bn != NULL) {
			int ok;

			if (choice_index(amount_names, f) < 0)
				return *known = 0;
			ok = amount_of(bn, root, f, v);
			if (bn == root || v->at.file == NULL) {
				/* a total: of the file as a whole */
				v->at = r->budget->pos;
				v->at.line = 0;
			}
			return ok;
		}
	}
	if (hl == 7 && strncmp(name, "pegawai", 7) == 0 && r->staff != NULL) {
		/* counted from the records: L and P as stated or read from
		 * the NIP; the unknown are in the total only */
		int	 sex = strcmp(f, "laki_laki") == 0 ? 0 :
			    strcmp(f, "perempuan") == 0 ? 1 : -1;
		size_t	 n = 0;

		if (sex < 0 && strcmp(f, "jumlah") != 0)
			return *known = 0;
		for (size_t i = 0; i < r->staff->n; i++)
			n += sex < 0 || r->staff->p[i].value[SF_JENIS_KELAMIN] == sex;
		v->kind = VAL_COUNT;
		v->n.v = (num_t)n * NUM_SCALE;
		v->at = r->staff->pos;
		v->at.line = 0;
		return 1;
	}
	if (r->perf == NULL)
		return *known = 0;
	if (hl == 7 && strncmp(name, "kinerja", 7) == 0) {
		if (strcmp(f, "efisiensi") == 0) {
			v->kind = VAL_PERCENT;
			v->at = r->perf->pos;
			v->at.line = 0;
			return perf_efisiensi(r, NULL, &v->q);
		}
		if (strcmp(f, "nama_sasaran") == 0)
			return goal_names(c, v);
		if (perf_count(c, f, v)) {
			v->at = r->perf->pos;
			v->at.line = 0;
			return 1;
		}
		return *known = 0;
	}
	for (size_t i = 0; i < r->perf->nall; i++) {
		const struct indicator	*in = r->perf->all[i];
		const char		*fd = strchr(f, '.');
		char			 field[16];
		int			 year = r->year;

		if (strlen(in->key) != hl || strncmp(in->key, name, hl) != 0)
			continue;
		if (fd != NULL) {
			year = (int)strtol(fd + 1, &end, 10);
			if (*end != '\0' || fd - f >= (long)sizeof(field))
				return *known = 0;
		}
		snprintf(field, sizeof(field), "%.*s", (int)(fd != NULL ?
		    fd - f : (long)strlen(f)), f);
		if (choice_index(ind_fields, field) < 0)
			return *known = 0;
		return indicator_field(c, in, field, year, v);
	}
	return *known = 0;
}

/* ---- formats ---------------------------------------------------------- */

static const char *const ones[] = { "", "satu", "dua", "tiga", "empat",
	"lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas" };

/* n < 1000 in words, appended to buf ("seratus dua belas"). */
static void
words_999(char *buf, size_t sz, int n)
{
	char part[64];

	if (n >= 100) {
		snprintf(part, sizeof(part), n / 100 == 1 ? "seratus" :
		    "%s ratus", ones[n / 100]);
		strncat(buf, part, sz - strlen(buf) - 1);
		if ((n %= 100) == 0)
			return;
		strncat(buf, " ", sz - strlen(buf) - 1);
	}
	if (n < 12)
		snprintf(part, sizeof(part), "%s", ones[n]);
	else if (n < 20)
		snprintf(part, sizeof(part), "%s belas", ones[n - 10]);
	else
		snprintf(part, sizeof(part), n % 10 ? "%s puluh %s" : "%s puluh",
		    ones[n / 10], ones[n % 10]);
	strncat(buf, part, sz - strlen(buf) - 1);
}

/*
 * A whole number in Indonesian words, as "36 (tiga puluh enam) orang"
 * writes it: seratus, seribu, but dua ribu, satu juta.
 */
static const char *
words(struct arena *a, long long n)
{
	static const char *const scale[] = { "triliun", "miliar", "juta", "ribu",
		"" };
	static const long long unit[] = { 1000000000000LL, 1000000000LL,
		1000000LL, 1000LL, 1LL };
	char buf[256];

	if (n == 0)
		return "nol";
	buf[0] = '\0';
	for (int i = 0; i < 5; i++) {
		int g = (int)(n / unit[i] % 1000);

		if (g == 0)
			continue;
		if (buf[0] != '\0')
			strncat(buf, " ", sizeof(buf) - strlen(buf) - 1);
		if (unit[i] == 1000 && g == 1)
			strncat(buf, "seribu", sizeof(buf) - strlen(buf) - 1);
		else {
			words_999(buf, sizeof(buf), g);
			if (scale[i][0] != '\0') {
				strncat(buf, " ", sizeof(buf) - strlen(buf) - 1);
				strncat(buf, scale[i], sizeof(buf) - strlen(buf) - 1);
			}
		}
	}
	return arena_strdup(a, buf);
}

static const char *const formats[] = { "angka", "rupiah", "persen", "huruf",
	"teks", NULL };

/* Format `fmt` of v, or NULL with *why set. */
static const char *
format(struct vctx *c, const struct value *v, const char *fmt,
    const char **why)
{
	char		 kind[16];
	const char	*colon = fmt != NULL ? strchr(fmt, ':') : NULL;
	int		 d = -1, k;
	num_t		 x = v->n.v;

	*why = NULL;
	if (fmt == NULL)
		fmt = v->kind == VAL_PERCENT ? "persen" : v->kind == VAL_TEXT ?
		    "teks" : "angka";
	snprintf(kind, sizeof(kind), "%.*s", (int)(colon != NULL ? colon - fmt :
	    (long)strlen(fmt)), fmt);
	if ((k = choice_index(formats, kind)) < 0)
		return *why = "format", NULL;
	if (colon != NULL) {
		char *end;

		d = (int)strtol(colon + 1, &end, 10);
		if (*end != '\0' || d < 0 || d > NUM_DECIMALS)
			return *why = "format", NULL;
	}
	if ((v->kind == VAL_TEXT) != (k == 4))
		return *why = "jenis", NULL;
	if (k == 4)
		return v->text;
	if (v->kind == VAL_PERCENT) {
		if (d < 0)
			d = 2;
		/* rounded once, at the decimals printed */
		if (ratio_round(&v->q, d, &x) != CALC_OK)
			return *why = "format", NULL;
	} else if (d < 0)
		d = v->kind == VAL_FIGURE ? v->n.decimals :
		    v->kind == VAL_MONEY && x % NUM_SCALE != 0 ? 2 : 0;
	if (d < 0)
		d = 0;
	if (v->one_to && k != 0)
		return *why = "jenis", NULL;	/* a ratio is no sum, no share */
	switch (k) {
	case 0:
		if (v->kind == VAL_YEAR)
			return arena_printf(c->a, "%d", c->r->year);
		if (v->one_to)
			return arena_printf(c->a, "1:%s", fig_text(c->a, x, d, 0));
		return fig_text(c->a, x, d, 0);
	case 1:
		return arena_printf(c->a, "Rp %s", fig_text(c->a, x, d, 0));
	case 2:
		return fig_text(c->a, x, d, 1);
	default:
		if (x % NUM_SCALE != 0 || x < 0 || x / NUM_SCALE > 999999999999LL)
			return *why = "huruf", NULL;
		return words(c->a, (long long)(x / NUM_SCALE));
	}
}

/*
 * {nilai:name=typed}: the typed copy is printed as typed; when the data
 * gives another figure at the typed decimals (a total in the Ikhtisar
 * that a table contradicts), say both figures and both places.
 */
static void
typed_copy(struct valref *vr, const struct value *v)
{
	const struct num	*t = &vr->typed_num;
	struct ratio		 q = v->kind == VAL_PERCENT ? v->q : ratio_of(v->n.v);
	struct num		 w;
	char			 want[NUM_BUFSZ], place[512];
	int			 d = t->decimals < 0 ? 0 : t->decimals >
				    NUM_DECIMALS ? NUM_DECIMALS : t->decimals;

	if (v->kind == VAL_TEXT) {
		diag(&vr->typed_pos, MSG_VAL_TYPED_TEXT, vr->name);
		return;
	}
	vr->text = vr->typed;
	memset(&w, 0, sizeof(w));
	if (ratio_round(&q, d, &w.v) != CALC_OK || w.v == t->v)
		return;
	num_format(&w, d, v->kind == VAL_PERCENT && t->percent, want + 2,
	    sizeof(want) - 2);
	want[0] = '1';
	want[1] = ':';		/* a ratio as it is written */
	if (v->at.file == NULL)
		snprintf(place, sizeof(place), "%s", tr("data", "the data"));
	else if (v->at.line > 0)
		snprintf(place, sizeof(place), "%s:%d", v->at.file, v->at.line);
	else
		snprintf(place, sizeof(place), "%s", v->at.file);
	diag_also(&v->at);		/* where the data states it */
	diag(&vr->typed_pos, v->stated ? MSG_VAL_DIFFERS :
	    MSG_VAL_DIFFERS_COMPUTED, vr->typed, vr->name, place,
	    v->one_to ? want : want + 2, vr->typed);
}

void
derive_values(struct arena *a, struct report *r)
{
	struct vctx c;

	memset(&c, 0, sizeof(c));
	c.a = a;
	c.r = r;
	for (size_t i = 0; i < r->nvals; i++) {
		struct valref	*vr = &r->vals[i];
		struct value	 v;
		int		 known;
		const char	*why, *sugg;

		if (!lookup(&c, vr->name, &v, &known)) {
			if (known) {
				diag(&vr->pos, MSG_VAL_NONE, vr->name);
				continue;
			}
			suggest_init(&c.s, vr->name);
			offer_names(&c);
			if ((sugg = suggest_result(&c.s)) != NULL)
				diag(&vr->pos, MSG_VAL_UNKNOWN_SUGG, vr->name, sugg);
			else
				diag(&vr->pos, MSG_VAL_UNKNOWN, vr->name);
			continue;
		}
		if (vr->typed != NULL) {
			typed_copy(vr, &v);
			continue;
		}
		if ((vr->text = format(&c, &v, vr->fmt, &why)) != NULL)
			continue;
		if (strcmp(why, "jenis") == 0)
			diag(&vr->pos, MSG_VAL_KIND, vr->fmt, vr->name);
		else if (strcmp(why, "huruf") == 0)
			diag(&vr->pos, MSG_VAL_WORDS, vr->name);
		else
			diag(&vr->pos, MSG_VAL_FORMAT, vr->fmt,
			    "angka, rupiah, persen (:desimal), huruf, teks");
	}
}
