/*
 * derive on the budget: parent amounts from their lines, stated amounts
 * compared, one finding per mistake, and the rows of a data table (level
 * numbers, bold parents, percentages rounded once, the total row).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "derive.h"
#include "mem.h"

static struct arena	*a;
static FILE		*cf;
static char		*cbuf;
static size_t		 clen;

static int
setup(void **state)
{
	(void)state;
	a = arena_new();
	cf = open_memstream(&cbuf, &clen);
	diag_setup(cf, LANG_ID);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	diag_setup(stderr, LANG_ID);
	fclose(cf);
	free(cbuf);
	arena_free(a);
	return 0;
}

static const char *
captured(void)
{
	fflush(cf);
	return cbuf != NULL ? cbuf : "";
}

/* Nothing was said (the length is only current after a flush). */
static void
nothing_said(void)
{
	assert_string_equal(captured(), "");
}

#define RP(x)	((num_t)(x) * NUM_SCALE)

static struct bnode *
line(enum blevel l, const char *name, int line_no)
{
	struct bnode *b = arena_alloc(a, sizeof(*b));

	b->level = l;
	b->name = name;
	b->pos.file = "anggaran.yaml";
	b->pos.line = line_no;
	b->pos.col = 5;
	return b;
}

static void
say(struct bnode *b, enum amt k, num_t v)
{
	b->said[k] = v;
	b->has_said[k] = 1;
	b->said_pos[k] = b->pos;
	b->said_pos[k].line++;
}

static void
kids(struct bnode *p, struct bnode *x, struct bnode *y)
{
	p->nkids = y != NULL ? 2 : 1;
	p->kids = arena_alloc(a, 2 * sizeof(*p->kids));
	p->kids[0] = x;
	p->kids[1] = y;
}

/* program -> kegiatan -> two sub kegiatan */
static struct budget *
small_budget(void)
{
	struct budget	*bg = arena_alloc(a, sizeof(*bg));
	struct bnode	*prog = line(BL_PROGRAM, "Program Satu", 3);
	struct bnode	*keg = line(BL_KEGIATAN, "Kegiatan A", 5);
	struct bnode	*s1 = line(BL_SUB, "Sub A1", 8), *s2 = line(BL_SUB, "Sub A2", 11);

	say(keg, AMT_MURNI, RP(1000000));
	say(s1, AMT_PERUBAHAN, RP(500000));
	say(s1, AMT_REALISASI, RP(500000));
	say(s2, AMT_PERUBAHAN, RP(500000));
	say(s2, AMT_REALISASI, (num_t)419349999 * NUM_SCALE / 1000);
	kids(keg, s1, s2);
	kids(prog, keg, NULL);
	bg->programs.level = BL_URUSAN;
	kids(&bg->programs, prog, NULL);
	return bg;
}

static void
test_sums(void **state)
{
	struct budget *bg = small_budget();
	struct bnode *prog = bg->programs.kids[0], *keg = prog->kids[0];

	(void)state;
	derive_budget(a, bg);
	assert_true(keg->has_amt[AMT_PERUBAHAN] && keg->amt[AMT_PERUBAHAN] == RP(1000000));
	assert_true(prog->amt[AMT_MURNI] == RP(1000000));	/* from the kegiatan */
	assert_true(bg->programs.amt[AMT_REALISASI] ==
	    RP(500000) + (num_t)419349999 * NUM_SCALE / 1000);
	nothing_said();
}

static void
test_stated_parent(void **state)
{
	struct budget *bg = small_budget();
	struct bnode *prog = bg->programs.kids[0];

	(void)state;
	say(prog, AMT_PERUBAHAN, RP(1000100));
	derive_budget(a, bg);
	/* the sum is printed, the stated figure reported with both */
	assert_true(prog->amt[AMT_PERUBAHAN] == RP(1000000));
	assert_non_null(strstr(captured(), "anggaran.yaml:4:5: peringatan: "
	    "'perubahan' untuk 'Program Satu' tertulis 1.000.100, tetapi 1 "
	    "rinciannya berjumlah 1.000.000"));
}

static void
test_missing_once(void **state)
{
	struct budget *bg = small_budget();
	struct bnode *keg = bg->programs.kids[0]->kids[0];

	(void)state;
	keg->kids[1]->has_said[AMT_REALISASI] = 0;
	say(bg->programs.kids[0], AMT_REALISASI, RP(5));
	derive_budget(a, bg);
	/* one finding at the line without it; nothing above it is summed */
	assert_non_null(strstr(captured(), "anggaran.yaml:11:5: galat: 'Sub A2' "
	    "tidak menyebut 'realisasi'"));
	assert_null(strstr(strstr(captured(), "galat") + 1, "galat"));
	assert_null(strstr(captured(), "peringatan"));
	assert_false(bg->programs.has_amt[AMT_REALISASI]);
}

static void
test_over_pagu(void **state)
{
	struct budget *bg = small_budget();
	struct bnode *s1 = bg->programs.kids[0]->kids[0]->kids[0];

	(void)state;
	say(s1, AMT_REALISASI, RP(500000) + 1);
	derive_budget(a, bg);
	/* the figures exactly as they are, not rounded into a contradiction */
	assert_non_null(strstr(captured(), "peringatan: realisasi 'Sub A1' "
	    "(500.000,0001) melebihi pagunya (500.000)"));
	/* said where it is stated: not again for the kegiatan or program */
	assert_null(strstr(strstr(captured(), "melebihi") + 1, "melebihi"));
}

static void
test_kinds_vs_programs(void **state)
{
	struct budget *bg = small_budget();
	struct bnode *op = line(BL_URAIAN, "Belanja Operasi", 20);

	(void)state;
	say(op, AMT_PERUBAHAN, RP(999999));
	kids(&bg->spending, op, NULL);
	bg->spending.pos = op->pos;
	derive_budget(a, bg);
	assert_non_null(strstr(captured(), "belanja per jenis berjumlah 999.999 "
	    "untuk 'perubahan', tetapi program berjumlah 1.000.000"));
}

static void
test_sums_near_1e15(void **state)
{
	struct budget *bg = small_budget();
	struct bnode *keg = bg->programs.kids[0]->kids[0];
	/* 999.999.999.999.999,99 twice: exact to the cent, no drift */
	num_t big = (num_t)99999999999999999LL * 100;

	(void)state;
	keg->kids[0]->said[AMT_PERUBAHAN] = big;
	keg->kids[1]->said[AMT_PERUBAHAN] = big;
	derive_budget(a, bg);
	assert_true(bg->programs.amt[AMT_PERUBAHAN] == 2 * big);
	assert_true(bg->programs.amt[AMT_PERUBAHAN] % NUM_SCALE == 9800);
	nothing_said();
}

/* ---- a data table ---------------------------------------------------- */

static struct tcol
col(enum col_src src, enum col_kind k, int decimals)
{
	struct tcol c;

	memset(&c, 0, sizeof(c));
	c.src = src;
	c.kind = k;
	c.decimals = decimals;
	return c;
}

static const char *
cell(const struct trow *r, size_t k)
{
	return text_flat(a, &r->cells[k].text);
}

static void
test_table_rows(void **state)
{
	struct report	 r;
	struct table	 t;
	struct tdata	 d;
	struct tsource	 src;
	struct tcol	 cols[4];

	(void)state;
	memset(&r, 0, sizeof(r));
	memset(&t, 0, sizeof(t));
	memset(&d, 0, sizeof(d));
	memset(&src, 0, sizeof(src));
	r.budget = small_budget();
	derive_budget(a, r.budget);
	cols[0] = col(SRC_NOMOR, COL_TEKS, 0);
	cols[1] = col(SRC_NAMA, COL_TEKS, 0);
	cols[2] = col(SRC_PAGU, COL_RUPIAH, 0);
	cols[3] = col(SRC_SERAPAN, COL_PERSEN, 2);
	t.cols = cols;
	t.ncols = 4;
	src.tree = TREE_PROGRAMS;
	d.src = &src;
	d.nsrc = 1;
	d.has_total = 1;
	d.total_label = text_plain(a, "JUMLAH", FACE_REGULAR, src.pos);
	d.total_tree = TREE_PROGRAMS;
	t.data = &d;
	derive_tdata(a, &r, &t);
	assert_int_equal(t.nbody, 4);
	assert_string_equal(cell(&t.body[0], 0), "I");
	assert_string_equal(cell(&t.body[1], 0), "1");
	assert_string_equal(cell(&t.body[3], 0), "1.2");
	assert_true(t.body[0].cells[1].bold && !t.body[3].cells[1].bold);
	assert_string_equal(cell(&t.body[3], 2), "500.000");
	/* 419.349,999 / 500.000 = 83,8699998 %: rounded once, 83,87 */
	assert_string_equal(cell(&t.body[3], 3), "83,87%");
	/* (500.000 + 419.349,999) / 1.000.000 = 91,9349999 %: 91,93, not 91,94 */
	assert_string_equal(cell(&t.body[0], 3), "91,93%");
	assert_int_equal(t.ntotal, 1);
	/* the label spans the number column; the pagu is the root's */
	assert_int_equal(t.total[0].n, 3);
	assert_int_equal(t.total[0].cells[0].colspan, 2);
	assert_string_equal(cell(&t.total[0], 0), "JUMLAH");
	assert_string_equal(cell(&t.total[0], 1), "1.000.000");
	assert_int_equal(t.total[0].cells[1].col, 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_sums, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stated_parent, setup, teardown),
		cmocka_unit_test_setup_teardown(test_missing_once, setup, teardown),
		cmocka_unit_test_setup_teardown(test_over_pagu, setup, teardown),
		cmocka_unit_test_setup_teardown(test_kinds_vs_programs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sums_near_1e15, setup, teardown),
		cmocka_unit_test_setup_teardown(test_table_rows, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
