/*
 * check_schema against a small schema defined here (unknown keys with
 * and without a suggestion, required keys, types, choices, numbers,
 * booleans, one-of blocks, short-form list items), edit_distance, and two
 * pieces of check_content: inline markup and section numbers.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "check_content.h"
#include "check_schema.h"
#include "derive.h"
#include "content_load.h"
#include "mem.h"

/* ---- the schema under test ------------------------------------------ */

static const char *const color_ch[] = { "merah", "hijau", "biru", NULL };

static const struct field item_f[] = {
	{ "teks", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "catatan", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema item_s = { "butir", "item", item_f, 0, "teks" };

static const struct field pair_f[] = {
	{ "kiri", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "kanan", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema pair_s = { "pasangan", "pair", pair_f, 0, NULL };

static const struct field fig_f[] = {
	{ "judul", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema fig_s = { "blok 'gambar'", "block 'gambar'",
	fig_f, 0, NULL };

static const struct field blk_f[] = {
	{ "paragraf", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "gambar", V_MAP, 1, &fig_s, NULL, 0, 0, NULL, NULL },
	{ "baru", V_BOOL, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema blk_s = { "blok", "block", blk_f, 1, NULL };

static const struct field root_f[] = {
	{ "judul", V_STR, 1, NULL, NULL, 0, 0, NULL, NULL },
	{ "tahun", V_INT, 1, NULL, NULL, 2000, 2100, NULL, NULL },
	{ "warna", V_CHOICE, 0, NULL, color_ch, 0, 0, NULL, NULL },
	{ "aktif", V_BOOL, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "lebar", V_NUM, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "label", V_SEQ_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "butir", V_SEQ_MAP, 0, &item_s, NULL, 0, 0, NULL, NULL },
	{ "pasangan", V_SEQ_MAP, 0, &pair_s, NULL, 0, 0, NULL, NULL },
	{ "isi", V_BLOCKS, 0, &blk_s, NULL, 0, 0, NULL, NULL },
	{ "sampul", V_STR_OR_MAP, 0, &fig_s, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
static const struct schema root_s = { "'uji'", "'test'", root_f, 0, NULL };

/* ---- harness ---------------------------------------------------------- */

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

static const struct node *
load(const char *s)
{
	const struct node *n = content_load_buf(cap.a, "t.yaml", s, strlen(s));

	assert_non_null(n);
	assert_string_equal(captured(), "");
	return n;
}

/* Check yaml against root_s; expect nerr errors printed as want. */
static void
check(const char *yaml, int nerr, const char *want)
{
	cap_lang(diag_lang());
	assert_int_equal(check_schema(load(yaml), &root_s), nerr);
	assert_string_equal(captured(), want);
	assert_int_equal(diag_count(SEV_ERROR), nerr);
}

#define HEAD "judul: Uji\ntahun: 2024\n"	/* the two required keys */

/* ---- schema ----------------------------------------------------------- */

static void
test_valid(void **state)
{
	(void)state;
	check(HEAD
	    "warna: hijau\n"
	    "aktif: ya\n"
	    "lebar: 12,5\n"
	    "label: satu baris\n"
	    "butir:\n  - pendek\n  - teks: panjang\n    catatan: x\n"
	    "isi:\n  - paragraf: a\n  - gambar: {judul: g}\n  - baru: tidak\n"
	    "sampul: teks saja\n", 0, "");
	check(HEAD "label: [a, b]\nsampul: {judul: x}\n", 0, "");
}

static void
test_unknown_key_suggestion(void **state)
{
	(void)state;
	/* the misspelt key is reported once, not also as a missing one */
	check("judl: Uji\ntahun: 2024\n", 1,
	    "t.yaml:1:1: galat: kunci 'judl' tidak dikenal di 'uji'; mungkin "
	    "maksudnya 'judul'?\n");
	cap_lang(LANG_EN);
	check(HEAD "warnaa: biru\n", 1,
	    "t.yaml:3:1: error: unknown key 'warnaa' in 'test'; did you mean "
	    "'warna'?\n");
	/* in a nested schema, suggested from that schema's keys */
	cap_lang(LANG_ID);
	check(HEAD "butir:\n  - teks: a\n    catatn: b\n", 1,
	    "t.yaml:5:5: galat: kunci 'catatn' tidak dikenal di butir; mungkin "
	    "maksudnya 'catatan'?\n");
}

static void
test_unknown_key_far(void **state)
{
	(void)state;
	check(HEAD "pengarang: Budi\n", 1,
	    "t.yaml:3:1: galat: kunci 'pengarang' tidak dikenal di 'uji'\n");
	check(HEAD "x: 1\n", 1,
	    "t.yaml:3:1: galat: kunci 'x' tidak dikenal di 'uji'\n");
	cap_lang(LANG_EN);
	check(HEAD "zzzzz: 1\n", 1,
	    "t.yaml:3:1: error: unknown key 'zzzzz' in 'test'\n");
}

static void
test_suggest(void **state)
{
	(void)state;
	assert_string_equal(schema_suggest(&root_s, "judl"), "judul");
	assert_string_equal(schema_suggest(&root_s, "Judul"), "judul");
	assert_string_equal(schema_suggest(&root_s, "tahunn"), "tahun");
	assert_string_equal(schema_suggest(&root_s, "pasngan"), "pasangan");
	/* up to 4 letters: one edit; up to 8: two; longer: three */
	assert_string_equal(schema_suggest(&root_s, "isu"), "isi");
	assert_null(schema_suggest(&root_s, "ix"));	/* "isi" is 2 away */
	assert_string_equal(schema_suggest(&root_s, "lebr"), "lebar");
	assert_string_equal(schema_suggest(&root_s, "aktf"), "aktif");
	assert_null(schema_suggest(&root_s, "warnanya"));	/* 3 from warna */
	assert_string_equal(schema_suggest(&root_s, "pasanganx"), "pasangan");
	assert_null(schema_suggest(&root_s, "pengarang"));
	assert_null(schema_suggest(&root_s, ""));
}

static void
test_missing_required(void **state)
{
	(void)state;
	check("warna: biru\n", 2,
	    "t.yaml:1:1: galat: kunci wajib 'judul' tidak ada di 'uji'\n"
	    "t.yaml:1:1: galat: kunci wajib 'tahun' tidak ada di 'uji'\n");
	/* reported at the mapping that lacks it */
	check(HEAD "pasangan:\n  - kiri: a\n  -   kanan: b\n", 2,
	    "t.yaml:4:5: galat: kunci wajib 'kanan' tidak ada di pasangan\n"
	    "t.yaml:5:7: galat: kunci wajib 'kiri' tidak ada di pasangan\n");
	/* present but empty is a different error */
	check("judul:\ntahun: 2024\n", 1, "t.yaml:1:7: galat: 'judul' kosong\n");
	check("judul: ''\ntahun: 2024\n", 1,
	    "t.yaml:1:8: galat: 'judul' kosong\n");
}

static void
test_wrong_type(void **state)
{
	(void)state;
	check("judul: [a, b]\ntahun: 2024\n", 1,
	    "t.yaml:1:8: galat: 'judul' harus berupa teks, bukan daftar "
	    "(- \xE2\x80\xA6)\n");
	check(HEAD "label: {a: 1}\n", 1,
	    "t.yaml:3:8: galat: 'label' harus berupa daftar teks, bukan "
	    "pemetaan (kunci: nilai)\n");
	check(HEAD "label: [a, [b]]\n", 1,
	    "t.yaml:3:12: galat: 'label' harus berupa teks, bukan daftar "
	    "(- \xE2\x80\xA6)\n");
	check(HEAD "butir: satu\n", 1,
	    "t.yaml:3:8: galat: 'butir' harus berupa daftar (- \xE2\x80\xA6), "
	    "bukan teks\n");
	check(HEAD "sampul: [x]\n", 1,
	    "t.yaml:3:9: galat: 'sampul' harus berupa teks atau pemetaan, "
	    "bukan daftar (- \xE2\x80\xA6)\n");
	/* a root that is not a mapping (root schemas have unquoted names) */
	cap_lang(LANG_ID);
	assert_int_equal(check_schema(load("- a\n"), &pair_s), 1);
	assert_string_equal(captured(),
	    "t.yaml:1:1: galat: 'pasangan' harus berupa pemetaan (kunci: "
	    "nilai), bukan daftar (- \xE2\x80\xA6)\n");
	cap_lang(LANG_EN);
	check("judul: {a: b}\ntahun: 2024\n", 1,
	    "t.yaml:1:8: error: 'judul' must be text, not a mapping "
	    "(key: value)\n");
}

static void
test_choice(void **state)
{
	(void)state;
	check(HEAD "warna: merah\n", 0, "");
	check(HEAD "warna: biru\n", 0, "");
	check(HEAD "warna: ungu\n", 1,
	    "t.yaml:3:8: galat: nilai 'ungu' tidak sah untuk 'warna'; pilihan: "
	    "merah, hijau, biru\n");
	check(HEAD "warna: Merah\n", 1,
	    "t.yaml:3:8: galat: nilai 'Merah' tidak sah untuk 'warna'; pilihan: "
	    "merah, hijau, biru\n");
	check(HEAD "warna: [merah]\n", 1,
	    "t.yaml:3:8: galat: 'warna' harus berupa teks, bukan daftar "
	    "(- \xE2\x80\xA6)\n");
	assert_int_equal(choice_index(color_ch, "merah"), 0);
	assert_int_equal(choice_index(color_ch, "biru"), 2);
	assert_int_equal(choice_index(color_ch, "ungu"), -1);
	assert_int_equal(choice_index(color_ch, ""), -1);
}

static void
test_int_bounds(void **state)
{
	static const char *const ok[] = { "2000", "2024", "2100", "'2050'" };
	static const char *const bad[] = { "1999", "2101", "-2024", "20x4",
		"2024.0", "2e3", "0x7E8", "''", "99999999999999999999" };
	char yaml[128], want[256];

	(void)state;
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		snprintf(yaml, sizeof(yaml), "judul: x\ntahun: %s\n", ok[i]);
		check(yaml, 0, "");
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		const char *v = bad[i];
		size_t vl = strlen(v);

		snprintf(yaml, sizeof(yaml), "judul: x\ntahun: %s\n", v);
		if (v[0] == '\'') {	/* the value without its quotes */
			v++;
			vl -= 2;
		}
		snprintf(want, sizeof(want), "t.yaml:2:8: galat: 'tahun' harus "
		    "berupa bilangan bulat 2000 sampai 2100, bukan '%.*s'\n",
		    (int)vl, v);
		check(yaml, 1, want);
	}
	check("judul: x\ntahun: [2024]\n", 1,
	    "t.yaml:2:8: galat: 'tahun' harus berupa bilangan, bukan daftar "
	    "(- \xE2\x80\xA6)\n");
}

static void
test_bool(void **state)
{
	static const char *const yes[] = { "ya", "true", "yes" };
	static const char *const no[] = { "tidak", "false", "no" };
	char yaml[64];

	(void)state;
	for (size_t i = 0; i < 3; i++) {
		snprintf(yaml, sizeof(yaml), HEAD "aktif: %s\n", yes[i]);
		check(yaml, 0, "");
		assert_true(schema_bool(node_get(load(yaml), "aktif")));
		snprintf(yaml, sizeof(yaml), HEAD "aktif: %s\n", no[i]);
		check(yaml, 0, "");
		assert_false(schema_bool(node_get(load(yaml), "aktif")));
	}
	check(HEAD "aktif: mungkin\n", 1,
	    "t.yaml:3:8: galat: nilai 'mungkin' tidak sah untuk 'aktif'; "
	    "pilihan: ya, tidak\n");
	check(HEAD "aktif: 1\n", 1,
	    "t.yaml:3:8: galat: nilai '1' tidak sah untuk 'aktif'; "
	    "pilihan: ya, tidak\n");
	check(HEAD "aktif: {x: ya}\n", 1,
	    "t.yaml:3:8: galat: 'aktif' harus berupa nilai tunggal, bukan "
	    "pemetaan (kunci: nilai)\n");
}

#define BLOCK_KIND "galat: setiap unsur 'isi' harus berisi tepat satu jenis " \
	"blok (paragraf, gambar, baru)\n"

static void
test_one_of_blocks(void **state)
{
	(void)state;
	check(HEAD "isi:\n  - paragraf: a\n    gambar: {judul: b}\n", 1,
	    "t.yaml:4:5: " BLOCK_KIND);
	check(HEAD "isi:\n  - {}\n  - teks lepas\n  - [paragraf]\n", 3,
	    "t.yaml:4:5: " BLOCK_KIND "t.yaml:5:5: " BLOCK_KIND
	    "t.yaml:6:5: " BLOCK_KIND);
	/* one block: its own value is checked, and no required-key noise
	 * from the other block kinds */
	check(HEAD "isi:\n  - gambar: {}\n  - baru: kadang\n", 2,
	    "t.yaml:4:13: galat: kunci wajib 'judul' tidak ada di "
	    "blok 'gambar'\n"
	    "t.yaml:5:11: galat: nilai 'kadang' tidak sah untuk 'baru'; "
	    "pilihan: ya, tidak\n");
	check(HEAD "isi:\n  - paragraf: a\n  - paragrap: b\n", 1,
	    "t.yaml:5:5: galat: kunci 'paragrap' tidak dikenal di blok; "
	    "mungkin maksudnya 'paragraf'?\n");
	check(HEAD "isi: paragraf\n", 1,
	    "t.yaml:3:6: galat: 'isi' harus berupa daftar blok "
	    "(- paragraf: \xE2\x80\xA6), bukan teks\n");
}

static void
test_short_key(void **state)
{
	(void)state;
	/* item_s has short_key "teks": a bare scalar item is allowed */
	check(HEAD "butir:\n  - satu\n  - 'dua'\n  - teks: tiga\n", 0, "");
	check(HEAD "butir:\n  - satu\n  - [dua]\n  - catatan: c\n", 2,
	    "t.yaml:5:5: galat: 'butir' harus berupa pemetaan, bukan daftar "
	    "(- \xE2\x80\xA6)\n"
	    "t.yaml:6:5: galat: kunci wajib 'teks' tidak ada di butir\n");
	/* pair_s has none: a bare scalar is a type error */
	check(HEAD "pasangan:\n  - a\n", 1,
	    "t.yaml:4:5: galat: 'pasangan' harus berupa pemetaan, bukan teks\n");
}

static void
test_all_errors_reported(void **state)
{
	(void)state;
	/* check keeps going: every problem in one pass, in document order */
	check("judl: x\ntahun: 1\nwarna: ungu\naktif: entah\n", 4,
	    "t.yaml:1:1: galat: kunci 'judl' tidak dikenal di 'uji'; mungkin "
	    "maksudnya 'judul'?\n"
	    "t.yaml:2:8: galat: 'tahun' harus berupa bilangan bulat 2000 "
	    "sampai 2100, bukan '1'\n"
	    "t.yaml:3:8: galat: nilai 'ungu' tidak sah untuk 'warna'; pilihan: "
	    "merah, hijau, biru\n"
	    "t.yaml:4:8: galat: nilai 'entah' tidak sah untuk 'aktif'; "
	    "pilihan: ya, tidak\n");
}

static void
test_edit_distance(void **state)
{
	char long1[80], long2[80];

	(void)state;
	assert_int_equal(edit_distance("", ""), 0);
	assert_int_equal(edit_distance("abc", ""), 3);
	assert_int_equal(edit_distance("", "abc"), 3);
	assert_int_equal(edit_distance("judul", "judul"), 0);
	assert_int_equal(edit_distance("judul", "judl"), 1);	/* deletion */
	assert_int_equal(edit_distance("judl", "judul"), 1);	/* insertion */
	assert_int_equal(edit_distance("judul", "jodul"), 1);	/* change */
	assert_int_equal(edit_distance("kitten", "sitting"), 3);
	assert_int_equal(edit_distance("sitting", "kitten"), 3);
	assert_int_equal(edit_distance("flaw", "lawn"), 2);
	assert_int_equal(edit_distance("tahun", "tahnu"), 2);	/* no swaps */
	assert_int_equal(edit_distance("paragraf", "bagian"), 5);
	assert_int_equal(edit_distance("abc", "xyz"), 3);
	/* too long to compare: "infinitely" far */
	memset(long1, 'a', 70);
	long1[70] = '\0';
	memset(long2, 'a', 63);
	long2[63] = '\0';
	assert_int_equal(edit_distance(long1, "a"), (size_t)-1);
	assert_int_equal(edit_distance("a", long1), (size_t)-1);
	assert_int_equal(edit_distance(long2, "a"), 62);
}

/* ---- check_markup ----------------------------------------------------- */

static struct node
scalar(const char *s, int line, int col)
{
	struct node n;

	memset(&n, 0, sizeof(n));
	n.type = NODE_SCALAR;
	n.pos.file = "t.yaml";
	n.pos.line = line;
	n.pos.col = col;
	n.str = s;
	n.len = strlen(s);
	n.style = SCALAR_PLAIN;
	n.single_line = 1;
	return n;
}

static void
assert_run(const struct text *t, size_t i, const char *s, enum face f)
{
	assert_true(i < t->n);
	assert_int_equal(t->runs[i].len, strlen(s));
	assert_memory_equal(t->runs[i].text, s, strlen(s));
	assert_int_equal(t->runs[i].face, f);
}

static void
test_markup_runs(void **state)
{
	struct node	n = scalar("a **b** *c* \\*d", 2, 7);
	struct text	t;

	(void)state;
	assert_int_equal(check_markup(cap.a, &n, NULL, &t), 0);
	assert_string_equal(captured(), "");
	assert_int_equal(t.n, 5);
	assert_run(&t, 0, "a ", FACE_REGULAR);
	assert_run(&t, 1, "b", FACE_BOLD);
	assert_run(&t, 2, " ", FACE_REGULAR);
	assert_run(&t, 3, "c", FACE_ITALIC);
	assert_run(&t, 4, " *d", FACE_REGULAR);
	assert_int_equal(t.pos.line, 2);
	assert_int_equal(t.pos.col, 7);
}

static void
test_markup_faces(void **state)
{
	struct node	n;
	struct text	t;

	(void)state;
	n = scalar("***x*** **tebal *miring* lagi** akhir", 1, 1);
	assert_int_equal(check_markup(cap.a, &n, NULL, &t), 0);
	assert_int_equal(t.n, 6);
	assert_run(&t, 0, "x", FACE_BOLDITALIC);
	assert_run(&t, 1, " ", FACE_REGULAR);
	assert_run(&t, 2, "tebal ", FACE_BOLD);
	assert_run(&t, 3, "miring", FACE_BOLDITALIC);
	assert_run(&t, 4, " lagi", FACE_BOLD);
	assert_run(&t, 5, " akhir", FACE_REGULAR);

	/* plain text is one run; empty text none; newlines become spaces */
	n = scalar("Teks biasa 100% \xC3\xA9.", 1, 1);
	assert_int_equal(check_markup(cap.a, &n, NULL, &t), 0);
	assert_int_equal(t.n, 1);
	assert_run(&t, 0, "Teks biasa 100% \xC3\xA9.", FACE_REGULAR);
	n = scalar("", 1, 1);
	assert_int_equal(check_markup(cap.a, &n, NULL, &t), 0);
	assert_int_equal(t.n, 0);
	n = scalar("baris satu\nbaris **dua**\n", 1, 1);
	n.single_line = 0;
	n.style = SCALAR_LITERAL;
	assert_int_equal(check_markup(cap.a, &n, NULL, &t), 0);
	assert_int_equal(t.n, 3);
	assert_run(&t, 0, "baris satu baris ", FACE_REGULAR);
	assert_run(&t, 1, "dua", FACE_BOLD);
	assert_run(&t, 2, " ", FACE_REGULAR);
	/* a backslash not before '*' stays */
	n = scalar("a\\b \\*c", 1, 1);
	assert_int_equal(check_markup(cap.a, &n, NULL, &t), 0);
	assert_int_equal(t.n, 1);
	assert_run(&t, 0, "a\\b *c", FACE_REGULAR);
}

static void
test_markup_unclosed(void **state)
{
	const struct node	*root;
	struct text		 t;
	struct node		 n;

	(void)state;
	/* from real YAML so the column is the one an editor shows */
	root = load("teks: ab **cd\n"			/* ** at 1:10 */
	    "q: 'x\xC3\xA9 **y'\n"			/* ** at 2:8 */
	    "i: satu *dua\n");				/* *  at 3:9 */
	assert_int_equal(check_markup(cap.a, node_get(root, "teks"), NULL, &t),
	    1);
	assert_int_equal(check_markup(cap.a, node_get(root, "q"), NULL, &t), 1);
	assert_int_equal(check_markup(cap.a, node_get(root, "i"), NULL, &t), 1);
	assert_string_equal(captured(),
	    "t.yaml:1:10: galat: penanda '**' (tebal/miring) dibuka tetapi "
	    "tidak ditutup\n"
	    "t.yaml:2:8: galat: penanda '**' (tebal/miring) dibuka tetapi "
	    "tidak ditutup\n"
	    "t.yaml:3:9: galat: penanda '*' (tebal/miring) dibuka tetapi "
	    "tidak ditutup\n");
	assert_int_equal(diag_count(SEV_ERROR), 3);

	/* the last unclosed opener is the one reported; both kinds at once */
	cap_lang(LANG_EN);
	n = scalar("**a** **b *c", 4, 3);
	assert_int_equal(check_markup(cap.a, &n, NULL, &t), 2);
	assert_string_equal(captured(),
	    "t.yaml:4:9: error: markup '**' (bold/italic) opened but never "
	    "closed\n"
	    "t.yaml:4:13: error: markup '*' (bold/italic) opened but never "
	    "closed\n");
}

static void
test_markup_control(void **state)
{
	struct node	n = scalar("a\tb\x01", 3, 5);
	struct text	t;

	(void)state;
	assert_int_equal(check_markup(cap.a, &n, NULL, &t), 2);
	assert_string_equal(captured(),
	    "t.yaml:3:6: galat: karakter tab di dalam teks; ganti dengan "
	    "spasi\n"
	    "t.yaml:3:8: galat: karakter kendali U+0001 tidak boleh ada di "
	    "teks\n");
}

/* ---- section_number --------------------------------------------------- */

static void
test_section_number(void **state)
{
	struct arena *a;

	(void)state;
	a = cap.a;
	assert_string_equal(section_number(a, 1, 1, NULL, 0), "A.");
	assert_string_equal(section_number(a, 1, 3, NULL, 0), "C.");
	assert_string_equal(section_number(a, 1, 26, NULL, 0), "Z.");
	/* after Z comes AA, never A again */
	assert_string_equal(section_number(a, 1, 27, NULL, 0), "AA.");
	assert_string_equal(section_number(a, 1, 53, NULL, 0), "BA.");
	assert_string_equal(section_number(a, 3, 27, "1.", 0), "aa.");
	assert_string_equal(section_number(a, 3, 28, "1.", 0), "ab.");
	assert_string_equal(section_number(a, 2, 1, "A.", 0), "1.");
	assert_string_equal(section_number(a, 2, 12, "B.", 0), "12.");
	assert_string_equal(section_number(a, 3, 1, "1.", 0), "a.");
	assert_string_equal(section_number(a, 3, 4, "1.", 0), "d.");
	assert_string_equal(section_number(a, 4, 1, "a.", 0), "1)");
	assert_string_equal(section_number(a, 4, 7, "a.", 0), "7)");
	/* decimal: the parent's number, dot, own index */
	assert_string_equal(section_number(a, 2, 1, "2.", 1), "2.1");
	assert_string_equal(section_number(a, 2, 3, "2", 1), "2.3");
	assert_string_equal(section_number(a, 3, 10, "2.1", 1), "2.1.10");
	assert_string_equal(section_number(a, 2, 2, "B.", 1), "B.2");
	/* decimal without a parent falls back to the level's style */
	assert_string_equal(section_number(a, 1, 2, NULL, 1), "B.");
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_valid),
		T(test_unknown_key_suggestion),
		T(test_unknown_key_far),
		T(test_suggest),
		T(test_missing_required),
		T(test_wrong_type),
		T(test_choice),
		T(test_int_bounds),
		T(test_bool),
		T(test_one_of_blocks),
		T(test_short_key),
		T(test_all_errors_reported),
		T(test_edit_distance),
		T(test_markup_runs),
		T(test_markup_faces),
		T(test_markup_unclosed),
		T(test_markup_control),
		T(test_section_number),
	};

	return cmocka_run_group_tests_name("check_schema", tests, NULL, NULL);
}
