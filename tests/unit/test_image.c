/*
 * image: the size of a PNG or JPEG from the bytes the input reader read,
 * and a plain reason for anything the PDF library could not embed.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "diag.h"
#include "image.h"

/* SOI, an APP0 segment of 16 bytes, SOF0: 8 bit, 300 high, 200 wide. */
static const unsigned char jpeg[] = {
	0xFF, 0xD8,
	0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
	0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0x2C, 0x00, 0xC8, 0x03,
};

static const unsigned char png[] = {
	0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
	0, 0, 0, 13, 'I', 'H', 'D', 'R',
	0, 0, 0x01, 0x00, 0, 0, 0, 0x40, 8, 2, 0, 0, 0,
};

static void
test_sizes(void **state)
{
	int w = 0, h = 0;

	(void)state;
	diag_setup(NULL, LANG_ID);
	assert_null(image_size(jpeg, sizeof jpeg, &w, &h));
	assert_int_equal(w, 200);
	assert_int_equal(h, 300);
	assert_null(image_size(png, sizeof png, &w, &h));
	assert_int_equal(w, 256);
	assert_int_equal(h, 64);
}

static void
test_refusals(void **state)
{
	unsigned char	b[sizeof png];
	int		w, h;

	(void)state;
	diag_setup(NULL, LANG_ID);
	/* every truncation before the size is damaged, never read past its
	 * end (the last byte, the component count, is not needed) */
	for (size_t n = 2; n < sizeof jpeg - 1; n++)
		assert_string_equal(image_size(jpeg, n, &w, &h),
		    "berkas JPEG rusak");
	memcpy(b, jpeg, 6);
	b[4] = 0xFF;	/* a segment longer than the file */
	assert_string_equal(image_size(b, 6, &w, &h), "berkas JPEG rusak");
	b[4] = 0;
	b[5] = 1;	/* a segment length below its own two bytes */
	assert_string_equal(image_size(b, 6, &w, &h), "berkas JPEG rusak");
	memcpy(b, png, sizeof png);
	b[24] = 16;
	assert_string_equal(image_size(b, sizeof b, &w, &h),
	    "PNG harus 8 bit per warna (simpan ulang sebagai PNG 8-bit)");
	assert_string_equal(image_size(png, 20, &w, &h),
	    "bukan gambar PNG atau JPEG");
	assert_string_equal(image_size((const unsigned char *)"", 0, &w, &h),
	    "bukan gambar PNG atau JPEG");
	diag_setup(NULL, LANG_EN);
	assert_string_equal(image_size((const unsigned char *)"GIF89a", 6, &w,
	    &h), "not a PNG or JPEG image");
	diag_setup(NULL, LANG_ID);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sizes),
		cmocka_unit_test(test_refusals),
	};

	return cmocka_run_group_tests_name("image", tests, NULL, NULL);
}
