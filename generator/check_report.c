/*
 * check, the report: laporan.yaml and the part files it lists, each read,
 * checked against its schema and built into the document model.  A file
 * that fails is not built, but its text is still checked so that one run
 * reports every problem.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_content.h"
#include "check_isi.h"
#include "check_int.h"
#include "check_xlsx.h"
#include "content_load.h"
#include "input.h"
#include "mem.h"
#include "template.h"

static const char *const kind_ch[] = { "kata_pengantar",
	"ikhtisar_eksekutif", "bab", "lampiran", NULL };

/* Titles printed large on a page of their own (cover, dividers): at 28 pt
 * a few lines of the text column, whatever the template. */
#define TITLE_MAX 200

static const struct field part_f[] = {
	{ "jenis", V_CHOICE, 1, NULL, kind_ch, 0, 0, NULL, NULL },
	{ "nomor", V_INT, 0, NULL, NULL, 1, 20, NULL, NULL },
	{ "judul", V_STR, 1, NULL, NULL, 0, TITLE_MAX, NULL, NULL },
	{ "isi", V_BLOCKS, 1, &content_blocks_s, NULL, 0, 0, NULL, NULL },
	{ "orientasi", V_CHOICE, 0, NULL, orient_ch, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema part_s = { "berkas bagian laporan",
	"report part file", part_f, 0, NULL };

static const char *const template_re[] = { "^[a-z0-9][a-z0-9_-]*$",
	"nama templat hanya huruf kecil, angka, '-' dan '_' (nama folder di templates/)",
	"a template name has only lowercase letters, digits, '-' and '_' (a folder in templates/)",
	NULL };
static const char *const part_file_re[] = {
	"^[A-Za-z0-9][A-Za-z0-9_.-]*\\.ya?ml$",
	"nama berkas bagian harus berakhiran .yaml dan berada di folder laporan (tanpa '/')",
	"a part file name must end in .yaml and sit in the report folder (no '/')",
	NULL };

static const char *const data_file_re[] = {
	"^[A-Za-z0-9][A-Za-z0-9_.-]*\\.ya?ml$",
	"nama berkas data harus berakhiran .yaml dan berada di folder laporan (tanpa '/')",
	"a data file name must end in .yaml and sit in the report folder (no '/')",
	NULL };

static const struct field meta_f[] = {
	{ "judul", V_STR, 1, NULL, NULL, 0, TITLE_MAX, NULL, NULL },
	{ "tahun", V_INT, 1, NULL, NULL, 2000, 2100, NULL, NULL },
	{ "templat", V_PATTERN, 1, NULL, template_re, 0, 0, NULL, NULL },
	{ "tanggal", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema meta_s = { "'laporan'", "'laporan'", meta_f, 0, NULL };

static const struct field agency_f[] = {
	{ "pemerintah", V_STR, 1, NULL, NULL, 0, TITLE_MAX, NULL, NULL },
	{ "nama", V_STR, 1, NULL, NULL, 0, TITLE_MAX, NULL, NULL },
	{ "singkatan", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "kota", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "alamat", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "telepon", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "surel", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "situs", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "kode_pos", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "lambang", V_PATTERN, 0, NULL, image_re, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema agency_s = { "'instansi'", "'instansi'",
	agency_f, 0, NULL };

/* An entry of 'berkas' is a bare file name (short_key), checked by pattern. */
static const struct field part_entry_f[] = {
	{ "berkas", V_PATTERN, 1, NULL, part_file_re, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema part_entry_s = { "daftar 'berkas'", "'berkas' list",
	part_entry_f, 0, "berkas" };

/* pegawai: a file name, or a sheet of a workbook (check_xlsx.h). */
static int
check_staff_src(const struct node *n, const struct field *f)
{
	static const struct field name_f = { "pegawai", V_PATTERN, 0, NULL,
	    staff_file_re, 0, 0, NULL, NULL };

	(void)f;
	if (n->type == NODE_MAP)
		return check_schema(n, &xlsx_source_s);
	return check_value(n, &name_f, "");
}

/* anggaran: a file name, or a sheet of a workbook (check_xlsx.h). */
static int
check_budget_src(const struct node *n, const struct field *f)
{
	static const struct field name_f = { "anggaran", V_PATTERN, 0, NULL,
	    data_file_re, 0, 0, NULL, NULL };

	(void)f;
	if (n->type == NODE_MAP)
		return check_schema(n, &xlsx_source_s);
	return check_value(n, &name_f, "");
}

/* The data files: facts stated once, which tables and text draw from. */
static const struct field data_f[] = {
	{ "anggaran", V_CUSTOM, 0, NULL, NULL, 0, 0, check_budget_src, NULL },
	{ "kinerja", V_PATTERN, 0, NULL, data_file_re, 0, 0, NULL, NULL },
	{ "pegawai", V_CUSTOM, 0, NULL, NULL, 0, 0, check_staff_src, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema data_s = { "'data'", "'data'", data_f, 0, NULL };

static const struct field report_f[] = {
	{ "laporan", V_MAP, 1, &meta_s, NULL, 0, 0, NULL, NULL },
	{ "instansi", V_MAP, 1, &agency_s, NULL, 0, 0, NULL, NULL },
	{ "data", V_MAP, 0, &data_s, NULL, 0, 0, NULL, NULL },
	{ "berkas", V_SEQ_MAP, 1, &part_entry_s, NULL, 0, 0, NULL, NULL },
	{ "tata_letak", V_MAP, 0, &template_own_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema report_s = { "laporan.yaml", "laporan.yaml",
	report_f, 0, NULL };

const struct schema *
content_part_schema(void)
{
	return &part_s;
}
static struct part *
build_part(struct builder *b, const struct node *root)
{
	struct part	*p = arena_alloc(b->a, sizeof(*p));
	const char	*num = node_str(root, "nomor");

	p->pos = root->pos;
	p->kind = (enum part_kind)choice_index(kind_ch, node_str(root, "jenis"));
	p->number = num != NULL ? atoi(num) : 0;
	p->numpos = num != NULL ? node_get(root, "nomor")->pos : root->pos;
	p->title = build_text(b, node_get(root, "judul"));
	p->landscape = is_landscape(root);
	b->level = 1;
	p->blocks = build_blocks(b, node_get(root, "isi"), &p->n);
	return p;
}

/* ---- the report --------------------------------------------------- */

static const char *
kind_name(enum part_kind k)
{
	static const char *const names[2][4] = {
		{ "kata pengantar", "ikhtisar eksekutif", "BAB", "lampiran" },
		{ "foreword", "executive summary", "chapter", "appendix" },
	};

	return names[diag_lang()][k];
}

/* Numbered parts: no duplicates, and say so when out of order. */
static int
check_numbers(struct report *r)
{
	int errs = 0;

	for (size_t i = 0; i < r->nparts; i++) {
		struct part *p = r->parts[i];

		if (p->kind != PART_BAB && p->kind != PART_LAMPIRAN)
			continue;
		if (p->number == 0) {
			diag(&p->pos, MSG_MISSING_KEY, "nomor",
			    tr("berkas bab/lampiran", "chapter/appendix file"));
			errs++;
			continue;
		}
		for (size_t j = 0; j < i; j++) {
			struct part *q = r->parts[j];

			if (q->kind == p->kind && q->number == p->number) {
				diag_also(&q->numpos);
				diag(&p->numpos, MSG_PART_DUP, kind_name(p->kind),
				    p->number, q->numpos.file, q->numpos.line);
				errs++;
			}
		}
	}
	return errs;
}

/*
 * When a file fails the schema it is not built, but its text is still
 * checked (markup, characters, references) so one run reports every
 * problem, and the keys it defines are noted so that references to them
 * from other files are not reported as missing.
 */
static void
check_all_text(struct builder *b, const struct node *n)
{
	struct text	t;

	if (n->type == NODE_SCALAR) {
		b->errors += check_markup(b->a, n, b->fs, &t);
		refs_scan(b, n);
		return;
	}
	for (size_t i = 0; i < n->n; i++) {
		if (n->type == NODE_MAP && strcmp(n->keys[i]->str, "kunci") == 0 &&
		    n->vals[i]->type == NODE_SCALAR)
			ptrvec_push(&b->broken_keys, (void *)n->vals[i]->str);
		check_all_text(b, n->vals[i]);
	}
}

/*
 * A part that is not valid YAML (a tab in the indentation, a stray ':')
 * still shows its keys as lines "kunci: x": note them, so the references
 * of the other files are checked in the same run.  0 when the file could
 * not be read at all.
 */
static int
salvage_keys(struct builder *b, const struct in_req *rq)
{
	size_t		 len, i = 0;
	char		*buf = input_read(rq, &len);

	if (buf == NULL)
		return 0;
	while (i < len) {
		size_t k;

		while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '-'))
			i++;
		if (len - i > 6 && memcmp(buf + i, "kunci:", 6) == 0) {
			for (i += 6; i < len && (buf[i] == ' ' || buf[i] == '"' ||
			    buf[i] == '\''); i++)
				;
			for (k = i; k < len && ((buf[k] >= 'a' && buf[k] <= 'z') ||
			    (buf[k] >= '0' && buf[k] <= '9') || buf[k] == '-'); k++)
				;
			if (k > i)
				ptrvec_push(&b->broken_keys,
				    arena_strndup(b->a, buf + i, k - i));
		}
		while (i < len && buf[i] != '\n')
			i++;
		i++;
	}
	free(buf);
	return 1;
}

/* The checked tree of a part file; *unread when it could not be read. */
static struct node *
load_checked(struct builder *b, const struct in_req *rq, int *errs,
    int *unread)
{
	struct node *root = content_load_file(b->a, rq);

	if (root == NULL) {
		(*errs)++;
		if (!salvage_keys(b, rq))
			(*unread)++;
		return NULL;
	}
	*errs += check_isi(root);
	if (check_schema(root, &part_s) > 0) {
		int before = b->errors;

		check_all_text(b, root);
		b->errors = before;	/* counted once, below */
		(*errs)++;
		return NULL;
	}
	return root;
}

struct node *
report_load(struct arena *a, const char *dir, int *errs)
{
	struct in_req	 rq = { dir, "laporan.yaml", NULL, MSG_FILE_OPEN,
			    LOAD_MAX_FILE };
	struct node	*root;

	isi_reset();	/* the markers of this report only */
	root = content_load_file(a, &rq);
	if (root == NULL) {
		(*errs)++;
		return NULL;
	}
	/* markers are no shape errors: the report's year is still read (diag
	 * counts them, so the run fails all the same) */
	check_isi(root);
	*errs += check_schema(root, &report_s);
	return root->type == NODE_MAP ? root : NULL;
}

const struct node *
report_template(const struct node *root)
{
	const struct node *t = node_get(node_get(root, "laporan"), "templat");

	if (t == NULL || t->type != NODE_SCALAR ||
	    !pattern_match(template_re[0], t->str, t->len))
		return NULL;
	return t;
}

/* One entry of berkas: a file in the folder, then its checked tree. */
static struct node *
load_part(struct builder *b, const char *dir, const struct node *f,
    int *errs, int *unread)
{
	struct in_req rq = { dir, f->str, &f->pos, MSG_PART_FILE,
	    LOAD_MAX_FILE };

	if (f->type != NODE_SCALAR ||
	    !pattern_match(part_file_re[0], f->str, f->len))
		return NULL;	/* reported by the schema check */
	return load_checked(b, &rq, errs, unread);
}

static void
fill_meta(struct report *r, const struct node *root)
{
	const struct node *meta = node_get(root, "laporan");
	const struct node *ag = node_get(root, "instansi");

	r->title = node_str(meta, "judul");
	r->year = atoi(node_str(meta, "tahun"));
	r->template = node_str(meta, "templat");
	r->date = node_str(meta, "tanggal");
	/* tanggal: ISI was said by check_isi */
	r->date_pos = r->date != NULL ? node_get(meta, "tanggal")->pos :
	    meta->pos;
	r->gov = node_str(ag, "pemerintah");
	r->agency = node_str(ag, "nama");
	r->agency_short = node_str(ag, "singkatan");
	r->agency_pos = node_get(ag, "nama")->pos;
	r->title_pos = node_get(meta, "judul")->pos;
	r->gov_pos = node_get(ag, "pemerintah")->pos;
	r->agency_short_pos = node_get(ag, "singkatan")->pos;
	r->city = node_str(ag, "kota");
	r->author = r->agency;
	r->address = node_str(ag, "alamat");
	r->phone = node_str(ag, "telepon");
	r->email = node_str(ag, "surel");
	r->web = node_str(ag, "situs");
	r->postcode = node_str(ag, "kode_pos");
}

/* The data files laporan.yaml names, before the parts that draw on them. */
static const struct node *
data_file(const struct node *root, const char *key, const char *re)
{
	const struct node *f = node_get(node_get(root, "data"), key);

	if (f == NULL || f->type != NODE_SCALAR ||
	    !pattern_match(re, f->str, f->len))
		return NULL;	/* none, or reported by the schema check */
	return f;
}

static void
load_data(struct builder *b, const struct node *root)
{
	const struct node *f;

	f = node_get(node_get(root, "data"), "anggaran");
	if (f != NULL && f->type == NODE_MAP && xlsx_source_ok(f)) {
		b->budget_named = 1;
		b->budget = budget_load(b, f);	/* a sheet */
	} else if ((f = data_file(root, "anggaran", data_file_re[0])) != NULL) {
		b->budget_named = 1;
		b->budget = budget_load(b, f);
	}
	if ((f = data_file(root, "kinerja", data_file_re[0])) != NULL) {
		b->perf_named = 1;
		b->perf = perf_load(b, f);
	}
	/* named but not valid: said by the schema, not again at each table */
	b->staff_named = node_get(node_get(root, "data"), "pegawai") != NULL;
	f = node_get(node_get(root, "data"), "pegawai");
	if (f != NULL && f->type == NODE_MAP && xlsx_source_ok(f))
		b->staff = staff_load(b, f);	/* a sheet */
	else if ((f = data_file(root, "pegawai", staff_file_re[0])) != NULL)
		b->staff = staff_load(b, f);
	perf_link_budget(b, b->perf, b->budget);
}

struct report *
check_report(struct arena *a, const char *dir, const struct node *root,
    int *errp, const struct fontset *fs, const struct node *default_scale)
{
	struct builder		 b;
	struct report		*r = arena_alloc(a, sizeof(*r));
	const struct node	*files;
	struct ptrvec		 parts = { NULL, 0, 0 };
	int			 unread = 0, errs = *errp;

	if (root == NULL)
		return NULL;
	memset(&b, 0, sizeof(b));
	b.a = a;
	b.fs = fs;
	b.dir = dir;
	b.default_scale = default_scale;
	r->dir = arena_strdup(a, dir);
	if (errs == 0) {
		fill_meta(r, root);
		b.year = r->year;
		/* the emblem on the cover and the letterheads */
		if (node_get(node_get(root, "instansi"), "lambang") != NULL)
			r->emblem = image_load(&b, node_get(node_get(root,
			    "instansi"), "lambang"));
	}
	load_data(&b, root);
	/* derive says it, but waits while ISI markers remain */
	if (b.perf != NULL && r->year > b.perf->last && isi_count() > 0)
		diag(&b.perf->pos, MSG_LINT_PERIOD, r->year, b.perf->first,
		    b.perf->last);
	r->budget = b.budget;
	r->perf = b.perf;
	r->staff = b.staff;
	/* the parts are checked even when laporan.yaml has errors */
	files = node_get(root, "berkas");
	if (files != NULL && files->type == NODE_SEQ && files->n == 0) {
		diag(&files->pos, MSG_PART_MISSING,
		    tr("berkas isi (daftar 'berkas' kosong)",
		    "content files (the 'berkas' list is empty)"));
		errs++;
	}
	for (size_t i = 0; files != NULL && i < (files->type == NODE_SEQ ?
	    files->n : 1); i++) {
		const struct node *f = files->type == NODE_SEQ ?
		    files->vals[i] : files;
		struct node *pr = load_part(&b, dir, f, &errs, &unread);

		if (pr != NULL)
			ptrvec_push(&parts, build_part(&b, pr));
	}
	r->nparts = parts.n;
	r->parts = arena_alloc(a, (parts.n + 1) * sizeof(*r->parts));
	if (parts.n > 0)
		memcpy(r->parts, parts.v, parts.n * sizeof(*r->parts));
	ptrvec_free(&parts);
	errs += check_numbers(r);
	check_dates(a, r);	/* warnings only */
	/* A part that failed the schema still names its keys (broken_keys);
	 * only a file that could not be read at all hides them, and then a
	 * reference could look missing when it is not: wait for that file. */
	if (files != NULL && unread == 0)
		refs_check(&b, r);
	ptrvec_free(&b.refs);
	r->nvals = b.vals.n;
	r->vals = arena_alloc(a, (b.vals.n + 1) * sizeof(*r->vals));
	for (size_t i = 0; i < b.vals.n; i++)
		r->vals[i] = *(struct valref *)b.vals.v[i];
	ptrvec_free(&b.vals);
	r->nbroken = b.broken_keys.n;
	r->broken_keys = arena_alloc(a, (b.broken_keys.n + 1) *
	    sizeof(*r->broken_keys));
	for (size_t i = 0; i < b.broken_keys.n; i++)
		r->broken_keys[i] = b.broken_keys.v[i];
	r->keys_partial = files == NULL || unread > 0;
	ptrvec_free(&b.broken_keys);
	r->nimages = b.images.n;
	r->images = arena_alloc(a, (b.images.n + 1) * sizeof(*r->images));
	if (b.images.n > 0)
		memcpy(r->images, b.images.v, b.images.n * sizeof(*r->images));
	ptrvec_free(&b.images);
	ptrvec_free(&b.bad_images);
	*errp = errs + b.errors;
	return r;
}
