/*
 * check for content: the schema tables of laporan.yaml and of a part
 * file, then the builder that turns a checked tree into the document
 * model (inline markup resolved, font coverage verified, sections and
 * figures numbered).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_content.h"
#include "check_int.h"
#include "check_nip.h"
#include "image.h"
#include "check_schema.h"
#include "content_load.h"
#include "font.h"
#include "input.h"
#include "mem.h"
#include "numfmt.h"
#include "utf8.h"

#define MAX_SECTION_DEPTH 4
#define MAX_LIST_DEPTH 4

/* ---- schemas ------------------------------------------------------ */

const char *const align_ch[] = { "rata", "kiri", "tengah", "kanan", NULL };
static const char *const list_ch[] = { "angka", "huruf", "butir", "panah",
	"strip", "kurung", "huruf_kurung", "desimal", NULL };
static const char *const marker_ch[] = { "tidak", "panah", "butir", NULL };
static const char *const numbering_ch[] = { "bawaan", "desimal", NULL };
const char *const orient_ch[] = { "potret", "lanskap", NULL };
static const char *const kind_ch[] = { "kata_pengantar",
	"ikhtisar_eksekutif", "bab", "lampiran", NULL };

static const struct schema blocks_s;

static const struct field para_f[] = {
	{ "teks", V_STR, 1, NULL, NULL, 0, 0 },
	{ "rata", V_CHOICE, 0, NULL, align_ch, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema para_s = { "blok 'paragraf'", "block 'paragraf'",
	para_f, 0, "teks" };

const char *const key_re[] = { "^[a-z0-9][a-z0-9-]*$",
	"kunci hanya huruf kecil, angka dan '-'",
	"a key has only lowercase letters, digits and '-'", NULL };

static const struct field section_f[] = {
	{ "judul", V_STR, 1, NULL, NULL, 0, 0 },
	{ "kunci", V_PATTERN, 0, NULL, key_re, 0, 0 },
	{ "penomoran", V_CHOICE, 0, NULL, numbering_ch, 0, 0 },
	{ "isi", V_BLOCKS, 1, &blocks_s, NULL, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema section_s = { "blok 'bagian'", "block 'bagian'",
	section_f, 0, NULL };

static const struct field smallhead_f[] = {
	{ "teks", V_STR, 1, NULL, NULL, 0, 0 },
	{ "penanda", V_CHOICE, 0, NULL, marker_ch, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema smallhead_s = { "blok 'judul_kecil'",
	"block 'judul_kecil'", smallhead_f, 0, "teks" };

static const struct field item_f[] = {
	{ "teks", V_STR, 1, NULL, NULL, 0, 0 },
	{ "daftar", V_MAP, 0, &content_list_s, NULL, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema item_s = { "butir daftar", "list item",
	item_f, 0, "teks" };

static const struct field list_f[] = {
	{ "gaya", V_CHOICE, 1, NULL, list_ch, 0, 0 },
	{ "mulai", V_INT, 0, NULL, NULL, 0, 9999 },
	{ "butir", V_SEQ_MAP, 1, &item_s, NULL, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
const struct schema content_list_s = { "blok 'daftar'", "block 'daftar'",
	list_f, 0, NULL };

static const struct field defn_f[] = {
	{ "label", V_STR, 1, NULL, NULL, 0, 0 },
	{ "teks", V_STR, 0, NULL, NULL, 0, 0 },
	{ "daftar", V_MAP, 0, &content_list_s, NULL, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema defn_s = { "butir 'definisi'", "'definisi' entry",
	defn_f, 0, NULL };

static const struct field formula_f[] = {
	{ "sebelum", V_STR, 0, NULL, NULL, 0, 0 },
	{ "pembilang", V_STR, 0, NULL, NULL, 0, 0 },
	{ "penyebut", V_STR, 0, NULL, NULL, 0, 0 },
	{ "sesudah", V_STR, 0, NULL, NULL, 0, 0 },
	{ "teks", V_STR, 0, NULL, NULL, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema formula_s = { "blok 'rumus'", "block 'rumus'",
	formula_f, 0, NULL };

static const struct field figure_f[] = {
	{ "judul", V_STR, 1, NULL, NULL, 0, 0 },
	{ "kunci", V_PATTERN, 0, NULL, key_re, 0, 0 },
	{ "sumber", V_STR, 0, NULL, NULL, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema figure_s = { "blok 'gambar'", "block 'gambar'",
	figure_f, 0, NULL };

static const char *const image_re[] = {
	"^[A-Za-z0-9][A-Za-z0-9_.-]*\\.(png|PNG|jpg|JPG|jpeg|JPEG)$",
	"gambar PNG atau JPEG di folder laporan (tanpa '/')",
	"a PNG or JPEG image in the report folder (no '/')", NULL };

static const struct field sig_f[] = {
	{ "tempat", V_STR, 0, NULL, NULL, 0, 0 },
	{ "tanggal", V_STR, 0, NULL, NULL, 0, 0 },
	{ "jabatan", V_SEQ_STR, 1, NULL, NULL, 0, 0 },
	{ "nama", V_STR, 1, NULL, NULL, 0, 0 },
	{ "pangkat", V_STR, 0, NULL, NULL, 0, 0 },
	{ "nip", V_STR, 0, NULL, NULL, 0, 0 },
	{ "ditetapkan", V_BOOL, 0, NULL, NULL, 0, 0 },
	{ "gambar", V_PATTERN, 0, NULL, image_re, 0, 0 },
	{ "lebar_gambar", V_INT, 0, NULL, NULL, 5, 150 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema sig_s = { "blok 'tanda_tangan'",
	"block 'tanda_tangan'", sig_f, 0, NULL };

static const struct field blocks_f[] = {
	{ "paragraf", V_STR_OR_MAP, 1, &para_s, NULL, 0, 0 },
	{ "bagian", V_MAP, 1, &section_s, NULL, 0, 0 },
	{ "judul_kecil", V_STR_OR_MAP, 1, &smallhead_s, NULL, 0, 0 },
	{ "daftar", V_MAP, 1, &content_list_s, NULL, 0, 0 },
	{ "kutipan", V_STR, 1, NULL, NULL, 0, 0 },
	{ "definisi", V_SEQ_MAP, 1, &defn_s, NULL, 0, 0 },
	{ "rumus", V_MAP, 1, &formula_s, NULL, 0, 0 },
	{ "gambar", V_MAP, 1, &figure_s, NULL, 0, 0 },
	{ "sumber", V_STR, 1, NULL, NULL, 0, 0 },
	{ "tanda_tangan", V_MAP, 1, &sig_s, NULL, 0, 0 },
	{ "halaman_baru", V_BOOL, 1, NULL, NULL, 0, 0 },
	{ "tabel", V_MAP, 1, &content_table_s, NULL, 0, 0 },
	{ "kop_surat", V_BOOL, 1, NULL, NULL, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema blocks_s = { "blok", "block", blocks_f, 1, NULL };

/* Titles printed large on a page of their own (cover, dividers): at 28 pt
 * a few lines of the text column, whatever the template. */
#define TITLE_MAX 200

static const struct field part_f[] = {
	{ "jenis", V_CHOICE, 1, NULL, kind_ch, 0, 0 },
	{ "nomor", V_INT, 0, NULL, NULL, 1, 20 },
	{ "judul", V_STR, 1, NULL, NULL, 0, TITLE_MAX },
	{ "isi", V_BLOCKS, 1, &blocks_s, NULL, 0, 0 },
	{ "orientasi", V_CHOICE, 0, NULL, orient_ch, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
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

static const struct field meta_f[] = {
	{ "judul", V_STR, 1, NULL, NULL, 0, TITLE_MAX },
	{ "tahun", V_INT, 1, NULL, NULL, 2000, 2100 },
	{ "templat", V_PATTERN, 1, NULL, template_re, 0, 0 },
	{ "tanggal", V_STR, 1, NULL, NULL, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema meta_s = { "'laporan'", "'laporan'", meta_f, 0, NULL };

static const struct field agency_f[] = {
	{ "pemerintah", V_STR, 1, NULL, NULL, 0, TITLE_MAX },
	{ "nama", V_STR, 1, NULL, NULL, 0, TITLE_MAX },
	{ "singkatan", V_STR, 1, NULL, NULL, 0, 0 },
	{ "kota", V_STR, 1, NULL, NULL, 0, 0 },
	{ "alamat", V_STR, 0, NULL, NULL, 0, 0 },
	{ "telepon", V_STR, 0, NULL, NULL, 0, 0 },
	{ "surel", V_STR, 0, NULL, NULL, 0, 0 },
	{ "situs", V_STR, 0, NULL, NULL, 0, 0 },
	{ "kode_pos", V_STR, 0, NULL, NULL, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema agency_s = { "'instansi'", "'instansi'",
	agency_f, 0, NULL };

/* An entry of 'berkas' is a bare file name (short_key), checked by pattern. */
static const struct field part_entry_f[] = {
	{ "berkas", V_PATTERN, 1, NULL, part_file_re, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema part_entry_s = { "daftar 'berkas'", "'berkas' list",
	part_entry_f, 0, "berkas" };

static const struct field report_f[] = {
	{ "laporan", V_MAP, 1, &meta_s, NULL, 0, 0 },
	{ "instansi", V_MAP, 1, &agency_s, NULL, 0, 0 },
	{ "berkas", V_SEQ_MAP, 1, &part_entry_s, NULL, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema report_s = { "laporan.yaml", "laporan.yaml",
	report_f, 0, NULL };

const struct schema *
content_part_schema(void)
{
	return &part_s;
}

/* ---- builder ------------------------------------------------------ */

/* The runs of a text being built: grown with xrealloc, kept compact. */
struct runvec {
	struct run	*v;
	size_t		 n, cap;
};

static void
add_run(struct runvec *rv, const char *s, size_t len, enum face f, size_t src)
{
	if (len == 0)
		return;
	rv->v = xgrow(rv->v, rv->n, &rv->cap, sizeof(*rv->v), 4);
	rv->v[rv->n].text = s;
	rv->v[rv->n].len = (unsigned int)len;
	rv->v[rv->n].src = (unsigned int)src;
	rv->v[rv->n++].face = f;
}

/*
 * A character must be printable and present in the face it is set in.
 * Its position is looked up only when it is reported, through a cursor
 * that moves forward with i: a whole text costs one walk.
 */
static int
check_char(const struct node *n, struct spanwalk *w, const struct fontset *fs,
    size_t i, enum face f)
{
	uint32_t	 cp;
	size_t		 l = utf8_decode(n->str + i, n->len - i, &cp);
	struct pos	 p;
	char		 buf[8];

	if (l == 0 || cp == '\n')
		return 0;
	if (cp == '\t') {
		p = spanwalk_pos(w, i);
		diag(&p, MSG_CHAR_TAB);
		return 1;
	}
	if (cp < 0x20 || cp == 0x7F) {
		p = spanwalk_pos(w, i);
		diag(&p, MSG_CHAR_CONTROL, (unsigned long)cp);
		return 1;
	}
	if (fs != NULL && !font_has(fs, f, cp)) {
		p = spanwalk_pos(w, i);
		memcpy(buf, n->str + i, l);
		buf[l] = '\0';
		diag(&p, MSG_CHAR_FONT, (unsigned long)cp, buf,
		    fontset_family(fs));
		return 1;
	}
	return 0;
}

/*
 * Resolve **bold** and *italic* (a backslash escapes '*') into runs.
 * Unescaped text is copied so the runs can point at clean bytes.
 */
int
check_markup(struct arena *a, const struct node *n,
    const struct fontset *fs, struct text *t)
{
	char		*clean = arena_alloc(a, n->len + 1);
	struct srcspan	 span;
	struct spanwalk	 w;
	struct runvec	 runs = { NULL, 0, 0 };
	size_t		 i, o = 0, start = 0, sstart = 0, bold_at = 0, it_at = 0;
	int		 bold = 0, ital = 0, errs = 0;

	node_span(n, &span);
	spanwalk_init(&w, &span);
	for (i = 0; i < n->len; i++) {
		const char *s = n->str;

		if (s[i] == '\\' && i + 1 < n->len && s[i + 1] == '*') {
			clean[o++] = '*';
			i++;
			continue;
		}
		if (s[i] != '*') {
			if (((unsigned char)s[i] & 0xC0) != 0x80)
				errs += check_char(n, &w, fs, i,
				    (enum face)(bold | ital << 1));
			clean[o++] = s[i] == '\n' ? ' ' : s[i];
			continue;
		}
		add_run(&runs, clean + start, o - start,
		    (enum face)(bold | ital << 1), sstart);
		start = o;
		if (i + 1 < n->len && s[i + 1] == '*') {
			bold = !bold;
			bold_at = i++;
		} else {
			ital = !ital;
			it_at = i;
		}
		sstart = i + 1;
	}
	add_run(&runs, clean + start, o - start,
	    (enum face)(bold | ital << 1), sstart);
	if (bold) {
		struct pos p = spanwalk_pos(&w, bold_at);

		diag(&p, MSG_MARKUP_OPEN, "**");
		errs++;
	}
	if (ital) {
		struct pos p = spanwalk_pos(&w, it_at);

		diag(&p, MSG_MARKUP_OPEN, "*");
		errs++;
	}
	t->n = (unsigned int)runs.n;
	t->runs = arena_alloc(a, (runs.n ? runs.n : 1) * sizeof(*t->runs));
	if (runs.n > 0)
		memcpy(t->runs, runs.v, runs.n * sizeof(*t->runs));
	free(runs.v);
	t->pos = n->pos;
	/* kept for layout's messages; a one-line field (CSV) needs none:
	 * its messages point at the field */
	if (n->src != NULL) {
		struct srcspan *keep = arena_alloc(a, sizeof(*keep));

		*keep = span;
		t->span = keep;
	}
	return errs;
}

struct text
build_text(struct builder *b, const struct node *n)
{
	struct text t;

	memset(&t, 0, sizeof(t));
	if (n == NULL)
		return t;
	b->errors += check_markup(b->a, n, b->fs, &t);
	refs_scan(b, n);
	return t;
}

int
is_landscape(const struct node *m)
{
	const char *s = node_str(m, "orientasi");

	return s != NULL && choice_index(orient_ch, s) == 1;
}

struct list *
build_list(struct builder *b, const struct node *m, int depth)
{
	struct list		*l = arena_alloc(b->a, sizeof(*l));
	const struct node	*items = node_get(m, "butir");
	const char		*start = node_str(m, "mulai");

	l->pos = m->pos;
	l->style = (enum list_style)choice_index(list_ch, node_str(m, "gaya"));
	l->start = start != NULL ? atoi(start) : 1;
	if (depth > MAX_LIST_DEPTH) {
		diag(&m->pos, MSG_LIST_DEPTH, MAX_LIST_DEPTH);
		b->errors++;
		return l;
	}
	l->n = items->n;
	l->items = arena_alloc(b->a, (l->n ? l->n : 1) * sizeof(*l->items));
	for (size_t i = 0; i < l->n; i++) {
		const struct node *it = items->vals[i];

		if (it->type == NODE_SCALAR) {
			l->items[i].text = build_text(b, it);
			continue;
		}
		l->items[i].text = build_text(b, node_get(it, "teks"));
		if (node_get(it, "daftar") != NULL)
			l->items[i].sub = build_list(b, node_get(it, "daftar"),
			    depth + 1);
	}
	return l;
}

char *
section_number(struct arena *a, int level, int idx, const char *parent,
    int decimal)
{
	char buf[16];

	if (decimal && parent != NULL) {
		size_t pl = strlen(parent);

		/* "2." + 1 -> "2.1" */
		if (pl && parent[pl - 1] == '.')
			pl--;
		return arena_printf(a, "%.*s.%d", (int)pl, parent, idx);
	}
	switch (level) {
	case 1:
	case 3:
		num_letters(idx, level == 1, buf, sizeof(buf));
		return arena_printf(a, "%s.", buf);
	case 2:
		return arena_printf(a, "%d.", idx);
	default:
		return arena_printf(a, "%d)", idx);
	}
}

static struct block **build_blocks(struct builder *, const struct node *,
    size_t *, int, const char *, int);

static void
build_section(struct builder *b, struct block *bl, const struct node *m,
    int level, int idx, const char *parent, int pdecimal)
{
	const char *num = node_str(m, "penomoran");

	bl->title = build_text(b, node_get(m, "judul"));
	bl->key = node_str(m, "kunci");
	if (bl->key != NULL)
		bl->keypos = node_get(m, "kunci")->pos;
	bl->level = level;
	bl->decimal = num != NULL && strcmp(num, "desimal") == 0;
	bl->number = section_number(b->a, level, idx, parent, pdecimal);
	if (level > MAX_SECTION_DEPTH) {
		diag(&m->pos, MSG_HEADING_DEPTH, MAX_SECTION_DEPTH);
		b->errors++;
		return;
	}
	bl->kids = build_blocks(b, node_get(m, "isi"), &bl->nkids, level + 1,
	    bl->number, bl->decimal);
}

static struct defn *
build_defs(struct builder *b, const struct node *seq, size_t *n)
{
	struct defn *d = arena_alloc(b->a, (seq->n ? seq->n : 1) * sizeof(*d));

	*n = seq->n;
	for (size_t i = 0; i < seq->n; i++) {
		const struct node *m = seq->vals[i];

		d[i].label = build_text(b, node_get(m, "label"));
		d[i].text = build_text(b, node_get(m, "teks"));
		if (node_get(m, "daftar") != NULL)
			d[i].list = build_list(b, node_get(m, "daftar"), 1);
	}
	return d;
}

/* Image n, read and checked once for the whole report. */
static const struct image *
image_load(struct builder *b, const struct node *n)
{
	struct in_req	 rq = { b->dir, n->str, &n->pos, MSG_IMAGE,
			    IMAGE_MAX_BYTES };
	const char	*path = arena_printf(b->a, "%s/%s", b->dir, n->str);
	struct image	*im;
	struct image_info info;
	unsigned char	*buf;
	size_t		 len;

	for (size_t i = 0; i < b->images.n; i++)
		if (strcmp(((struct image *)b->images.v[i])->path, path) == 0)
			return b->images.v[i];
	if ((buf = (unsigned char *)input_read(&rq, &len)) == NULL)
		return NULL;
	/* decoded completely: the PDF backend is never handed a bad one */
	if (image_check_mem(buf, len, &n->pos, n->str, &info) != 0) {
		free(buf);
		return NULL;
	}
	im = arena_alloc(b->a, sizeof(*im));
	im->path = path;
	im->data = memcpy(arena_alloc(b->a, len), buf, len);
	im->len = len;
	im->w = info.w;
	im->h = info.h;
	free(buf);
	ptrvec_push(&b->images, im);
	return im;
}

/* A scanned signature or stamp: a PNG or JPEG beside the YAML. */
static void
sig_image(struct builder *b, struct signature *s, const struct node *n,
    const char *width)
{
	if ((s->image = image_load(b, n)) == NULL) {
		b->errors++;
		return;
	}
	s->image_w = (width != NULL ? atoi(width) : 40) * 72.0 / 25.4;
	s->image_h = s->image_w * s->image->h / s->image->w;
}

/* A NIP, checked and printed spaced the official way. */
static struct text
build_nip(struct builder *b, const struct node *n)
{
	struct text	 t;
	char		 buf[32];
	const char	*why;

	memset(&t, 0, sizeof(t));
	if (n == NULL)
		return t;
	if ((why = nip_check(n->str, n->len, buf, sizeof(buf))) != NULL) {
		diag(&n->pos, MSG_NIP, n->str, why);
		b->errors++;
		return t;
	}
	return text_plain(b->a, arena_strdup(b->a, buf), FACE_REGULAR, n->pos);
}

static struct signature *
build_sig(struct builder *b, const struct node *m)
{
	struct signature	*s = arena_alloc(b->a, sizeof(*s));
	const struct node	*roles = node_get(m, "jabatan");
	const char		*place = node_str(m, "tempat"), *date = node_str(m, "tanggal");

	if (node_get(m, "ditetapkan") != NULL &&
	    schema_bool(node_get(m, "ditetapkan"))) {
		/* the SK's form: two lines instead of "Binjai, 9 Januari 2024" */
		s->decreed[0] = text_plain(b->a, arena_printf(b->a, "%s %s",
		    "Ditetapkan di", place ? place : ""), FACE_REGULAR, m->pos);
		s->decreed[1] = text_plain(b->a, arena_printf(b->a, "%s %s",
		    "pada tanggal", date ? date : ""), FACE_REGULAR, m->pos);
		place = date = NULL;
	}
	if (node_get(m, "gambar") != NULL)
		sig_image(b, s, node_get(m, "gambar"), node_str(m, "lebar_gambar"));
	if (place != NULL || date != NULL) {
		struct node *pd = arena_alloc(b->a, sizeof(*pd));

		*pd = *node_get(m, place != NULL ? "tempat" : "tanggal");
		pd->str = arena_printf(b->a, "%s%s%s", place ? place : "",
		    place && date ? ", " : "", date ? date : "");
		pd->len = strlen(pd->str);
		s->place_date = build_text(b, pd);
	}
	if (roles->type == NODE_SCALAR) {
		s->nroles = 1;
		s->roles = arena_alloc(b->a, sizeof(*s->roles));
		s->roles[0] = build_text(b, roles);
	} else {
		s->nroles = roles->n;
		s->roles = arena_alloc(b->a, (roles->n + 1) * sizeof(*s->roles));
		for (size_t i = 0; i < roles->n; i++)
			s->roles[i] = build_text(b, roles->vals[i]);
	}
	s->name = build_text(b, node_get(m, "nama"));
	s->rank = build_text(b, node_get(m, "pangkat"));
	s->nip = build_nip(b, node_get(m, "nip"));
	return s;
}

static void
build_block(struct builder *b, struct block *bl, const struct node *k,
    const struct node *v)
{
	const char	*kind = k->str;
	const char	*al;

	if (strcmp(kind, "paragraf") == 0) {
		bl->type = BLK_PARA;
		if (v->type == NODE_SCALAR)
			bl->text = build_text(b, v);
		else {
			bl->text = build_text(b, node_get(v, "teks"));
			if ((al = node_str(v, "rata")) != NULL)
				bl->align = (enum align)choice_index(align_ch, al);
		}
	} else if (strcmp(kind, "judul_kecil") == 0) {
		bl->type = BLK_SMALLHEAD;
		bl->text = build_text(b, v->type == NODE_SCALAR ? v :
		    node_get(v, "teks"));
		if (v->type == NODE_MAP && (al = node_str(v, "penanda")) != NULL)
			bl->marker = (enum marker)choice_index(marker_ch, al);
	} else if (strcmp(kind, "daftar") == 0) {
		bl->type = BLK_LIST;
		bl->list = build_list(b, v, 1);
	} else if (strcmp(kind, "kutipan") == 0) {
		bl->type = BLK_QUOTE;
		bl->text = build_text(b, v);
	} else if (strcmp(kind, "definisi") == 0) {
		bl->type = BLK_DEFS;
		bl->defs = build_defs(b, v, &bl->ndefs);
	} else if (strcmp(kind, "rumus") == 0) {
		if (node_get(v, "teks") == NULL && (node_get(v, "pembilang") ==
		    NULL || node_get(v, "penyebut") == NULL)) {
			diag(&v->pos, MSG_EMPTY_VALUE, "rumus",
			    tr("'teks', atau 'pembilang' dan 'penyebut'",
			    "'teks', or 'pembilang' and 'penyebut'"));
			b->errors++;
		}
		bl->type = BLK_FORMULA;
		bl->formula = arena_alloc(b->a, sizeof(*bl->formula));
		bl->formula->before = build_text(b, node_get(v, "sebelum"));
		bl->formula->num = build_text(b, node_get(v, "pembilang"));
		bl->formula->den = build_text(b, node_get(v, "penyebut"));
		bl->formula->after = build_text(b, node_get(v, "sesudah"));
		bl->formula->plain = build_text(b, node_get(v, "teks"));
	} else if (strcmp(kind, "gambar") == 0) {
		bl->type = BLK_FIGURE;
		bl->title = build_text(b, node_get(v, "judul"));
		bl->source = build_text(b, node_get(v, "sumber"));
		bl->key = node_str(v, "kunci");
		if (bl->key != NULL)
			bl->keypos = node_get(v, "kunci")->pos;
		bl->fignum = ++b->figures;
	} else if (strcmp(kind, "kop_surat") == 0) {
		bl->type = BLK_LETTERHEAD;
	} else if (strcmp(kind, "tabel") == 0) {
		bl->type = BLK_TABLE;
		bl->table = build_table(b, v);
	} else if (strcmp(kind, "sumber") == 0) {
		bl->type = BLK_SOURCE;
		bl->text = build_text(b, v);
	} else if (strcmp(kind, "tanda_tangan") == 0) {
		bl->type = BLK_SIGNATURE;
		bl->sig = build_sig(b, v);
	} else
		bl->type = BLK_PAGEBREAK;
}

static struct block **
build_blocks(struct builder *b, const struct node *seq, size_t *n, int level,
    const char *parent, int decimal)
{
	struct block	**v = arena_alloc(b->a, (seq->n + 1) * sizeof(*v));
	int		  sections = 0;

	*n = seq->n;
	for (size_t i = 0; i < seq->n; i++) {
		const struct node	*m = seq->vals[i];
		struct block		*bl = arena_alloc(b->a, sizeof(*bl));

		bl->pos = m->pos;
		if (strcmp(m->keys[0]->str, "bagian") == 0) {
			bl->type = BLK_SECTION;
			build_section(b, bl, m->vals[0], level, ++sections,
			    parent, decimal);
		} else
			build_block(b, bl, m->keys[0], m->vals[0]);
		v[i] = bl;
	}
	return v;
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
	b->chapter = p->kind == PART_BAB ? p->number : 0;
	b->figures = 0;
	b->tables = 0;
	p->blocks = build_blocks(b, node_get(root, "isi"), &p->n, 1, NULL, 0);
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

	root = content_load_file(a, &rq);
	if (root == NULL) {
		(*errs)++;
		return NULL;
	}
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

struct report *
check_report(struct arena *a, const char *dir, const struct node *root,
    int errs, const struct fontset *fs)
{
	struct builder		 b;
	struct report		*r = arena_alloc(a, sizeof(*r));
	const struct node	*files;
	struct ptrvec		 parts = { NULL, 0, 0 };
	int			 unread = 0;

	if (root == NULL)
		return NULL;
	memset(&b, 0, sizeof(b));
	b.a = a;
	b.fs = fs;
	b.dir = dir;
	r->dir = arena_strdup(a, dir);
	if (errs == 0)
		fill_meta(r, root);
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
	/* A part that failed the schema still names its keys (broken_keys);
	 * only a file that could not be read at all hides them, and then a
	 * reference could look missing when it is not: wait for that file. */
	if (files != NULL && unread == 0)
		refs_resolve(&b, r);
	ptrvec_free(&b.refs);
	ptrvec_free(&b.broken_keys);
	r->nimages = b.images.n;
	r->images = arena_alloc(a, (b.images.n + 1) * sizeof(*r->images));
	if (b.images.n > 0)
		memcpy(r->images, b.images.v, b.images.n * sizeof(*r->images));
	ptrvec_free(&b.images);
	errs += b.errors;
	return errs ? NULL : r;
}
