/*
 * The template: templat.yaml checked against its schema (the same engine
 * as content) and turned into a struct style.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_content.h"
#include "check_schema.h"
#include "content_load.h"
#include "mem.h"
#include "template.h"
#include "utf8.h"

static const char *const sizes[] = { "A4", "F4", NULL };
/* what the running header and footer, and label_lampiran, may name */
static const char *const running_names[] = { "tahun", "singkatan",
	"instansi", NULL };
static const char running_list[] = "{tahun}, {singkatan}, {instansi}";
static const char *const annex_names[] = { "nomor", NULL };
static const char *const annex_num_names[] = { "lampiran", "nomor", NULL };
static const char *const styles[] = { "ringkas", "dinas", NULL };
static const char *const lists_ch[] = { "isi", "tabel", "gambar", "lampiran",
	NULL };

static const struct field margin_f[] = {
	{ "atas", V_NUM, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "bawah", V_NUM, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "kiri", V_NUM, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "kanan", V_NUM, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema margin_s = { "'margin'", "'margin'", margin_f, 0, NULL };

static const struct field page_f[] = {
	{ "ukuran", V_CHOICE, 1, NULL, sizes, 0, 0, NULL, NULL },
	{ "margin", V_MAP, 1, &margin_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema page_s = { "'halaman'", "'halaman'", page_f, 0, NULL };

/* A font is a file of the fonts/ folder beside templates/, nowhere else. */
static const char *const font_re[] = { "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
	"nama berkas huruf di folder fonts/ (tanpa '/')",
	"the name of a font file in the fonts/ folder (no '/')", NULL };

static const struct field fonts_f[] = {
	{ "biasa", V_PATTERN, 1, NULL, font_re, 0, 0, NULL, NULL },
	{ "tebal", V_PATTERN, 1, NULL, font_re, 0, 0, NULL, NULL },
	{ "miring", V_PATTERN, 1, NULL, font_re, 0, 0, NULL, NULL },
	{ "tebal_miring", V_PATTERN, 1, NULL, font_re, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema fonts_s = { "'huruf'", "'huruf'", fonts_f, 0, NULL };

static const struct field text_f[] = {
	{ "ukuran", V_NUM, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "spasi", V_NUM, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "jarak_paragraf", V_NUM, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "inden_daftar", V_NUM, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema text_s = { "'teks'", "'teks'", text_f, 0, NULL };

static const struct field head_f[] = {
	{ "bab", V_NUM, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "tingkat_1", V_NUM, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "tingkat_2", V_NUM, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "tingkat_3", V_NUM, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema head_s = { "'judul'", "'judul'", head_f, 0, NULL };

static const struct field table_f[] = {
	{ "ukuran", V_NUM, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "spasi", V_NUM, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema table_s = { "'tabel'", "'tabel'", table_f, 0, NULL };

static const struct field hyph_f[] = {
	{ "kamus", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "kiri", V_INT, 1, NULL, NULL, 1, 5, NULL, NULL },
	{ "kanan", V_INT, 1, NULL, NULL, 1, 5, NULL, NULL },
	{ "aktif", V_BOOL, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema hyph_s = { "'pemenggalan'", "'pemenggalan'",
	hyph_f, 0, NULL };

static const struct field tpl_f[] = {
	/* the rating scale kinerja.yaml uses when it has none of its own */
	{ "skala", V_MAP, 0, &content_scale_s, NULL, 0, 0, NULL, NULL },
	{ "nama", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "halaman", V_MAP, 1, &page_s, NULL, 0, 0, NULL, NULL },
	{ "huruf", V_MAP, 1, &fonts_s, NULL, 0, 0, NULL, NULL },
	{ "teks", V_MAP, 1, &text_s, NULL, 0, 0, NULL, NULL },
	{ "judul", V_MAP, 1, &head_s, NULL, 0, 0, NULL, NULL },
	{ "tabel", V_MAP, 0, &table_s, NULL, 0, 0, NULL, NULL },
	{ "daftar", V_SEQ_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "kepala", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "kaki", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "label_lampiran", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "pemenggalan", V_MAP, 1, &hyph_s, NULL, 0, 0, NULL, NULL },
	{ "mengambang", V_BOOL, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "nomor_lampiran", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "gaya", V_CHOICE, 0, NULL, styles, 0, 0, NULL, NULL },
	{ "halaman_pembatas", V_BOOL, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "warna_grafik", V_SEQ_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema tpl_s = { "templat.yaml", "templat.yaml",
	tpl_f, 0, NULL };

/*
 * Limits of every number of a template.  Within them every page keeps a
 * usable text column and layout always advances: sizes and leadings are
 * never 0, lines never overlap (leading >= 1.2 x size, as the table cuts
 * between lines assume), the running header and footer fit the margins
 * (checked from the margins and the size, fill_geometry), and the lists
 * of the front matter keep room for titles at the largest size in the
 * narrowest column.  The default table size (text size - 2) is within
 * the table limits.
 */
#define MIN_COLUMN_W	80	/* mm, the text column on portrait pages */
#define MIN_COLUMN_H	100	/* mm, on landscape pages */
#define EDGE		5.0	/* mm between the paper edge and what is printed */
#define MAX_ANNEX_LABEL	20	/* characters of label_lampiran */

enum unit {
	U_MM,
	U_PT,
	U_TIMES		/* times the text size */
};

static const char *
unit_name(enum unit u)
{
	switch (u) {
	case U_MM:
		return "mm";
	case U_PT:
		return "pt";
	default:
		return tr("kali ukuran huruf", "times the text size");
	}
}

/* v with at most one decimal, written the user's way: "1,2" or "1.2". */
static const char *
dec(char *buf, size_t sz, double v)
{
	char *p;

	snprintf(buf, sz, "%.1f", v);
	if ((p = strchr(buf, '.')) != NULL) {
		if (p[1] == '0' && p[2] == '\0')
			*p = '\0';
		else if (diag_lang() == LANG_ID)
			*p = ',';
	}
	return buf;
}

/* Digits with at most one '.' or ',' inside: "11", "1.45", "1,45". */
static int
decimal_form(const char *s)
{
	size_t	 i = 0, digits = 0;
	int	 sep = 0;

	for (; s[i] != '\0'; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digits++;
		else if ((s[i] == '.' || s[i] == ',') && !sep && digits > 0 &&
		    s[i + 1] != '\0')
			sep = 1;
		else
			return 0;
	}
	return digits > 0 && digits < 16;
}

/* A length, size or factor from lo to hi (in unit u). */
static double
num(const struct node *m, const char *k, double lo, double hi, enum unit u,
    int *errs)
{
	const struct node	*n = node_get(m, k);
	char			 buf[32], a[16], b[16];
	double			 v = -1;

	if (decimal_form(n->str)) {
		snprintf(buf, sizeof(buf), "%s", n->str);
		if (strchr(buf, ',') != NULL)
			*strchr(buf, ',') = '.';
		v = strtod(buf, NULL);
	}
	if (!(v >= lo && v <= hi)) {
		diag(&n->pos, MSG_TPL_RANGE, k, dec(a, sizeof(a), lo),
		    dec(b, sizeof(b), hi), unit_name(u), n->str);
		(*errs)++;
		return lo;
	}
	return v;
}

/*
 * The {names} in a text of the template must be ones lakin fills in
 * (names: NULL-terminated): another one would print as nothing.
 */
static void
placeholders(const struct node *n, const char *const *names,
    const char *list, int *errs)
{
	const char	*p = n->str, *q, *e;

	while ((q = strchr(p, '{')) != NULL) {
		struct pos	 at = node_char_pos(n, (size_t)(q - n->str));
		const char	*best = NULL;
		size_t		 bd = 3;
		char		 name[32];

		if ((e = strchr(q, '}')) == NULL) {
			diag(&at, MSG_TPL_BRACE, n->str);
			(*errs)++;
			return;
		}
		snprintf(name, sizeof(name), "%.*s", (int)(e - q - 1), q + 1);
		for (size_t i = 0; names[i] != NULL; i++) {
			size_t d = edit_distance(name, names[i]);

			if (d == 0)
				break;
			if (d < bd) {
				bd = d;
				best = names[i];
			}
			if (names[i + 1] == NULL) {
				if (best != NULL)
					diag(&at, MSG_TPL_NAME_SUGG, name, list,
					    best);
				else
					diag(&at, MSG_TPL_NAME, name, list);
				(*errs)++;
			}
		}
		p = e + 1;
	}
}

/* A running header or footer of the template or of the report. */
int
template_running(const struct node *n)
{
	int errs = 0;

	placeholders(n, running_names, running_list, &errs);
	return errs;
}

static int
exists(const char *path)
{
	return access(path, R_OK) == 0;
}

/* The folder of the running binary, or "" when it cannot be known. */
static void
exe_dir(const char *argv0, char *buf, size_t sz)
{
	ssize_t	 len = readlink("/proc/self/exe", buf, sz - 1);
	char	*slash;

	if (len <= 0) {
		snprintf(buf, sz, "%s", argv0 != NULL ? argv0 : "");
		len = (ssize_t)strlen(buf);
	}
	buf[len] = '\0';
	if ((slash = strrchr(buf, '/')) != NULL)
		*slash = '\0';
	else
		buf[0] = '\0';
}

/*
 * The source tree a binary was built in: the nearest ancestor of its
 * folder holding templates/ (out/bin/lakin and out/asan/bin/lakin alike),
 * else the folder two levels up.
 */
static const char *
tree_root(struct arena *a, const char *dir)
{
	char	 buf[PATH_MAX];
	char	*slash, *fallback = NULL;

	snprintf(buf, sizeof(buf), "%s", dir);
	for (int up = 0; up < 3 && (slash = strrchr(buf, '/')) != NULL &&
	    slash != buf; up++) {
		*slash = '\0';
		if (exists(arena_printf(a, "%s/templates", buf)))
			return arena_strdup(a, buf);
		if (up == 1)
			fallback = arena_strdup(a, buf);
	}
	return fallback;
}

/*
 * Roots that may hold templates/ and fonts/, in search order: $LAKIN_HOME,
 * the source tree of the binary, <prefix>/share/lakin beside an installed
 * binary (when it exists), the data dir set at build time.  Returns how
 * many it put in cand.
 */
static size_t
roots(struct arena *a, const char *exe, const char *cand[4])
{
	const char	*t, *share;
	char		 dir[PATH_MAX];
	size_t		 n = 0;

	if (getenv("LAKIN_HOME") != NULL)
		cand[n++] = getenv("LAKIN_HOME");
	exe_dir(exe, dir, sizeof(dir));
	if (dir[0] != '\0' && (t = tree_root(a, dir)) != NULL)
		cand[n++] = t;
	share = arena_printf(a, "%s/../share/lakin", dir);
	if (dir[0] != '\0' && exists(share))
		cand[n++] = share;
	cand[n++] = LAKIN_DATADIR;
	return n;
}

const char *
template_data_dir(struct arena *a, const char *exe, const char *rel,
    const char **tried)
{
	const char	*cand[4];
	size_t		 n = roots(a, exe, cand);
	char		*list = NULL;

	for (size_t i = 0; i < n; i++) {
		char *p = arena_printf(a, "%s/%s", cand[i], rel);

		if (exists(p))
			return p;
		list = list ? arena_printf(a, "%s, %s", list, p) : p;
	}
	*tried = list;
	return NULL;
}

static int
find_root(struct arena *a, const char *name, const struct pos *where,
    const char *exe, const char **root)
{
	const char	*cand[4];
	size_t		 n = roots(a, exe, cand);
	char		*tried = NULL;

	for (size_t i = 0; i < n; i++) {
		char *p = arena_printf(a, "%s/templates/%s/templat.yaml",
		    cand[i], name);

		if (exists(p)) {
			*root = cand[i];
			return 1;
		}
		tried = tried ? arena_printf(a, "%s, %s", tried, p) : p;
	}
	diag(where, MSG_TEMPLATE, name, tried);
	return 0;
}

static int
hexdigit(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ?
	    c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* warna_grafik: the chart series' colours, "#rrggbb", at most eight. */
static void
fill_palette(const struct node *t, struct style *st, int *errs)
{
	const struct node *l = node_get(t, "warna_grafik");

	st->npalette = 0;
	for (size_t i = 0; l != NULL && i < (l->type == NODE_SEQ ? l->n : 1);
	    i++) {
		const struct node	*v = l->type == NODE_SEQ ? l->vals[i] : l;
		const char		*s = v->str;
		int			 ok = strlen(s) == 7 && s[0] == '#';

		for (int k = 1; ok && k < 7; k++)
			ok = hexdigit((unsigned char)s[k]) >= 0;
		if (!ok || st->npalette == 8) {
			diag(&v->pos, MSG_PATTERN, s, "warna_grafik", tr(
			    "paling banyak delapan warna, masing-masing #rrggbb "
			    "(misalnya #1f3b73)", "at most eight colours, each "
			    "#rrggbb (for example #1f3b73)"));
			(*errs)++;
			continue;
		}
		for (int k = 0; k < 3; k++)
			st->palette[st->npalette][k] = (unsigned char)(
			    hexdigit((unsigned char)s[1 + 2 * k]) * 16 +
			    hexdigit((unsigned char)s[2 + 2 * k]));
		st->npalette++;
	}
}

/* Which lists the front matter has, in order (default: isi, tabel, gambar). */
static void
fill_lists(const struct node *t, struct style *st, int *errs)
{
	const struct node *l = node_get(t, "daftar");

	st->nlists = 0;
	if (l == NULL) {
		for (int i = 0; i < 3; i++)
			st->lists[st->nlists++] = i;
		return;
	}
	/* four kinds, each at most once: nothing is dropped */
	for (size_t i = 0; i < (l->type == NODE_SEQ ? l->n : 1); i++) {
		const struct node *v = l->type == NODE_SEQ ? l->vals[i] : l;
		int k = choice_index(lists_ch, v->str);

		if (k < 0) {
			diag(&v->pos, MSG_BAD_CHOICE, v->str, "daftar",
			    "isi, tabel, gambar, lampiran");
			(*errs)++;
			continue;
		}
		for (size_t j = 0; j < i; j++)
			if (strcmp(l->vals[j]->str, v->str) == 0) {
				diag_also(&l->vals[j]->pos);
				diag(&v->pos, MSG_TPL_LIST_DUP, v->str,
				    l->vals[j]->pos.line, l->vals[j]->pos.col);
				(*errs)++;
				k = -1;
				break;
			}
		if (k >= 0)
			st->lists[st->nlists++] = k;
	}
}

/*
 * What the numbers leave: a text column of at least MIN_COLUMN_W x
 * MIN_COLUMN_H mm on portrait and on landscape pages (portrait pages are
 * the narrow ones, landscape pages the low ones), and room in the top and
 * bottom margins for the running header, the footer and the page number.
 */
static void
fill_geometry(const struct node *pg, const struct style *st, int *errs)
{
	const struct node	*mg = node_get(pg, "margin");
	const char		*paper = node_str(pg, "ukuran");
	double			 w = (st->page_w - st->m_left - st->m_right) / MM;
	double			 h = (st->page_w - st->m_top - st->m_bottom) / MM;
	char			 a[16], b[16], c[16], d[16];

	/* in mm from points: 80 mm may come out as 79.99999 */
	if (w < MIN_COLUMN_W - 0.001) {
		diag(&node_get(mg, "kiri")->pos, MSG_TPL_COLUMN_W,
		    dec(a, sizeof(a), st->m_left / MM),
		    dec(b, sizeof(b), st->m_right / MM),
		    dec(c, sizeof(c), w > 0 ? w : 0), paper,
		    dec(d, sizeof(d), st->page_w / MM), MIN_COLUMN_W);
		(*errs)++;
	}
	if (h < MIN_COLUMN_H - 0.001) {
		diag(&node_get(mg, "atas")->pos, MSG_TPL_COLUMN_H,
		    dec(a, sizeof(a), st->m_top / MM),
		    dec(b, sizeof(b), st->m_bottom / MM),
		    dec(c, sizeof(c), h > 0 ? h : 0), paper,
		    dec(d, sizeof(d), st->page_w / MM), MIN_COLUMN_H);
		(*errs)++;
	}
	*errs += template_room(st, &node_get(mg, "atas")->pos,
	    &node_get(mg, "bawah")->pos);
}

int
template_room(const struct style *st, const struct pos *top_at,
    const struct pos *bottom_at)
{
	double	 head, foot;
	char	 a[16], b[16], e[16];
	int	 errs = 0;

	/* as decorate() in layout_pager.c sets them: ascent ~0.92 and
	 * descent ~0.26 of the size, header in size - 2, page number size - 1 */
	head = (HEAD_RISE + 0.92 * (st->size - 2)) / MM + EDGE;
	foot = (FOOT_DROP + 0.26 * (st->size - 1)) / MM + EDGE;
	if (st->m_top / MM < head - 0.05) {
		diag(top_at, MSG_TPL_HEAD_ROOM,
		    dec(a, sizeof(a), st->m_top / MM),
		    dec(b, sizeof(b), st->size), dec(e, sizeof(e), head));
		errs++;
	}
	if (st->m_bottom / MM < foot - 0.05) {
		diag(bottom_at, MSG_TPL_FOOT_ROOM,
		    dec(a, sizeof(a), st->m_bottom / MM),
		    dec(b, sizeof(b), st->size), dec(e, sizeof(e), foot));
		errs++;
	}
	return errs;
}

/*
 * The house style of Indonesian government documents (tata naskah
 * dinas), as they are typed in a word processor: 12 pt text at "1,5
 * spasi" (1.5 x the face's own line height, 1.15 em for Arial and
 * Liberation Sans), headings 14 and 12 pt, tables 10 pt.  'ringkas'
 * (or no gaya) is the template's own numbers, as fill() saved them.
 */
void
template_style(struct style *st, const char *gaya)
{
	if (gaya == NULL || strcmp(gaya, "dinas") != 0) {
		st->size = st->own_size;
		st->leading = st->own_leading;
		st->h_chapter = st->own_h_chapter;
		memcpy(st->h_level, st->own_h_level, sizeof(st->h_level));
		st->table_size = st->own_table_size;
		st->table_leading = st->own_table_leading;
		return;
	}
	st->size = 12;
	st->leading = 1.5 * 1.15;
	st->h_chapter = 14;
	st->h_level[0] = st->h_level[1] = st->h_level[2] = st->h_level[3] = 12;
	st->table_size = 10;
	st->table_leading = 1.25;
}

/*
 * How a Lampiran numbers its tables and figures: "L{lampiran}.{nomor}"
 * (the default: Tabel L1.1, L1.2, L3.1), "{nomor}" (Tabel 1, 2, 3 on
 * through all Lampiran).  Without {nomor} all would share one number.
 */
static void
annex_number(const struct node *t, struct style *st, int *errs)
{
	const struct node *n = node_get(t, "nomor_lampiran");

	st->annex_number = "L{lampiran}.{nomor}";
	if (n == NULL)
		return;
	placeholders(n, annex_num_names, "{lampiran}, {nomor}", errs);
	if (strstr(n->str, "{nomor}") == NULL) {
		diag(&n->pos, MSG_TPL_NEED_NUMBER, "nomor_lampiran");
		(*errs)++;
	}
	st->annex_number = n->str;
}

static void
fill(struct arena *a, const struct node *t, const char *root,
    struct style *st, int *errs)
{
	const struct node *pg = node_get(t, "halaman");
	const struct node *mg = node_get(pg, "margin");
	const struct node *fo = node_get(t, "huruf");
	const struct node *tx = node_get(t, "teks");
	const struct node *hd = node_get(t, "judul");
	const struct node *tb = node_get(t, "tabel");
	const struct node *hy = node_get(t, "pemenggalan");
	const struct node *al = node_get(t, "label_lampiran");
	static const char *const fk[FACE__MAX] = {
		"biasa", "tebal", "miring", "tebal_miring" };
	int	 range_errs = 0;

	if (strcmp(node_str(pg, "ukuran"), "F4") == 0) {
		st->page_w = 215 * MM;
		st->page_h = 330 * MM;
	} else {
		st->page_w = 210 * MM;
		st->page_h = 297 * MM;
	}
	st->m_top = num(mg, "atas", 5, 150, U_MM, &range_errs) * MM;
	st->m_bottom = num(mg, "bawah", 5, 150, U_MM, &range_errs) * MM;
	st->m_left = num(mg, "kiri", 5, 150, U_MM, &range_errs) * MM;
	st->m_right = num(mg, "kanan", 5, 150, U_MM, &range_errs) * MM;
	st->fonts_dir = arena_printf(a, "%s/fonts", root);
	for (int i = 0; i < FACE__MAX; i++) {
		st->fonts[i] = node_str(fo, fk[i]);
		st->font_pos[i] = node_get(fo, fk[i])->pos;
	}
	st->size = num(tx, "ukuran", 6, 16, U_PT, &range_errs);
	st->leading = num(tx, "spasi", 1.2, 3, U_TIMES, &range_errs);
	st->para_gap = num(tx, "jarak_paragraf", 0, 36, U_PT, &range_errs);
	st->list_indent = num(tx, "inden_daftar", 0, 20, U_MM,
	    &range_errs) * MM;
	st->h_chapter = num(hd, "bab", 6, 28, U_PT, &range_errs);
	st->h_level[0] = num(hd, "tingkat_1", 6, 28, U_PT, &range_errs);
	st->h_level[1] = num(hd, "tingkat_2", 6, 28, U_PT, &range_errs);
	st->h_level[2] = st->h_level[3] = num(hd, "tingkat_3", 6, 28, U_PT,
	    &range_errs);
	st->table_size = st->size - 2;	/* 4 to 14: within the table limits */
	st->table_leading = 1.25;
	if (tb != NULL) {
		st->table_size = num(tb, "ukuran", 4, 16, U_PT, &range_errs);
		st->table_leading = num(tb, "spasi", 1.2, 3, U_TIMES,
		    &range_errs);
	}
	st->own_size = st->size;
	st->own_leading = st->leading;
	st->own_h_chapter = st->h_chapter;
	memcpy(st->own_h_level, st->h_level, sizeof(st->h_level));
	st->own_table_size = st->table_size;
	st->own_table_leading = st->table_leading;
	template_style(st, node_str(t, "gaya"));
	/* the computed geometry only from numbers that are themselves sane */
	if (range_errs == 0)
		fill_geometry(pg, st, errs);
	*errs += range_errs;
	fill_lists(t, st, errs);
	fill_palette(t, st, errs);
	placeholders(node_get(t, "kepala"), running_names, running_list, errs);
	placeholders(node_get(t, "kaki"), running_names, running_list, errs);
	placeholders(al, annex_names, "{nomor}", errs);
	st->header = node_str(t, "kepala");
	st->header_pos = node_get(t, "kepala")->pos;
	st->header_n = node_get(t, "kepala");
	st->footer = node_str(t, "kaki");
	st->footer_pos = node_get(t, "kaki")->pos;
	st->footer_n = node_get(t, "kaki");
	st->annex_prefix = node_str(t, "label_lampiran");
	if (utf8_count(al->str, al->len) > MAX_ANNEX_LABEL) {
		diag(&al->pos, MSG_TPL_LABEL_LONG, "label_lampiran",
		    utf8_count(al->str, al->len), MAX_ANNEX_LABEL);
		(*errs)++;
	}
	st->hyph_dict = node_str(hy, "kamus");
	st->hyph_pos = node_get(hy, "kamus")->pos;
	st->hyph_left = atoi(node_str(hy, "kiri"));
	st->hyph_right = atoi(node_str(hy, "kanan"));
	st->hyph_on = node_get(hy, "aktif") == NULL ||
	    schema_bool(node_get(hy, "aktif")) != 0;
	annex_number(t, st, errs);
	st->dividers = node_get(t, "halaman_pembatas") == NULL ||
	    schema_bool(node_get(t, "halaman_pembatas")) != 0;
	st->floats = node_get(t, "mengambang") == NULL ||
	    schema_bool(node_get(t, "mengambang")) != 0;
}

/* Read and check templat.yaml as rq names it; fonts from root/fonts. */
static int
load_checked(struct arena *a, struct in_req *rq, const char *root,
    struct style *st)
{
	struct node	*t;
	int		 errs = 0;

	t = content_load_file(a, rq);
	if (t == NULL || check_schema(t, &tpl_s) > 0)
		return -1;
	fill(a, t, root, st, &errs);
	st->scale = node_get(t, "skala");
	return errs ? -1 : 0;
}

int
template_load(struct arena *a, const char *name, const struct pos *where,
    const char *exe, struct style *st)
{
	struct in_req	 rq = { NULL, NULL, where, MSG_TEMPLATE_FILE,
			    LOAD_MAX_FILE };
	const char	*root;

	memset(st, 0, sizeof(*st));
	if (!find_root(a, name, where, exe, &root))
		return -1;
	st->dir = arena_printf(a, "%s/templates/%s", root, name);
	/* a template is a folder of templates/, wherever its links lead */
	rq.dir = arena_printf(a, "%s/templates", root);
	rq.name = arena_printf(a, "%s/templat.yaml", name);
	return load_checked(a, &rq, root, st);
}

/*
 * --template DIR: DIR/templat.yaml, whatever laporan.yaml names; its
 * files stay inside DIR.  Fonts from the first root that has fonts/ (the
 * caller may point them elsewhere with --fonts).
 */
int
template_load_dir(struct arena *a, const char *dir, const char *exe,
    struct style *st)
{
	struct in_req	 rq = { NULL, "templat.yaml", NULL, MSG_TEMPLATE_FILE,
			    LOAD_MAX_FILE };
	const char	*cand[4], *root = NULL;
	size_t		 n;

	memset(st, 0, sizeof(*st));
	n = roots(a, exe, cand);
	for (size_t i = 0; i < n && root == NULL; i++)
		if (exists(arena_printf(a, "%s/fonts", cand[i])))
			root = cand[i];
	st->dir = arena_strdup(a, dir);
	rq.dir = st->dir;
	return load_checked(a, &rq, root != NULL ? root : LAKIN_DATADIR, st);
}
