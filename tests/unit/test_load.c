/*
 * content_load: YAML text -> node tree with 1-based positions (columns in
 * characters), and every refusal reported at the right place: duplicate
 * keys, anchors/aliases, nesting depth, long scalars, empty files, bad
 * UTF-8, tabs, syntax errors.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "content_load.h"
#include "mem.h"

struct cap {
	FILE		*f;
	char		*buf;
	size_t		 len;
	struct arena	*a;
};

static struct cap cap;

static void
cap_lang(enum lang l)
{
	if (cap.f != NULL)
		fclose(cap.f);
	free(cap.buf);
	cap.buf = NULL;
	cap.len = 0;
	cap.f = open_memstream(&cap.buf, &cap.len);
	assert_non_null(cap.f);
	diag_setup(cap.f, l);
}

static const char *
captured(void)
{
	fflush(cap.f);
	return cap.buf != NULL ? cap.buf : "";
}

static int
setup(void **state)
{
	(void)state;
	cap.a = arena_new();
	cap_lang(LANG_ID);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	diag_setup(NULL, LANG_ID);
	if (cap.f != NULL)
		fclose(cap.f);
	free(cap.buf);
	arena_free(cap.a);
	memset(&cap, 0, sizeof(cap));
	return 0;
}

static struct node *
load(const char *s)
{
	return content_load_buf(cap.a, "t.yaml", s, strlen(s));
}

/* A load that must fail with exactly the diagnostics in want. */
static void
load_fails(const char *yaml, const char *want, int nerrors)
{
	assert_null(load(yaml));
	assert_string_equal(captured(), want);
	assert_int_equal(diag_worst(), SEV_ERROR);
	assert_int_equal(diag_count(SEV_ERROR), nerrors);
}

#define assert_pos(n, l, c) do {					\
	assert_non_null(n);						\
	assert_int_equal((n)->pos.line, (l));				\
	assert_int_equal((n)->pos.col, (c));				\
} while (0)

static void
assert_scalar(const struct node *n, const char *s, int line, int col)
{
	assert_non_null(n);
	assert_int_equal(n->type, NODE_SCALAR);
	assert_string_equal(n->str, s);
	assert_int_equal(n->len, strlen(s));
	assert_pos(n, line, col);
}

static const char doc[] =
    "judul: Laporan Kinerja\n"		/* 1 */
    "daftar:\n"				/* 2 */
    "  - satu\n"				/* 3 */
    "  -   \"dua\"\n"			/* 4 */
    "# komentar\n"				/* 5 */
    "\xC3\xB1\xC3\xA9: nilai\n"		/* 6: "ñé: nilai" */
    "kota: [M\xC3\xA9" "dan, Binjai]\n"	/* 7: "kota: [Médan, Binjai]" */
    "isi:\n"				/* 8 */
    "  - paragraf: Teks pertama.\n"	/* 9 */
    "    rata: kiri\n";			/* 10 */

static void
test_positions(void **state)
{
	const struct node *root, *l, *m;

	(void)state;
	root = load(doc);
	assert_non_null(root);
	assert_string_equal(captured(), "");
	assert_int_equal(diag_count(SEV_ERROR), 0);
	assert_int_equal(root->type, NODE_MAP);
	assert_pos(root, 1, 1);
	assert_string_equal(root->pos.file, "t.yaml");
	assert_int_equal(root->n, 5);

	/* keys and values */
	assert_scalar(root->keys[0], "judul", 1, 1);
	assert_scalar(root->vals[0], "Laporan Kinerja", 1, 8);
	assert_int_equal(root->vals[0]->style, SCALAR_PLAIN);
	assert_true(root->vals[0]->single_line);

	/* block sequence: the list at its first '-', items at their text */
	assert_scalar(root->keys[1], "daftar", 2, 1);
	l = root->vals[1];
	assert_int_equal(l->type, NODE_SEQ);
	assert_pos(l, 3, 3);
	assert_int_equal(l->n, 2);
	assert_null(l->keys);
	assert_scalar(l->vals[0], "satu", 3, 5);
	assert_scalar(l->vals[1], "dua", 4, 7);	/* at the opening quote */
	assert_int_equal(l->vals[1]->style, SCALAR_DQUOTED);

	/* after multi-byte characters, columns count characters */
	assert_scalar(root->keys[2], "\xC3\xB1\xC3\xA9", 6, 1);
	assert_scalar(root->vals[2], "nilai", 6, 5);	/* byte 7 */
	l = root->vals[3];
	assert_int_equal(l->type, NODE_SEQ);
	assert_pos(l, 7, 7);
	assert_scalar(l->vals[0], "M\xC3\xA9" "dan", 7, 8);
	assert_scalar(l->vals[1], "Binjai", 7, 15);	/* byte 16 */

	/* a mapping inside a list item */
	l = root->vals[4];
	assert_pos(l, 9, 3);
	m = l->vals[0];
	assert_int_equal(m->type, NODE_MAP);
	assert_pos(m, 9, 5);
	assert_scalar(m->keys[0], "paragraf", 9, 5);
	assert_scalar(m->vals[0], "Teks pertama.", 9, 15);
	assert_scalar(m->keys[1], "rata", 10, 5);
	assert_scalar(m->vals[1], "kiri", 10, 11);
}

static void
test_styles(void **state)
{
	const struct node *root;

	(void)state;
	root = load("a: >\n  lipat\n  dua\n"
	    "b: |\n  baris\n"
	    "c: 'it''s'\n"
	    "d: \"x\\ty\"\n"
	    "e: polos\n  dua baris\n"
	    "f:\n");
	assert_non_null(root);
	assert_int_equal(node_get(root, "a")->style, SCALAR_FOLDED);
	assert_string_equal(node_get(root, "a")->str, "lipat dua\n");
	assert_false(node_get(root, "a")->single_line);
	assert_pos(node_get(root, "a"), 1, 4);
	assert_int_equal(node_get(root, "b")->style, SCALAR_LITERAL);
	assert_string_equal(node_get(root, "b")->str, "baris\n");
	assert_int_equal(node_get(root, "c")->style, SCALAR_SQUOTED);
	assert_string_equal(node_get(root, "c")->str, "it's");
	assert_true(node_get(root, "c")->single_line);
	assert_int_equal(node_get(root, "d")->style, SCALAR_DQUOTED);
	assert_string_equal(node_get(root, "d")->str, "x\ty");
	assert_string_equal(node_get(root, "e")->str, "polos dua baris");
	assert_false(node_get(root, "e")->single_line);
	/* an empty value is an empty plain scalar, not a missing one */
	assert_non_null(node_get(root, "f"));
	assert_int_equal(node_get(root, "f")->len, 0);
	assert_string_equal(node_get(root, "f")->str, "");
}

static void
test_node_get(void **state)
{
	const struct node *root;

	(void)state;
	root = load("a: 1\nb:\n  c: 2\nl: [x]\n");
	assert_non_null(root);
	assert_string_equal(node_get(root, "a")->str, "1");
	assert_int_equal(node_get(root, "b")->type, NODE_MAP);
	assert_string_equal(node_get(node_get(root, "b"), "c")->str, "2");
	assert_null(node_get(root, "c"));	/* not looked up recursively */
	assert_null(node_get(root, "A"));	/* case matters */
	assert_null(node_get(root, ""));
	assert_null(node_get(node_get(root, "l"), "x"));	/* a list */
	assert_null(node_get(node_get(root, "a"), "1"));	/* a scalar */
	assert_null(node_get(NULL, "a"));
}

static void
test_duplicate_key(void **state)
{
	(void)state;
	load_fails("a: 1\nb: 2\n\na: 3\n",
	    "t.yaml:4:1: galat: kunci 'a' ditulis dua kali dalam satu bagian "
	    "(pertama di baris 1)\n", 1);
}

static void
test_duplicate_key_nested(void **state)
{
	(void)state;
	/* same key in two different mappings is fine */
	assert_non_null(load("x: {a: 1}\ny:\n  a: 2\n"));
	assert_int_equal(diag_count(SEV_ERROR), 0);
	load_fails("x:\n  - p: 1\n    q: 2\n    p: 3\ny: {k: 1, k: 2}\n",
	    "t.yaml:4:5: galat: kunci 'p' ditulis dua kali dalam satu bagian "
	    "(pertama di baris 2)\n"
	    "t.yaml:5:11: galat: kunci 'k' ditulis dua kali dalam satu bagian "
	    "(pertama di baris 5)\n", 2);
}

static void
test_duplicate_key_english(void **state)
{
	(void)state;
	cap_lang(LANG_EN);
	load_fails("judul: a\njudul: b\n",
	    "t.yaml:2:1: error: key 'judul' appears twice in one mapping "
	    "(first at line 1)\n", 1);
}

#define ALIAS_ID "galat: anchor/alias YAML ('&' dan '*') tidak dipakai " \
	"di konten; tulis nilainya langsung\n"

static void
test_alias_anchor(void **state)
{
	(void)state;
	/* only the first anchor/alias of a file is reported */
	load_fails("a: &x teks\nb: *x\n", "t.yaml:1:4: " ALIAS_ID, 1);
}

static void
test_alias_anchor_collections(void **state)
{
	(void)state;
	/* an anchored collection is read to its end: no false errors after */
	load_fails("- &l [1, 2]\n- &m {a: 1}\n- *l\n",
	    "t.yaml:1:3: " ALIAS_ID, 1);
	diag_reset();
	cap_lang(LANG_ID);
	load_fails("a: &m\n  b: 1\n  c: 2\nb: 1\nc: *m\n",
	    "t.yaml:1:4: " ALIAS_ID, 1);
	diag_reset();
	cap_lang(LANG_ID);
	load_fails("*k : 1\n", "t.yaml:1:1: " ALIAS_ID, 1);
	cap_lang(LANG_ID);
	load_fails("&r\na: 1\n", "t.yaml:1:1: " ALIAS_ID, 1);
}

/* n nested flow lists around x: "[[x]]" for n == 2. */
static char *
nest(size_t n, const char *x)
{
	size_t	 xl = strlen(x);
	char	*s = xmalloc(2 * n + xl + 2);

	memset(s, '[', n);
	memcpy(s + n, x, xl);
	memset(s + n + xl, ']', n);
	s[2 * n + xl] = '\n';
	s[2 * n + xl + 1] = '\0';
	return s;
}

static void
test_depth_limit(void **state)
{
	char		*s;
	const struct node *n;
	char		 want[160];
	int		 depth = 0;

	(void)state;
	/* the root is level 1: LOAD_MAX_DEPTH nodes deep is still fine */
	s = nest(LOAD_MAX_DEPTH - 1, "x");
	n = load(s);
	free(s);
	assert_non_null(n);
	assert_int_equal(diag_count(SEV_ERROR), 0);
	while (n->type == NODE_SEQ) {
		assert_int_equal(n->n, 1);
		n = n->vals[0];
		depth++;
	}
	assert_int_equal(depth, LOAD_MAX_DEPTH - 1);
	assert_scalar(n, "x", 1, LOAD_MAX_DEPTH);

	/* one more, reported at the node that is too deep */
	s = nest(LOAD_MAX_DEPTH, "x");
	snprintf(want, sizeof(want), "t.yaml:1:%d: galat: struktur bertingkat "
	    "terlalu dalam (lebih dari %d tingkat)\n", LOAD_MAX_DEPTH + 1,
	    LOAD_MAX_DEPTH);
	load_fails(s, want, 1);
	free(s);
}

static void
test_depth_limit_huge(void **state)
{
	char	*s;
	char	 want[160];

	(void)state;
	/* a hostile file: one diagnostic, no recursion into the rest */
	s = nest(100000, "x");
	snprintf(want, sizeof(want), "t.yaml:1:%d: galat: struktur bertingkat "
	    "terlalu dalam (lebih dari %d tingkat)\n", LOAD_MAX_DEPTH + 1,
	    LOAD_MAX_DEPTH);
	load_fails(s, want, 1);
	free(s);
}

static void
test_depth_limit_block(void **state)
{
	char	 buf[4096], want[160];
	size_t	 o = 0;

	(void)state;
	/* "k0:\n k1:\n  k2:\n ..." : key k<i> sits at depth i + 2 */
	for (int i = 0; i < LOAD_MAX_DEPTH + 5; i++)
		o += (size_t)snprintf(buf + o, sizeof(buf) - o, "%*sk%d:\n", i,
		    "", i);
	snprintf(want, sizeof(want), "t.yaml:%d:%d: galat: struktur bertingkat "
	    "terlalu dalam (lebih dari %d tingkat)\n", LOAD_MAX_DEPTH,
	    LOAD_MAX_DEPTH, LOAD_MAX_DEPTH);
	load_fails(buf, want, 1);
}

static void
test_scalar_limit(void **state)
{
	size_t		 n = LOAD_MAX_SCALAR;
	char		*s = xmalloc(n + 16);
	const struct node *root;
	char		 want[200];

	(void)state;
	memcpy(s, "a: ", 3);
	memset(s + 3, 'x', n);
	strcpy(s + 3 + n, "\n");
	root = load(s);
	assert_non_null(root);
	assert_int_equal(node_get(root, "a")->len, n);

	memcpy(s, "\nb: ", 4);
	memset(s + 4, 'y', n + 1);
	strcpy(s + 5 + n, "\n");
	snprintf(want, sizeof(want), "t.yaml:2:4: galat: teks terlalu panjang "
	    "(%zu byte; batas %zu byte); pecah menjadi beberapa paragraf\n",
	    n + 1, n);
	load_fails(s, want, 1);
	free(s);
}

#define EMPTY_ID "t.yaml: galat: berkas kosong: tidak ada isi sama sekali\n"

static void
test_empty(void **state)
{
	(void)state;
	assert_null(content_load_buf(cap.a, "t.yaml", "", 0));
	assert_string_equal(captured(), EMPTY_ID);
	assert_int_equal(diag_worst(), SEV_ERROR);
	assert_int_equal(diag_count(SEV_ERROR), 1);
	cap_lang(LANG_ID);
	load_fails("\n\n   \n", EMPTY_ID, 1);
	cap_lang(LANG_ID);
	load_fails("\xEF\xBB\xBF", EMPTY_ID, 1);		/* BOM only */
}

static void
test_comment_only(void **state)
{
	(void)state;
	load_fails("# laporan.yaml\n  # belum diisi\r\n\n#", EMPTY_ID, 1);
	/* a comment after real content is fine */
	cap_lang(LANG_ID);
	assert_non_null(load("# judul\na: 1 # satu\n# akhir\n"));
	assert_int_equal(diag_count(SEV_ERROR), 0);
}

static void
test_invalid_utf8(void **state)
{
	(void)state;
	load_fails("a: b\nc: d\xC3\n",
	    "t.yaml:2:5: galat: teks bukan UTF-8 yang sah (byte 0xC3); simpan "
	    "berkas sebagai UTF-8\n", 1);
	/* columns before the bad byte count characters (é is one) */
	cap_lang(LANG_ID);
	load_fails("judul:\n  x: \xC3\xA9\xC3\xA9\xFF\n",
	    "t.yaml:2:8: galat: teks bukan UTF-8 yang sah (byte 0xFF); simpan "
	    "berkas sebagai UTF-8\n", 1);
	/* Latin-1 text */
	cap_lang(LANG_ID);
	load_fails("kota: M\xE9" "dan\n",
	    "t.yaml:1:8: galat: teks bukan UTF-8 yang sah (byte 0xE9); simpan "
	    "berkas sebagai UTF-8\n", 1);
	/* overlong and surrogate */
	cap_lang(LANG_ID);
	load_fails("\xC0\xAF: 1\n",
	    "t.yaml:1:1: galat: teks bukan UTF-8 yang sah (byte 0xC0); simpan "
	    "berkas sebagai UTF-8\n", 1);
	cap_lang(LANG_ID);
	load_fails("a:\n\n b: \xED\xA0\x80\n",
	    "t.yaml:3:5: galat: teks bukan UTF-8 yang sah (byte 0xED); simpan "
	    "berkas sebagai UTF-8\n", 1);
}

#define TAB_ID "galat: karakter tab dipakai untuk indentasi; YAML hanya " \
	"menerima spasi\n"

static void
test_tabs(void **state)
{
	(void)state;
	/* every line is reported, not just the first */
	load_fails("a:\n\tb: 1\nc:\n\t- 2\n  \td: 3\n",
	    "t.yaml:2:1: " TAB_ID "t.yaml:4:1: " TAB_ID "t.yaml:5:3: " TAB_ID,
	    3);
	/* a tab after the text of a line is not indentation */
	cap_lang(LANG_ID);
	assert_string_equal(node_get(load("a: x\ty\n"), "a")->str, "x\ty");
	assert_int_equal(diag_count(SEV_ERROR), 0);
}

static void
test_syntax_errors(void **state)
{
	(void)state;
	load_fails("a: b: c\n",
	    "t.yaml:1:5: galat: kesalahan penulisan YAML: tanda ':' tidak boleh "
	    "di sini; teks yang memuat ': ' harus diapit tanda kutip\n", 1);
	cap_lang(LANG_ID);
	load_fails("judul: \"Laporan\n",
	    "t.yaml:2:1: galat: kesalahan penulisan YAML: berkas berakhir "
	    "sebelum tanda kutip atau kurung ditutup\n", 1);
	cap_lang(LANG_ID);
	load_fails("a:\n  - b\n c: 1\n",
	    "t.yaml:3:2: galat: kesalahan penulisan YAML: indentasi tidak "
	    "sejajar: di sini diharapkan kunci baru\n", 1);
	cap_lang(LANG_ID);
	load_fails("a: \"\\q\"\n",
	    "t.yaml:1:5: galat: kesalahan penulisan YAML: urutan '\\' tidak "
	    "dikenal di dalam tanda kutip ganda; tulis '\\\\' atau pakai tanda "
	    "kutip tunggal\n", 1);
	cap_lang(LANG_ID);
	/* after a multi-byte character */
	load_fails("kota: M\xC3\xA9" "dan \xC3\xA9: x\n",
	    "t.yaml:1:14: galat: kesalahan penulisan YAML: tanda ':' tidak "
	    "boleh di sini; teks yang memuat ': ' harus diapit tanda kutip\n",
	    1);
	cap_lang(LANG_EN);
	load_fails("a: b: c\n",
	    "t.yaml:1:5: error: YAML syntax error: ':' is not allowed here; "
	    "text containing ': ' must be quoted\n", 1);
}

static void
test_syntax_error_untranslated(void **state)
{
	(void)state;
	/* a libyaml problem without a translation still gets a position */
	assert_null(load("[a, b\n"));
	assert_true(strncmp(captured(), "t.yaml:2:1: galat: kesalahan "
	    "penulisan YAML: ", 44) == 0);
	assert_int_equal(diag_count(SEV_ERROR), 1);
}

static void
test_control_character(void **state)
{
	(void)state;
	/* refused (libyaml's reader error); see the report for the position */
	assert_null(load("a: b\x01" "c\n"));
	assert_int_equal(diag_count(SEV_ERROR), 1);
	assert_true(strncmp(captured(), "t.yaml:", 7) == 0);
}

static void
test_multidoc_and_key_type(void **state)
{
	(void)state;
	load_fails("a: 1\n---\nb: 2\n",
	    "t.yaml:2:1: galat: berkas berisi lebih dari satu dokumen YAML "
	    "('---'); satu berkas, satu dokumen\n", 1);
	cap_lang(LANG_ID);
	load_fails("? [a]\n: 1\n",
	    "t.yaml:1:3: galat: kunci harus berupa teks biasa\n", 1);
	/* one explicit document, with or without end marker, is fine */
	cap_lang(LANG_ID);
	assert_non_null(load("---\na: 1\n...\n"));
	assert_int_equal(diag_count(SEV_ERROR), 0);
}

static void
test_crlf_and_bom(void **state)
{
	const struct node *root;

	(void)state;
	root = load("\xEF\xBB\xBF" "a: 1\r\nb: dua tiga\r\n");
	assert_non_null(root);
	assert_scalar(node_get(root, "a"), "1", 1, 4);
	assert_scalar(node_get(root, "b"), "dua tiga", 2, 4);
}

static void
test_char_pos(void **state)
{
	const struct node	*root, *n;
	struct pos		 p;

	(void)state;
	root = load("p: ab **c\n"		/* 1: plain */
	    "q: 'ab **c'\n"			/* 2: single quotes */
	    "r: \"ab **c\"\n"			/* 3: double quotes */
	    "s: \xC3\xA9\xC3\xA9 **c\n"		/* 4: "éé **c" */
	    "t: >\n  ab **c\n"			/* 5: folded */
	    "u: |\n  ab **c\n"			/* 7: literal */
	    "v: ab\n  **c\n"			/* 9: plain on two lines */
	    "w: [x, ab **c]\n");		/* 11: inside a flow list */
	assert_non_null(root);

	n = node_get(root, "p");
	p = node_char_pos(n, 3);
	assert_string_equal(p.file, "t.yaml");
	assert_int_equal(p.line, 1);
	assert_int_equal(p.col, 7);
	assert_int_equal(node_char_pos(n, 0).col, 4);
	assert_int_equal(node_char_pos(n, n->len).col, 10);	/* the end */
	assert_int_equal(node_char_pos(n, n->len + 1).col, 4);	/* past it */

	/* quoted: one more for the opening quote */
	assert_int_equal(node_char_pos(node_get(root, "q"), 3).col, 8);
	assert_int_equal(node_char_pos(node_get(root, "q"), 3).line, 2);
	assert_int_equal(node_char_pos(node_get(root, "r"), 3).col, 8);

	/* offsets are bytes, columns characters */
	n = node_get(root, "s");
	p = node_char_pos(n, 5);
	assert_int_equal(p.line, 4);
	assert_int_equal(p.col, 7);

	/* folded, literal and multi-line plain scalars: the line and column
	 * where the character really is */
	p = node_char_pos(node_get(root, "t"), 3);
	assert_int_equal(p.line, 6);
	assert_int_equal(p.col, 6);
	p = node_char_pos(node_get(root, "u"), 3);
	assert_int_equal(p.line, 8);
	assert_int_equal(p.col, 6);
	p = node_char_pos(node_get(root, "v"), 3);
	assert_int_equal(p.line, 10);
	assert_int_equal(p.col, 3);

	n = node_get(root, "w");
	p = node_char_pos(n, 0);		/* not a scalar: its position */
	assert_int_equal(p.line, 11);
	assert_int_equal(p.col, 4);
	p = node_char_pos(n->vals[1], 3);
	assert_int_equal(p.col, 11);
}

/* Escapes and doubled quotes: columns follow the source, not the value. */
static void
test_char_pos_escapes(void **state)
{
	const struct node *root;

	(void)state;
	root = load("q: 'it''s **x'\n"
	    "r: \"\\\"a\\\" **x\"\n"
	    "s: \"\\u00e9 **x\"\n");
	assert_non_null(root);
	/* "it's **x": the ** is value byte 5, source column 11 */
	assert_int_equal(node_char_pos(node_get(root, "q"), 5).col, 11);
	/* "\"a\" **x": value byte 4, source column 11 */
	assert_int_equal(node_char_pos(node_get(root, "r"), 4).col, 11);
	/* "é **x": value byte 3 (é is two bytes), source column 12 */
	assert_int_equal(node_char_pos(node_get(root, "s"), 3).col, 12);
}

static void
test_load_file(void **state)
{
	char		 path[] = "/tmp/lakin-test-load-XXXXXX";
	struct in_req	 rq = { "/tmp", path + 5, NULL, MSG_FILE_OPEN,
			    LOAD_MAX_FILE };
	int		 fd;
	FILE		*f;
	const struct node *root;
	char		 want[256];

	(void)state;
	fd = mkstemp(path);
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	fputs("judul: x\njudul: y\n", f);
	fclose(f);
	assert_null(content_load_file(cap.a, &rq));
	snprintf(want, sizeof(want), "%s:2:1: galat: kunci 'judul' ditulis "
	    "dua kali dalam satu bagian (pertama di baris 1)\n", path);
	assert_string_equal(captured(), want);

	f = fopen(path, "w");
	assert_non_null(f);
	fputs("judul: x\n", f);
	fclose(f);
	root = content_load_file(cap.a, &rq);
	assert_non_null(root);
	assert_string_equal(root->pos.file, path);
	assert_string_equal(node_get(root, "judul")->pos.file, path);
	unlink(path);

	cap_lang(LANG_ID);
	assert_null(content_load_file(cap.a, &rq));
	snprintf(want, sizeof(want), "%s: galat: tidak dapat membuka berkas: ",
	    path);
	assert_true(strncmp(captured(), want, strlen(want)) == 0);
	assert_int_equal(diag_count(SEV_ERROR), 1);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_positions),
		T(test_styles),
		T(test_node_get),
		T(test_duplicate_key),
		T(test_duplicate_key_nested),
		T(test_duplicate_key_english),
		T(test_alias_anchor),
		T(test_alias_anchor_collections),
		T(test_depth_limit),
		T(test_depth_limit_huge),
		T(test_depth_limit_block),
		T(test_scalar_limit),
		T(test_empty),
		T(test_comment_only),
		T(test_invalid_utf8),
		T(test_tabs),
		T(test_syntax_errors),
		T(test_syntax_error_untranslated),
		T(test_control_character),
		T(test_multidoc_and_key_type),
		T(test_crlf_and_bom),
		T(test_char_pos),
		T(test_char_pos_escapes),
		T(test_load_file),
	};

	return cmocka_run_group_tests_name("content_load", tests, NULL, NULL);
}
