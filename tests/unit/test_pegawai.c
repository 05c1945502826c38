/*
 * Staff records: the values of each field as agencies write them, their
 * official order, the sex in a NIP.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "doc.h"
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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_golongan, setup, teardown),
		cmocka_unit_test_setup_teardown(test_eselon, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pendidikan, setup, teardown),
		cmocka_unit_test_setup_teardown(test_diklat_and_sex, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
