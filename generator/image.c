/*
 * The image check.  What libharu 2.3.0 (Debian 12) does with images, as
 * measured by embedding each kind and rendering the PDF with poppler:
 *
 *  - PNG: its libpng error handler returns instead of jumping, so libpng
 *    aborts the process on any damaged PNG; its handler also serves as
 *    the warning handler, so any libpng warning (a bad CRC in an
 *    ancillary chunk, a doubtful colour profile, an interlaced image
 *    read at once) makes the load fail.  16-bit PNGs come out garbled
 *    (the data is stripped to 8 bits, BitsPerComponent stays 16), a
 *    palette PNG of 1, 2 or 4 bits with transparency is garbled and read
 *    past its rows, an RGB PNG with a transparent colour (tRNS) crashes
 *    it, and a grey one prints the transparent colour opaque.  8-bit
 *    grey, grey+alpha, RGB, RGBA, palette (with or without tRNS) and
 *    1/2/4-bit grey or palette without tRNS come out right.
 *  - JPEG: the bytes are copied as they are; libharu only walks the
 *    marker segments to the first SOF0/1/2/9 itself (no fill bytes, no
 *    other frame types), so a file it walks differently is embedded
 *    with a wrong size.  A 4-component JPEG is always marked as inverted
 *    CMYK, which prints plain CMYK as a negative.  12-bit and
 *    arithmetic-coded JPEGs are not what the PDF's DCTDecode filter
 *    promises every reader.
 *
 * So an image is accepted only when libpng or libjpeg decodes every row
 * without an error or a warning and libharu would embed it right; the
 * sizes are checked from the header before anything is allocated.
 */
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jpeglib.h>
#include <jerror.h>
#include <png.h>

#include "diag.h"
#include "image.h"
#include "mem.h"

/* Why an image is refused: the user's words, what to do included. */
enum reason {
	R_NONE,
	R_EMPTY,
	R_NOT_REGULAR,
	R_NOT_IMAGE,
	R_PNG_TRUNC,
	R_PNG_DAMAGED,
	R_PNG_EXTRA,
	R_PNG_16BIT,
	R_PNG_INTERLACE,
	R_PNG_KEY_COLOUR,
	R_PNG_PALETTE_TRNS,
	R_JPEG_TRUNC,
	R_JPEG_DAMAGED,
	R_JPEG_CMYK,
	R_JPEG_COLOUR,
	R_JPEG_12BIT,
	R_JPEG_KIND
};

static const char *const reasons[][2] = {
	[R_NONE] = { "", "" },
	[R_EMPTY] = { "berkas kosong (0 byte); salin ulang gambarnya",
	    "the file is empty (0 bytes); copy the image again" },
	[R_NOT_REGULAR] = { "itu folder atau berkas khusus, bukan berkas "
	    "gambar; tulis nama berkas gambarnya",
	    "it is a folder or a special file, not an image file; give the "
	    "image file's name" },
	[R_NOT_IMAGE] = { "bukan gambar PNG atau JPEG; simpan gambarnya "
	    "sebagai PNG atau JPEG",
	    "not a PNG or JPEG image; save the picture as PNG or JPEG" },
	[R_PNG_TRUNC] = { "berkas PNG terpotong (tidak lengkap); salin ulang "
	    "berkas aslinya",
	    "the PNG file is cut short (incomplete); copy the original again" },
	[R_PNG_DAMAGED] = { "berkas PNG rusak; buka dan simpan ulang dengan "
	    "program pengolah gambar, atau pindai ulang",
	    "the PNG file is damaged; open and save it again in an image "
	    "editor, or scan it again" },
	[R_PNG_EXTRA] = { "PNG berisi data tambahan yang tidak sah (misalnya "
	    "profil warna) sehingga ditolak pustaka PDF; buka dan simpan ulang "
	    "sebagai PNG dengan program pengolah gambar",
	    "the PNG holds invalid extra data (a colour profile, for instance) "
	    "that the PDF library refuses; open it and save it again as PNG "
	    "in an image editor" },
	[R_PNG_16BIT] = { "PNG 16 bit per warna tidak didukung; simpan ulang "
	    "sebagai PNG 8-bit",
	    "16-bit PNG is not supported; save it again as 8-bit PNG" },
	[R_PNG_INTERLACE] = { "PNG dengan interlace tidak didukung; simpan "
	    "ulang sebagai PNG 8-bit tanpa interlace",
	    "interlaced PNG is not supported; save it again as 8-bit PNG "
	    "without interlacing" },
	[R_PNG_KEY_COLOUR] = { "PNG dengan satu warna transparan (tRNS) tidak "
	    "didukung; simpan ulang sebagai PNG RGBA 8-bit (dengan saluran "
	    "alfa) atau tanpa transparansi",
	    "PNG with one transparent colour (tRNS) is not supported; save it "
	    "again as 8-bit RGBA PNG (with an alpha channel) or without "
	    "transparency" },
	[R_PNG_PALETTE_TRNS] = { "PNG berpalet kurang dari 8 bit dengan "
	    "transparansi tidak didukung; simpan ulang sebagai PNG 8-bit",
	    "a palette PNG of fewer than 8 bits with transparency is not "
	    "supported; save it again as 8-bit PNG" },
	[R_JPEG_TRUNC] = { "berkas JPEG terpotong (tidak lengkap); salin ulang "
	    "berkas aslinya",
	    "the JPEG file is cut short (incomplete); copy the original "
	    "again" },
	[R_JPEG_DAMAGED] = { "berkas JPEG rusak; buka dan simpan ulang dengan "
	    "program pengolah gambar, atau pindai ulang",
	    "the JPEG file is damaged; open and save it again in an image "
	    "editor, or scan it again" },
	[R_JPEG_CMYK] = { "JPEG berwarna CMYK (untuk percetakan) tidak "
	    "didukung; simpan ulang sebagai JPEG RGB",
	    "CMYK JPEG (for print shops) is not supported; save it again as "
	    "RGB JPEG" },
	[R_JPEG_COLOUR] = { "susunan warna JPEG ini tidak didukung; simpan "
	    "ulang sebagai JPEG RGB atau abu-abu",
	    "the colour layout of this JPEG is not supported; save it again "
	    "as RGB or greyscale JPEG" },
	[R_JPEG_12BIT] = { "JPEG 12 bit tidak didukung; simpan ulang sebagai "
	    "JPEG 8-bit biasa",
	    "12-bit JPEG is not supported; save it again as ordinary 8-bit "
	    "JPEG" },
	[R_JPEG_KIND] = { "JPEG ini ditulis dengan cara yang tidak dapat "
	    "dibaca pustaka PDF (misalnya aritmetika atau lossless); simpan "
	    "ulang sebagai JPEG biasa (baseline)",
	    "this JPEG is written in a way the PDF library cannot read "
	    "(arithmetic or lossless coding, for instance); save it again as "
	    "ordinary (baseline) JPEG" },
};

static int
refuse(const struct pos *at, const char *name, enum reason r)
{
	diag(at, MSG_IMAGE, name, tr(reasons[r][0], reasons[r][1]));
	return -1;
}

static unsigned
be16(const unsigned char *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

static unsigned long
be32(const unsigned char *p)
{
	return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 |
	    (unsigned long)p[2] << 8 | p[3];
}

/* The libraries' own allocations fail as mem.h's do. */
static void
out_of_memory(void)
{
	fputs("lakin: kehabisan memori\n", stderr);
	abort();
}

/* The limits of image.h; reported with the image's own size. */
static int
size_ok(const struct pos *at, const char *name, unsigned long w,
    unsigned long h)
{
	if (w <= IMAGE_MAX_SIDE && h <= IMAGE_MAX_SIDE &&
	    (unsigned long long)w * h <= IMAGE_MAX_MPIXELS * 1000000ULL)
		return 1;
	diag(at, MSG_IMAGE_PIXELS, name, w, h, IMAGE_MAX_SIDE,
	    IMAGE_MAX_MPIXELS);
	return 0;
}

/* --- PNG -------------------------------------------------------------- */

static const unsigned char png_sig[8] = { 0x89, 'P', 'N', 'G', '\r', '\n',
	0x1A, '\n' };

/* Ancillary chunks kept and the largest one, decompressed. */
#define PNG_MAX_TEXT_CHUNKS	16
#define PNG_MAX_CHUNK_BYTES	(4u * 1024 * 1024)

struct pngsrc {
	const unsigned char	*buf;
	size_t			 len, off;
	enum reason		 why;		/* of the first error */
	int			 warned;
	png_bytep		 row;		/* freed after a longjmp too */
};

static void
png_on_read(png_structp png, png_bytep out, size_t n)
{
	struct pngsrc	*s = png_get_io_ptr(png);

	if (n > s->len - s->off) {
		s->why = R_PNG_TRUNC;
		png_error(png, "truncated");
	}
	memcpy(out, s->buf + s->off, n);
	s->off += n;
}

/*
 * "iCCP: known incorrect sRGB profile": libpng names the ancillary chunk
 * (lowercase first letter) it refuses.  Saving the picture again fixes
 * that; a wrong CRC is damage.  Only the wording depends on this.
 */
static int
extra_chunk(const char *msg)
{
	if (strlen(msg) < 6 || msg[0] < 'a' || msg[0] > 'z' || msg[4] != ':' ||
	    msg[5] != ' ')
		return 0;
	for (int i = 1; i < 4; i++)
		if (!(msg[i] >= 'a' && msg[i] <= 'z') &&
		    !(msg[i] >= 'A' && msg[i] <= 'Z'))
			return 0;
	return strstr(msg, "CRC") == NULL;
}

static void
png_on_error(png_structp png, png_const_charp msg)
{
	struct pngsrc	*s = png_get_error_ptr(png);

	if (s->why == R_NONE)
		s->why = extra_chunk(msg) ? R_PNG_EXTRA : R_PNG_DAMAGED;
	png_longjmp(png, 1);
}

static png_voidp
png_on_malloc(png_structp png, png_alloc_size_t n)
{
	(void)png;
	return xmalloc(n);
}

static void
png_on_free(png_structp png, png_voidp p)
{
	(void)png;
	free(p);
}

/*
 * libharu fails on any warning (see the top): note it and decode on, the
 * warnings left (benign errors stop, see png_decode) are about chunks
 * libpng has read and judged.
 */
static void
png_on_warning(png_structp png, png_const_charp msg)
{
	struct pngsrc	*s = png_get_error_ptr(png);

	(void)msg;
	s->warned = 1;
}

/*
 * The header as libpng will read it: the first chunk is IHDR.  Refuses
 * what is known from it alone (before libpng allocates anything).
 */
static int
png_header(const unsigned char *b, size_t len, const struct pos *at,
    const char *name, struct image_info *info)
{
	unsigned long	w, h;

	if (len < 33)
		return refuse(at, name, R_PNG_TRUNC);
	if (be32(b + 8) != 13 || memcmp(b + 12, "IHDR", 4) != 0)
		return refuse(at, name, R_PNG_DAMAGED);
	w = be32(b + 16);
	h = be32(b + 20);
	if (w == 0 || h == 0 || w > 0x7FFFFFFFUL || h > 0x7FFFFFFFUL)
		return refuse(at, name, R_PNG_DAMAGED);
	if (!size_ok(at, name, w, h))
		return -1;
	if (b[24] == 16)
		return refuse(at, name, R_PNG_16BIT);
	if (b[28] == 1)
		return refuse(at, name, R_PNG_INTERLACE);
	info->kind = IMAGE_PNG;
	info->w = (int)w;
	info->h = (int)h;
	return 0;
}

/* Everything libharu reads, and the rest of the file, as libharu does. */
static enum reason
png_decode(struct pngsrc *s, png_structp png, png_infop pi)
{
	png_uint_32	w, h;
	int		depth, ctype;

	png_set_crc_action(png, PNG_CRC_ERROR_QUIT, PNG_CRC_ERROR_QUIT);
	/*
	 * libpng goes on after a "benign" error, even after a chunk longer
	 * than any limit (it then allocates the length the chunk claims, up
	 * to 2 GB for a 100-byte file): stop at it instead.
	 */
	png_set_benign_errors(png, 0);
	png_set_user_limits(png, IMAGE_MAX_SIDE, IMAGE_MAX_SIDE);
	/*
	 * libharu decompresses every text chunk (up to 1000 of 8 MB each):
	 * fewer and smaller here, and going past them is a warning, so a
	 * file that would make libharu inflate gigabytes is refused.
	 */
	png_set_chunk_cache_max(png, PNG_MAX_TEXT_CHUNKS);
	png_set_chunk_malloc_max(png, PNG_MAX_CHUNK_BYTES);
	png_set_read_fn(png, s, png_on_read);
	png_read_info(png, pi);
	png_get_IHDR(png, pi, &w, &h, &depth, &ctype, NULL, NULL, NULL);
	if (png_get_valid(png, pi, PNG_INFO_tRNS)) {
		if (ctype == PNG_COLOR_TYPE_GRAY || ctype == PNG_COLOR_TYPE_RGB)
			return R_PNG_KEY_COLOUR;
		if (ctype == PNG_COLOR_TYPE_PALETTE && depth < 8)
			return R_PNG_PALETTE_TRNS;
	}
	png_read_update_info(png, pi);
	s->row = xmalloc(png_get_rowbytes(png, pi));
	for (png_uint_32 y = 0; y < h; y++)
		png_read_row(png, s->row, NULL);
	png_read_end(png, NULL);
	return s->warned ? R_PNG_EXTRA : R_NONE;
}

static int
png_check(const unsigned char *buf, size_t len, const struct pos *at,
    const char *name, struct image_info *info)
{
	struct pngsrc	 s = { buf, len, 0, R_NONE, 0, NULL };
	png_structp	 png;
	png_infop	 pi = NULL;
	enum reason	 why;

	if (png_header(buf, len, at, name, info) != 0)
		return -1;
	/* libpng allocates through xmalloc: out of memory aborts, as
	 * everywhere (mem.h), so the info struct cannot fail either */
	png = png_create_read_struct_2(PNG_LIBPNG_VER_STRING, &s,
	    png_on_error, png_on_warning, NULL, png_on_malloc, png_on_free);
	if (png == NULL)
		out_of_memory();
	pi = png_create_info_struct(png);
	if (setjmp(png_jmpbuf(png)) == 0)
		why = png_decode(&s, png, pi);
	else
		why = s.why;
	png_destroy_read_struct(&png, &pi, NULL);
	free(s.row);
	return why == R_NONE ? 0 : refuse(at, name, why);
}

/* --- JPEG ------------------------------------------------------------- */

/* More scans than any encoder writes: a decoding-time bomb otherwise. */
#define JPEG_MAX_SCANS	100

struct jpegsrc {
	struct jpeg_error_mgr	 err;		/* first: libjpeg casts */
	struct jpeg_progress_mgr progress;
	jmp_buf			 jb;
	enum reason		 why;
	JSAMPLE			*row;		/* freed after a longjmp too */
};

static void
jpeg_on_error(j_common_ptr c)
{
	struct jpegsrc	*s = (struct jpegsrc *)c->err;

	switch (s->err.msg_code) {
	case JERR_BAD_PRECISION:
		s->why = R_JPEG_12BIT;
		break;
	case JERR_SOF_UNSUPPORTED:
	case JERR_NOT_COMPILED:
		s->why = R_JPEG_KIND;
		break;
	case JERR_INPUT_EOF:
		s->why = R_JPEG_TRUNC;
		break;
	case JERR_OUT_OF_MEMORY:
		out_of_memory();
		break;
	default:
		if (s->why == R_NONE)
			s->why = R_JPEG_DAMAGED;
		break;
	}
	longjmp(s->jb, 1);
}

/*
 * A warning is damage libjpeg papers over (grey rows, a fake end of
 * file): refuse it at once.  Trace messages are dropped.
 */
static void
jpeg_on_message(j_common_ptr c, int level)
{
	struct jpegsrc	*s = (struct jpegsrc *)c->err;

	if (level >= 0)
		return;
	s->why = s->err.msg_code == JWRN_JPEG_EOF ? R_JPEG_TRUNC :
	    R_JPEG_DAMAGED;
	longjmp(s->jb, 1);
}

static void
jpeg_on_progress(j_common_ptr c)
{
	j_decompress_ptr	 d = (j_decompress_ptr)c;
	struct jpegsrc		*s = (struct jpegsrc *)c->err;

	if (d->input_scan_number > JPEG_MAX_SCANS) {
		s->why = R_JPEG_DAMAGED;
		longjmp(s->jb, 1);
	}
}

/*
 * The frame header as libharu's LoadJpegHeader finds it: from SOI it
 * jumps from marker to marker by the segments' lengths and takes the
 * first SOF0, SOF1, SOF2 or SOF9; anything else where a marker should
 * be makes it fail.  Returns 0 with the frame's precision, size and
 * number of components, or -1 where libharu would fail.
 */
static int
haru_sof(const unsigned char *b, size_t len, unsigned *prec, unsigned *w,
    unsigned *h, unsigned *ncomp)
{
	size_t	off = 2;

	for (;;) {
		unsigned	tag, size;

		if (len - off < 4)
			return -1;
		tag = be16(b + off);
		size = be16(b + off + 2);
		if (tag == 0xFFC0 || tag == 0xFFC1 || tag == 0xFFC2 ||
		    tag == 0xFFC9) {
			if (len - off < 10)
				return -1;
			*prec = b[off + 4];
			*h = be16(b + off + 5);
			*w = be16(b + off + 7);
			*ncomp = b[off + 9];
			return 0;
		}
		if ((tag & 0xFF00) != 0xFF00 || size < 2 ||
		    size > len - off - 2)
			return -1;
		off += 2 + size;
	}
}

/* What libharu would embed right, known from the header alone. */
static enum reason
jpeg_header(const struct jpeg_decompress_struct *d, const unsigned char *buf,
    size_t len)
{
	unsigned	prec, w, h, ncomp;

	if (d->arith_code)
		return R_JPEG_KIND;
	if (d->num_components == 4)
		return R_JPEG_CMYK;
	/* three components are YCbCr for PDF readers unless an Adobe
	 * marker says otherwise */
	if (!(d->num_components == 1 && d->jpeg_color_space == JCS_GRAYSCALE) &&
	    !(d->num_components == 3 && (d->jpeg_color_space == JCS_YCbCr ||
	    (d->jpeg_color_space == JCS_RGB && d->saw_Adobe_marker))))
		return R_JPEG_COLOUR;
	if (haru_sof(buf, len, &prec, &w, &h, &ncomp) != 0 || prec != 8 ||
	    w != d->image_width || h != d->image_height ||
	    ncomp != (unsigned)d->num_components)
		return R_JPEG_KIND;
	return R_NONE;
}

/* Decodes every scanline; -1 after reporting, with s->why set on a jump. */
static int
jpeg_decode(struct jpegsrc *s, struct jpeg_decompress_struct *d,
    const unsigned char *buf, size_t len, const struct pos *at,
    const char *name, struct image_info *info)
{
	jpeg_mem_src(d, buf, (unsigned long)len);
	(void)jpeg_read_header(d, TRUE);
	if (!size_ok(at, name, d->image_width, d->image_height))
		return -1;
	if ((s->why = jpeg_header(d, buf, len)) != R_NONE)
		return refuse(at, name, s->why);
	d->progress = &s->progress;
	jpeg_start_decompress(d);
	s->row = xmalloc((size_t)d->output_width * d->output_components);
	while (d->output_scanline < d->output_height)
		(void)jpeg_read_scanlines(d, &s->row, 1);
	(void)jpeg_finish_decompress(d);
	info->kind = IMAGE_JPEG;
	info->w = (int)d->image_width;
	info->h = (int)d->image_height;
	return 0;
}

static int
jpeg_check(const unsigned char *buf, size_t len, const struct pos *at,
    const char *name, struct image_info *info)
{
	struct jpegsrc			s;
	struct jpeg_decompress_struct	d;
	int				rc;

	memset(&s, 0, sizeof s);
	d.err = jpeg_std_error(&s.err);
	s.err.error_exit = jpeg_on_error;
	s.err.emit_message = jpeg_on_message;
	s.progress.progress_monitor = jpeg_on_progress;
	if (setjmp(s.jb) == 0) {
		jpeg_create_decompress(&d);
		rc = jpeg_decode(&s, &d, buf, len, at, name, info);
	} else
		rc = refuse(at, name, s.why);
	jpeg_destroy_decompress(&d);
	free(s.row);
	return rc;
}

/* --- any image ------------------------------------------------------- */

/* Formats people save pictures in, to name the one a file really has. */
static const char *
other_format(const unsigned char *b, size_t len)
{
	if (len >= 6 && memcmp(b, "GIF8", 4) == 0)
		return "GIF";
	if (len >= 14 && b[0] == 'B' && b[1] == 'M' &&
	    memcmp(b + 6, "\0\0\0\0", 4) == 0)
		return "BMP";
	if (len >= 4 && (memcmp(b, "II*\0", 4) == 0 ||
	    memcmp(b, "MM\0*", 4) == 0))
		return "TIFF";
	if (len >= 12 && memcmp(b, "RIFF", 4) == 0 &&
	    memcmp(b + 8, "WEBP", 4) == 0)
		return "WebP";
	if (len >= 12 && memcmp(b + 4, "ftyp", 4) == 0)
		return memcmp(b + 8, "avif", 4) == 0 ? "AVIF" : "HEIC/HEIF";
	if (len >= 5 && memcmp(b, "%PDF-", 5) == 0)
		return "PDF";
	return NULL;
}

int
image_check_mem(const unsigned char *buf, size_t len, const struct pos *at,
    const char *name, struct image_info *info)
{
	const char	*fmt;

	if (len == 0)
		return refuse(at, name, R_EMPTY);
	if (memcmp(buf, png_sig, len < 8 ? len : 8) == 0)
		return len < 8 ? refuse(at, name, R_PNG_TRUNC) :
		    png_check(buf, len, at, name, info);
	if (len >= 2 && buf[0] == 0xFF && buf[1] == 0xD8)
		return jpeg_check(buf, len, at, name, info);
	if ((fmt = other_format(buf, len)) != NULL) {
		diag(at, MSG_IMAGE_FORMAT, name, fmt);
		return -1;
	}
	return refuse(at, name, R_NOT_IMAGE);
}
