/*
 * lakin new --dari: the text edits of the roll-over (rollover_edit.c,
 * rollover_year.c) on small YAML texts, and the ISI marker check
 * (check_isi.c) that `lakin check` and the roll-over share.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "check_isi.h"
#include "content_load.h"
#include "mem.h"
#include "rollover.h"

static FILE	*capf;
static char	*capbuf;
static size_t	 caplen;

static int
setup(void **state)
{
	(void)state;
	capf = open_memstream(&capbuf, &caplen);
	diag_setup(capf, LANG_ID);
	diag_reset();
	isi_reset();
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	diag_setup(NULL, LANG_ID);
	fclose(capf);
	free(capbuf);
	capbuf = NULL;
	isi_reset();
	return 0;
}

static const char *
captured(void)
{
	diag_flush();
	fflush(capf);
	return capbuf != NULL ? capbuf : "";
}

/* text rolled from old to year as a file of the given kind */
static void
rolls_to(const char *text, int kind, int old, int year, const char *want)
{
	struct arena	*a = arena_new();
	struct node	*t = content_load_buf(a, "t.yaml", text, strlen(text));
	struct rfile	 f = { a, text, strlen(text), NULL, 0, 0 };
	size_t		 len;
	char		*out;

	assert_non_null(t);
	rollover_edits(&f, t, kind, old, year);
	out = rfile_apply(&f, &len);
	assert_string_equal(out, want);
	assert_int_equal(len, strlen(want));
	/* what was written loads again */
	assert_non_null(content_load_buf(a, "u.yaml", out, len));
	free(out);
	free(f.v);
	arena_free(a);
}

static void
test_laporan(void **state)
{
	(void)state;
	rolls_to(
"# data umum\n"
"laporan:\n"
"  judul: LAPORAN KINERJA\n"
"  tahun: 2024   # tahun laporan\n"
"  tanggal: \"Februari 2025\"\n",
	    'l', 2024, 2025,
"# data umum\n"
"laporan:\n"
"  judul: LAPORAN KINERJA\n"
"  tahun: 2025   # tahun laporan\n"
"  tanggal: ISI\n");
}

/* the new year after the last one, comments kept; a flow map too */
static void
test_realisasi(void **state)
{
	(void)state;
	rolls_to(
"kinerja:\n"
"  indikator:\n"
"    - kunci: a\n"
"      realisasi:\n"
"        2023: 72,56\n"
"        2024: 77,39   # Tabel 3.3\n"
"      target: {2024: 1, 2025: 2}\n"
"    - kunci: b\n"
"      pembilang: {2023: 4, 2024: 5}\n"
"    - kunci: c\n"
"      realisasi:\n"
"        2022: 1\n",
	    'k', 2024, 2025,
"kinerja:\n"
"  indikator:\n"
"    - kunci: a\n"
"      realisasi:\n"
"        2023: 72,56\n"
"        2024: 77,39   # Tabel 3.3\n"
"        2025: ISI\n"
"      target: {2024: 1, 2025: 2}\n"
"    - kunci: b\n"
"      pembilang: {2023: 4, 2024: 5, 2025: ISI}\n"
"    - kunci: c\n"
"      realisasi:\n"
"        2022: 1\n");
}

/* a skipped year: its realisasi too (the comparison year's), in order */
static void
test_skipped_year(void **state)
{
	(void)state;
	rolls_to(
"realisasi:\n"
"  2023: 1\n"
"  2024: 2\n"
"pembilang: {2024: 3}\n",
	    'k', 2024, 2026,
"realisasi:\n"
"  2023: 1\n"
"  2024: 2\n"
"  2025: ISI\n"
"  2026: ISI\n"
"pembilang: {2024: 3, 2025: ISI, 2026: ISI}\n");
	rolls_to(
"- tabel:\n"
"    data: kinerja\n"
"    kolom:\n"
"      - {isi: realisasi, tahun: 2023}\n"
"      - {isi: realisasi}\n"
"    kepala:\n"
"      - [ \"2023\", \"2024\" ]\n",
	    'p', 2024, 2026,
"- tabel:\n"
"    data: kinerja\n"
"    kolom:\n"
"      - {isi: realisasi, tahun: lalu}\n"
"      - {isi: realisasi}\n"
"    kepala:\n"
"      - [ \"2025\", \"2026\" ]\n");
}

/* a block value is replaced with every line of it, and only those */
static void
test_analysis_block(void **state)
{
	(void)state;
	rolls_to(
"kinerja:\n"
"  tujuan:\n"
"    - kunci: t\n"
"      analisis:\n"
"        teks: >-\n"
"          Sebab pertama\n"
"          dan kedua.\n"
"        daftar:\n"
"          butir:\n"
"            - \"satu\"\n"
"      # solusi tahun lalu\n"
"      solusi: >-\n"
"        Dilakukan\n"
"        pelatihan.\n"
"      standar: 72,80   # rata-rata\n"
"      nama: \"T\"\n",
	    'k', 2024, 2025,
"kinerja:\n"
"  tujuan:\n"
"    - kunci: t\n"
"      analisis: ISI\n"
"      # solusi tahun lalu\n"
"      solusi: ISI\n"
"      standar: ISI   # rata-rata\n"
"      nama: \"T\"\n");
}

static void
test_amounts_and_dates(void **state)
{
	(void)state;
	rolls_to(
"anggaran:\n"
"  program:\n"
"    - nama: P\n"
"      murni: 1.000.000\n"
"      perubahan: 2.000.000,00\n"
"      realisasi: 900\n"
"      sumber_dana: DAU\n",
	    'a', 2024, 2025,
"anggaran:\n"
"  program:\n"
"    - nama: P\n"
"      murni: ISI\n"
"      perubahan: ISI\n"
"      realisasi: ISI\n"
"      sumber_dana: DAU\n");
	rolls_to(
"isi:\n"
"  - tanda_tangan:\n"
"      tempat: Binjai\n"
"      tanggal: 30 Mei 2024\n",
	    'p', 2024, 2025,
"isi:\n"
"  - tanda_tangan:\n"
"      tempat: Binjai\n"
"      tanggal: ISI\n");
}

/* last year's columns of a comparison table move; Renstra years stay */
static void
test_tables(void **state)
{
	(void)state;
	rolls_to(
"- tabel:\n"
"    data: kinerja\n"
"    kolom:\n"
"      - {isi: indikator}\n"
"      - {isi: realisasi, tahun: 2023, judul: \"Realisasi 2023\"}\n"
"      - {isi: capaian, tahun: 2023}\n"
"      - {isi: realisasi, judul: \"Realisasi 2024\"}\n"
"      - {isi: target, tahun: 2026}\n"
"    kepala:\n"
"      - [ {teks: \"Indikator\", baris: 2}, {teks: \"2023\", kolom: 2}, "
"\"2024\", \"Target\" ]\n"
"      - [ \"R\", \"C\", \"R 2024\", \"2026\" ]\n"
"- tabel:\n"
"    data: kinerja\n"
"    kolom:\n"
"      - {isi: target, tahun: 2023, judul: \"2023\"}\n"
"      - {isi: target, tahun: 2024, judul: \"2024\"}\n"
"      - {isi: realisasi, judul: \"Realisasi 2024\"}\n"
"    kepala:\n"
"      - [ \"2023\", \"2024\", \"2024\" ]\n",
	    'p', 2024, 2025,
"- tabel:\n"
"    data: kinerja\n"
"    kolom:\n"
"      - {isi: indikator}\n"
"      - {isi: realisasi, tahun: lalu, judul: \"Realisasi 2024\"}\n"
"      - {isi: capaian, tahun: lalu}\n"
"      - {isi: realisasi, judul: \"Realisasi 2025\"}\n"
"      - {isi: target, tahun: 2026}\n"
"    kepala:\n"
"      - [ {teks: \"Indikator\", baris: 2}, {teks: \"2024\", kolom: 2}, "
"\"2025\", \"Target\" ]\n"
"      - [ \"R\", \"C\", \"R 2025\", \"2026\" ]\n"
"- tabel:\n"
"    data: kinerja\n"
"    kolom:\n"
"      - {isi: target, tahun: 2023, judul: \"2023\"}\n"
"      - {isi: target, tahun: 2024, judul: \"2024\"}\n"
"      - {isi: realisasi, judul: \"Realisasi 2025\"}\n"
"    kepala:\n"
"      - [ \"2023\", \"2024\", \"2025\" ]\n");
}

/* markers: reported, taken out, remembered; quoted text is no marker */
static void
test_check_isi(void **state)
{
	struct arena	*a = arena_new();
	const char	*y =
"laporan:\n"
"  judul: L\n"
"  tanggal: ISI\n"
"  catatan: \"ISI\"\n"
"indikator:\n"
"  - nama: \"Indeks\"\n"
"    realisasi:\n"
"      2024: 1\n"
"      2025: ISI\n";
	struct node	*t = content_load_buf(a, "t.yaml", y, strlen(y));
	const struct node *lap = node_get(t, "laporan");

	(void)state;
	assert_int_equal(check_isi(t), 2);
	assert_int_equal(isi_count(), 2);
	assert_null(node_get(lap, "tanggal"));
	assert_true(isi_was(lap, "tanggal"));
	assert_false(isi_was(lap, "judul"));
	assert_string_equal(node_str(lap, "catatan"), "ISI");
	assert_int_equal(node_get(node_get(t, "indikator")->vals[0],
	    "realisasi")->n, 1);
	assert_string_equal(captured(),
"t.yaml:3:12: galat: belum diisi: tanggal di 'laporan' (tulis nilainya di "
"tempat ISI)\n"
"t.yaml:9:13: galat: belum diisi: realisasi 2025, indikator 'Indeks' "
"(tulis nilainya di tempat ISI)\n");
	arena_free(a);
}

/* the places to look at: text naming last year, typed tables of figures */
static void
test_review(void **state)
{
	struct arena	*a = arena_new();
	const char	*y =
"isi:\n"
"  - paragraf: \"Lihat {ref:tabel-2024} berikut.\"\n"
"  - paragraf: \"Capaian tahun 2024 naik.\"\n"
"  - paragraf: \"Serapan {nilai:anggaran.serapan=91,94%} tercapai.\"\n"
"  - tabel:\n"
"      kunci: data-2024\n"
"      data: kinerja\n"
"      kolom:\n"
"        - {isi: target, tahun: 2024, judul: \"2024\"}\n"
"  - tabel:\n"
"      judul: \"Pegawai\"\n"
"      kolom: [\"Golongan\", \"Jumlah\"]\n"
"      baris:\n"
"        - [\"III/a\", 2]\n"
"  - tabel:\n"
"      judul: \"Visi\"\n"
"      kolom: [\"Visi\"]\n"
"      baris:\n"
"        - [\"Binjai maju\"]\n";
	struct node	*t = content_load_buf(a, "t.yaml", y, strlen(y));

	(void)state;
	assert_int_equal(rollover_review(t, 2024, 2025), 3);
	assert_string_equal(captured(),
"t.yaml:3:15: catatan: periksa: teks ini menyebut tahun 2024 (teks tahun "
"lalu dibawa apa adanya)\n"
"t.yaml:4:15: catatan: periksa: teks ini mengetik angka tahun 2024 di "
"{nilai:…=…}; perbarui angkanya atau hapus '=…' agar diambil dari data\n"
"t.yaml:11:7: catatan: periksa: tabel 'Pegawai' diketik tangan; perbarui "
"angkanya untuk tahun 2025\n");
	arena_free(a);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_laporan),
		T(test_realisasi),
		T(test_skipped_year),
		T(test_analysis_block),
		T(test_amounts_and_dates),
		T(test_tables),
		T(test_check_isi),
		T(test_review),
	};

	return cmocka_run_group_tests_name("rollover", tests, NULL, NULL);
}
