/*
 * lakin new --dari: what moves to the new year in each file, and what
 * the officer is asked to look at (rollover.h).
 *
 *  - laporan.yaml: tahun becomes the new year;
 *  - every 'tanggal' (the report's, each signature's, the PK's) is ISI;
 *  - kinerja: each year map (realisasi, pembilang, penyebut) that holds
 *    last year gets each later year up to the new one as ISI (a skipped
 *    year's realisasi is the comparison year's); last year stays, so it
 *    becomes the comparison year; targets stay (they are the Renstra's);
 *    the analyses, the PK target and the standard's figure are per year:
 *    ISI;
 *  - anggaran: the tree stays, every amount is ISI;
 *  - data tables: a column without 'tahun' is "this year" and moves by
 *    itself, and so does one of 'tahun: lalu' (the year before the
 *    report's); in a table that compares with the year before (a realisasi
 *    or capaian column of last year-1), the columns of last year-1 and
 *    of last year move one year on (last year-1 written 'lalu', so that
 *    next year nothing is left to move).  A column title and a header cell
 *    naming the year of the columns under it follow them.  Columns of
 *    Renstra years (targets 2021..2026) stay.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_isi.h"
#include "diag.h"
#include "doc.h"
#include "mem.h"
#include "rollover.h"

#define MAX_COLS	64

static const char *const per_year[] = { "analisis", "solusi", "standar",
	"target_pk", NULL };
static const char *const amounts[] = { "murni", "perubahan", "realisasi",
	"pagu", NULL };
static const char *const year_maps[] = { "realisasi", "pembilang",
	"penyebut", NULL };

static int
in_list(const char *const *l, const char *s)
{
	for (; *l != NULL; l++)
		if (strcmp(*l, s) == 0)
			return 1;
	return 0;
}

static int
digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Where the year y stands as a word in s from byte i on, or len. */
static size_t
find_year(const char *s, size_t len, int y, size_t i)
{
	char w[16];

	snprintf(w, sizeof(w), "%d", y);
	for (; strlen(w) == 4 && i + 4 <= len; i++)
		if (memcmp(s + i, w, 4) == 0 && (i == 0 || !digit(s[i - 1])) &&
		    (i + 4 == len || !digit(s[i + 4])))
			return i;
	return len;
}

/* s with the year from as a word made to (in the arena); NULL when s
 * does not name from. */
static char *
swap_year(struct arena *a, const char *s, size_t len, int from, int to)
{
	char	 w[16];
	char	*out;
	size_t	 i = find_year(s, len, from, 0);

	if (i == len)
		return NULL;
	snprintf(w, sizeof(w), "%d", to);
	out = arena_strndup(a, s, len);
	for (; i < len; i = find_year(s, len, from, i + 4))
		memcpy(out + i, w, 4);
	return out;
}

/* A single-line scalar naming the year from: edited to name to. */
static void
move_text(struct rfile *f, const struct node *n, int from, int to)
{
	char *s;

	if (n == NULL || n->type != NODE_SCALAR || !n->single_line ||
	    from == to)
		return;
	if ((s = swap_year(f->a, n->src, n->srclen, from, to)) != NULL)
		redit_add(f, rfile_off(f, n->pos), n->srclen, s);
}

/* The text node of a header cell: "2024" or {teks: "2024", kolom: 3}. */
static const struct node *
cell_text(const struct node *c)
{
	return c->type == NODE_MAP ? node_get(c, "teks") : c;
}

static int
cell_span(const struct node *c, const char *k)
{
	const char *s = c->type == NODE_MAP ? node_str(c, k) : NULL;

	return s != NULL && atoi(s) > 0 ? atoi(s) : 1;
}

/*
 * The header rows: each cell over the columns it spans (rows spanned
 * from above skipped, as the table checks them); a cell over columns
 * that all move from one year to one other names them anew.
 */
static void
move_header(struct rfile *f, const struct node *kepala, size_t ncol,
    const int *from, const int *to)
{
	unsigned char	 busy[16][MAX_COLS];

	memset(busy, 0, sizeof(busy));
	for (size_t r = 0; r < kepala->n && r < 16; r++) {
		const struct node	*row = kepala->vals[r];
		size_t			 c = 0;

		if (row->type != NODE_SEQ)
			continue;
		for (size_t k = 0; k < row->n; k++) {
			const struct node	*cell = row->vals[k];
			int			 w = cell_span(cell, "kolom");
			int			 h = cell_span(cell, "baris");
			int			 same = 1;

			while (c < ncol && busy[r][c])
				c++;
			if (c >= ncol)
				break;
			for (size_t j = c; j < c + (size_t)w && j < ncol; j++) {
				same &= from[j] == from[c] && to[j] == to[c];
				for (size_t i = r; i < r + (size_t)h && i < 16; i++)
					busy[i][j] = 1;
			}
			if (same && from[c] != to[c])
				move_text(f, cell_text(cell), from[c], to[c]);
			c += (size_t)w;
		}
	}
}

/* A column's tahun: a year, or 'lalu' (the year before the report's). */
static int
col_year(const char *th, int old)
{
	return strcmp(th, YEAR_LAST) == 0 ? old - 1 : atoi(th);
}

/* A data table: its year columns moved (see the top of the file). */
static void
move_table(struct rfile *f, const struct node *t, int old, int year)
{
	const struct node	*kolom = node_get(t, "kolom");
	int			 from[MAX_COLS], to[MAX_COLS], compare = 0;
	size_t			 ncol;

	if (kolom == NULL || kolom->type != NODE_SEQ)
		return;
	ncol = kolom->n < MAX_COLS ? kolom->n : MAX_COLS;
	for (size_t c = 0; c < ncol; c++) {
		const struct node	*col = kolom->vals[c];
		const char		*isi = node_str(col, "isi");
		const char		*th = node_str(col, "tahun");

		if (th != NULL && col_year(th, old) == old - 1 && isi != NULL &&
		    (strcmp(isi, "realisasi") == 0 ||
		    strcmp(isi, "capaian") == 0))
			compare = 1;
	}
	for (size_t c = 0; c < ncol; c++) {
		const struct node	*col = kolom->vals[c];
		const char		*th = node_str(col, "tahun");
		int			 y = th != NULL ? col_year(th, old) : old;

		from[c] = to[c] = y;
		if (th == NULL)
			to[c] = year;	/* this year: moves by itself */
		else if (strcmp(th, YEAR_LAST) == 0)
			to[c] = year - 1;	/* moves by itself too */
		else if (compare && y == old - 1) {
			/* written relative: next year it moves by itself */
			to[c] = year - 1;
			redit_add(f, rfile_off(f, node_get(col, "tahun")->pos),
			    node_get(col, "tahun")->srclen, YEAR_LAST);
		} else if (compare && y == old) {
			to[c] = year;
			move_text(f, node_get(col, "tahun"), y, to[c]);
		}
		move_text(f, node_get(col, "judul"), from[c], to[c]);
	}
	if (node_get(t, "kepala") != NULL &&
	    node_get(t, "kepala")->type == NODE_SEQ)
		move_header(f, node_get(t, "kepala"), ncol, from, to);
}

/* kinerja: the year maps get the new year; per-year facts are cleared. */
static void
edit_perf(struct rfile *f, const struct node *m, size_t i, int old,
    int year)
{
	const char		*k = m->keys[i]->str;
	const struct node	*v = m->vals[i];
	char			 y[16], o[16];

	snprintf(o, sizeof(o), "%d", old);
	if (in_list(year_maps, k) && v->type == NODE_MAP &&
	    node_get(v, o) != NULL) {
		/* each year after last year's, a skipped one too */
		for (int n = old + 1; n <= year; n++) {
			snprintf(y, sizeof(y), "%d", n);
			if (node_get(v, y) == NULL)
				redit_append(f, v, y, ISI_MARK);
		}
	} else if (in_list(per_year, k) && !isi_is(v))
		redit_value(f, m, i, ISI_MARK);
}

static void
walk(struct rfile *f, const struct node *n, int kind, int old, int year)
{
	if (n->type == NODE_SEQ)
		for (size_t i = 0; i < n->n; i++)
			walk(f, n->vals[i], kind, old, year);
	if (n->type != NODE_MAP)
		return;
	if (kind == 'p' && node_get(n, "data") != NULL &&
	    node_get(n, "kolom") != NULL)
		move_table(f, n, old, year);
	for (size_t i = 0; i < n->n; i++) {
		const char		*k = n->keys[i]->str;
		const struct node	*v = n->vals[i];

		if (strcmp(k, "tanggal") == 0 && v->type == NODE_SCALAR &&
		    !isi_is(v))
			redit_value(f, n, i, ISI_MARK);
		else if (kind == 'k')
			edit_perf(f, n, i, old, year);
		else if (kind == 'a' && in_list(amounts, k) &&
		    v->type == NODE_SCALAR && !isi_is(v))
			redit_value(f, n, i, ISI_MARK);
		walk(f, v, kind, old, year);
	}
}

void
rollover_edits(struct rfile *f, const struct node *root, int kind, int old,
    int year)
{
	const struct node *lap = node_get(root, "laporan");

	if (kind == 'l' && lap != NULL && lap->type == NODE_MAP)
		for (size_t i = 0; i < lap->n; i++)
			if (strcmp(lap->keys[i]->str, "tahun") == 0)
				redit_value(f, lap, i,
				    arena_printf(f->a, "%d", year));
	walk(f, root, kind, old, year);
}

/* ---- what the officer should look at -------------------------------- */

/* Keys whose values are names, sizes or choices, not text to read. */
static const char *const not_text[] = { "kunci", "tahun", "lebar",
	"rata", "jenis", "data", "tingkat", "orientasi", "berkas", "templat",
	NULL };

static int
names_year(const struct node *n, int old)
{
	size_t i = 0;

	if (n->type != NODE_SCALAR)
		return 0;
	/* a year inside {ref:…}, {hal:…}, {nilai:…} is part of a key */
	while ((i = find_year(n->str, n->len, old, i)) < n->len) {
		size_t j = i;

		while (j > 0 && n->str[j - 1] != '{' && n->str[j - 1] != '}')
			j--;
		if (j == 0 || n->str[j - 1] == '}')
			return 1;
		i += 4;
	}
	return 0;
}

/* The text types a figure in a value reference ({nilai:x=5.000}): last
 * year's, unless the officer updates or removes it. */
static int
types_figure(const struct node *n)
{
	const char *s = n->str, *v, *shut;

	while ((v = strstr(s, "{nilai:")) != NULL) {
		shut = strchr(v, '}');
		if (shut == NULL)
			return 0;
		if (memchr(v, '=', (size_t)(shut - v)) != NULL)
			return 1;
		s = shut;
	}
	return 0;
}

/* A cell of the rows holds a figure (a digit). */
static int
has_figure(const struct node *n)
{
	if (n->type == NODE_SCALAR)
		return strpbrk(n->str, "0123456789") != NULL;
	if (n->type == NODE_MAP)
		return node_get(n, "teks") != NULL &&
		    has_figure(node_get(n, "teks"));
	for (size_t i = 0; i < n->n; i++)
		if (has_figure(n->vals[i]))
			return 1;
	return 0;
}

static int
review(const struct node *n, int old, int year, int in_cols)
{
	int notes = 0;

	if (n->type == NODE_SCALAR) {
		if (!in_cols && names_year(n, old)) {
			diag(&n->pos, MSG_ROLL_REVIEW_YEAR, old);
			notes++;
		}
		if (!in_cols && types_figure(n)) {
			diag(&n->pos, MSG_ROLL_REVIEW_FIGURE, old);
			notes++;
		}
		return notes;
	}
	if (n->type == NODE_SEQ) {
		for (size_t i = 0; i < n->n; i++)
			notes += review(n->vals[i], old, year, in_cols);
		return notes;
	}
	/* a table typed by hand with figures: they are last year's */
	if (node_get(n, "baris") != NULL && node_get(n, "data") == NULL &&
	    node_str(n, "judul") != NULL && has_figure(node_get(n, "baris"))) {
		diag(&n->pos, MSG_ROLL_REVIEW_TABLE, node_str(n, "judul"), year);
		notes++;
	}
	for (size_t i = 0; i < n->n; i++) {
		const char *k = n->keys[i]->str;

		if (in_list(not_text, k))
			continue;
		/* a data table's columns and header: moved above, or the
		 * Renstra's years */
		notes += review(n->vals[i], old, year, in_cols ||
		    (node_get(n, "data") != NULL && (strcmp(k, "kolom") == 0 ||
		    strcmp(k, "kepala") == 0)));
	}
	return notes;
}

int
rollover_review(const struct node *root, int old, int year)
{
	return root != NULL ? review(root, old, year, 0) : 0;
}
