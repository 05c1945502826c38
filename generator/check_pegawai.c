/*
 * check, staff records: the file 'data: pegawai' names (CSV with a header
 * line naming the columns, or YAML: a list 'pegawai'), one person per
 * line, each field checked against its list (pegawai.h); the sex read from
 * the NIP where a record leaves it empty; every NIP once.  Then the
 * tables that take their rows from 'pegawai' (a list of the staff, or
 * counted by a field: 'hitung'), and 'periksa_pegawai' of a typed table.
 * Nothing is counted here (derive does it).
 */
#include <stdlib.h>
#include <string.h>

#include "check_int.h"
#include "check_nip.h"
#include "check_xlsx.h"
#include "content_csv.h"
#include "content_load.h"
#include "input.h"
#include "mem.h"
#include "pegawai.h"

const char *const staff_file_re[] = {
	"^[A-Za-z0-9][A-Za-z0-9_.-]*\\.(csv|ya?ml)$",
	"nama berkas pegawai harus berakhiran .csv atau .yaml dan berada di folder laporan (tanpa '/')",
	"a staff file name must end in .csv or .yaml and sit in the report folder (no '/')",
	NULL };

/* The YAML form: pegawai: [ {nama: …, nip: …}, … ] */
static const struct field person_f[] = {
	{ "nama", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "nip", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "golongan", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "eselon", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "jabatan", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "jenis_kelamin", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "pendidikan", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "diklat", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "catatan", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema person_s = { "data 'pegawai'", "'pegawai' record",
	person_f, 0, NULL };
static const struct field yfile_f[] = {
	{ "pegawai", V_SEQ_MAP, 1, &person_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema yfile_s = { "berkas pegawai", "staff file",
	yfile_f, 0, NULL };

/* A record as written, before its fields are read. */
struct raw {
	struct pos		 pos;
	const char		*s[SF__MAX];	/* NULL: not written */
	size_t			 len[SF__MAX];
	struct pos		 at[SF__MAX];
	const struct node	*node[SF__MAX];	/* the YAML form's, or NULL */
};

struct loader {
	struct builder	*b;
	struct ptrvec	 jab;		/* const char *, each once */
};

/* ---- the file --------------------------------------------------------- */

static const char *
known_columns(void)
{
	return "nama, nip, golongan, eselon, jabatan, jenis_kelamin, "
	    "pendidikan, diklat, catatan";
}

/* A header cell as a key: lower case, blanks and '-' as '_'. */
static char *
column_key(struct arena *a, const struct csv_field *f)
{
	size_t	 len = f->len, o = 0;
	char	*k = arena_alloc(a, len + 1);
	size_t	 i = 0;

	while (i < len && f->s[i] == ' ')
		i++;
	while (len > i && f->s[len - 1] == ' ')
		len--;
	for (; i < len; i++) {
		char c = f->s[i];

		k[o++] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') :
		    c == ' ' || c == '-' ? '_' : c;
	}
	k[o] = '\0';
	return k;
}

/* The header line: the field of each column, -1 where it is wrong. */
static int
header(struct builder *b, const struct csv_row *h, int *col)
{
	int		 errs = 0, first[SF__MAX];
	struct suggest	 s;

	for (int f = 0; f < SF__MAX; f++)
		first[f] = -1;
	for (size_t k = 0; k < h->n; k++) {
		char		*key = column_key(b->a, &h->f[k]);
		int		 f = staff_field(key);
		const char	*sugg;

		col[k] = -1;
		if (key[0] == '\0') {
			diag(&h->f[k].pos, MSG_STAFF_COLUMN_EMPTY,
			    known_columns());
			errs++;
			continue;
		}
		if (f < 0) {
			suggest_init(&s, key);
			for (int g = 0; g < SF__MAX; g++)
				suggest_offer(&s, staff_key((enum sfield)g));
			if ((sugg = suggest_result(&s)) != NULL)
				diag(&h->f[k].pos, MSG_STAFF_COLUMN_SUGG, h->f[k].s,
				    sugg);
			else
				diag(&h->f[k].pos, MSG_STAFF_COLUMN, h->f[k].s,
				    known_columns());
			errs++;
			continue;
		}
		if (first[f] >= 0) {
			diag_also(&h->f[first[f]].pos);
			diag(&h->f[k].pos, MSG_STAFF_COLUMN_DUP, key, first[f] + 1);
			errs++;
			continue;
		}
		first[f] = (int)k;
		col[k] = f;
	}
	if (first[SF_NAMA] < 0 && errs == 0) {
		diag(&h->pos, MSG_STAFF_NO_NAME);
		errs++;
	}
	return errs;
}

static int
blank_row(const struct csv_row *r)
{
	for (size_t k = 0; k < r->n; k++)
		for (size_t i = 0; i < r->f[k].len; i++)
			if (r->f[k].s[i] != ' ')
				return 0;
	return 1;
}

/* A field without the blanks around it, its position moved with it. */
static void
raw_field(struct raw *r, int f, const struct csv_field *cf)
{
	const char	*s = cf->s;
	size_t		 len = cf->len;
	struct pos	 p = cf->pos;

	while (len > 0 && (s[0] == ' ' || s[0] == '\t')) {
		s++;
		len--;
		p.col++;
	}
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	r->s[f] = s;
	r->len[f] = len;
	r->at[f] = p;
}

/* pegawai.csv, or a sheet: the records of its lines after the header. */
static struct raw *
csv_records(struct builder *b, const struct node *f, size_t *n, int *lost)
{
	struct in_req		 rq = { b->dir, f->str, &f->pos, MSG_DATA_FILE,
				    CSV_MAX_FILE };
	const char		*path = arena_printf(b->a, "%s/%s", b->dir, f->str);
	const struct csv_row	*bad = NULL;
	size_t			 more = 0;
	struct csv		 csv;
	struct raw		*v;
	int			*col, errs;

	*n = 0;
	if (f->type == NODE_MAP) {
		path = arena_printf(b->a, "%s/%s", b->dir,
		    node_str(f, "berkas"));
		if (xlsx_source(b->a, b->dir, f, MSG_DATA_FILE, path,
		    &csv) != 0) {
			b->errors++;
			return NULL;
		}
	} else if (csv_load(b->a, &rq, path, 0, &csv) != 0) {
		b->errors++;
		return NULL;
	}
	col = arena_alloc(b->a, (csv.rows[0].n + 1) * sizeof(*col));
	if ((errs = header(b, &csv.rows[0], col)) > 0) {
		b->errors += errs;
		return NULL;
	}
	v = arena_alloc(b->a, csv.n * sizeof(*v));
	for (size_t i = 1; i < csv.n; i++) {
		const struct csv_row	*r = &csv.rows[i];
		struct raw		*w = &v[*n];

		if (blank_row(r))
			continue;	/* ";;;;" as spreadsheets end a file */
		if (r->n != csv.rows[0].n) {
			if (bad == NULL)
				bad = r;
			else
				more++;
			continue;
		}
		w->pos = r->pos;
		for (size_t k = 0; k < r->n; k++)
			if (col[k] >= 0)
				raw_field(w, col[k], &r->f[k]);
		(*n)++;
	}
	if (bad != NULL) {
		*lost = 1;	/* counts would be short: no finding on them */
		diag_also(&csv.rows[0].pos);
		if (more == 0)
			diag(&bad->pos, MSG_STAFF_FIELDS, bad->n, csv.rows[0].n,
			    csv.rows[0].pos.line);
		else
			diag(&bad->pos, MSG_STAFF_FIELDS_MANY, bad->n,
			    csv.rows[0].n, csv.rows[0].pos.line, more);
		b->errors++;
	}
	return v;
}

/* The YAML form: its records, after its schema. */
static struct raw *
yaml_records(struct builder *b, const struct node *f, size_t *n)
{
	struct in_req		 rq = { b->dir, f->str, &f->pos, MSG_DATA_FILE,
				    LOAD_MAX_FILE };
	struct node		*root = content_load_file(b->a, &rq);
	const struct node	*seq;
	struct raw		*v;

	*n = 0;
	if (root == NULL || check_schema(root, &yfile_s) > 0) {
		b->errors++;
		return NULL;
	}
	seq = node_get(root, "pegawai");
	v = arena_alloc(b->a, (seq->n + 1) * sizeof(*v));
	for (size_t i = 0; i < seq->n; i++) {
		const struct node *m = seq->vals[i];

		v[i].pos = m->pos;
		for (int k = 0; k < SF__MAX; k++) {
			const struct node *x = node_get(m,
			    staff_key((enum sfield)k));

			if (x == NULL)
				continue;
			v[i].s[k] = x->str;
			v[i].len[k] = x->len;
			v[i].at[k] = x->pos;
			v[i].node[k] = x;
		}
	}
	*n = seq->n;
	return v;
}

/* ---- a record ----------------------------------------------------------- */

static char *
copy(struct builder *b, const struct raw *r, int f)
{
	return arena_strndup(b->a, r->s[f] != NULL ? r->s[f] : "", r->len[f]);
}

/* Text as a list prints it: markup and the font's characters checked. */
static struct text
field_text(struct builder *b, const struct raw *r, int f)
{
	struct node n;

	if (r->len[f] == 0)
		return text_plain(b->a, "", FACE_REGULAR, r->at[f].file != NULL ?
		    r->at[f] : r->pos);
	if (r->node[f] != NULL)
		return build_text(b, r->node[f]);
	memset(&n, 0, sizeof(n));
	n.type = NODE_SCALAR;
	n.str = copy(b, r, f);
	n.len = r->len[f];
	n.pos = r->at[f];
	return build_text(b, &n);
}

/* Where byte off of a field stands. */
static struct pos
field_pos(const struct raw *r, int f, size_t off)
{
	struct pos p = r->at[f];

	if (r->node[f] != NULL)
		return node_char_pos(r->node[f], off);
	for (size_t i = 0; i < off; i++)
		p.col += ((unsigned char)r->s[f][i] & 0xC0) != 0x80;
	return p;
}

/* A value that is not one of its field's list. */
static void
bad_value(struct builder *b, int f, const char *s, struct pos at)
{
	static const enum msg why[SF__MAX] = { MSG__MAX, MSG__MAX,
		MSG_STAFF_GOLONGAN, MSG_STAFF_ESELON, MSG__MAX, MSG_STAFF_SEX,
		MSG_STAFF_PENDIDIKAN, MSG_STAFF_DIKLAT, MSG__MAX };

	diag(&at, why[f], s);
	b->errors++;
}

/* golongan, eselon, jenis kelamin, pendidikan: one value of the list. */
static void
coded(struct loader *l, const struct raw *r, struct person *p, int f)
{
	int v = staff_value((enum sfield)f, r->s[f] != NULL ? r->s[f] : "",
	    r->len[f]);

	if (v == SV_BAD) {
		bad_value(l->b, f, copy(l->b, r, f), r->at[f]);
		v = SV_UNKNOWN;		/* counted nowhere: no knock-on */
	}
	p->value[f] = v;
	p->text[f] = text_plain(l->b->a, staff_short((enum sfield)f, v),
	    FACE_REGULAR, r->at[f]);
}

/* diklat: "PIM IV; PKA" (';' or ','), '-' for none. */
static void
diklat(struct loader *l, const struct raw *r, struct person *p)
{
	const char	*s = r->s[SF_DIKLAT];
	size_t		 len = r->len[SF_DIKLAT], i = 0;
	int		 dash = 0;
	char		*out;
	size_t		 o = 0;

	p->value[SF_DIKLAT] = SV_UNKNOWN;
	while (s != NULL && i < len) {
		size_t	 e = i;
		int	 v;

		while (e < len && s[e] != ';' && s[e] != ',')
			e++;
		v = staff_value(SF_DIKLAT, s + i, e - i);
		if (v == SV_BAD) {
			size_t a = i, z = e;

			while (a < z && s[a] == ' ')
				a++;
			while (z > a && s[z - 1] == ' ')
				z--;
			bad_value(l->b, SF_DIKLAT, arena_strndup(l->b->a,
			    s + a, z - a), field_pos(r, SF_DIKLAT, a));
		} else if (v == SV_NONE)
			dash = 1;
		else if (v >= 0)
			p->diklat |= 1u << v;
		i = e + 1;
	}
	if (dash && p->diklat != 0) {
		diag(&r->at[SF_DIKLAT], MSG_STAFF_DIKLAT_DASH);
		l->b->errors++;
		p->diklat = 0;
		dash = 0;
	}
	if (dash)
		p->value[SF_DIKLAT] = SV_NONE;
	else if (p->diklat != 0)
		p->value[SF_DIKLAT] = 0;
	/* the list as printed: in the official order */
	out = arena_alloc(l->b->a, 16 * (size_t)staff_nvalues(SF_DIKLAT) + 2);
	if (dash)
		out[o++] = '-';
	for (int k = 0; k < staff_nvalues(SF_DIKLAT); k++) {
		const char *lab = staff_label(SF_DIKLAT, k);

		if (!(p->diklat >> k & 1))
			continue;
		if (o > 0) {
			memcpy(out + o, ", ", 2);
			o += 2;
		}
		memcpy(out + o, lab, strlen(lab));
		o += strlen(lab);
	}
	out[o] = '\0';
	p->text[SF_DIKLAT] = text_plain(l->b->a, out, FACE_REGULAR,
	    r->at[SF_DIKLAT].file != NULL ? r->at[SF_DIKLAT] : r->pos);
}

static void
nip(struct loader *l, const struct raw *r, struct person *p)
{
	char		 buf[64];
	const char	*s = copy(l->b, r, SF_NIP), *why;

	p->text[SF_NIP] = text_plain(l->b->a, "", FACE_REGULAR, r->pos);
	if (r->len[SF_NIP] == 0)
		return;
	if ((why = nip_check(s, strlen(s), buf, sizeof(buf))) != NULL) {
		diag(&r->at[SF_NIP], MSG_NIP, s, why);
		l->b->errors++;
		return;
	}
	p->nip = arena_strdup(l->b->a, buf);
	p->text[SF_NIP] = text_plain(l->b->a, p->nip, FACE_REGULAR,
	    r->at[SF_NIP]);
}

/* Empty: the NIP's digit 15 says it.  Stated otherwise: a warning. */
static void
sex(struct loader *l, const struct raw *r, struct person *p)
{
	int		 from = p->nip != NULL ? staff_nip_sex(p->nip,
			    strlen(p->nip)) : SV_UNKNOWN;
	int		 v = p->value[SF_JENIS_KELAMIN];

	if (v == SV_UNKNOWN && r->len[SF_JENIS_KELAMIN] == 0 && from >= 0) {
		p->value[SF_JENIS_KELAMIN] = from;
		p->sex_from_nip = 1;
		p->text[SF_JENIS_KELAMIN] = text_plain(l->b->a,
		    staff_short(SF_JENIS_KELAMIN, from), FACE_REGULAR, r->pos);
		return;
	}
	if (v >= 0 && from >= 0 && v != from) {
		const char *said = staff_short(SF_JENIS_KELAMIN, v);

		diag(&r->at[SF_JENIS_KELAMIN], MSG_STAFF_SEX_NIP, said, p->nip,
		    staff_short(SF_JENIS_KELAMIN, from), said);
	}
}

static int
jabatan(struct loader *l, const char *s)
{
	for (size_t i = 0; i < l->jab.n; i++)
		if (strcmp(l->jab.v[i], s) == 0)
			return (int)i;
	ptrvec_push(&l->jab, (void *)s);
	return (int)l->jab.n - 1;
}

static void
build_person(struct loader *l, const struct raw *r, struct person *p)
{
	struct builder *b = l->b;

	p->pos = r->pos;
	p->text = arena_alloc(b->a, SF__MAX * sizeof(*p->text));
	for (int f = 0; f < SF__MAX; f++) {
		p->at[f] = r->at[f].file != NULL ? r->at[f] : r->pos;
		p->value[f] = SV_UNKNOWN;
	}
	/* a record of the YAML form without it: said by its schema */
	if (r->len[SF_NAMA] == 0 && r->node[SF_NAMA] == NULL) {
		diag(&p->at[SF_NAMA], MSG_EMPTY_TEXT, "nama");
		b->errors++;
	}
	p->text[SF_NAMA] = field_text(b, r, SF_NAMA);
	p->text[SF_JABATAN] = field_text(b, r, SF_JABATAN);
	p->text[SF_CATATAN] = field_text(b, r, SF_CATATAN);
	if (r->len[SF_JABATAN] > 0)
		p->value[SF_JABATAN] = jabatan(l, copy(b, r, SF_JABATAN));
	nip(l, r, p);
	coded(l, r, p, SF_GOLONGAN);
	coded(l, r, p, SF_ESELON);
	coded(l, r, p, SF_JENIS_KELAMIN);
	coded(l, r, p, SF_PENDIDIKAN);
	diklat(l, r, p);
	sex(l, r, p);
}

/* Every NIP once: a second one names the first. */
static void
nip_twice(struct builder *b, struct staff *st)
{
	const char	**nip = xcalloc(st->n + 1, sizeof(*nip));
	size_t		 *first = xcalloc(st->n + 1, sizeof(*first));

	for (size_t i = 0; i < st->n; i++)
		nip[i] = st->p[i].nip;
	first_equal(nip, st->n, first);
	for (size_t i = 0; i < st->n; i++) {
		const struct person *f = &st->p[first[i]];

		if (first[i] == i)
			continue;
		diag_also(&f->at[SF_NIP]);
		diag(&st->p[i].at[SF_NIP], MSG_STAFF_NIP_DUP, st->p[i].nip,
		    text_flat(b->a, &f->text[SF_NAMA]), f->at[SF_NIP].file,
		    f->at[SF_NIP].line);
		b->errors++;
	}
	free(nip);
	free(first);
}

struct staff *
staff_load(struct builder *b, const struct node *f)
{
	struct loader	 l;
	struct staff	*st;
	struct raw	*raw;
	size_t		 n, len = f->len;
	int		 lost = 0;

	raw = f->type == NODE_MAP ||
	    (len > 4 && strcmp(f->str + len - 4, ".csv") == 0) ?
	    csv_records(b, f, &n, &lost) : yaml_records(b, f, &n);
	if (raw == NULL)
		return NULL;
	st = arena_alloc(b->a, sizeof(*st));
	st->lost = lost;
	st->pos = f->pos;
	st->name = f->type == NODE_MAP ? node_str(f, "berkas") : f->str;
	st->n = n;
	st->p = arena_alloc(b->a, (n + 1) * sizeof(*st->p));
	memset(&l, 0, sizeof(l));
	l.b = b;
	for (size_t i = 0; i < n; i++)
		build_person(&l, &raw[i], &st->p[i]);
	nip_twice(b, st);
	st->njabatan = l.jab.n;
	st->jabatan = arena_alloc(b->a, (l.jab.n + 1) * sizeof(*st->jabatan));
	if (l.jab.n > 0)
		memcpy(st->jabatan, l.jab.v, l.jab.n * sizeof(*st->jabatan));
	ptrvec_free(&l.jab);
	return st;
}

/* ---- tables ------------------------------------------------------------ */

/* What 'hitung' and a count column's 'pecah' may name. */
static const char *const by_ch[] = { "golongan", "eselon", "jabatan",
	"jenis_kelamin", "pendidikan", "diklat", NULL };

static int check_groups(const struct node *, const struct field *);

static const struct field count_f[] = {
	{ "menurut", V_CHOICE, 1, NULL, by_ch, 0, 0, NULL, NULL },
	{ "pecah", V_CHOICE, 0, NULL, by_ch, 0, 0, NULL, NULL },
	{ "kelompok", V_CUSTOM, 0, NULL, NULL, 0, 0, check_groups, NULL },
	{ "subjumlah", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
const struct schema tcount_s = { "'hitung'", "'hitung'", count_f, 0,
	"menurut" };

static const struct field group_f[] = {
	{ "judul", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "nilai", V_SEQ_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema group_s = { "baris 'kelompok'", "'kelompok' row",
	group_f, 0, "nilai" };
static const struct field groups_f =
	{ "kelompok", V_SEQ_MAP, 0, &group_s, NULL, 0, 0, NULL, NULL };

static const struct field staffcheck_f[] = {
	{ "jumlah", V_INT, 0, NULL, NULL, 1, 64, NULL, NULL },
	{ "laki_laki", V_INT, 0, NULL, NULL, 1, 64, NULL, NULL },
	{ "perempuan", V_INT, 0, NULL, NULL, 1, 64, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
const struct schema tstaffcheck_s = { "'periksa_pegawai'", "'periksa_pegawai'",
	staffcheck_f, 0, NULL };

/* kelompok: semua, or a list of rows (a value, or {judul, nilai}). */
static int
check_groups(const struct node *n, const struct field *f)
{
	(void)f;
	if (n->type == NODE_SCALAR) {
		if (strcmp(n->str, "semua") == 0)
			return 0;
		diag(&n->pos, MSG_TSTAFF_SEMUA, n->str);
		return 1;
	}
	return check_value(n, &groups_f, "");
}

int
staff_src(enum col_src src)
{
	switch (src) {
	case SRC_NOMOR: case SRC_NAMA: case SRC_PORSI: case SRC_NIP:
	case SRC_GOLONGAN: case SRC_PANGKAT: case SRC_ESELON: case SRC_JABATAN:
	case SRC_JENIS_KELAMIN: case SRC_PENDIDIKAN: case SRC_DIKLAT:
	case SRC_CATATAN: case SRC_KELOMPOK: case SRC_JUMLAH:
		return 1;
	default:
		return 0;
	}
}

/* Which 'isi' a list of the staff has, and which a counted table. */
static int
list_src(enum col_src src)
{
	return staff_src(src) && src != SRC_PORSI && src != SRC_KELOMPOK &&
	    src != SRC_JUMLAH;
}

static int
count_src(enum col_src src, int by)
{
	return src == SRC_NOMOR || src == SRC_KELOMPOK || src == SRC_JUMLAH ||
	    src == SRC_PORSI || (src == SRC_PANGKAT && by == SF_GOLONGAN);
}

/* A jabatan of a table that no one has: it counts no one. */
#define SV_NO_ONE	(-4)

/* A value of field f written in a table; SV_BAD after its error. */
static int
table_value(struct builder *b, int f, const struct node *v, int unknown)
{
	int k;

	if (unknown && strcmp(v->str, "tidak_diketahui") == 0)
		return SV_UNKNOWN;
	if (f == SF_JABATAN) {
		/* free text: the staff's jabatan, or one no one has */
		for (size_t i = 0; b->staff != NULL && i < b->staff->njabatan;
		    i++)
			if (strcmp(b->staff->jabatan[i], v->str) == 0)
				return (int)i;
		return SV_NO_ONE;
	}
	if ((k = staff_value((enum sfield)f, v->str, v->len)) == SV_BAD ||
	    (k == SV_UNKNOWN && !unknown)) {
		bad_value(b, f, v->str, v->pos);
		return SV_BAD;
	}
	return k;
}

static const char *
value_label(struct builder *b, int f, int v, const struct node *n)
{
	if (f == SF_JABATAN)
		return n->str;
	(void)b;
	return staff_label((enum sfield)f, v);
}

/* kelompok: [III/b, {judul: "Diploma IV, S-1", nilai: [D4, S1]}] */
static void
build_groups(struct builder *b, struct tcount *c, const struct node *n)
{
	c->nrows = n->n;
	c->rows = arena_alloc(b->a, (n->n + 1) * sizeof(*c->rows));
	for (size_t i = 0; i < n->n; i++) {
		const struct node	*e = n->vals[i];
		const struct node	*vs = e->type == NODE_MAP ?
					    node_get(e, "nilai") : e;
		struct tgroup		*g = &c->rows[i];
		size_t			 k = vs->type == NODE_SEQ ? vs->n : 1;

		g->pos = e->pos;
		g->values = arena_alloc(b->a, (k + 1) * sizeof(*g->values));
		for (size_t j = 0; j < k; j++) {
			const struct node *v = vs->type == NODE_SEQ ?
			    vs->vals[j] : vs;
			int x = table_value(b, c->by, v, 0);

			if (x == SV_BAD)
				continue;	/* reported */
			for (size_t p = 0; x != SV_NO_ONE && p < i; p++)
				for (size_t q = 0; q < c->rows[p].nvalues; q++)
					if (c->rows[p].values[q] == x) {
						diag(&v->pos, MSG_TSTAFF_TWICE,
						    v->str, text_flat(b->a,
						    &c->rows[p].label));
						b->errors++;
					}
			if (g->nvalues == 0 && (e->type != NODE_MAP ||
			    node_get(e, "judul") == NULL))
				g->label = text_plain(b->a, value_label(b,
				    c->by, x, v), FACE_REGULAR, v->pos);
			g->values[g->nvalues++] = x;
		}
		if (e->type == NODE_MAP && node_get(e, "judul") != NULL)
			g->label = build_text(b, node_get(e, "judul"));
		else if (g->nvalues == 0)
			g->label = text_plain(b->a, "", FACE_REGULAR, e->pos);
	}
}

static int
field_choice(struct builder *b, const struct node *v, const char *key)
{
	int k = choice_index(by_ch, v->str);

	if (k < 0) {
		diag(&v->pos, MSG_BAD_CHOICE, v->str, key, "golongan, eselon, "
		    "jabatan, jenis_kelamin, pendidikan, diklat");
		b->errors++;
		return -1;
	}
	return staff_field(by_ch[k]);
}

static struct tcount *
build_count(struct builder *b, const struct node *h)
{
	struct tcount		*c = arena_alloc(b->a, sizeof(*c));
	const struct node	*by = h->type == NODE_SCALAR ? h :
				    node_get(h, "menurut");
	const struct node	*v;

	c->pos = h->pos;
	c->split = -1;
	if ((c->by = field_choice(b, by, "hitung")) < 0)
		return NULL;
	if ((v = node_get(h, "pecah")) != NULL)
		c->split = staff_field(v->str);
	if ((v = node_get(h, "kelompok")) != NULL) {
		if (v->type == NODE_SCALAR)
			c->all = 1;
		else
			build_groups(b, c, v);
	}
	if ((v = node_get(h, "subjumlah")) != NULL) {
		if (c->by != SF_GOLONGAN && c->by != SF_ESELON) {
			diag(&v->pos, MSG_TSTAFF_SUBTOTAL);
			b->errors++;
		} else
			c->subtotal = build_text(b, v);
	}
	return c;
}

/* Whether anyone has field f filled in (diklat: '-' counts). */
static int
filled(const struct staff *st, int f)
{
	for (size_t i = 0; i < st->n; i++)
		if (st->p[i].value[f] != SV_UNKNOWN)
			return 1;
	return 0;
}

/* Every column shows what its kind of table has; 'nilai' read. */
static void
staff_columns(struct builder *b, struct table *t, const struct node *m,
    const struct tcount *c)
{
	const struct node *cols = node_get(m, "kolom");

	for (size_t i = 0; i < t->ncols; i++) {
		struct tcol		*col = &t->cols[i];
		const struct node	*cn = cols->vals[i];
		const struct node	*nv = node_get(cn, "nilai");

		if (col->src != SRC_NONE && !staff_src(col->src)) {
			diag(&node_get(cn, "isi")->pos, MSG_TDATA_ISI_SOURCE,
			    src_ch[col->src - 1], "pegawai");
			b->errors++;
		} else if (col->src != SRC_NONE && c != NULL &&
		    !count_src(col->src, c->by)) {
			diag(&node_get(cn, "isi")->pos, MSG_TSTAFF_ISI_COUNT,
			    src_ch[col->src - 1]);
			b->errors++;
		} else if (col->src != SRC_NONE && c == NULL &&
		    !list_src(col->src)) {
			diag(&node_get(cn, "isi")->pos, MSG_TSTAFF_ISI_LIST,
			    src_ch[col->src - 1]);
			b->errors++;
		}
		if (nv == NULL)
			continue;
		if (c == NULL || c->split < 0 || col->src != SRC_JUMLAH) {
			diag(&nv->pos, MSG_TSTAFF_NILAI);
			b->errors++;
			continue;
		}
		if ((col->match = table_value(b, c->split, nv, 1)) == SV_BAD)
			continue;	/* reported */
		col->has_match = 1;
	}
}

/* The total row of a counted table: its label; 'dari' can only be it. */
static void
staff_total(struct builder *b, struct tdata *d, const struct node *n)
{
	const char *from;

	if (n == NULL)
		return;
	if (d->count == NULL) {
		diag(&n->pos, MSG_TSTAFF_TOTAL_LIST);
		b->errors++;
		return;
	}
	d->has_total = 1;
	d->total_tree = TREE_PEGAWAI;
	d->total_label = build_text(b, n->type == NODE_SCALAR ? n :
	    node_get(n, "judul"));
	from = n->type == NODE_MAP ? node_str(n, "dari") : NULL;
	if (from != NULL && strcmp(from, "pegawai") != 0) {
		diag(&node_get(n, "dari")->pos, MSG_TDATA_TOTAL_SRC, from);
		b->errors++;
	}
}

/* 'hitung', 'nilai' and 'periksa_pegawai' where they mean nothing. */
static void
not_staff(struct builder *b, const struct node *m, int data)
{
	const struct node *cols = node_get(m, "kolom");

	if (node_get(m, "hitung") != NULL) {
		diag(&node_get(m, "hitung")->pos, MSG_TSTAFF_ONLY, "hitung");
		b->errors++;
	}
	for (size_t i = 0; cols != NULL && i < cols->n; i++)
		if (node_get(cols->vals[i], "nilai") != NULL) {
			diag(&node_get(cols->vals[i], "nilai")->pos,
			    MSG_TSTAFF_ONLY, "nilai");
			b->errors++;
		}
	if (data && node_get(m, "periksa_pegawai") != NULL) {
		diag(&node_get(m, "periksa_pegawai")->pos,
		    MSG_TSTAFF_CHECK_TYPED);
		b->errors++;
	}
}

int
staff_tdata(struct builder *b, struct table *t, const struct node *m,
    struct tdata *d)
{
	static const char *const other[] = { "tingkat", "huruf_besar",
				    "indikator", NULL };
	const struct node	*h = node_get(m, "hitung");
	size_t			 i;

	for (i = 0; i < d->nsrc && d->src[i].tree != TREE_PEGAWAI; i++)
		;
	if (i == d->nsrc) {
		not_staff(b, m, 1);
		return 0;
	}
	if (d->nsrc > 1) {
		diag(&d->src[i == 0 ? 1 : i].pos, MSG_TSTAFF_MIX);
		b->errors++;
		return 1;	/* no rows: the table is left out */
	}
	for (size_t k = 0; other[k] != NULL; k++)
		if (node_get(m, other[k]) != NULL) {
			diag(&node_get(m, other[k])->pos, MSG_TSTAFF_NOT,
			    other[k]);
			b->errors++;
		}
	if (d->src[0].heading.n > 0) {
		diag(&d->src[0].pos, MSG_TSTAFF_NOT, "judul");
		b->errors++;
	}
	if (node_get(m, "periksa_pegawai") != NULL) {
		diag(&node_get(m, "periksa_pegawai")->pos,
		    MSG_TSTAFF_CHECK_TYPED);
		b->errors++;
	}
	if (h != NULL && (d->count = build_count(b, h)) == NULL)
		return 1;
	staff_columns(b, t, m, d->count);
	staff_total(b, d, node_get(m, "baris_jumlah"));
	t->data = d;
	if (b->staff == NULL && !b->staff_named) {
		diag(&d->pos, MSG_TSTAFF_NODATA);
		b->errors++;
		return 1;
	}
	if (b->staff == NULL || d->count == NULL)
		return 1;	/* the file's errors are reported */
	if (!filled(b->staff, d->count->by)) {
		diag(&(h->type == NODE_SCALAR ? h : node_get(h, "menurut"))->pos,
		    MSG_TSTAFF_NOFIELD, staff_key(d->count->by), b->staff->name);
		b->errors++;
	}
	if (d->count->split >= 0 && !filled(b->staff, d->count->split)) {
		diag(&node_get(h, "pecah")->pos, MSG_TSTAFF_NOFIELD,
		    staff_key(d->count->split), b->staff->name);
		b->errors++;
	}
	return 1;
}

void
staff_typed(struct builder *b, struct table *t, const struct node *m)
{
	static const char *const key[SCHECK__MAX] = { "jumlah", "laki_laki",
		"perempuan" };
	const struct node	*pc = node_get(m, "periksa_pegawai");
	struct tstaffcheck	*sc;

	not_staff(b, m, 0);
	if (pc == NULL)
		return;
	sc = arena_alloc(b->a, sizeof(*sc));
	sc->pos = pc->pos;
	for (int k = 0; k < SCHECK__MAX; k++) {
		const struct node	*v = node_get(pc, key[k]);
		int			 c;

		sc->col[k] = -1;
		if (v == NULL)
			continue;
		c = atoi(v->str);
		if ((size_t)c > t->ncols || t->cols[c - 1].kind != COL_ANGKA) {
			diag(&v->pos, MSG_STAFF_CHECK_COL, key[k], c,
			    (int)t->ncols);
			b->errors++;
			continue;
		}
		sc->col[k] = c - 1;
	}
	if (t->ntotal == 0) {
		diag(&pc->pos, MSG_STAFF_CHECK_NOROW);
		b->errors++;
		return;
	}
	if (b->staff == NULL && !b->staff_named) {
		diag(&pc->pos, MSG_TSTAFF_NODATA);
		b->errors++;
		return;
	}
	t->staff_check = sc;
}
