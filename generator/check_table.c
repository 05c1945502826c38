/*
 * check for tables: the schema of a `tabel` block, its rows from YAML or
 * a CSV file, the grid (colspans, rowspans: every row must fill every
 * column), and numbers parsed and printed the Indonesian way.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_int.h"
#include "check_nip.h"
#include "check_xlsx.h"
#include "content_csv.h"
#include "mem.h"
#include "numfmt.h"
#include "numform.h"

const char *const col_kind_ch[] = { "teks", "angka", "desimal", "rupiah",
	"persen", "nip", NULL };
/* What a column of a data table shows: enum col_src, from SRC_NOMOR. */
const char *const src_ch[] = { "nomor", "kode", "nama", "sumber_dana",
	"murni", "perubahan", "pagu", "realisasi", "sisa", "selisih",
	"serapan", "porsi", "sasaran", "indikator", "satuan", "target",
	"target_pk", "capaian", "kategori", "sumber_data", "standar", "rentang",
	"anggaran", "realisasi_anggaran", "efisiensi",
	"nip", "golongan", "pangkat", "eselon", "jabatan", "jenis_kelamin",
	"pendidikan", "diklat", "catatan", "kelompok", "jumlah",
	"analisis", "solusi", NULL };
static int check_col_year(const struct node *, const struct field *);
static const char *const scope_ch[] = { "semua", "sasaran", NULL };
static const char *const numbering_ch[] = { "bawaan", "angka", NULL };

static const struct field cell_f[] = {
	{ "teks", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "kolom", V_INT, 0, NULL, NULL, 1, 64, NULL, NULL },
	{ "baris", V_INT, 0, NULL, NULL, 1, 100000, NULL, NULL },
	{ "rata", V_CHOICE, 0, NULL, align_ch, 0, 0, NULL, NULL },
	{ "tebal", V_BOOL, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "daftar", V_MAP, 0, &content_list_s, NULL, 0, 0, NULL, NULL },
	{ "paragraf", V_SEQ_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema cell_s = { "sel tabel", "table cell", cell_f, 0,
	"teks" };

/*
 * Rich text kept in data (kinerja.yaml's analisis, solusi): what a table
 * cell holds, a paragraph with a list and more paragraphs, without the
 * cell's place in a table.  Built by build_cell, so it prints the same.
 */
static const struct field rich_f[] = {
	{ "teks", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "daftar", V_MAP, 0, &content_list_s, NULL, 0, 0, NULL, NULL },
	{ "paragraf", V_SEQ_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
const struct schema content_rich_s = { "'analisis' atau 'solusi'",
	"'analisis' or 'solusi'", rich_f, 0, "teks" };

/* A row is a list of cells: checked as a list of short-form mappings. */
static const struct field row_f[] = {
	{ "sel", V_SEQ_MAP, 1, &cell_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};

static const struct field col_f[] = {
	{ "judul", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "lebar", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "rata", V_CHOICE, 0, NULL, align_ch, 0, 0, NULL, NULL },
	{ "jenis", V_CHOICE, 0, NULL, col_kind_ch, 0, 0, NULL, NULL },
	{ "desimal", V_INT, 0, NULL, NULL, 0, 4, NULL, NULL },
	{ "awalan", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "akhiran", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "isi", V_CHOICE, 0, NULL, src_ch, 0, 0, NULL, NULL },
	{ "penomoran", V_CHOICE, 0, NULL, numbering_ch, 0, 0, NULL, NULL },
	{ "tahun", V_CUSTOM, 0, NULL, NULL, 1990, 2100, check_col_year, NULL },
	{ "cakupan", V_CHOICE, 0, NULL, scope_ch, 0, 0, NULL, NULL },
	{ "nilai", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema col_s = { "kolom tabel", "table column", col_f, 0,
	"judul" };

static int check_rows(const struct node *, const struct field *);

static const struct field table_f[] = {
	{ "judul", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "kunci", V_PATTERN, 0, NULL, key_re, 0, 0, NULL, NULL },
	{ "orientasi", V_CHOICE, 0, NULL, orient_ch, 0, 0, NULL, NULL },
	{ "kolom", V_SEQ_MAP, 1, &col_s, NULL, 0, 0, NULL, NULL },
	{ "kepala", V_CUSTOM, 0, NULL, NULL, 0, 0, check_rows, NULL },
	{ "nomor_kolom", V_BOOL, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "baris", V_CUSTOM, 0, NULL, NULL, 1, 0, check_rows, NULL }, /* min 1: CSV */
	{ "data", V_CUSTOM, 0, NULL, NULL, 0, 0, check_tdata, NULL },
	{ "tingkat", V_SEQ_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "huruf_besar", V_SEQ_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "indikator", V_SEQ_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "baris_jumlah", V_STR_OR_MAP, 0, &tdata_total_s, NULL, 0, 0, NULL,
	    NULL },
	{ "jumlah", V_CUSTOM, 0, NULL, NULL, 0, 0, check_rows, NULL },
	{ "sumber", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "periksa_jumlah", V_BOOL, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "kepala_csv", V_BOOL, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "hitung", V_STR_OR_MAP, 0, &tcount_s, NULL, 0, 0, NULL, NULL },
	{ "periksa_pegawai", V_MAP, 0, &tstaffcheck_s, NULL, 0, 0, NULL, NULL },
	{ "periksa_kinerja", V_MAP, 0, &tperfcheck_s, NULL, 0, 0, NULL, NULL },
	{ "mengambang", V_BOOL, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
const struct schema content_table_s = { "blok 'tabel'", "block 'tabel'",
	table_f, 0, NULL };

/* A column's year: a year, or 'lalu' (the year before the report's, so
 * the column needs no change when the report rolls over). */
static int
check_col_year(const struct node *n, const struct field *f)
{
	struct field y = *f;

	if (n->type == NODE_SCALAR && strcmp(n->str, YEAR_LAST) == 0)
		return 0;
	if (n->type == NODE_SCALAR && (n->len == 0 ||
	    strspn(n->str, "0123456789") != n->len)) {
		diag(&n->pos, MSG_COL_YEAR, n->str);
		return 1;
	}
	y.kind = V_INT;
	return check_value(n, &y, "kolom tabel");
}

/* Rows: a list of lists of cells (scalars or cell mappings). */
static int
check_rows(const struct node *n, const struct field *f)
{
	int errs = 0;

	if (n->type == NODE_SCALAR && f->min == 1)
		return 0;	/* a CSV file name, checked when read */
	if (n->type == NODE_MAP && f->min == 1)	/* a sheet of an .xlsx */
		return check_schema(n, &xlsx_source_s);
	if (n->type != NODE_SEQ) {
		diag(&n->pos, MSG_WRONG_TYPE, f->key, tr("daftar baris "
		    "(- [sel, sel, …])", "a list of rows (- [cell, cell, …])"),
		    node_type_name(n));
		return 1;
	}
	for (size_t i = 0; i < n->n; i++) {
		const struct node *r = n->vals[i];

		if (r->type != NODE_SEQ) {
			diag(&r->pos, MSG_WRONG_TYPE, f->key, tr("baris "
			    "[sel, sel, …]", "a row [cell, cell, …]"),
			    node_type_name(r));
			errs++;
			continue;
		}
		errs += check_value(r, &row_f[0], "");
	}
	return errs;
}

/* What a data column is printed as, unless 'jenis' says otherwise. */
static enum col_kind
src_kind(enum col_src src)
{
	switch (src) {
	case SRC_NOMOR: case SRC_KODE: case SRC_NAMA: case SRC_DANA:
	case SRC_SASARAN: case SRC_INDIKATOR: case SRC_SATUAN:
	case SRC_KATEGORI: case SRC_SUMBER_DATA: case SRC_RENTANG:
		return COL_TEKS;
	case SRC_SERAPAN: case SRC_PORSI: case SRC_CAPAIAN: case SRC_EFISIENSI:
		return COL_PERSEN;
	case SRC_NIP:
		return COL_NIP;
	case SRC_GOLONGAN: case SRC_PANGKAT: case SRC_ESELON: case SRC_JABATAN:
	case SRC_JENIS_KELAMIN: case SRC_PENDIDIKAN: case SRC_DIKLAT:
	case SRC_CATATAN: case SRC_KELOMPOK: case SRC_ANALISIS:
	case SRC_SOLUSI:
		return COL_TEKS;
	case SRC_JUMLAH:
		return COL_ANGKA;
	case SRC_TARGET: case SRC_TARGET_PK: case SRC_STANDAR:
		return COL_DESIMAL;
	default:
		return COL_RUPIAH;
	}
}

static void
build_cols(struct builder *b, struct table *t, const struct node *seq)
{
	t->ncols = seq->n;
	t->cols = arena_alloc(b->a, (seq->n + 1) * sizeof(*t->cols));
	for (size_t i = 0; i < seq->n; i++) {
		const struct node	*c = seq->vals[i];
		struct tcol		*col = &t->cols[i];
		const char		*w, *s;
		char			*end;

		if (c->type == NODE_SCALAR) {
			col->title = build_text(b, c);
			continue;
		}
		col->title = build_text(b, node_get(c, "judul"));
		if ((s = node_str(c, "isi")) != NULL) {
			col->src = (enum col_src)(choice_index(src_ch, s) + 1);
			col->kind = src_kind(col->src);
			/* an indicator's figures: as written (71, 0,25) */
			col->as_written = col->kind == COL_DESIMAL &&
			    node_get(c, "desimal") == NULL;
		}
		if ((s = node_str(c, "tahun")) != NULL)
			col->year = strcmp(s, YEAR_LAST) == 0 ? b->year - 1 :
			    atoi(s);
		col->per_goal = (s = node_str(c, "cakupan")) != NULL &&
		    strcmp(s, "sasaran") == 0;
		col->plain_numbers = (s = node_str(c, "penomoran")) != NULL &&
		    strcmp(s, "angka") == 0;
		if ((s = node_str(c, "jenis")) != NULL)
			col->kind = (enum col_kind)choice_index(col_kind_ch, s);
		col->align = col->kind == COL_TEKS ? AL_LEFT :
		    col->kind == COL_NIP ? AL_CENTER : AL_RIGHT;
		if ((s = node_str(c, "rata")) != NULL)
			col->align = (enum align)choice_index(align_ch, s);
		col->decimals = col->kind == COL_DESIMAL || col->kind ==
		    COL_PERSEN ? 2 : 0;
		if ((s = node_str(c, "desimal")) != NULL)
			col->decimals = atoi(s);
		col->prefix = node_str(c, "awalan");
		col->suffix = node_str(c, "akhiran");
		if ((w = node_str(c, "lebar")) == NULL)
			continue;
		if (w[0] != '\0' && w[strlen(w) - 1] == '*') {
			col->share = w[1] == '\0' ? 1 : strtod(w, &end);
			if (w[1] != '\0' && (*end != '*' || col->share <= 0))
				goto bad;
		} else {
			col->width_mm = strtod(w, &end);
			if (*end != '\0' || col->width_mm <= 0 ||
			    col->width_mm > 400)
				goto bad;
		}
		continue;
bad:
		diag(&node_get(c, "lebar")->pos, MSG_TABLE_RATIO, w);
		b->errors++;
	}
	for (size_t i = 0; i < t->ncols; i++)
		if (seq->vals[i]->type == NODE_SCALAR)
			t->cols[i].align = AL_LEFT;
}

/* One per cell of every table: its size is the memory of a long table. */
_Static_assert(sizeof(struct tcell) <= 96,
    "struct tcell grew: measure with make bench");

static struct tcell
build_cell(struct builder *b, const struct node *c)
{
	struct tcell	 cell;
	const char	*s;

	memset(&cell, 0, sizeof(cell));
	cell.colspan = cell.rowspan = 1;
	cell.align = -1;
	if (c->type == NODE_SCALAR) {
		cell.text = build_text(b, c);
		return cell;
	}
	cell.text = build_text(b, node_get(c, "teks"));
	if ((s = node_str(c, "kolom")) != NULL)
		cell.colspan = atoi(s);
	if ((s = node_str(c, "baris")) != NULL)
		cell.rowspan = atoi(s);
	if ((s = node_str(c, "rata")) != NULL)
		cell.align = (signed char)choice_index(align_ch, s);
	if (node_get(c, "tebal") != NULL)
		cell.bold = schema_bool(node_get(c, "tebal")) != 0;
	if (node_get(c, "daftar") != NULL)
		cell.list = build_list(b, node_get(c, "daftar"), 2);
	if (node_get(c, "paragraf") != NULL) {
		const struct node *ps = node_get(c, "paragraf");
		size_t np = ps->type == NODE_SEQ ? ps->n : 1;

		if (np > 1000)
			np = 1000;
		cell.paras = arena_alloc(b->a, np * sizeof(*cell.paras));
		cell.nparas = (unsigned short)np;
		for (size_t i = 0; i < np; i++)
			cell.paras[i] = build_text(b, ps->type == NODE_SEQ ?
			    ps->vals[i] : ps);
	}
	if (cell.bold)
		for (size_t i = 0; i < cell.text.n; i++)
			cell.text.runs[i].face |= FACE_BOLD;
	if (cell.text.pos.file == NULL)	/* a cell of only a list */
		cell.text.pos = c->pos;
	return cell;
}

/* What c holds, as a cell; NULL after its error (nothing written). */
struct tcell *
build_rich(struct builder *b, const struct node *c, const char *key)
{
	struct tcell	*cell = arena_alloc(b->a, sizeof(*cell));
	char		*flat;
	int		 empty = 1;

	*cell = build_cell(b, c);
	flat = text_flat(b->a, &cell->text);
	for (const char *s = flat; *s != '\0' && empty; s++)
		empty = *s == ' ' || *s == '\t' || *s == '\n';
	if (empty && cell->list == NULL && cell->nparas == 0) {
		diag(&c->pos, MSG_EMPTY_TEXT, key);
		b->errors++;
		return NULL;
	}
	return cell;
}

static struct trow *
build_rows(struct builder *b, const struct node *seq, size_t *n)
{
	struct trow *rows = arena_alloc(b->a, (seq->n + 1) * sizeof(*rows));

	*n = seq->n;
	for (size_t i = 0; i < seq->n; i++) {
		const struct node *r = seq->vals[i];

		rows[i].pos = r->pos;
		rows[i].n = r->n;
		rows[i].cells = arena_alloc(b->a, (r->n + 1) * sizeof(struct tcell));
		for (size_t k = 0; k < r->n; k++)
			rows[i].cells[k] = build_cell(b, r->vals[k]);
	}
	return rows;
}

/* A cell made from a CSV field: the field's own position. */
static struct tcell
csv_cell(struct builder *b, const struct csv_field *f)
{
	struct node	 n;
	struct tcell	 cell;

	memset(&n, 0, sizeof(n));
	n.type = NODE_SCALAR;
	n.str = f->s;
	n.len = f->len;
	n.pos = f->pos;
	memset(&cell, 0, sizeof(cell));
	cell.colspan = cell.rowspan = 1;
	cell.align = -1;
	cell.text = build_text(b, &n);
	return cell;
}

/* Whether a field says what a column title says (case and spaces aside). */
static int
same_title(struct builder *b, const struct tcol *col, const struct csv_field *f)
{
	const char	*t = text_flat(b->a, &col->title);
	size_t		 i = 0, j = 0;

	for (;;) {
		while (t[i] == ' ')
			i++;
		while (j < f->len && f->s[j] == ' ')
			j++;
		if (t[i] == '\0' || j == f->len)
			return t[i] == '\0' && j == f->len;
		if ((t[i] | 0x20) != (f->s[j] | 0x20))
			return 0;
		i++;
		j++;
	}
}

/*
 * Is the first line of a CSV file a header?  `kepala_csv` says so, or the
 * line tells: a number in a number column makes it data; text there makes
 * it a header; a table without numbers takes it as a header only when it
 * repeats the column titles.  When in doubt the line is kept as data: a
 * header printed as a row shows, a data row taken for a header is lost.
 */
static int
csv_header(struct builder *b, const struct table *t, const struct node *m,
    const struct csv_row *r)
{
	const struct node	*k = node_get(m, "kepala_csv");
	size_t			 texts = 0, titles = 0, filled = 0;
	struct num		 v;
	char			 buf[32];

	if (k != NULL)
		return schema_bool(k);
	for (size_t i = 0; i < r->n && i < t->ncols; i++) {
		const struct csv_field	*f = &r->f[i];
		enum col_kind		 kind = t->cols[i].kind;

		if (f->len == 0)
			continue;
		filled++;
		titles += same_title(b, &t->cols[i], f);
		if (kind == COL_TEKS)
			continue;
		if (kind == COL_NIP ? nip_check(f->s, f->len, buf, sizeof(buf))
		    == NULL : num_parse(f->s, f->len, &v) == 0 ||
		    num_form(f->s, f->len, 0, NULL, NULL, 0) != FORM_OK)
			return 0;	/* a figure, even one written wrong */
		texts++;
	}
	return texts > 0 || (filled > 0 && titles * 2 >= filled);
}

/*
 * Rows whose field count is wrong: the first of each count is reported,
 * with how many more share it and, when visible, the cause (a separator
 * at the end of every line, or the other separator).
 */
#define CSV_COUNTS 3	/* wrong field counts reported one by one */

struct badcount {
	const struct csv_row	*first;
	size_t			 count, more, trailing;
};

static void
count_mismatch(struct badcount *bc, size_t *nbc, const struct csv_row *r)
{
	size_t i;

	for (i = 0; i < *nbc; i++)
		if (bc[i].count == r->n)
			break;
	if (i == *nbc) {
		if (*nbc == CSV_COUNTS)
			i = CSV_COUNTS;	/* a ragged file: the rest are only counted */
		else {
			memset(&bc[i], 0, sizeof(bc[i]));
			bc[i].first = r;
			bc[i].count = r->n;
			(*nbc)++;
			bc[i].trailing += r->n > 0 && r->f[r->n - 1].len == 0;
			return;
		}
	}
	if (bc[i].more++ == 0 && i == CSV_COUNTS)
		bc[i].first = r;
	bc[i].trailing += r->n > 0 && r->f[r->n - 1].len == 0;
}

static void
report_counts(const struct badcount *bc, size_t nbc, size_t ncols)
{
	if (bc[CSV_COUNTS].more > 0)
		diag(&bc[CSV_COUNTS].first->pos, MSG_CSV_FIELDS_OTHER,
		    bc[CSV_COUNTS].more, ncols);
	for (size_t i = 0; i < nbc; i++) {
		const struct badcount *c = &bc[i];

		if (c->more == 0)
			diag(&c->first->pos, MSG_CSV_FIELDS, c->count, ncols);
		else if (c->count == ncols + 1 && c->trailing == c->more + 1)
			diag(&c->first->pos, MSG_CSV_FIELDS_TRAILING, c->count,
			    ncols, c->more);
		else
			diag(&c->first->pos, MSG_CSV_FIELDS_MANY, c->count,
			    ncols, c->more);
	}
}

static struct trow *sheet_rows(struct builder *, const struct node *,
    const struct table *, size_t *, int *, const struct csv *,
    struct arena *, int);

/* The body from a CSV file or a sheet; *lost when some of its rows could
 * not be read. */
static struct trow *
csv_rows(struct builder *b, const struct node *m, const struct table *t,
    size_t *n, int *lost)
{
	const struct node	*name = node_get(m, "baris");
	struct in_req		 rq = { b->dir, name->str, &name->pos,
				    MSG_CSV_FILE, CSV_MAX_FILE };
	size_t			 ncols = t->ncols;
	struct csv		 csv;
	const char		*path;
	struct arena		*scratch;

	*n = 0;
	*lost = 1;
	/* the parsed file is scaffolding: only the cells are kept */
	scratch = arena_new();
	if (name->type == NODE_MAP) {
		if (!xlsx_source_ok(name)) {	/* said by the schema check */
			arena_free(scratch);
			b->errors++;
			return NULL;
		}
		/* cells point at the path: it lives as long as the report */
		path = arena_printf(b->a, "%s/%s", b->dir,
		    node_str(name, "berkas"));
		if (xlsx_source(scratch, b->dir, name, MSG_DATA_FILE, path,
		    &csv) != 0) {
			arena_free(scratch);
			b->errors++;
			return NULL;
		}
		return sheet_rows(b, m, t, n, lost, &csv, scratch, 1);
	}
	if (!pattern_match("^[A-Za-z0-9][A-Za-z0-9_.-]*\\.csv$", name->str,
	    name->len)) {
		diag(&name->pos, MSG_PATTERN, name->str, "baris",
		    tr("tulis daftar baris, nama berkas .csv di folder laporan, "
		    "atau lembar kerja {berkas: data.xlsx, lembar: Sheet1}",
		    "write a list of rows, the name of a .csv file in the report "
		    "folder, or a sheet {berkas: data.xlsx, lembar: Sheet1}"));
		arena_free(scratch);
		b->errors++;
		return NULL;
	}
	path = arena_printf(b->a, "%s/%s", b->dir, name->str);
	if (csv_load(scratch, &rq, path, ncols, &csv) != 0) {
		arena_free(scratch);
		b->errors++;
		return NULL;
	}
	return sheet_rows(b, m, t, n, lost, &csv, scratch, 0);
}

/*
 * The body from the rows of a CSV file or a sheet (then scratch is
 * freed).  A sheet's first row is its 'baris_kepala': a header always.
 */
static struct trow *
sheet_rows(struct builder *b, const struct node *m, const struct table *t,
    size_t *n, int *lost, const struct csv *csvp, struct arena *scratch,
    int sheet)
{
	const struct csv	 csv = *csvp;
	size_t			 ncols = t->ncols, nbc = 0;
	struct badcount		 bc[CSV_COUNTS + 1];	/* the last: the rest */
	int			 header;
	struct trow		*rows;

	memset(&bc[CSV_COUNTS], 0, sizeof(bc[CSV_COUNTS]));
	*lost = 0;
	rows = arena_alloc(b->a, csv.n * sizeof(*rows));
	header = sheet || csv_header(b, t, m, &csv.rows[0]);
	for (size_t i = 0; i < csv.n; i++) {
		const struct csv_row *cr = &csv.rows[i];

		if (cr->n != ncols) {
			count_mismatch(bc, &nbc, cr);
			b->errors++;
			*lost |= i > 0 || !header;
			continue;
		}
		if (i == 0 && header)
			continue;
		rows[*n].pos = cr->pos;
		rows[*n].n = cr->n;
		rows[*n].cells = arena_alloc(b->a, cr->n * sizeof(struct tcell));
		for (size_t k = 0; k < cr->n; k++)
			rows[*n].cells[k] = csv_cell(b, &cr->f[k]);
		(*n)++;
	}
	report_counts(bc, nbc, ncols);
	arena_free(scratch);
	return rows;
}

/* Columns still taken by rowspans from the rows above. */
static int
held_count(const int *held, size_t ncols)
{
	int n = 0;

	for (size_t k = 0; k < ncols; k++)
		n += held[k] > 0;
	return n;
}

/*
 * Give every cell its column and check that each row fills all columns,
 * counting the columns still held by rowspans from the rows above.  In a
 * row that does not, which cell belongs to which column is a guess: it is
 * marked, and nothing is concluded from its cells.
 */
static void
place_grid(struct builder *b, struct trow *rows, size_t n, size_t ncols)
{
	int *held = xcalloc(ncols + 1, sizeof(int));

	for (size_t r = 0; r < n; r++) {
		size_t	c = 0, k;
		int	filled, above, merged = 0;

		filled = above = held_count(held, ncols);
		for (k = 0; k < rows[r].n; k++) {
			struct tcell *cell = &rows[r].cells[k];

			while (c < ncols && held[c] > 0)
				c++;
			cell->col = (int)c;
			if (c + (size_t)cell->colspan > ncols) {
				if (cell->colspan > 1 && c < ncols)
					diag(&cell->text.pos, MSG_TABLE_SPAN,
					    tr("sisi kanan", "right edge"));
				else if (above == 0 && !merged)	/* a cell too many */
					diag(&cell->text.pos, MSG_TABLE_EXTRA_CELLS,
					    rows[r].n - k, (int)ncols);
				else
					diag(&cell->text.pos, MSG_TABLE_EXTRA_HELD,
					    rows[r].n - k, (int)ncols);
				b->errors++;
				rows[r].misplaced = 1;
				break;
			}
			if (r + (size_t)cell->rowspan > n) {
				diag(&cell->text.pos, MSG_TABLE_SPAN,
				    tr("baris terakhir", "last row"));
				b->errors++;
				cell->rowspan = (int)(n - r);
			}
			merged |= cell->colspan > 1;
			for (int s = 0; s < cell->colspan; s++)
				held[c + (size_t)s] = cell->rowspan;
			filled += cell->colspan;
			c += (size_t)cell->colspan;
		}
		if (k == rows[r].n && filled != (int)ncols) {
			diag(&rows[r].pos, MSG_TABLE_ROW_COLS, filled, (int)ncols);
			b->errors++;
			rows[r].misplaced = 1;
		}
		for (k = 0; k < ncols; k++)
			if (held[k] > 0)
				held[k]--;
	}
	free(held);
}

/* The cell's text without faces, in buf (cut to fit): numbers are short. */
static const char *
plain_buf(const struct text *t, char *buf, size_t sz)
{
	size_t o = 0;

	for (size_t i = 0; i < t->n && o + 1 < sz; i++) {
		size_t n = t->runs[i].len < sz - 1 - o ? t->runs[i].len :
		    sz - 1 - o;

		memcpy(buf + o, t->runs[i].text, n);
		o += n;
	}
	buf[o] = '\0';
	return buf;
}

/* A number column's cell that is not a usable figure: say why. */
static void
bad_number(struct builder *b, struct tcell *c, const struct tcol *col,
    const char *s, int why)
{
	const char	*title = text_flat(b->a, &col->title);
	char		 buf[NUM_BUFSZ];

	s = arena_strdup(b->a, s);
	if (why == NUM_EBIG) {
		num_format_max(buf, sizeof(buf));
		diag(&c->text.pos, MSG_TABLE_NUM_BIG, s, title, buf, NUM_DIGITS);
	} else if (why == NUM_EFINE)
		diag(&c->text.pos, MSG_TABLE_NUM_FINE, s, title, NUM_DECIMALS,
		    NUM_DECIMALS);
	else
		diag(&c->text.pos, MSG_TABLE_NUMBER, s, title,
		    col_kind_ch[col->kind]);
	b->errors++;
	c->invalid = 1;
}

/* A NIP cell checked and printed with its standard spaces. */
static void
format_nip(struct builder *b, struct tcell *c, const char *s)
{
	char		 buf[64];
	const char	*why = nip_check(s, strlen(s), buf, sizeof(buf));

	if (why != NULL) {
		diag(&c->text.pos, MSG_NIP, s, why);
		b->errors++;
		c->invalid = 1;
		return;
	}
	c->text.n = 1;
	c->text.runs[0].text = arena_strdup(b->a, buf);
	c->text.runs[0].len = strlen(buf);
}

/*
 * A number column's cell: its form checked (check_tlint.c), parsed, then
 * printed the column's way.
 */
static void
format_cell(struct builder *b, struct tlint *l, const struct tcol *col,
    struct tcell *c)
{
	char		 tmp[NUM_TEXT_MAX], typed[NUM_TEXT_MAX];
	const char	*s;
	struct num	 v;
	int		 rc;

	if (col->kind == COL_TEKS || c->colspan > 1 || c->list != NULL ||
	    c->nparas > 0 || c->text.n == 0 || c->invalid)
		return;
	s = refs_typed_cell(plain_buf(&c->text, tmp, sizeof(tmp)), typed,
	    sizeof(typed));
	if (s == typed && num_parse(s, strlen(s), &v) != NUM_OK)
		return;		/* refs_scan said so, at the typed figure */
	if (col->kind == COL_NIP) {
		format_nip(b, c, s);
		return;
	}
	if (tlint_form(l, col, c, s))
		return;
	if ((rc = num_parse(s, strlen(s), &v)) != NUM_OK) {
		bad_number(b, c, col, s, rc);
		return;
	}
	tlint_value(l, col, c, s, &v);
	tcell_number(b->a, col, c, &v);
}

/*
 * Every number cell of the rows, except in a row that does not fill the
 * columns: which column its cells are in is unknown.
 */
static void
format_numbers(struct builder *b, struct tlint *l, const struct table *t,
    struct trow *rows, size_t n, int totals)
{
	for (size_t r = 0; r < n; r++)
		for (size_t k = 0; !rows[r].misplaced && k < rows[r].n; k++) {
			struct tcell *c = &rows[r].cells[k];

			if (totals && c->text.n > 0 &&
			    strcmp(text_flat(b->a, &c->text), "otomatis") == 0)
				c->automatic = 1;	/* derive's */
			else
				format_cell(b, l, &t->cols[c->col], c);
		}
}

/*
 * A table typed by hand: it has rows, and its columns show what the rows
 * say ('isi' is for data tables).  0 when it cannot be built.
 */
static int
typed_columns(struct builder *b, const struct table *t, const struct node *m)
{
	const struct node	*cols = node_get(m, "kolom");
	int			 ok = 1;

	if (node_get(m, "baris") == NULL) {
		diag(&m->pos, MSG_TDATA_NOROWS);
		b->errors++;
		ok = 0;
	}
	for (size_t i = 0; i < t->ncols; i++)
		if (t->cols[i].src != SRC_NONE) {
			diag(&node_get(cols->vals[i], "isi")->pos,
			    MSG_TDATA_ISI_TYPED);
			b->errors++;
			ok = 0;
		}
	return ok;
}

struct table *
build_table(struct builder *b, const struct node *m)
{
	struct table		*t = arena_alloc(b->a, sizeof(*t));
	const struct node	*rows = node_get(m, "baris");
	struct tlint		*lint;

	t->pos = m->pos;
	t->caption = build_text(b, node_get(m, "judul"));
	t->key = node_str(m, "kunci");
	if (t->key != NULL)
		t->keypos = node_get(m, "kunci")->pos;
	t->landscape = is_landscape(m);
	if (node_get(m, "kolom")->n == 0) {
		diag(&node_get(m, "kolom")->pos, MSG_EMPTY_VALUE, "kolom",
		    tr("paling sedikit satu kolom", "at least one column"));
		b->errors++;
		return t;
	}
	build_cols(b, t, node_get(m, "kolom"));
	if (node_get(m, "kepala") != NULL)
		t->head = build_rows(b, node_get(m, "kepala"), &t->nhead);
	t->colnums = node_get(m, "nomor_kolom") != NULL &&
	    schema_bool(node_get(m, "nomor_kolom"));
	if (node_get(m, "sumber") != NULL)
		t->source = build_text(b, node_get(m, "sumber"));
	place_grid(b, t->head, t->nhead, t->ncols);
	if (node_get(m, "data") != NULL) {
		build_tdata(b, t, m);	/* its rows are derive's */
		return t;
	}
	if (!typed_columns(b, t, m))
		return t;
	if (rows->type == NODE_SCALAR || rows->type == NODE_MAP)
		t->body = csv_rows(b, m, t, &t->nbody, &t->rows_lost);
	else
		t->body = build_rows(b, rows, &t->nbody);
	if (node_get(m, "jumlah") != NULL)
		t->total = build_rows(b, node_get(m, "jumlah"), &t->ntotal);
	place_grid(b, t->body, t->nbody, t->ncols);
	place_grid(b, t->total, t->ntotal, t->ncols);
	lint = tlint_begin(b, t);
	format_numbers(b, lint, t, t->body, t->nbody, 0);
	format_numbers(b, lint, t, t->total, t->ntotal, 1);
	tlint_end(lint);
	t->check_sums = node_get(m, "periksa_jumlah") == NULL ||
	    schema_bool(node_get(m, "periksa_jumlah"));
	staff_typed(b, t, m);	/* check_pegawai.c: periksa_pegawai */
	perf_typed(b, t, m);	/* check_tperf.c: periksa_kinerja */
	return t;
}
