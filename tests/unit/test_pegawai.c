/*
 * Staff records: the values of each field as agencies write them, their
 * official order, the sex in a NIP; and the counted tables (rows in order,
 * subtotals per golongan group, the unknown bucket, each person once in
 * the total, shares rounded once).
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
#include "pegawai.h"

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

static int
val(enum sfield f, const char *s)
{
	return staff_value(f, s, strlen(s));
}

/* ---- the lists ------------------------------------------------------- */

static void
test_golongan(void **state)
{
	(void)state;
	assert_int_equal(val(SF_GOLONGAN, "I/a"), 0);
	assert_int_equal(val(SF_GOLONGAN, "III/b"), 9);
	assert_int_equal(val(SF_GOLONGAN, " iii.B "), 9);
	assert_int_equal(val(SF_GOLONGAN, "III / b"), 9);
	assert_int_equal(val(SF_GOLONGAN, "IV/e"), 16);
	assert_int_equal(val(SF_GOLONGAN, "III/e"), SV_BAD);	/* a to d */
	assert_int_equal(val(SF_GOLONGAN, "V/a"), SV_BAD);
	assert_int_equal(val(SF_GOLONGAN, "IIII/a"), SV_BAD);
	assert_int_equal(val(SF_GOLONGAN, "3/b"), SV_BAD);
	assert_int_equal(val(SF_GOLONGAN, "-"), SV_BAD);	/* a PNS has one */
	assert_int_equal(val(SF_GOLONGAN, ""), SV_UNKNOWN);
	assert_int_equal(val(SF_GOLONGAN, "  "), SV_UNKNOWN);
	/* the official order is the order of the values */
	assert_int_equal(staff_nvalues(SF_GOLONGAN), 17);
	assert_string_equal(staff_label(SF_GOLONGAN, 7), "II/d");
	assert_string_equal(staff_label(SF_GOLONGAN, 8), "III/a");
	assert_string_equal(staff_pangkat(9), "Penata Muda Tingkat I");
	assert_string_equal(staff_pangkat(16), "Pembina Utama");
	assert_int_equal(staff_group(SF_GOLONGAN, 3), 1);
	assert_int_equal(staff_group(SF_GOLONGAN, 9), 3);
	assert_int_equal(staff_group(SF_GOLONGAN, 16), 4);	/* IV/e */
	assert_int_equal(staff_group(SF_GOLONGAN, SV_UNKNOWN), 0);
}

static void
test_eselon(void **state)
{
	(void)state;
	assert_int_equal(val(SF_ESELON, "I/a"), 0);
	assert_int_equal(val(SF_ESELON, "II.b"), 3);
	assert_int_equal(val(SF_ESELON, "IV/b"), 7);
	assert_int_equal(val(SF_ESELON, "V/a"), 8);
	assert_int_equal(val(SF_ESELON, "V/b"), SV_BAD);
	assert_int_equal(val(SF_ESELON, "IV/c"), SV_BAD);
	assert_int_equal(val(SF_ESELON, "-"), SV_NONE);
	assert_string_equal(staff_label(SF_ESELON, SV_NONE), "Non-eselon");
	assert_string_equal(staff_short(SF_ESELON, SV_NONE), "-");
	assert_int_equal(staff_group(SF_ESELON, 5), 3);
}

static void
test_pendidikan(void **state)
{
	(void)state;
	assert_int_equal(val(SF_PENDIDIKAN, "SD"), 0);
	assert_int_equal(val(SF_PENDIDIKAN, "SLTP Sederajat"), 1);
	assert_int_equal(val(SF_PENDIDIKAN, "SMA Sederajat"), 2);
	assert_int_equal(val(SF_PENDIDIKAN, "smk"), 2);
	assert_int_equal(val(SF_PENDIDIKAN, "Diploma III"), 5);
	assert_int_equal(val(SF_PENDIDIKAN, "D-III"), 5);
	assert_int_equal(val(SF_PENDIDIKAN, "D3"), 5);
	assert_int_equal(val(SF_PENDIDIKAN, "D IV"), 6);
	assert_int_equal(val(SF_PENDIDIKAN, "S-1"), 7);
	assert_int_equal(val(SF_PENDIDIKAN, "S1"), 7);
	assert_int_equal(val(SF_PENDIDIKAN, "Sarjana"), 7);
	assert_int_equal(val(SF_PENDIDIKAN, "Strata II"), 8);
	assert_int_equal(val(SF_PENDIDIKAN, "Doktor"), 9);
	assert_int_equal(val(SF_PENDIDIKAN, "SMA Plus"), SV_BAD);
	assert_int_equal(val(SF_PENDIDIKAN, "-"), SV_BAD);
	assert_string_equal(staff_label(SF_PENDIDIKAN, 7), "S-1");
}

static void
test_diklat_and_sex(void **state)
{
	(void)state;
	assert_int_equal(val(SF_DIKLAT, "PIM IV"), 3);
	assert_int_equal(val(SF_DIKLAT, "Diklatpim Tk. IV"), 3);
	assert_int_equal(val(SF_DIKLAT, "diklat pim tingkat 4"), 3);
	assert_int_equal(val(SF_DIKLAT, "PIM 2"), 1);
	assert_int_equal(val(SF_DIKLAT, "pka"), 6);
	assert_int_equal(val(SF_DIKLAT, "PKN Tingkat II"), 5);
	assert_int_equal(val(SF_DIKLAT, "Pelatihan Kepemimpinan Pengawas"), 7);
	assert_int_equal(val(SF_DIKLAT, "PIM V"), SV_BAD);
	assert_int_equal(val(SF_DIKLAT, "Latsar"), SV_BAD);
	assert_int_equal(val(SF_DIKLAT, "-"), SV_NONE);
	assert_int_equal(val(SF_JENIS_KELAMIN, "L"), 0);
	assert_int_equal(val(SF_JENIS_KELAMIN, "Laki-laki"), 0);
	assert_int_equal(val(SF_JENIS_KELAMIN, "p"), 1);
	assert_int_equal(val(SF_JENIS_KELAMIN, "Wanita"), 1);
	assert_int_equal(val(SF_JENIS_KELAMIN, "X"), SV_BAD);
	assert_int_equal(val(SF_JENIS_KELAMIN, "-"), SV_BAD);
	assert_string_equal(staff_short(SF_JENIS_KELAMIN, 1), "P");
	assert_string_equal(staff_label(SF_JENIS_KELAMIN, 1), "Perempuan");
	/* digit 15 of the NIP, spaced or not */
	assert_int_equal(staff_nip_sex("19861126 200903 1 005", 21), 0);
	assert_int_equal(staff_nip_sex("197001081989032001", 18), 1);
	assert_int_equal(staff_nip_sex("19700108", 8), SV_UNKNOWN);
	assert_int_equal(staff_field("jenis_kelamin"), SF_JENIS_KELAMIN);
	assert_int_equal(staff_field("umur"), -1);
}

/* ---- counted tables -------------------------------------------------- */

static struct staff	st;
static struct person	pp[8];

/* golongan, sex (0 L, 1 P, SV_UNKNOWN), diklat bits (0: none known) */
static void
person(size_t i, int gol, int sex, unsigned int diklat)
{
	struct person *p = &pp[i];

	memset(p, 0, sizeof(*p));
	p->pos.file = "pegawai.csv";
	p->pos.line = (int)i + 2;
	p->pos.col = 1;
	p->text = arena_alloc(a, SF__MAX * sizeof(*p->text));
	for (int f = 0; f < SF__MAX; f++) {
		p->value[f] = SV_UNKNOWN;
		p->text[f] = text_plain(a, "", FACE_REGULAR, p->pos);
	}
	p->value[SF_GOLONGAN] = gol;
	p->value[SF_JENIS_KELAMIN] = sex;
	p->diklat = diklat;
	p->value[SF_DIKLAT] = diklat != 0 ? 0 : SV_UNKNOWN;
}

/* Seven people: III/b L, III/b P, III/a P, II/c L, IV/a P, ? L, III/d ?. */
static void
staff7(void)
{
	memset(&st, 0, sizeof(st));
	person(0, 9, 0, 1u << 3 | 1u << 6);	/* PIM IV and PKA */
	person(1, 9, 1, 1u << 6);
	person(2, 8, 1, 0);
	person(3, 6, 0, 0);
	person(4, 12, 1, 1u << 2);
	person(5, SV_UNKNOWN, 0, 0);
	person(6, 11, SV_UNKNOWN, 0);
	st.p = pp;
	st.n = 7;
	st.name = "pegawai.csv";
}

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

static struct tcol
count_of(int v)
{
	struct tcol c = col(SRC_JUMLAH, COL_ANGKA, 0);

	c.has_match = 1;
	c.match = v;
	return c;
}

static const char *
cell(const struct trow *r, size_t k)
{
	return text_flat(a, &r->cells[k].text);
}

static void
count_table(struct table *t, struct tdata *d, struct tsource *src,
    struct tcount *c, struct tcol *cols, size_t ncols)
{
	struct report r;

	memset(&r, 0, sizeof(r));
	memset(src, 0, sizeof(*src));
	src->tree = TREE_PEGAWAI;
	d->src = src;
	d->nsrc = 1;
	d->count = c;
	t->cols = cols;
	t->ncols = ncols;
	t->data = d;
	r.staff = &st;
	derive_tstaff(a, &r, t);
}

static void
test_by_golongan(void **state)
{
	struct table	 t;
	struct tdata	 d;
	struct tsource	 src;
	struct tcount	 c;
	struct tcol	 cols[5];

	(void)state;
	staff7();
	memset(&t, 0, sizeof(t));
	memset(&d, 0, sizeof(d));
	memset(&c, 0, sizeof(c));
	c.by = SF_GOLONGAN;
	c.split = SF_JENIS_KELAMIN;
	c.subtotal = text_plain(a, "JUMLAH GOL.", FACE_REGULAR, d.pos);
	d.has_total = 1;
	d.total_label = text_plain(a, "JUMLAH", FACE_REGULAR, d.pos);
	cols[0] = col(SRC_KELOMPOK, COL_TEKS, 0);
	cols[1] = count_of(0);
	cols[2] = count_of(1);
	cols[3] = col(SRC_JUMLAH, COL_ANGKA, 0);
	cols[4] = col(SRC_PORSI, COL_PERSEN, 2);
	count_table(&t, &d, &src, &c, cols, 5);
	/* II/c, JUMLAH GOL. II, III/a, III/b, III/d, JUMLAH GOL. III, IV/a,
	 * JUMLAH GOL. IV, Tidak diketahui: the official order, the groups'
	 * sums after them, those not known last (in no group) */
	assert_int_equal(t.nbody, 9);
	assert_string_equal(cell(&t.body[0], 0), "II/c");
	assert_string_equal(cell(&t.body[1], 0), "JUMLAH GOL. II");
	assert_true(t.body[1].cells[0].bold);
	assert_string_equal(cell(&t.body[2], 0), "III/a");
	assert_string_equal(cell(&t.body[3], 0), "III/b");
	assert_string_equal(cell(&t.body[3], 1), "1");
	assert_string_equal(cell(&t.body[3], 2), "1");
	assert_string_equal(cell(&t.body[3], 3), "2");
	assert_string_equal(cell(&t.body[4], 0), "III/d");
	assert_string_equal(cell(&t.body[4], 1), "-");	/* sex not known */
	assert_string_equal(cell(&t.body[4], 2), "-");
	assert_string_equal(cell(&t.body[4], 3), "1");
	assert_string_equal(cell(&t.body[5], 0), "JUMLAH GOL. III");
	assert_string_equal(cell(&t.body[5], 3), "4");
	/* 4 of 7: 57,142857… rounded once */
	assert_string_equal(cell(&t.body[5], 4), "57,14%");
	assert_string_equal(cell(&t.body[7], 0), "JUMLAH GOL. IV");
	assert_string_equal(cell(&t.body[8], 0), "Tidak diketahui");
	assert_string_equal(cell(&t.body[8], 3), "1");
	/* 1 of 7 = 14,2857… */
	assert_string_equal(cell(&t.body[8], 4), "14,29%");
	assert_int_equal(t.ntotal, 1);
	assert_string_equal(cell(&t.total[0], 1), "3");
	assert_string_equal(cell(&t.total[0], 2), "3");
	assert_string_equal(cell(&t.total[0], 3), "7");
	assert_string_equal(cell(&t.total[0], 4), "100,00%");
	/* one of the seven is in the Jumlah column but neither L nor P */
	assert_non_null(strstr(captured(), "1 pegawai tanpa isian 'jenis_kelamin'"
	    " (yang pertama di pegawai.csv:8)"));
}

static void
test_diklat_once(void **state)
{
	struct table	 t;
	struct tdata	 d;
	struct tsource	 src;
	struct tcount	 c;
	struct tcol	 cols[2];

	(void)state;
	staff7();
	memset(&t, 0, sizeof(t));
	memset(&d, 0, sizeof(d));
	memset(&c, 0, sizeof(c));
	c.by = SF_DIKLAT;
	c.split = -1;
	d.has_total = 1;
	d.total_label = text_plain(a, "Jumlah", FACE_REGULAR, d.pos);
	cols[0] = col(SRC_KELOMPOK, COL_TEKS, 0);
	cols[1] = col(SRC_JUMLAH, COL_ANGKA, 0);
	count_table(&t, &d, &src, &c, cols, 2);
	/* PIM III, PIM IV, PKA, Tidak diketahui */
	assert_int_equal(t.nbody, 4);
	assert_string_equal(cell(&t.body[0], 0), "PIM III");
	assert_string_equal(cell(&t.body[1], 0), "PIM IV");
	assert_string_equal(cell(&t.body[2], 0), "PKA");
	assert_string_equal(cell(&t.body[2], 1), "2");
	assert_string_equal(cell(&t.body[3], 1), "4");
	/* 1 + 1 + 2 + 4 = 8 rows, but 7 people: one took two */
	assert_string_equal(cell(&t.total[0], 1), "7");
}

static void
test_stated_rows(void **state)
{
	struct table	 t;
	struct tdata	 d;
	struct tsource	 src;
	struct tcount	 c;
	struct tgroup	 g[2];
	struct tcol	 cols[2];
	int		 v3[] = { 8, 9 }, v4[] = { 12 };

	(void)state;
	staff7();
	memset(&t, 0, sizeof(t));
	memset(&d, 0, sizeof(d));
	memset(&c, 0, sizeof(c));
	memset(g, 0, sizeof(g));
	c.by = SF_GOLONGAN;
	c.split = -1;
	g[0].label = text_plain(a, "III/a dan III/b", FACE_REGULAR, d.pos);
	g[0].values = v3;
	g[0].nvalues = 2;
	g[1].label = text_plain(a, "IV/a", FACE_REGULAR, d.pos);
	g[1].values = v4;
	g[1].nvalues = 1;
	c.rows = g;
	c.nrows = 2;
	d.has_total = 1;
	d.total_label = text_plain(a, "Jumlah", FACE_REGULAR, d.pos);
	cols[0] = col(SRC_KELOMPOK, COL_TEKS, 0);
	cols[1] = col(SRC_JUMLAH, COL_ANGKA, 0);
	count_table(&t, &d, &src, &c, cols, 2);
	/* the two rows stated, then those not known */
	assert_int_equal(t.nbody, 3);
	assert_string_equal(cell(&t.body[0], 1), "3");
	assert_string_equal(cell(&t.body[1], 1), "1");
	assert_string_equal(cell(&t.body[2], 0), "Tidak diketahui");
	/* II/c and III/d are in no row: said, and not in the total */
	assert_string_equal(cell(&t.total[0], 1), "5");
	assert_non_null(strstr(captured(), "2 pegawai tidak masuk baris mana "
	    "pun di tabel ini karena golongan mereka tidak ada di 'kelompok': "
	    "II/c (1), III/d (1) (yang pertama di pegawai.csv:5)"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_golongan, setup, teardown),
		cmocka_unit_test_setup_teardown(test_eselon, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pendidikan, setup, teardown),
		cmocka_unit_test_setup_teardown(test_diklat_and_sex, setup, teardown),
		cmocka_unit_test_setup_teardown(test_by_golongan, setup, teardown),
		cmocka_unit_test_setup_teardown(test_diklat_once, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stated_rows, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
