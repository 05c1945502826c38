/*
 * The image check: the kinds libharu embeds right pass, the others and
 * every damaged file are refused with their message, the limits hold
 * before anything is decoded.  Test images are written here with libpng
 * and libjpeg themselves, then cut or damaged byte by byte.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include <jpeglib.h>
#include <png.h>

#include "diag.h"
#include "image.h"

static char	*cbuf;
static size_t	 clen;
static FILE	*cf;
static const struct pos at = { "bab-1.yaml", 8, 15 };

static int
setup(void **state)
{
	(void)state;
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
	cbuf = NULL;
	return 0;
}

/* Diagnostics since the last call, then forgotten. */
static const char *
captured(void)
{
	static char	last[4096];

	fclose(cf);
	snprintf(last, sizeof last, "%s", cbuf != NULL ? cbuf : "");
	free(cbuf);
	cbuf = NULL;
	cf = open_memstream(&cbuf, &clen);
	assert_non_null(cf);
	diag_setup(cf, diag_lang());
	return last;
}

/* Checks b and asserts the outcome: 0 and no message, or -1 and `msg`. */
static void
expect(const unsigned char *b, size_t n, const char *msg)
{
	struct image_info	 info;
	int			 rc;
	const char		*got;

	rc = image_check_mem(b, n, &at, "ttd.png", &info);
	got = captured();

	if (msg == NULL) {
		if (rc != 0)
			fail_msg("refused: %s", got);
		assert_string_equal(got, "");
	} else {
		assert_int_equal(rc, -1);
		if (strstr(got, msg) == NULL)
			fail_msg("expected \"%s\", got \"%s\"", msg, got);
		/* exactly one diagnostic */
		assert_non_null(strchr(got, '\n'));
		assert_string_equal(strchr(got, '\n'), "\n");
	}
}

/* --- writing test images --------------------------------------------- */

struct membuf {
	unsigned char	*b;
	size_t		 n, cap;
};

static void
mem_write(png_structp png, png_bytep data, size_t n)
{
	struct membuf	*m = png_get_io_ptr(png);

	if (m->n + n > m->cap) {
		m->cap = (m->n + n) * 2;
		m->b = realloc(m->b, m->cap);
		assert_non_null(m->b);
	}
	memcpy(m->b + m->n, data, n);
	m->n += n;
}

static void
mem_flush(png_structp png)
{
	(void)png;
}

struct pngspec {
	unsigned	 w, h;
	int		 depth, ctype, interlace;
	int		 ntrns;		/* tRNS entries (palette) or 1 (key) */
};

/* A PNG of the given kind with a gradient, in a malloc'ed buffer. */
static unsigned char *
make_png(const struct pngspec *s, size_t *n)
{
	struct membuf	 m = { NULL, 0, 0 };
	png_structp	 png = png_create_write_struct(PNG_LIBPNG_VER_STRING,
			    NULL, NULL, NULL);
	png_infop	 pi = png_create_info_struct(png);
	png_color	 pal[16];
	png_byte	 alpha[16];
	png_color_16	 key;
	unsigned char	*row;
	size_t		 rb;
	int		 passes;

	assert_non_null(pi);
	if (setjmp(png_jmpbuf(png)))
		fail_msg("libpng could not write the test image");
	png_set_write_fn(png, &m, mem_write, mem_flush);
	png_set_IHDR(png, pi, s->w, s->h, s->depth, s->ctype, s->interlace,
	    PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
	for (int i = 0; i < 16; i++) {
		pal[i].red = (png_byte)(i * 16);
		pal[i].green = (png_byte)(255 - i * 16);
		pal[i].blue = 128;
		alpha[i] = (png_byte)(i * 17);
	}
	if (s->ctype == PNG_COLOR_TYPE_PALETTE)
		png_set_PLTE(png, pi, pal, 1 << (s->depth < 4 ? s->depth : 4));
	memset(&key, 0, sizeof key);
	if (s->ntrns > 0)
		png_set_tRNS(png, pi, alpha, s->ntrns, &key);
	png_write_info(png, pi);
	passes = png_set_interlace_handling(png);
	rb = png_get_rowbytes(png, pi);
	row = malloc(rb);
	assert_non_null(row);
	for (int p = 0; p < passes; p++)
		for (unsigned y = 0; y < s->h; y++) {
			for (size_t i = 0; i < rb; i++)
				row[i] = (unsigned char)(s->ctype ==
				    PNG_COLOR_TYPE_PALETTE ? 0x01 * (i % 2) :
				    (i * 7 + y * 3) & 0xFF);
			png_write_row(png, row);
		}
	png_write_end(png, pi);
	png_destroy_write_struct(&png, &pi);
	free(row);
	*n = m.n;
	return m.b;
}

/* A JPEG of w x h (ncomp 1, 3 or 4, in that colour space), in memory. */
static unsigned char *
make_jpeg(unsigned w, unsigned h, int ncomp, J_COLOR_SPACE in,
    J_COLOR_SPACE out, int progressive, int arith, size_t *n)
{
	struct jpeg_compress_struct	 c;
	struct jpeg_error_mgr		 e;
	unsigned char			*buf = NULL, *row;
	unsigned long			 len = 0;

	c.err = jpeg_std_error(&e);
	jpeg_create_compress(&c);
	jpeg_mem_dest(&c, &buf, &len);
	c.image_width = w;
	c.image_height = h;
	c.input_components = ncomp;
	c.in_color_space = in;
	jpeg_set_defaults(&c);
	jpeg_set_colorspace(&c, out);
	if (progressive)
		jpeg_simple_progression(&c);
	c.arith_code = arith ? TRUE : FALSE;
	jpeg_start_compress(&c, TRUE);
	row = malloc((size_t)w * ncomp);
	assert_non_null(row);
	while (c.next_scanline < h) {
		for (unsigned i = 0; i < w * (unsigned)ncomp; i++)
			row[i] = (unsigned char)(i * 5 + c.next_scanline * 9);
		(void)jpeg_write_scanlines(&c, &row, 1);
	}
	jpeg_finish_compress(&c);
	jpeg_destroy_compress(&c);
	free(row);
	*n = len;
	return buf;
}

static unsigned char *
rgb_jpeg(size_t *n)
{
	return make_jpeg(24, 16, 3, JCS_RGB, JCS_YCbCr, 0, 0, n);
}

/* --- PNG ------------------------------------------------------------- */

/* Everything libharu 2.3.0 embeds right (measured, see image.c). */
static void
test_png_accepted(void **state)
{
	static const struct pngspec ok[] = {
		{ 33, 17, 8, PNG_COLOR_TYPE_GRAY, 0, 0 },
		{ 33, 17, 1, PNG_COLOR_TYPE_GRAY, 0, 0 },
		{ 33, 17, 4, PNG_COLOR_TYPE_GRAY, 0, 0 },
		{ 33, 17, 8, PNG_COLOR_TYPE_GRAY_ALPHA, 0, 0 },
		{ 33, 17, 8, PNG_COLOR_TYPE_RGB, 0, 0 },
		{ 33, 17, 8, PNG_COLOR_TYPE_RGB_ALPHA, 0, 0 },
		{ 33, 17, 4, PNG_COLOR_TYPE_PALETTE, 0, 0 },
		{ 33, 17, 8, PNG_COLOR_TYPE_PALETTE, 0, 0 },
		{ 33, 17, 8, PNG_COLOR_TYPE_PALETTE, 0, 3 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
		struct image_info	 info;
		size_t			 n;
		unsigned char		*b = make_png(&ok[i], &n);

		assert_int_equal(image_check_mem(b, n, &at, "ttd.png", &info),
		    0);
		assert_string_equal(captured(), "");
		assert_int_equal(info.kind, IMAGE_PNG);
		assert_int_equal(info.w, 33);
		assert_int_equal(info.h, 17);
		free(b);
	}
}

static void
test_png_refused_kinds(void **state)
{
	static const struct {
		struct pngspec	 s;
		const char	*msg;
	} bad[] = {
		{ { 8, 8, 16, PNG_COLOR_TYPE_RGB, 0, 0 }, "PNG 16 bit" },
		{ { 8, 8, 16, PNG_COLOR_TYPE_GRAY_ALPHA, 0, 0 }, "PNG 16 bit" },
		{ { 8, 8, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_ADAM7, 0 },
		  "PNG dengan interlace tidak didukung; simpan ulang sebagai "
		  "PNG 8-bit tanpa interlace" },
		{ { 8, 8, 8, PNG_COLOR_TYPE_RGB, 0, 1 },
		  "satu warna transparan (tRNS)" },
		{ { 8, 8, 8, PNG_COLOR_TYPE_GRAY, 0, 1 },
		  "satu warna transparan (tRNS)" },
		{ { 8, 8, 2, PNG_COLOR_TYPE_PALETTE, 0, 2 },
		  "PNG berpalet kurang dari 8 bit dengan transparansi" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		size_t		 n;
		unsigned char	*b = make_png(&bad[i].s, &n);

		expect(b, n, bad[i].msg);
		free(b);
	}
}

/* Cut anywhere, a PNG is refused as cut short or damaged, never passed. */
static void
test_png_every_cut(void **state)
{
	static const struct pngspec s = { 40, 20, 8, PNG_COLOR_TYPE_RGB_ALPHA,
		0, 0 };
	struct image_info	 info;
	size_t			 n;
	unsigned char		*b = make_png(&s, &n);

	(void)state;
	for (size_t len = 1; len < n; len++) {
		const char	*got;

		assert_int_equal(image_check_mem(b, len, &at, "ttd.png", &info),
		    -1);
		got = captured();
		if (strstr(got, "berkas PNG terpotong") == NULL &&
		    strstr(got, "berkas PNG rusak") == NULL)
			fail_msg("cut at %zu: %s", len, got);
	}
	expect(b, n, NULL);
	free(b);
}

/* Every single changed byte is found (CRCs, the signature, lengths). */
static void
test_png_every_byte_flipped(void **state)
{
	static const struct pngspec s = { 24, 12, 8, PNG_COLOR_TYPE_PALETTE,
		0, 4 };
	struct image_info	 info;
	size_t			 n;
	unsigned char		*b = make_png(&s, &n);

	(void)state;
	for (size_t i = 0; i < n; i++) {
		b[i] ^= 0x10;
		if (image_check_mem(b, n, &at, "ttd.png", &info) != -1)
			fail_msg("byte %zu of %zu changed, still accepted", i,
			    n);
		(void)captured();
		b[i] ^= 0x10;
	}
	expect(b, n, NULL);
	free(b);
}

/*
 * A text chunk claiming 905 MB in a 100-byte file (found by fuzzing):
 * libpng's "chunk data is too large" is only a benign error, after which
 * it allocated what the chunk claims.  Under a 256 MB address-space
 * allowance that allocation would abort the test.
 */
static void
test_png_chunk_longer_than_file(void **state)
{
	static const struct pngspec s = { 16, 16, 1, PNG_COLOR_TYPE_GRAY, 0, 0 };
	struct rlimit	 old, low;
	unsigned long	 pages;
	FILE		*f;
	size_t		 n;
	unsigned char	*b = make_png(&s, &n), *c;

	(void)state;
	/* after IHDR: a tEXt chunk header with a huge length, then the rest */
	c = malloc(n + 12);
	assert_non_null(c);
	memcpy(c, b, 33);
	memcpy(c + 33, "\x36\x00\x00\x14tEXtComm", 12);
	memcpy(c + 45, b + 33, n - 33);
	f = fopen("/proc/self/statm", "r");
	assert_non_null(f);
	assert_int_equal(fscanf(f, "%lu", &pages), 1);
	fclose(f);
	assert_int_equal(getrlimit(RLIMIT_AS, &old), 0);
	low = old;
	low.rlim_cur = (rlim_t)pages * (rlim_t)sysconf(_SC_PAGESIZE) +
	    ((rlim_t)256 << 20);
	if (old.rlim_cur != RLIM_INFINITY && old.rlim_cur < low.rlim_cur)
		low.rlim_cur = old.rlim_cur;
	assert_int_equal(setrlimit(RLIMIT_AS, &low), 0);
	expect(c, n + 12, "PNG berisi data tambahan yang tidak sah");
	assert_int_equal(setrlimit(RLIMIT_AS, &old), 0);
	free(c);
	free(b);
}

/* A header built by hand: only the IHDR chunk (with a right CRC). */
static size_t
png_header_only(unsigned char *b, unsigned long w, unsigned long h)
{
	static const unsigned char head[] = { 0x89, 'P', 'N', 'G', '\r',
		'\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
	unsigned char	*p = b + sizeof head;
	unsigned long	 crc;

	memcpy(b, head, sizeof head);
	for (int i = 0; i < 4; i++) {
		p[i] = (unsigned char)(w >> (24 - 8 * i));
		p[4 + i] = (unsigned char)(h >> (24 - 8 * i));
	}
	p[8] = 8;		/* bits */
	p[9] = 2;		/* RGB */
	p[10] = p[11] = p[12] = 0;
	/* the CRC is not what the limit looks at: any value */
	crc = 0;
	for (int i = 0; i < 4; i++)
		p[13 + i] = (unsigned char)(crc >> (24 - 8 * i));
	return sizeof head + 17;
}

static void
test_png_limits(void **state)
{
	unsigned char	b[64];
	size_t		n;

	(void)state;
	n = png_header_only(b, 65600, 65600);
	expect(b, n, "galat: gambar 'ttd.png' berukuran 65600 x 65600 piksel, "
	    "terlalu besar (batas 10000 piksel per sisi dan 40 juta piksel)");
	n = png_header_only(b, 10001, 1);
	expect(b, n, "10001 x 1 piksel, terlalu besar");
	n = png_header_only(b, 1, 10001);
	expect(b, n, "1 x 10001 piksel, terlalu besar");
	n = png_header_only(b, 10000, 4001);
	expect(b, n, "10000 x 4001 piksel, terlalu besar");
	/* 40 million pixels exactly pass the limit: then the CRC is wrong */
	n = png_header_only(b, 10000, 4000);
	expect(b, n, "berkas PNG rusak");
	/* 2^31 is no PNG width at all */
	n = png_header_only(b, 0x80000000UL, 1);
	expect(b, n, "berkas PNG rusak");
	n = png_header_only(b, 0, 1);
	expect(b, n, "berkas PNG rusak");
}

/* --- JPEG ------------------------------------------------------------ */

static void
test_jpeg_accepted(void **state)
{
	struct image_info	 info;
	unsigned char		*b[4];
	size_t			 n[4];

	(void)state;
	b[0] = make_jpeg(24, 16, 1, JCS_GRAYSCALE, JCS_GRAYSCALE, 0, 0, &n[0]);
	b[1] = make_jpeg(24, 16, 3, JCS_RGB, JCS_YCbCr, 0, 0, &n[1]);
	b[2] = make_jpeg(24, 16, 3, JCS_RGB, JCS_YCbCr, 1, 0, &n[2]);
	/* RGB stored as RGB, with the Adobe marker PDF readers follow */
	b[3] = make_jpeg(24, 16, 3, JCS_RGB, JCS_RGB, 0, 0, &n[3]);
	for (int i = 0; i < 4; i++) {
		assert_int_equal(image_check_mem(b[i], n[i], &at, "ttd.jpg",
		    &info), 0);
		assert_string_equal(captured(), "");
		assert_int_equal(info.kind, IMAGE_JPEG);
		assert_int_equal(info.w, 24);
		assert_int_equal(info.h, 16);
		free(b[i]);
	}
}

static void
test_jpeg_refused_kinds(void **state)
{
	unsigned char	*b;
	size_t		 n;
	unsigned char	*sof;

	(void)state;
	b = make_jpeg(16, 16, 4, JCS_CMYK, JCS_CMYK, 0, 0, &n);
	expect(b, n, "JPEG berwarna CMYK (untuk percetakan) tidak didukung; "
	    "simpan ulang sebagai JPEG RGB");
	free(b);
	b = make_jpeg(16, 16, 4, JCS_CMYK, JCS_YCCK, 0, 0, &n);
	expect(b, n, "JPEG berwarna CMYK");
	free(b);
	b = make_jpeg(16, 16, 3, JCS_RGB, JCS_YCbCr, 0, 1, &n);
	expect(b, n, "tidak dapat dibaca pustaka PDF (misalnya aritmetika");
	free(b);
	b = make_jpeg(16, 16, 3, JCS_RGB, JCS_YCbCr, 1, 1, &n);
	expect(b, n, "tidak dapat dibaca pustaka PDF");
	free(b);
	/* the frame's precision set to 12 bits */
	b = rgb_jpeg(&n);
	sof = memmem(b, n, "\xFF\xC0", 2);
	assert_non_null(sof);
	sof[4] = 12;
	expect(b, n, "JPEG 12 bit tidak didukung");
	free(b);
}

/* Fill bytes before a marker are valid JPEG, but libharu loses its way. */
static void
test_jpeg_libharu_walk(void **state)
{
	unsigned char	*b, *c;
	size_t		 n;

	(void)state;
	b = rgb_jpeg(&n);
	c = malloc(n + 2);
	assert_non_null(c);
	memcpy(c, b, 2);
	c[2] = c[3] = 0xFF;
	memcpy(c + 4, b + 2, n - 2);
	expect(c, n + 2, "tidak dapat dibaca pustaka PDF");
	free(c);
	free(b);
}

static void
test_jpeg_every_cut(void **state)
{
	struct image_info	 info;
	size_t			 n;
	unsigned char		*b = make_jpeg(40, 24, 3, JCS_RGB, JCS_YCbCr, 1,
				    0, &n);

	(void)state;
	for (size_t len = 1; len < n; len++) {
		const char	*got;

		assert_int_equal(image_check_mem(b, len, &at, "ttd.jpg", &info),
		    -1);
		got = captured();
		if (strstr(got, "JPEG") == NULL &&
		    strstr(got, "bukan gambar") == NULL)
			fail_msg("cut at %zu: %s", len, got);
	}
	free(b);
}

/* Damage in the scan data: a warning for libjpeg, an error here. */
static void
test_jpeg_damaged(void **state)
{
	unsigned char	*b, *sos;
	size_t		 n;

	(void)state;
	b = rgb_jpeg(&n);
	sos = memmem(b, n, "\xFF\xDA", 2);
	assert_non_null(sos);
	assert_true(sos + 20 < b + n - 2);
	memcpy(sos + 16, "\xFF\xD5\x00\x00", 4);
	expect(b, n, "berkas JPEG rusak; buka dan simpan ulang");
	free(b);
}

static void
test_jpeg_limits(void **state)
{
	unsigned char	*b, *sof;
	size_t		 n;

	(void)state;
	b = rgb_jpeg(&n);
	sof = memmem(b, n, "\xFF\xC0", 2);
	assert_non_null(sof);
	/* 30000 high is past the side limit, 10001 x 4000 past both */
	sof[5] = 30000 >> 8;
	sof[6] = 30000 & 0xFF;
	expect(b, n, "24 x 30000 piksel, terlalu besar");
	sof[5] = 4000 >> 8;
	sof[6] = 4000 & 0xFF;
	sof[7] = 10001 >> 8;
	sof[8] = 10001 & 0xFF;
	expect(b, n, "10001 x 4000 piksel, terlalu besar");
	free(b);
}

/* --- other files ----------------------------------------------------- */

static void
test_not_images(void **state)
{
	static const struct {
		const char	*bytes;
		size_t		 n;
		const char	*msg;
	} t[] = {
		{ "", 0, "berkas kosong (0 byte)" },
		{ "ini teks\n", 9, "bukan gambar PNG atau JPEG; simpan "
		  "gambarnya sebagai PNG atau JPEG" },
		{ "\x89PNG", 4, "berkas PNG terpotong" },
		{ "\xFF", 1, "bukan gambar PNG atau JPEG" },
		{ "GIF89a\x01\x00\x01\x00", 10, "berformat GIF, bukan PNG" },
		{ "%PDF-1.7\n", 9, "berformat PDF, bukan PNG" },
		{ "\0\0\0\x18" "ftypheic\0\0\0\0", 16, "berformat HEIC/HEIF" },
		{ "\0\0\0\x1c" "ftypavif\0\0\0\0", 16, "berformat AVIF" },
		{ "RIFF\x10\0\0\0WEBPVP8 ", 16, "berformat WebP" },
		{ "II*\0\x08\0\0\0", 8, "berformat TIFF" },
		{ "BM\x3a\0\0\0\0\0\0\0\x36\0\0\0", 14, "berformat BMP" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof t / sizeof *t; i++)
		expect((const unsigned char *)t[i].bytes, t[i].n, t[i].msg);
}

static void
test_english(void **state)
{
	unsigned char	*b;
	size_t		 n;

	(void)state;
	diag_setup(cf, LANG_EN);
	b = make_jpeg(16, 16, 4, JCS_CMYK, JCS_CMYK, 0, 0, &n);
	expect(b, n, "bab-1.yaml:8:15: error: image 'ttd.png' cannot be used: "
	    "CMYK JPEG (for print shops) is not supported; save it again as "
	    "RGB JPEG\n");
	free(b);
	expect((const unsigned char *)"%PDF-", 5,
	    "image 'ttd.png' is a PDF file, not PNG or JPEG; save it again as "
	    "PNG or JPEG\n");
	diag_setup(cf, LANG_ID);
}

/* --- files ------------------------------------------------------------ */

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_png_accepted),
		cmocka_unit_test(test_png_refused_kinds),
		cmocka_unit_test(test_png_every_cut),
		cmocka_unit_test(test_png_every_byte_flipped),
		cmocka_unit_test(test_png_chunk_longer_than_file),
		cmocka_unit_test(test_png_limits),
		cmocka_unit_test(test_jpeg_accepted),
		cmocka_unit_test(test_jpeg_refused_kinds),
		cmocka_unit_test(test_jpeg_libharu_walk),
		cmocka_unit_test(test_jpeg_every_cut),
		cmocka_unit_test(test_jpeg_damaged),
		cmocka_unit_test(test_jpeg_limits),
		cmocka_unit_test(test_not_images),
		cmocka_unit_test(test_english),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
