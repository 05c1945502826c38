/*
 * The template: templat.yaml checked against its schema (the same engine
 * as content) and turned into a struct style.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_schema.h"
#include "content_load.h"
#include "mem.h"
#include "template.h"

#define MM (72.0 / 25.4)

static const char *const sizes[] = { "A4", "F4", NULL };
static const char *const lists_ch[] = { "isi", "tabel", "gambar", "lampiran",
	NULL };

static const struct field margin_f[] = {
	{ "atas", V_NUM, 1, NULL, NULL, 0, 0 },
	{ "bawah", V_NUM, 1, NULL, NULL, 0, 0 },
	{ "kiri", V_NUM, 1, NULL, NULL, 0, 0 },
	{ "kanan", V_NUM, 1, NULL, NULL, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema margin_s = { "'margin'", "'margin'", margin_f, 0, NULL };

static const struct field page_f[] = {
	{ "ukuran", V_CHOICE, 1, NULL, sizes, 0, 0 },
	{ "margin", V_MAP, 1, &margin_s, NULL, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema page_s = { "'halaman'", "'halaman'", page_f, 0, NULL };

/* A font is a file of the fonts/ folder beside templates/, nowhere else. */
static const char *const font_re[] = { "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
	"nama berkas huruf di folder fonts/ (tanpa '/')",
	"the name of a font file in the fonts/ folder (no '/')", NULL };

static const struct field fonts_f[] = {
	{ "biasa", V_PATTERN, 1, NULL, font_re, 0, 0 },
	{ "tebal", V_PATTERN, 1, NULL, font_re, 0, 0 },
	{ "miring", V_PATTERN, 1, NULL, font_re, 0, 0 },
	{ "tebal_miring", V_PATTERN, 1, NULL, font_re, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema fonts_s = { "'huruf'", "'huruf'", fonts_f, 0, NULL };

static const struct field text_f[] = {
	{ "ukuran", V_NUM, 1, NULL, NULL, 0, 0 },
	{ "spasi", V_NUM, 1, NULL, NULL, 0, 0 },
	{ "jarak_paragraf", V_NUM, 1, NULL, NULL, 0, 0 },
	{ "inden_daftar", V_NUM, 1, NULL, NULL, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema text_s = { "'teks'", "'teks'", text_f, 0, NULL };

static const struct field head_f[] = {
	{ "bab", V_NUM, 1, NULL, NULL, 0, 0 },
	{ "tingkat_1", V_NUM, 1, NULL, NULL, 0, 0 },
	{ "tingkat_2", V_NUM, 1, NULL, NULL, 0, 0 },
	{ "tingkat_3", V_NUM, 1, NULL, NULL, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema head_s = { "'judul'", "'judul'", head_f, 0, NULL };

static const struct field table_f[] = {
	{ "ukuran", V_NUM, 1, NULL, NULL, 0, 0 },
	{ "spasi", V_NUM, 1, NULL, NULL, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema table_s = { "'tabel'", "'tabel'", table_f, 0, NULL };

static const struct field hyph_f[] = {
	{ "kamus", V_STR, 1, NULL, NULL, 0, 0 },
	{ "kiri", V_INT, 1, NULL, NULL, 1, 5 },
	{ "kanan", V_INT, 1, NULL, NULL, 1, 5 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema hyph_s = { "'pemenggalan'", "'pemenggalan'",
	hyph_f, 0, NULL };

static const struct field tpl_f[] = {
	{ "nama", V_STR, 1, NULL, NULL, 0, 0 },
	{ "halaman", V_MAP, 1, &page_s, NULL, 0, 0 },
	{ "huruf", V_MAP, 1, &fonts_s, NULL, 0, 0 },
	{ "teks", V_MAP, 1, &text_s, NULL, 0, 0 },
	{ "judul", V_MAP, 1, &head_s, NULL, 0, 0 },
	{ "tabel", V_MAP, 0, &table_s, NULL, 0, 0 },
	{ "daftar", V_SEQ_STR, 0, NULL, NULL, 0, 0 },
	{ "kepala", V_STR, 1, NULL, NULL, 0, 0 },
	{ "kaki", V_STR, 1, NULL, NULL, 0, 0 },
	{ "label_lampiran", V_STR, 1, NULL, NULL, 0, 0 },
	{ "pemenggalan", V_MAP, 1, &hyph_s, NULL, 0, 0 },
	{ NULL, 0, 0, NULL, NULL, 0, 0 }
};
static const struct schema tpl_s = { "templat.yaml", "templat.yaml",
	tpl_f, 0, NULL };

/* A length or factor: "11", "1.45" or the Indonesian "1,45". */
static double
num(const struct node *m, const char *k, int *errs)
{
	const struct node	*n = node_get(m, k);
	char			 buf[64], *end;
	double			 v;
	size_t			 i;

	snprintf(buf, sizeof(buf), "%s", n->str);
	for (i = 0; buf[i] != '\0'; i++)
		if (buf[i] == ',')
			buf[i] = '.';
	v = strtod(buf, &end);
	if (*end != '\0' || end == buf || v < 0 || v > 1000) {
		diag(&n->pos, MSG_BAD_NUMBER, k, 0, 1000, n->str);
		(*errs)++;
		return 1;
	}
	return v;
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
 * binary (when it exists), the data dir set at build time.
 */
static int
find_root(struct arena *a, const char *name, const struct pos *where,
    const char *exe, const char **root)
{
	const char	*cand[4], *t, *share;
	char		 dir[PATH_MAX];
	size_t		 n = 0;
	char		*tried = NULL;

	if (getenv("LAKIN_HOME") != NULL)
		cand[n++] = getenv("LAKIN_HOME");
	exe_dir(exe, dir, sizeof(dir));
	if (dir[0] != '\0' && (t = tree_root(a, dir)) != NULL)
		cand[n++] = t;
	share = arena_printf(a, "%s/../share/lakin", dir);
	if (dir[0] != '\0' && exists(share))
		cand[n++] = share;
	cand[n++] = LAKIN_DATADIR;
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
	for (size_t i = 0; i < (l->type == NODE_SEQ ? l->n : 1) &&
	    st->nlists < 4; i++) {
		const struct node *v = l->type == NODE_SEQ ? l->vals[i] : l;
		int k = choice_index(lists_ch, v->str);

		if (k < 0) {
			diag(&v->pos, MSG_BAD_CHOICE, v->str, "daftar",
			    "isi, tabel, gambar, lampiran");
			(*errs)++;
			continue;
		}
		st->lists[st->nlists++] = k;
	}
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
	const struct node *hy = node_get(t, "pemenggalan");
	static const char *const fk[FACE__MAX] = {
		"biasa", "tebal", "miring", "tebal_miring" };

	if (strcmp(node_str(pg, "ukuran"), "F4") == 0) {
		st->page_w = 215 * MM;
		st->page_h = 330 * MM;
	} else {
		st->page_w = 210 * MM;
		st->page_h = 297 * MM;
	}
	st->m_top = num(mg, "atas", errs) * MM;
	st->m_bottom = num(mg, "bawah", errs) * MM;
	st->m_left = num(mg, "kiri", errs) * MM;
	st->m_right = num(mg, "kanan", errs) * MM;
	st->fonts_dir = arena_printf(a, "%s/fonts", root);
	for (int i = 0; i < FACE__MAX; i++) {
		st->fonts[i] = node_str(fo, fk[i]);
		st->font_pos[i] = node_get(fo, fk[i])->pos;
	}
	st->size = num(tx, "ukuran", errs);
	st->leading = num(tx, "spasi", errs);
	st->para_gap = num(tx, "jarak_paragraf", errs);
	st->list_indent = num(tx, "inden_daftar", errs) * MM;
	st->h_chapter = num(hd, "bab", errs);
	st->h_level[0] = num(hd, "tingkat_1", errs);
	st->h_level[1] = num(hd, "tingkat_2", errs);
	st->h_level[2] = st->h_level[3] = num(hd, "tingkat_3", errs);
	st->table_size = st->size - 2;
	st->table_leading = 1.25;
	if (node_get(t, "tabel") != NULL) {
		st->table_size = num(node_get(t, "tabel"), "ukuran", errs);
		st->table_leading = num(node_get(t, "tabel"), "spasi", errs);
	}
	fill_lists(t, st, errs);
	st->header = node_str(t, "kepala");
	st->footer = node_str(t, "kaki");
	st->annex_prefix = node_str(t, "label_lampiran");
	st->hyph_dict = node_str(hy, "kamus");
	st->hyph_left = atoi(node_str(hy, "kiri"));
	st->hyph_right = atoi(node_str(hy, "kanan"));
}

int
template_load(struct arena *a, const char *name, const struct pos *where,
    const char *exe, struct style *st)
{
	struct in_req	 rq = { NULL, NULL, where, MSG_TEMPLATE_FILE,
			    LOAD_MAX_FILE };
	const char	*root;
	struct node	*t;
	int		 errs = 0;

	memset(st, 0, sizeof(*st));
	if (!find_root(a, name, where, exe, &root))
		return -1;
	st->dir = arena_printf(a, "%s/templates/%s", root, name);
	/* a template is a folder of templates/, wherever its links lead */
	rq.dir = arena_printf(a, "%s/templates", root);
	rq.name = arena_printf(a, "%s/templat.yaml", name);
	t = content_load_file(a, &rq);
	if (t == NULL || check_schema(t, &tpl_s) > 0)
		return -1;
	fill(a, t, root, st, &errs);
	return errs ? -1 : 0;
}
