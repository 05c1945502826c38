/*
 * check, the budget from a sheet: a DPA or realisasi sheet as agencies
 * keep it, one line per row with its kode rekening (Permendagri 90/2019),
 * uraian and amounts, built into the same program tree anggaran.yaml's
 * 'urusan' (or 'program') gives, so derive and every table of it work
 * unchanged.  The tree comes from the codes:
 *
 *   urusan (bidang urusan)  X.XX              5.03
 *   program                 X.XX.XX           5.03.01
 *   kegiatan                X.XX.XX.X.XX      5.03.01.2.02
 *   sub kegiatan            X.XX.XX.X.XX.XXXX 5.03.01.2.02.0001
 *
 * (a sub kegiatan's last part has 2 digits in the first nomenclature of
 * 2019-2021, 4 since).  Rows without a code (titles, totals) are not
 * read.  The columns are found by the header row's titles: Kode, Uraian,
 * Murni, Perubahan, Realisasi, and optionally Kunci, Sasaran and Sumber
 * Dana; other columns are left alone.  A parent's amount that differs
 * from the sum of its children is derive's warning, as for YAML.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "check_int.h"
#include "check_xlsx.h"
#include "content_xlsx.h"
#include "mem.h"

enum bcol { BC_KODE, BC_URAIAN, BC_MURNI, BC_PERUBAHAN, BC_REALISASI,
	BC_KUNCI, BC_SASARAN, BC_DANA, BC__MAX };

/* The titles each column goes by, lower case, spaces single. */
static const char *const bcol_title[BC__MAX][6] = {
	{ "kode", "kode rekening", "kode rek.", "kode rek", NULL },
	{ "uraian", "nama", "program/kegiatan/sub kegiatan", NULL },
	{ "murni", "pagu murni", "anggaran murni", "sebelum perubahan",
	    "pagu sebelum perubahan", NULL },
	{ "perubahan", "pagu perubahan", "anggaran perubahan",
	    "setelah perubahan", "pagu setelah perubahan", NULL },
	{ "realisasi", "realisasi anggaran", NULL },
	{ "kunci", NULL },
	{ "sasaran", NULL },
	{ "sumber dana", NULL },
};

static const enum amt bcol_amt[BC__MAX] = { 0, 0, AMT_MURNI,
	AMT_PERUBAHAN, AMT_REALISASI, 0, 0, 0 };

/* A header title as a column, or -1. */
static int
title_col(struct arena *a, const struct csv_field *f)
{
	char	*t = arena_alloc(a, f->len + 1);
	size_t	 n = 0;

	for (size_t i = 0; i < f->len; i++) {
		unsigned char c = (unsigned char)f->s[i];

		if (isspace(c)) {
			if (n > 0 && t[n - 1] != ' ')
				t[n++] = ' ';
		} else
			t[n++] = (char)tolower(c);
	}
	while (n > 0 && t[n - 1] == ' ')
		n--;
	t[n] = '\0';
	for (int k = 0; k < BC__MAX; k++)
		for (int i = 0; bcol_title[k][i] != NULL; i++)
			if (strcmp(t, bcol_title[k][i]) == 0)
				return k;
	return -1;
}

/* Which field holds each column; 0 when the header has what is needed. */
static int
header_cols(struct builder *b, const struct csv_row *h, int *at)
{
	int errs = 0;

	for (int k = 0; k < BC__MAX; k++)
		at[k] = -1;
	for (size_t i = 0; i < h->n; i++) {
		int k = title_col(b->a, &h->f[i]);

		if (k < 0)
			continue;	/* a column lakin does not read */
		if (at[k] >= 0) {
			diag_also(&h->f[at[k]].pos);
			diag(&h->f[i].pos, MSG_BSHEET_COL_DUP, h->f[i].s);
			errs++;
			continue;
		}
		at[k] = (int)i;
	}
	if (at[BC_KODE] < 0 || at[BC_URAIAN] < 0 || (at[BC_MURNI] < 0 &&
	    at[BC_PERUBAHAN] < 0 && at[BC_REALISASI] < 0)) {
		diag(&h->pos, MSG_BSHEET_COLS);
		errs++;
	}
	return errs;
}

/* A field without the blanks around it. */
static void
trim(const struct csv_field *f, const char **s, size_t *len)
{
	*s = f->s;
	*len = f->len;
	while (*len > 0 && isspace((unsigned char)**s)) {
		(*s)++;
		(*len)--;
	}
	while (*len > 0 && isspace((unsigned char)(*s)[*len - 1]))
		(*len)--;
}

/* The level a code is of, by its parts' digit counts; -1: none. */
static int
code_level(const char *s, size_t len)
{
	static const int want[] = { 1, 2, 2, 1, 2 };
	int	 part = 0, digits = 0;

	for (size_t i = 0; i <= len; i++) {
		if (i < len && s[i] >= '0' && s[i] <= '9') {
			digits++;
			continue;
		}
		if (i < len && s[i] != '.')
			return -1;
		if (part < 5 ? digits != want[part] :
		    part > 5 || (digits != 2 && digits != 4))
			return -1;
		part++;
		digits = 0;
	}
	switch (part) {
	case 2:
		return BL_URUSAN;
	case 3:
		return BL_PROGRAM;
	case 5:
		return BL_KEGIATAN;
	case 6:
		return BL_SUB;
	default:
		return -1;
	}
}

/* How many characters of a code its parent's code is. */
static size_t
parent_len(const char *code, enum blevel l)
{
	static const int parts[] = { 0, 0, 2, 3, 5 };	/* by level */
	size_t	 i;
	int	 dots = 0;

	for (i = 0; code[i] != '\0'; i++)
		if (code[i] == '.' && ++dots == parts[l])
			break;
	return i;
}

struct bline {
	struct bnode	*bn;
	const char	*code;
	struct pos	 pos;
};

static int
bline_cmp(const void *va, const void *vb)
{
	const struct bline *a = va, *b = vb;

	return strcmp(a->code, b->code);
}

/* A rupiah amount of a cell; an error when it is no amount. */
static void
sheet_amount(struct builder *b, struct bnode *bn, const struct csv_field *f,
    enum amt k)
{
	static const char *const key[AMT__MAX] = { "murni", "perubahan",
		"realisasi" };
	const char	*s;
	size_t		 len;
	struct num	 n;

	trim(f, &s, &len);
	if (len == 0)
		return;		/* not said, as a key left out of YAML */
	if (num_parse(s, len, &n) != NUM_OK || n.dash || n.percent) {
		diag(&f->pos, MSG_BUDGET_NUMBER, arena_strndup(b->a, s, len),
		    key[k]);
		b->errors++;
		bn->said_bad |= 1u << k;
		return;
	}
	if (n.decimals > 2) {	/* sen are the smallest: binary residue? */
		diag(&f->pos, MSG_BSHEET_DECIMALS, arena_strndup(b->a, s, len),
		    key[k], n.decimals);
		b->errors++;
		bn->said_bad |= 1u << k;
		return;
	}
	bn->said[k] = n.v;
	bn->said_pos[k] = f->pos;
	bn->has_said[k] = 1;
}

/* Sasaran by kunci, "sasaran-a, sasaran-b". */
static void
sheet_goals(struct builder *b, struct bnode *bn, const struct csv_field *f)
{
	const char	*s;
	size_t		 len, k = 0;

	trim(f, &s, &len);
	if (len == 0)
		return;
	bn->goal_keys = arena_alloc(b->a, (len + 1) * sizeof(*bn->goal_keys));
	bn->goal_pos = arena_alloc(b->a, (len + 1) * sizeof(*bn->goal_pos));
	bn->goals = arena_alloc(b->a, (len + 1) * sizeof(*bn->goals));
	for (size_t i = 0; i < len;) {
		size_t j = i, e;

		while (j < len && s[j] != ',' && s[j] != ';')
			j++;
		for (e = j; e > i && s[e - 1] == ' '; e--)
			;
		while (i < e && s[i] == ' ')
			i++;
		if (e > i) {
			bn->goal_keys[k] = arena_strndup(b->a, s + i, e - i);
			bn->goal_pos[k++] = f->pos;
		}
		i = j + 1;
	}
	bn->ngoals = k;
}

static const char *
field_text(struct builder *b, const struct csv_row *r, int at)
{
	const char	*s;
	size_t		 len;

	if (at < 0)
		return NULL;
	trim(&r->f[at], &s, &len);
	return len > 0 ? arena_strndup(b->a, s, len) : NULL;
}

/*
 * The code as text.  An urusan's "5.03" typed into a cell without a text
 * style becomes the number 5.03, which the sheet reader gives as "5,03"
 * (and 5.10 as "5,1"): the only code form a number can take, given back
 * with its two digits.
 */
static const char *
number_code(struct builder *b, const char *s, size_t len)
{
	if ((len == 3 || len == 4) && s[0] >= '1' && s[0] <= '9' &&
	    s[1] == ',' && s[2] >= '0' && s[2] <= '9' &&
	    (len == 3 || (s[3] >= '0' && s[3] <= '9')))
		return arena_printf(b->a, "%c.%c%c", s[0], s[2],
		    len == 4 ? s[3] : '0');
	return arena_strndup(b->a, s, len);
}

/* One row as a line; NULL when it has no code (a title or a total). */
static struct bnode *
sheet_line(struct builder *b, const struct csv_row *r, const int *at,
    struct bline *bl)
{
	const struct csv_field	*cf = &r->f[at[BC_KODE]];
	struct bnode		*bn;
	const char		*code, *s;
	size_t			 len;
	int			 l;

	trim(cf, &s, &len);
	if (len == 0)
		return NULL;
	code = number_code(b, s, len);
	s = code;
	len = strlen(code);
	if ((l = code_level(s, len)) < 0) {
		diag(&cf->pos, MSG_BSHEET_CODE, code);
		b->errors++;
		return NULL;
	}
	bn = arena_alloc(b->a, sizeof(*bn));
	bn->level = (enum blevel)l;
	bn->pos = cf->pos;
	bn->code = code;
	if ((bn->name = field_text(b, r, at[BC_URAIAN])) == NULL) {
		diag(&r->f[at[BC_URAIAN]].pos, MSG_BSHEET_NAME, code);
		b->errors++;
		bn->name = code;
	}
	bn->fund = field_text(b, r, at[BC_DANA]);
	if ((bn->key = field_text(b, r, at[BC_KUNCI])) != NULL) {
		bn->keypos = r->f[at[BC_KUNCI]].pos;
		if (!pattern_match(key_re[0], bn->key, strlen(bn->key))) {
			diag(&bn->keypos, MSG_PATTERN, bn->key, "kunci",
			    tr(key_re[1], key_re[2]));
			b->errors++;
			bn->key = NULL;
		}
	}
	for (int k = BC_MURNI; k <= BC_REALISASI; k++)
		if (at[k] >= 0)
			sheet_amount(b, bn, &r->f[at[k]], bcol_amt[k]);
	if (at[BC_SASARAN] >= 0)
		sheet_goals(b, bn, &r->f[at[BC_SASARAN]]);
	bl->bn = bn;
	bl->code = code;
	bl->pos = cf->pos;
	return bn;
}

static void
add_kid(struct builder *b, struct bnode *p, struct bnode *kid, size_t *cap)
{
	p->kids = arena_grow(b->a, p->kids, p->nkids, cap, sizeof(*p->kids),
	    4);
	p->kids[p->nkids++] = kid;
}

/*
 * Hang every line under its parent, in the sheet's order: the programs
 * under the root when the sheet has no urusan rows at all.
 */
static void
link_lines(struct builder *b, struct budget *bg, struct bline *v, size_t n)
{
	struct bline	*sorted = xcalloc(n + 1, sizeof(*sorted));
	size_t		*cap = xcalloc(n + 1, sizeof(*cap)), rootcap = 0;
	int		 urusan = 0;

	memcpy(sorted, v, n * sizeof(*v));
	qsort(sorted, n, sizeof(*sorted), bline_cmp);
	for (size_t i = 0; i < n; i++) {
		urusan |= v[i].bn->level == BL_URUSAN;
		if (i + 1 < n && strcmp(sorted[i].code, sorted[i + 1].code) == 0) {
			diag_also(&sorted[i].pos);
			diag(&sorted[i + 1].pos, MSG_BSHEET_CODE_DUP,
			    sorted[i].code, sorted[i].pos.line);
			b->errors++;
		}
	}
	for (size_t i = 0; i < n; i++) {
		struct bnode	*bn = v[i].bn;
		struct bline	 key, *p;
		size_t		 plen;

		if (bn->level == BL_URUSAN ||
		    (bn->level == BL_PROGRAM && !urusan)) {
			add_kid(b, &bg->programs, bn, &rootcap);
			continue;
		}
		plen = parent_len(v[i].code, bn->level);
		key.code = arena_strndup(b->a, v[i].code, plen);
		p = bsearch(&key, sorted, n, sizeof(*sorted), bline_cmp);
		if (p == NULL) {
			diag(&v[i].pos, MSG_BSHEET_PARENT, v[i].code, key.code);
			b->errors++;
			continue;
		}
		add_kid(b, p->bn, bn, &cap[p - sorted]);
	}
	free(sorted);
	free(cap);
}

struct budget *
budget_sheet(struct builder *b, const struct node *m)
{
	const char	*path = arena_printf(b->a, "%s/%s", b->dir,
			    node_str(m, "berkas"));
	struct budget	*bg;
	struct bline	*v;
	struct csv	 csv;
	size_t		 n = 0;
	int		 at[BC__MAX];

	if (xlsx_source(b->a, b->dir, m, MSG_DATA_FILE, path, &csv) != 0 ||
	    header_cols(b, &csv.rows[0], at) > 0) {
		b->errors++;
		return NULL;
	}
	bg = arena_alloc(b->a, sizeof(*bg));
	bg->pos = bg->revenue.pos = bg->spending.pos = m->pos;
	bg->programs.level = BL_URUSAN;
	bg->programs.pos = m->pos;
	v = arena_alloc(b->a, (csv.n + 1) * sizeof(*v));
	for (size_t i = 1; i < csv.n; i++)
		if (sheet_line(b, &csv.rows[i], at, &v[n]) != NULL)
			n++;
	link_lines(b, bg, v, n);
	return bg;
}
