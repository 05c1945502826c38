/*
 * Unit tests of the PDF/A pieces that are not libharu calls: reading the
 * ICC profile, choosing the document's date (SOURCE_DATE_EPOCH, the
 * content, never the clock), flattening PNG transparency.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <png.h>

#include "image_flat.h"
#include "pagelist.h"
#include "pdf_pdfa.h"

/* --- the ICC profile -------------------------------------------------- */

static void
write_file(const char *path, const unsigned char *b, size_t n)
{
	FILE	*f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(b, 1, n, f), n);
	assert_int_equal(fclose(f), 0);
}

static void
test_icc_read(void **state)
{
	char		 path[] = "/tmp/lakin-test-icc-XXXXXX";
	unsigned char	*icc, *copy, junk[200];
	size_t		 len = 0, len2 = 0;
	int		 fd;

	(void)state;
	icc = pdfa_icc_read(LAKIN_ICC, &len);
	assert_non_null(icc);
	assert_true(len > 128);
	assert_memory_equal(icc + 36, "acsp", 4);

	errno = 0;
	assert_null(pdfa_icc_read("/nonexistent/sRGB.icc", &len2));
	assert_int_equal(errno, ENOENT);

	fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	memset(junk, 'x', sizeof junk);
	write_file(path, junk, sizeof junk);
	errno = 0;
	assert_null(pdfa_icc_read(path, &len2));
	assert_int_equal(errno, EINVAL);

	/* a version 4 profile: PDF/A-1 (PDF 1.4) takes version 2 only */
	copy = malloc(len);
	assert_non_null(copy);
	memcpy(copy, icc, len);
	copy[8] = 4;
	write_file(path, copy, len);
	errno = 0;
	assert_null(pdfa_icc_read(path, &len2));
	assert_int_equal(errno, EINVAL);

	/* a grey profile is no RGB profile */
	memcpy(copy, icc, len);
	memcpy(copy + 16, "GRAY", 4);
	write_file(path, copy, len);
	assert_null(pdfa_icc_read(path, &len2));

	unlink(path);
	free(copy);
	free(icc);
}

/* --- the date --------------------------------------------------------- */

static void
test_date_from_content(void **state)
{
	struct pagelist		pl;
	struct pdfa_date	d;
	int			bad = -1;

	(void)state;
	unsetenv("SOURCE_DATE_EPOCH");
	memset(&pl, 0, sizeof pl);
	pdfa_date(&pl, &d, &bad);
	assert_int_equal(d.set, 0);	/* no date written: none, not today */
	assert_int_equal(bad, 0);

	pl.date_y = 2025;
	pl.date_m = 2;		/* "Februari 2025": the 1st */
	pdfa_date(&pl, &d, &bad);
	assert_int_equal(d.set, 1);
	assert_int_equal(d.y, 2025);
	assert_int_equal(d.mo, 2);
	assert_int_equal(d.d, 1);
	assert_int_equal(d.h + d.mi + d.s, 0);

	pl.date_d = 9;
	pdfa_date(&pl, &d, &bad);
	assert_int_equal(d.d, 9);

	setenv("SOURCE_DATE_EPOCH", "", 1);	/* empty: as if unset */
	pdfa_date(&pl, &d, &bad);
	assert_int_equal(d.d, 9);
	assert_int_equal(bad, 0);
	unsetenv("SOURCE_DATE_EPOCH");
}

static void
test_date_from_epoch(void **state)
{
	static const char *const junk[] = {
		"12abc", "-5", "+5", " 5", "1e9", "99999999999999999999",
		"253402300800",	/* year 10000 */
	};
	struct pagelist		pl;
	struct pdfa_date	d;
	int			bad = -1;

	(void)state;
	memset(&pl, 0, sizeof pl);
	pl.date_y = 2025;
	pl.date_m = 2;
	setenv("SOURCE_DATE_EPOCH", "1735732800", 1);
	pdfa_date(&pl, &d, &bad);
	assert_int_equal(bad, 0);
	assert_int_equal(d.set, 1);
	assert_int_equal(d.y, 2025);
	assert_int_equal(d.mo, 1);
	assert_int_equal(d.d, 1);
	assert_int_equal(d.h, 12);

	setenv("SOURCE_DATE_EPOCH", "0", 1);
	pdfa_date(&pl, &d, &bad);
	assert_int_equal(d.y, 1970);

	for (size_t i = 0; i < sizeof junk / sizeof junk[0]; i++) {
		setenv("SOURCE_DATE_EPOCH", junk[i], 1);
		pdfa_date(&pl, &d, &bad);
		assert_int_equal(bad, 1);
		assert_int_equal(d.y, 2025);	/* the content's, then */
		assert_int_equal(d.mo, 2);
	}
	unsetenv("SOURCE_DATE_EPOCH");
}

/* --- flattening ------------------------------------------------------- */

static unsigned char *
png_of(const unsigned char *px, int w, int h, int format, size_t *len)
{
	png_image	 im;
	png_alloc_size_t n = 0;
	unsigned char	*buf;

	memset(&im, 0, sizeof im);
	im.version = PNG_IMAGE_VERSION;
	im.width = (png_uint_32)w;
	im.height = (png_uint_32)h;
	im.format = (png_uint_32)format;
	assert_true(png_image_write_to_memory(&im, NULL, &n, 0, px, 0, NULL));
	buf = malloc(n);
	assert_non_null(buf);
	assert_true(png_image_write_to_memory(&im, buf, &n, 0, px, 0, NULL));
	*len = n;
	return buf;
}

static void
test_flatten_alpha(void **state)
{
	/* 9 x 2: the mask rows are 2 bytes, the 9th pixel in the 2nd byte */
	enum { W = 9, H = 2 };
	unsigned char		 px[W * H * 4];
	struct flat_image	 f;
	unsigned char		*png;
	size_t			 len;

	(void)state;
	for (int i = 0; i < W * H; i++) {
		px[i * 4 + 0] = 0;	/* black ... */
		px[i * 4 + 1] = 0;
		px[i * 4 + 2] = 200;
		px[i * 4 + 3] = 255;	/* ... opaque */
	}
	px[1 * 4 + 3] = 0;	/* clear */
	px[2 * 4 + 3] = 128;	/* half: painted, paled over white */
	px[3 * 4 + 3] = 127;	/* just under half: not painted */
	px[8 * 4 + 3] = 0;	/* the 9th of row 1 */
	px[(W + 8) * 4 + 3] = 0;	/* the 9th of row 2 */
	png = png_of(px, W, H, PNG_FORMAT_RGBA, &len);
	assert_int_equal(flat_image_png(png, len, &f), 1);
	assert_int_equal(f.w, W);
	assert_int_equal(f.h, H);
	assert_int_equal(f.mask_len, 4);
	/* bit set = not painted, most significant bit first */
	assert_int_equal(f.mask[0], 0x40 | 0x10);
	assert_int_equal(f.mask[1], 0x80);
	assert_int_equal(f.mask[2], 0x00);
	assert_int_equal(f.mask[3], 0x80);
	/* opaque: unchanged; clear: white; half: half way to white */
	assert_int_equal(f.rgb[0], 0);
	assert_int_equal(f.rgb[2], 200);
	assert_int_equal(f.rgb[3], 255);
	assert_int_equal(f.rgb[5], 255);
	assert_int_equal(f.rgb[6], 127);	/* 0 at 128/255: 127.0 */
	assert_int_equal(f.rgb[8], 227);	/* 200 at 128/255: 227.4 */
	flat_image_free(&f);
	free(png);
}

static void
test_flatten_none(void **state)
{
	unsigned char		 px[4 * 3] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };
	struct flat_image	 f;
	unsigned char		*png, junk[64];
	size_t			 len;

	(void)state;
	png = png_of(px, 2, 2, PNG_FORMAT_RGB, &len);
	assert_int_equal(flat_image_png(png, len, &f), 0);	/* as it is */
	assert_null(f.rgb);
	free(png);
	png = png_of(px, 2, 2, PNG_FORMAT_GA, &len);	/* grey + alpha */
	assert_int_equal(flat_image_png(png, len, &f), 1);
	flat_image_free(&f);
	free(png);
	memset(junk, 0x55, sizeof junk);
	assert_int_equal(flat_image_png(junk, sizeof junk, &f), -1);
	flat_image_free(&f);	/* harmless on what failed */
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_icc_read),
		cmocka_unit_test(test_date_from_content),
		cmocka_unit_test(test_date_from_epoch),
		cmocka_unit_test(test_flatten_alpha),
		cmocka_unit_test(test_flatten_none),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
