/*
 * check, the blocks of a part: their schemas and what each builds.  Every
 * block kind is one row of blocks_f: its key, the shape of its value, and
 * its builder (kind and function), so a new kind costs one row and one
 * function.  Numbers and labels (sections, figures) are derive's.
 */
#include <stdlib.h>
#include <string.h>

#include "check_content.h"
#include "check_int.h"
#include "mem.h"

#define MAX_SECTION_DEPTH 4
#define MAX_LIST_DEPTH 4

/* ---- schemas ------------------------------------------------------ */

const char *const align_ch[] = { "rata", "kiri", "tengah", "kanan", NULL };
static const char *const list_ch[] = { "angka", "huruf", "butir", "panah",
	"strip", "kurung", "huruf_kurung", "desimal", NULL };
static const char *const marker_ch[] = { "tidak", "panah", "butir", NULL };
static const char *const numbering_ch[] = { "bawaan", "desimal", NULL };
const char *const orient_ch[] = { "potret", "lanskap", NULL };

static const struct field para_f[] = {
	{ "teks", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "rata", V_CHOICE, 0, NULL, align_ch, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema para_s = { "blok 'paragraf'", "block 'paragraf'",
	para_f, 0, "teks" };

const char *const key_re[] = { "^[a-z0-9][a-z0-9-]*$",
	"kunci hanya huruf kecil, angka dan '-'",
	"a key has only lowercase letters, digits and '-'", NULL };

static const struct field section_f[] = {
	{ "judul", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "kunci", V_PATTERN, 0, NULL, key_re, 0, 0, NULL, NULL },
	{ "penomoran", V_CHOICE, 0, NULL, numbering_ch, 0, 0, NULL, NULL },
	{ "isi", V_BLOCKS, 1, &content_blocks_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema section_s = { "blok 'bagian'", "block 'bagian'",
	section_f, 0, NULL };

static const struct field smallhead_f[] = {
	{ "teks", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "penanda", V_CHOICE, 0, NULL, marker_ch, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema smallhead_s = { "blok 'judul_kecil'",
	"block 'judul_kecil'", smallhead_f, 0, "teks" };

static const struct field item_f[] = {
	{ "teks", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "daftar", V_MAP, 0, &content_list_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema item_s = { "butir daftar", "list item",
	item_f, 0, "teks" };

static const struct field list_f[] = {
	{ "gaya", V_CHOICE, 1, NULL, list_ch, 0, 0, NULL, NULL },
	{ "mulai", V_INT, 0, NULL, NULL, 0, 9999, NULL, NULL },
	{ "butir", V_SEQ_MAP, 1, &item_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
const struct schema content_list_s = { "blok 'daftar'", "block 'daftar'",
	list_f, 0, NULL };

static const struct field defn_f[] = {
	{ "label", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "teks", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "daftar", V_MAP, 0, &content_list_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema defn_s = { "butir 'definisi'", "'definisi' entry",
	defn_f, 0, NULL };

static const struct field formula_f[] = {
	{ "sebelum", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "pembilang", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "penyebut", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "sesudah", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "teks", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema formula_s = { "blok 'rumus'", "block 'rumus'",
	formula_f, 0, NULL };

static const struct field figure_f[] = {
	{ "judul", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "kunci", V_PATTERN, 0, NULL, key_re, 0, 0, NULL, NULL },
	{ "sumber", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "berkas", V_PATTERN, 0, NULL, image_re, 0, 0, NULL, NULL },
	{ "lebar", V_PATTERN, 0, NULL, width_re, 0, 0, NULL, NULL },
	{ "grafik", V_MAP, 0, &content_chart_s, NULL, 0, 0, NULL, NULL },
	{ "bagan", V_MAP, 0, &content_org_s, NULL, 0, 0, NULL, NULL },
	{ "mengambang", V_BOOL, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema figure_s = { "blok 'gambar'", "block 'gambar'",
	figure_f, 0, NULL };

/* The head's photo (Kata Pengantar) and the lines printed under it. */
static const struct field photo_f[] = {
	{ "berkas", V_PATTERN, 1, NULL, image_re, 0, 0, NULL, NULL },
	{ "lebar", V_PATTERN, 0, NULL, width_re, 0, 0, NULL, NULL },
	{ "keterangan", V_SEQ_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema photo_s = { "blok 'foto'", "block 'foto'",
	photo_f, 0, NULL };

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

/* ---- one builder per block kind ---------------------------------- */

static struct picture *build_picture(struct builder *, const struct node *);

static void
build_para(struct builder *b, struct block *bl, const struct node *v)
{
	const char *al;

	if (v->type == NODE_SCALAR) {
		bl->text = build_text(b, v);
		return;
	}
	bl->text = build_text(b, node_get(v, "teks"));
	if ((al = node_str(v, "rata")) != NULL)
		bl->align = (enum align)choice_index(align_ch, al);
}

static void
build_section(struct builder *b, struct block *bl, const struct node *v)
{
	const char *num = node_str(v, "penomoran");

	bl->title = build_text(b, node_get(v, "judul"));
	bl->key = node_str(v, "kunci");
	if (bl->key != NULL)
		bl->keypos = node_get(v, "kunci")->pos;
	bl->level = b->level;
	bl->decimal = num != NULL && strcmp(num, "desimal") == 0;
	if (b->level > MAX_SECTION_DEPTH) {
		diag(&v->pos, MSG_HEADING_DEPTH, MAX_SECTION_DEPTH);
		b->errors++;
		return;
	}
	b->level++;
	bl->kids = build_blocks(b, node_get(v, "isi"), &bl->nkids);
	b->level--;
}

static void
build_smallhead(struct builder *b, struct block *bl, const struct node *v)
{
	const char *al;

	bl->text = build_text(b, v->type == NODE_SCALAR ? v :
	    node_get(v, "teks"));
	if (v->type == NODE_MAP && (al = node_str(v, "penanda")) != NULL)
		bl->marker = (enum marker)choice_index(marker_ch, al);
}

static void
build_list_block(struct builder *b, struct block *bl, const struct node *v)
{
	bl->list = build_list(b, v, 1);
}

/* A quotation or a source line: one text. */
static void
build_line(struct builder *b, struct block *bl, const struct node *v)
{
	bl->text = build_text(b, v);
}

static void
build_defs(struct builder *b, struct block *bl, const struct node *seq)
{
	struct defn *d = arena_alloc(b->a, (seq->n ? seq->n : 1) * sizeof(*d));

	bl->defs = d;
	bl->ndefs = seq->n;
	for (size_t i = 0; i < seq->n; i++) {
		const struct node *m = seq->vals[i];

		d[i].label = build_text(b, node_get(m, "label"));
		d[i].text = build_text(b, node_get(m, "teks"));
		if (node_get(m, "daftar") != NULL)
			d[i].list = build_list(b, node_get(m, "daftar"), 1);
	}
}

static void
build_formula(struct builder *b, struct block *bl, const struct node *v)
{
	if (node_get(v, "teks") == NULL && (node_get(v, "pembilang") ==
	    NULL || node_get(v, "penyebut") == NULL)) {
		diag(&v->pos, MSG_EMPTY_VALUE, "rumus",
		    tr("'teks', atau 'pembilang' dan 'penyebut'",
		    "'teks', or 'pembilang' and 'penyebut'"));
		b->errors++;
	}
	bl->formula = arena_alloc(b->a, sizeof(*bl->formula));
	bl->formula->before = build_text(b, node_get(v, "sebelum"));
	bl->formula->num = build_text(b, node_get(v, "pembilang"));
	bl->formula->den = build_text(b, node_get(v, "penyebut"));
	bl->formula->after = build_text(b, node_get(v, "sesudah"));
	bl->formula->plain = build_text(b, node_get(v, "teks"));
}

/* 'mengambang: tidak': the table or figure stays where content puts it. */
static int
stays(const struct node *v)
{
	return node_get(v, "mengambang") != NULL &&
	    !schema_bool(node_get(v, "mengambang"));
}

static void
build_figure(struct builder *b, struct block *bl, const struct node *v)
{
	bl->title = build_text(b, node_get(v, "judul"));
	bl->source = build_text(b, node_get(v, "sumber"));
	bl->key = node_str(v, "kunci");
	if (bl->key != NULL)
		bl->keypos = node_get(v, "kunci")->pos;
	bl->fixed = stays(v);
	if (node_get(v, "berkas") != NULL &&
	    (node_get(v, "grafik") != NULL || node_get(v, "bagan") != NULL)) {
		/* a picture file and a drawing would share one caption */
		diag(&node_get(v, node_get(v, "grafik") != NULL ? "grafik" :
		    "bagan")->pos, MSG_FIGURE_TWO);
		b->errors++;
		return;
	}
	if (node_get(v, "berkas") != NULL)
		bl->pic = build_picture(b, v);
	if (node_get(v, "grafik") != NULL)
		bl->chart = build_chart(b, node_get(v, "grafik"));
	if (node_get(v, "bagan") != NULL && bl->chart != NULL) {
		diag(&node_get(v, "bagan")->pos, MSG_FIGURE_TWO);
		b->errors++;
	} else if (node_get(v, "bagan") != NULL)
		bl->org = build_orgchart(b, node_get(v, "bagan"));
}

/* A picture's file, width and caption lines ('keterangan'). */
static struct picture *
build_picture(struct builder *b, const struct node *v)
{
	struct picture		*pic = arena_alloc(b->a, sizeof(*pic));
	const struct node	*l = node_get(v, "keterangan");

	pic->image = image_load(b, node_get(v, "berkas"));
	picture_width(pic, node_str(v, "lebar"));
	pic->width_pos = node_get(v, node_get(v, "lebar") ? "lebar" :
	    "berkas")->pos;
	if (l == NULL)
		return pic;
	pic->nlines = l->type == NODE_SCALAR ? 1 : l->n;
	pic->lines = arena_alloc(b->a, (pic->nlines + 1) * sizeof(*pic->lines));
	for (size_t i = 0; i < pic->nlines; i++)
		pic->lines[i] = build_text(b, l->type == NODE_SCALAR ? l :
		    l->vals[i]);
	return pic;
}

static void
build_photo(struct builder *b, struct block *bl, const struct node *v)
{
	bl->pic = build_picture(b, v);
}

static void
build_table_block(struct builder *b, struct block *bl, const struct node *v)
{
	bl->table = build_table(b, v);
	bl->fixed = stays(v);
}

static void
build_sop_block(struct builder *b, struct block *bl, const struct node *v)
{
	bl->table = build_sop(b, v);
}

static void
build_sig_block(struct builder *b, struct block *bl, const struct node *v)
{
	bl->sig = build_sig(b, v);
}

/* A block whose kind says it all (kop_surat, halaman_baru). */
static void
build_none(struct builder *b, struct block *bl, const struct node *v)
{
	(void)b;
	(void)bl;
	(void)v;
}

/* ---- the table of block kinds ------------------------------------ */

struct blockkind {
	enum block_type	 type;
	void		(*build)(struct builder *, struct block *,
			    const struct node *);
};

#define BLOCK(key, vkind, sub, type, fn) { key, vkind, 1, sub, NULL, 0, 0, \
	NULL, &(const struct blockkind){ type, fn } }

static const struct field blocks_f[] = {
	BLOCK("paragraf", V_STR_OR_MAP, &para_s, BLK_PARA, build_para),
	BLOCK("bagian", V_MAP, &section_s, BLK_SECTION, build_section),
	BLOCK("judul_kecil", V_STR_OR_MAP, &smallhead_s, BLK_SMALLHEAD,
	    build_smallhead),
	BLOCK("daftar", V_MAP, &content_list_s, BLK_LIST, build_list_block),
	BLOCK("kutipan", V_STR, NULL, BLK_QUOTE, build_line),
	BLOCK("definisi", V_SEQ_MAP, &defn_s, BLK_DEFS, build_defs),
	BLOCK("rumus", V_MAP, &formula_s, BLK_FORMULA, build_formula),
	BLOCK("gambar", V_MAP, &figure_s, BLK_FIGURE, build_figure),
	BLOCK("sumber", V_STR, NULL, BLK_SOURCE, build_line),
	BLOCK("tanda_tangan", V_MAP, &content_sig_s, BLK_SIGNATURE,
	    build_sig_block),
	BLOCK("halaman_baru", V_BOOL, NULL, BLK_PAGEBREAK, build_none),
	BLOCK("tabel", V_MAP, &content_table_s, BLK_TABLE, build_table_block),
	BLOCK("kop_surat", V_BOOL, NULL, BLK_LETTERHEAD, build_none),
	BLOCK("foto", V_MAP, &photo_s, BLK_PHOTO, build_photo),
	/* a table too: numbered, listed and broken across pages as one */
	BLOCK("sop", V_MAP, &content_sop_s, BLK_TABLE, build_sop_block),
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
const struct schema content_blocks_s = { "blok", "block", blocks_f, 1, NULL };

/*
 * The blocks of a checked list: each one-key mapping built by its row's
 * function.
 */
struct block **
build_blocks(struct builder *b, const struct node *seq, size_t *n)
{
	struct block **v = arena_alloc(b->a, (seq->n + 1) * sizeof(*v));

	*n = seq->n;
	for (size_t i = 0; i < seq->n; i++) {
		const struct node	*m = seq->vals[i];
		const struct field	*f = blocks_f;
		const struct blockkind	*k;

		while (strcmp(f->key, m->keys[0]->str) != 0)
			f++;	/* the schema check found it */
		k = f->build;
		v[i] = arena_alloc(b->a, sizeof(*v[i]));
		v[i]->pos = m->pos;
		v[i]->type = k->type;
		k->build(b, v[i], m->vals[0]);
	}
	return v;
}
