/*
 * lakin diff's figure list (diff_figures.c): keys name what a figure is
 * (the budget line's path, the table's kunci with the row's name and the
 * column), a parent's sum is derived and a line's own amount a fact, the
 * same key twice gets "#2", a typed table's numbering column is neither a
 * figure nor a row's name.
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
#include "diff.h"
#include "mem.h"

static struct arena *a;

static int
setup(void **state)
{
	(void)state;
	a = arena_new();
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	arena_free(a);
	return 0;
}

#define RP(x)	((num_t)(x) * NUM_SCALE)

static const struct figure *
find(const struct figures *fs, const char *key)
{
	for (size_t i = 0; i < fs->n; i++)
		if (strcmp(fs->v[i].key, key) == 0)
			return &fs->v[i];
	return NULL;
}

static struct pos
at(const char *file, int line)
{
	struct pos p = { file, line, 3 };

	return p;
}

/* A program with one sub kegiatan, as derive leaves it. */
static void
test_budget_keys(void **state)
{
	struct report		 r;
	struct budget		 b;
	struct bnode		 prog, sub, *kids[1] = { &sub }, *pk[1] = { &prog };
	struct figures		 fs;
	const struct figure	*f;

	(void)state;
	memset(&r, 0, sizeof(r));
	memset(&b, 0, sizeof(b));
	memset(&prog, 0, sizeof(prog));
	memset(&sub, 0, sizeof(sub));
	r.dir = "d";
	r.budget = &b;
	b.pos = at("d/anggaran.yaml", 1);
	b.programs.kids = pk;
	b.programs.nkids = 1;
	b.programs.has_amt[AMT_REALISASI] = 1;
	b.programs.amt[AMT_REALISASI] = RP(700);
	prog.level = BL_PROGRAM;
	prog.name = "Program Penunjang Kabupaten/Kota";
	prog.pos = at("d/anggaran.yaml", 4);
	prog.kids = kids;
	prog.nkids = 1;
	prog.has_amt[AMT_REALISASI] = 1;
	prog.amt[AMT_REALISASI] = RP(700);
	sub.level = BL_SUB;
	sub.name = "Gaji";
	sub.pos = at("d/anggaran.yaml", 6);
	sub.has_said[AMT_REALISASI] = sub.has_amt[AMT_REALISASI] = 1;
	sub.said[AMT_REALISASI] = sub.amt[AMT_REALISASI] = RP(700);
	sub.said_pos[AMT_REALISASI] = at("d/anggaran.yaml", 7);

	diff_figures(a, &r, &fs);
	f = find(&fs, "anggaran:program > Program Penunjang Kabupaten/Kota > "
	    "Gaji.realisasi");
	assert_non_null(f);
	assert_int_equal(f->derived, 0);
	assert_string_equal(f->value, "700");
	assert_int_equal(f->pos.line, 7);
	/* a line without children states its amount: no sum of its own */
	assert_null(find(&fs, "anggaran:program > Program Penunjang "
	    "Kabupaten/Kota > Gaji.realisasi.jumlah"));
	f = find(&fs, "anggaran:program > Program Penunjang Kabupaten/Kota"
	    ".realisasi.jumlah");
	assert_non_null(f);
	assert_int_equal(f->derived, 1);
	assert_int_equal(f->pos.line, 4);
	/* the root has no place of its own: the budget's */
	f = find(&fs, "anggaran:program.realisasi.jumlah");
	assert_non_null(f);
	assert_int_equal(f->pos.line, 1);
}

static void
set_cell(struct tcell *c, int col, const char *s, int value)
{
	memset(c, 0, sizeof(*c));
	c->text = text_plain(a, s, FACE_REGULAR, at("d/bab.yaml", 20));
	c->col = col;
	c->colspan = c->rowspan = 1;
	if (value >= 0) {
		c->has_value = 1;
		c->value = RP(value);
	}
}

/* A typed table numbered 1, 2 and two {nilai:} of one name in a file. */
static void
test_table_and_values(void **state)
{
	struct report		 r;
	struct table		 t;
	struct block		 bl, *blocks[1] = { &bl };
	struct part		 part, *parts[1] = { &part };
	struct tcol		 cols[3];
	struct trow		 body[2];
	struct tcell		 cells[2][3];
	struct valref		 vals[2];
	struct figures		 fs;
	const struct figure	*f;
	const char		*title[3] = { "No.", "Uraian", "Jumlah" };

	(void)state;
	memset(&r, 0, sizeof(r));
	memset(&t, 0, sizeof(t));
	memset(&bl, 0, sizeof(bl));
	memset(&part, 0, sizeof(part));
	memset(cols, 0, sizeof(cols));
	memset(vals, 0, sizeof(vals));
	r.dir = "d";
	r.parts = parts;
	r.nparts = 1;
	part.blocks = blocks;
	part.n = 1;
	bl.type = BLK_TABLE;
	bl.table = &t;
	t.key = "aset";
	t.label = "Tabel 1.6";
	t.pos = at("d/bab.yaml", 10);
	t.cols = cols;
	t.ncols = 3;
	for (int i = 0; i < 3; i++) {
		cols[i].title = text_plain(a, title[i], FACE_REGULAR,
		    at("d/bab.yaml", 12));
		cols[i].kind = i == 2 ? COL_ANGKA : COL_TEKS;
	}
	set_cell(&cells[0][0], 0, "1", -1);
	set_cell(&cells[0][1], 1, "Meja", -1);
	set_cell(&cells[0][2], 2, "1", 1);	/* figures that read 1, 2 */
	set_cell(&cells[1][0], 0, "2.", -1);
	set_cell(&cells[1][1], 1, "Meja", -1);
	set_cell(&cells[1][2], 2, "2", 2);
	for (int i = 0; i < 2; i++) {
		body[i].cells = cells[i];
		body[i].n = 3;
		body[i].pos = at("d/bab.yaml", 20 + i);
	}
	t.body = body;
	t.nbody = 2;
	for (int i = 0; i < 2; i++) {
		vals[i].src = "anggaran.realisasi";
		vals[i].text = i == 0 ? "700" : "700,00";
		vals[i].pos = at("d/bab.yaml", 30 + i);
	}
	r.vals = vals;
	r.nvals = 2;

	diff_figures(a, &r, &fs);
	/* the No. column numbers rows: no figure, and rows keep their name;
	 * the second row of the same name is told apart by "#2"; a later
	 * column reading 1, 2 holds figures */
	assert_int_equal(fs.n, 4);
	f = find(&fs, "tabel:aset:Meja:Jumlah");
	assert_non_null(f);
	assert_string_equal(f->value, "1");
	assert_int_equal(f->derived, 0);
	assert_string_equal(f->table, "Tabel 1.6");
	assert_string_equal(f->row, "Meja");
	assert_string_equal(f->column, "Jumlah");
	f = find(&fs, "tabel:aset:Meja:Jumlah#2");
	assert_non_null(f);
	assert_string_equal(f->value, "2");
	/* the file inside the report folder, the same in both versions */
	f = find(&fs, "nilai:bab.yaml:anggaran.realisasi");
	assert_non_null(f);
	assert_int_equal(f->pos.line, 30);
	f = find(&fs, "nilai:bab.yaml:anggaran.realisasi#2");
	assert_non_null(f);
	assert_string_equal(f->value, "700,00");
	assert_int_equal(f->derived, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_budget_keys, setup, teardown),
		cmocka_unit_test_setup_teardown(test_table_and_values, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
