/*
 * The PDF backend.  Everything libharu-specific lives here; see
 * /work/shared/notes/libharu-2.3.0.md for the facts this relies on.
 *
 *  - Errors: libharu's error handler only records the first error (no
 *    longjmp); every call's result is checked and the first failure stops
 *    the render.  One diagnostic is reported per failed render.
 *  - The whole document is built first; only then is it serialised,
 *    straight into a temporary file renamed over the target when complete
 *    (outfile.h), whole or not at all.  libharu's own file writer would
 *    ignore a failed final fclose, so the bytes go through a buffered
 *    callback stream of ours whose every write is checked.
 *  - libharu 2.3.0 writes a copy of its CID CMap (begincidrange) as the
 *    ToUnicode CMap of UTF-8 TrueType fonts, which poppler rejects.  We
 *    build one correct ToUnicode CMap (code = CID = Unicode, bfrange) and
 *    make it the ToUnicode of every font used; see fix_tounicode().
 *  - Images: libharu's PNG loader lets libpng abort the process on a
 *    damaged file, so every image is checked again here by image.c
 *    (decoded completely) and libharu is given exactly the checked
 *    bytes, from memory.
 *  - Page labels are built as label dictionaries with a UTF-8 aware
 *    prefix string, which also gives prefix-only labels (no /S).
 *  - The output is PDF/A-1b; what that takes beyond libharu's own
 *    output is in pdf_pdfa.c (the other file of the backend).
 */
#include <assert.h>
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

#include <hpdf.h>
#include <hpdf_catalog.h>
#include <hpdf_pages.h>	/* the page's content stream and state: put_op() */
#include <hpdf_utils.h>	/* HPDF_FToA, HPDF_StrCpy */

#include "diag.h"
#include "doc.h"
#include "image.h"
#include "mem.h"
#include "outfile.h"
#include "pagelist.h"
#include "pdf_pdfa.h"
#include "pdf_stream.h"
#include "pdf_render.h"
#include "timing.h"

struct pdfctx {
	HPDF_STATUS	 error_no;	/* first error seen, 0 = none */
	HPDF_STATUS	 detail_no;
	const char	*font_path;	/* font being loaded when it failed */
	const char	*image_path;	/* image being loaded when it failed */
	int		 reported;	/* the failure has been reported */
	int		 consume;	/* free each page's items once drawn */
};

/* Records the first error only; libharu's calls then return failure. */
static void
on_error(HPDF_STATUS error_no, HPDF_STATUS detail_no, void *ud)
{
	struct pdfctx	*c = ud;

	if (c->error_no == HPDF_OK) {
		c->error_no = error_no;
		c->detail_no = detail_no;
	}
}

/* Checks a status: 0 if HPDF_OK, else records it (if first) and -1. */
static int
check(struct pdfctx *c, HPDF_STATUS st)
{
	if (st == HPDF_OK)
		return 0;
	if (c->error_no == HPDF_OK) {
		c->error_no = st;
		c->detail_no = 0;
	}
	return -1;
}

/* For calls that returned NULL: make sure some error is recorded. */
static int
failed(struct pdfctx *c, HPDF_Doc pdf)
{
	if (c->error_no == HPDF_OK) {
		c->error_no = HPDF_GetError(pdf);
		c->detail_no = HPDF_GetErrorDetail(pdf);
		if (c->error_no == HPDF_OK)
			c->error_no = HPDF_INVALID_OPERATION;
	}
	return -1;
}

static const char *
file_name(const char *path)
{
	const char	*slash = strrchr(path, '/');

	return slash != NULL ? slash + 1 : path;
}

/*
 * What to do when libharu fails on an image that passed image.c's check:
 * only memory, or a libharu fault the check does not know yet.
 */
static const char *
image_advice(HPDF_STATUS e)
{
	switch (e) {
	case HPDF_FAILD_TO_ALLOC_MEM:
		return tr("memori tidak cukup; perkecil resolusi gambarnya",
		    "not enough memory; reduce the image's resolution");
	case HPDF_LIBPNG_ERROR:
	case HPDF_INVALID_PNG_IMAGE:
		return tr("PNG ini ditolak pustaka PDF; simpan ulang sebagai "
		    "PNG 8-bit tanpa interlace atau sebagai JPEG",
		    "the PDF library refuses this PNG; save it again as 8-bit "
		    "PNG without interlacing, or as JPEG");
	case HPDF_INVALID_JPEG_DATA:
	case HPDF_UNSUPPORTED_JPEG_FORMAT:
		return tr("JPEG ini ditolak pustaka PDF; simpan ulang sebagai "
		    "JPEG RGB biasa (baseline) atau sebagai PNG",
		    "the PDF library refuses this JPEG; save it again as "
		    "ordinary (baseline) RGB JPEG, or as PNG");
	default:
		return tr("simpan ulang gambarnya sebagai PNG 8-bit atau JPEG "
		    "RGB biasa", "save the image again as 8-bit PNG or "
		    "ordinary RGB JPEG");
	}
}

static void
report(const struct pdfctx *c)
{
	if (c->reported)
		return;
	if (c->image_path != NULL) {
		struct pos	at = { c->image_path, 0, 0 };

		diag(&at, MSG_IMAGE_PDF, file_name(c->image_path),
		    (unsigned long)c->error_no, image_advice(c->error_no));
	} else if (c->font_path != NULL && c->error_no == HPDF_FILE_OPEN_ERROR)
		/* libharu gives fopen's errno as the detail */
		diag(NULL, MSG_FONT_FILE, c->font_path,
		    errno_text((int)c->detail_no));
	else if (c->font_path != NULL &&
	    c->error_no != HPDF_FAILD_TO_ALLOC_MEM)
		diag(NULL, MSG_FONT_BAD, c->font_path);
	else
		diag(NULL, MSG_PDF, (unsigned long)c->error_no,
		    (unsigned long)c->detail_no);
}

/* --- fonts ------------------------------------------------------------ */

/*
 * A ToUnicode CMap for Identity-H fonts whose CIDs are Unicode code
 * points (libharu's UTF-8 encoder): every 2-byte code maps to the same
 * BMP code point.  One bfrange per high byte (a range must not cross a
 * high-byte boundary), at most 100 ranges per beginbfrange block; the
 * surrogate block D800-DFFF is left out (a lone surrogate is no text).
 */
static HPDF_Dict
tounicode_new(HPDF_Doc pdf, struct pdfctx *c)
{
	static const char head[] =
	    "/CIDInit /ProcSet findresource begin\n"
	    "12 dict begin\n"
	    "begincmap\n"
	    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) "
	    "/Supplement 0 >> def\n"
	    "/CMapName /Adobe-Identity-UCS def\n"
	    "/CMapType 2 def\n"
	    "1 begincodespacerange\n"
	    "<0000> <FFFF>\n"
	    "endcodespacerange\n";
	static const char tail[] =
	    "endcmap\n"
	    "CMapName currentdict /CMap defineresource pop\n"
	    "end\n"
	    "end\n";
	unsigned	 hi[256];
	size_t		 nhi = 0, cap, len;
	char		*buf;
	HPDF_Dict	 cm;
	HPDF_STATUS	 st;

	for (unsigned h = 0; h < 256; h++)
		if (h < 0xD8 || h > 0xDF)
			hi[nhi++] = h;

	cap = sizeof head + sizeof tail + nhi * 24 + (nhi / 100 + 1) * 40;
	buf = xmalloc(cap);
	len = (size_t)snprintf(buf, cap, "%s", head);
	for (size_t i = 0; i < nhi; i += 100) {
		size_t	n = nhi - i < 100 ? nhi - i : 100;

		len += (size_t)snprintf(buf + len, cap - len,
		    "%zu beginbfrange\n", n);
		for (size_t j = i; j < i + n; j++)
			len += (size_t)snprintf(buf + len, cap - len,
			    "<%02X00> <%02XFF> <%02X00>\n",
			    hi[j], hi[j], hi[j]);
		len += (size_t)snprintf(buf + len, cap - len,
		    "endbfrange\n");
	}
	len += (size_t)snprintf(buf + len, cap - len, "%s", tail);
	assert(len < cap);

	cm = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
	if (cm == NULL) {
		free(buf);
		failed(c, pdf);
		return NULL;
	}
	cm->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
	st = HPDF_Stream_Write(cm->stream, (const HPDF_BYTE *)buf,
	    (HPDF_UINT)len);
	free(buf);
	if (check(c, st) != 0)
		return NULL;
	return cm;
}

/*
 * Replaces libharu's broken ToUnicode of a Type0 font.  The HPDF_Font
 * handle is the Type0 font dictionary itself, which is where ToUnicode
 * belongs, so HPDF_Dict_Add() replaces the entry (freeing only the old
 * reference).  libharu's own CMap stream (attr->cmap_stream) stays in the
 * cross-reference table and would still be written, unreferenced, with
 * its full content: it is emptied and stripped to a bare stream.
 * attr->cmap_stream is pointed at the new stream, because libharu's
 * before-write hook copies the font's filter onto it (and a Flate filter
 * on an empty stream would be invalid).
 */
static int
fix_tounicode(struct pdfctx *c, HPDF_Font font, HPDF_Dict tounicode)
{
	static const char *const keys[] = {
		"Type", "CMapName", "CIDSystemInfo", "WMode",
	};
	HPDF_FontAttr	 attr = font->attr;
	HPDF_Dict	 old = attr != NULL ? attr->cmap_stream : NULL;

	if (check(c, HPDF_Dict_Add(font, "ToUnicode", tounicode)) != 0)
		return -1;
	if (old == NULL || old == tounicode)
		return 0;
	attr->cmap_stream = tounicode;
	HPDF_MemStream_FreeData(old->stream);
	old->filter = HPDF_STREAM_FILTER_NONE;
	/* Raises no error; a missing key just returns NOT_FOUND. */
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		(void)HPDF_Dict_RemoveElement(old, keys[i]);
	return 0;
}

static int
load_fonts(HPDF_Doc pdf, struct pdfctx *c, const struct pagelist *pl,
    const int used[FACE__MAX], HPDF_Font font[FACE__MAX])
{
	const char	*name[FACE__MAX] = { NULL };
	HPDF_Dict	 tounicode = NULL;

	for (int f = 0; f < FACE__MAX; f++) {
		font[f] = NULL;
		if (pl->fonts[f] == NULL)
			continue;
		/* The same file for two faces is loaded once. */
		for (int g = 0; g < f; g++)
			if (name[g] != NULL &&
			    strcmp(pl->fonts[g], pl->fonts[f]) == 0)
				name[f] = name[g];
		if (name[f] != NULL)
			continue;
		c->font_path = pl->font_names[f] != NULL ? pl->font_names[f] :
		    pl->fonts[f];
		name[f] = HPDF_LoadTTFontFromFile(pdf, pl->fonts[f], HPDF_TRUE);
		if (name[f] == NULL)
			return failed(c, pdf);
		c->font_path = NULL;
	}

	/*
	 * Only the faces actually used get a font object: every font
	 * object is written, with its embedded subset.
	 */
	for (int f = 0; f < FACE__MAX; f++) {
		if (!used[f])
			continue;
		assert(name[f] != NULL);	/* pl->fonts[f] must be set */
		for (int g = 0; g < f; g++)
			if (font[g] != NULL && name[g] == name[f])
				font[f] = font[g];
		if (font[f] != NULL)
			continue;
		font[f] = HPDF_GetFont(pdf, name[f], "UTF-8");
		if (font[f] == NULL)
			return failed(c, pdf);
		if (tounicode == NULL &&
		    (tounicode = tounicode_new(pdf, c)) == NULL)
			return -1;
		if (fix_tounicode(c, font[f], tounicode) != 0)
			return -1;
	}
	return 0;
}

/* --- pages ------------------------------------------------------------ */

struct pstate {
	HPDF_Page	 page;
	HPDF_Font	*font;
	int		 in_text;
	int		 face;		/* current font, -1 = none yet */
	double		 size;
	double		 fill, stroke, lw;
	char		*buf;		/* NUL-terminated copy of a text */
	size_t		 bufcap;
	HPDF_Doc	 pdf;
	const struct pagelist *pl;
	HPDF_Image	*img;		/* of pl->images, loaded once each */
	struct pdf_deflater z;		/* of every page's content stream */
};

static int
set_fill(struct pdfctx *c, struct pstate *ps, double gray)
{
	if (gray == ps->fill)
		return 0;
	if (check(c, HPDF_Page_SetGrayFill(ps->page, (HPDF_REAL)gray)) != 0)
		return -1;
	ps->fill = gray;
	return 0;
}

static int
set_stroke(struct pdfctx *c, struct pstate *ps, double gray, double w)
{
	if (gray != ps->stroke) {
		if (check(c, HPDF_Page_SetGrayStroke(ps->page,
		    (HPDF_REAL)gray)) != 0)
			return -1;
		ps->stroke = gray;
	}
	if (w != ps->lw) {
		if (check(c, HPDF_Page_SetLineWidth(ps->page,
		    (HPDF_REAL)w)) != 0)
			return -1;
		ps->lw = w;
	}
	return 0;
}

/* cos and sin of a rotation in degrees; exact for multiples of 90. */
static void
rotation(double deg, double *cs, double *sn)
{
	double	q = fmod(deg, 360);

	if (q < 0)
		q += 360;
	if (q == 0 || q == 90 || q == 180 || q == 270) {
		static const double c4[4] = { 1, 0, -1, 0 };
		static const double s4[4] = { 0, 1, 0, -1 };
		int	i = (int)(q / 90);

		*cs = c4[i];
		*sn = s4[i];
		return;
	}
	*cs = cos(q * M_PI / 180);
	*sn = sin(q * M_PI / 180);
}

/*
 * Tm and re, written exactly as HPDF_Page_SetTextMatrix and
 * HPDF_Page_Rectangle write them (the same HPDF_FToA numbers and
 * separators, the same page state afterwards) but without the 512-byte
 * buffer libharu clears byte by byte before each: with one Tm per word
 * and one re per table cell that clearing alone was ~9 % of a 10,000-row
 * table's build.  Anything libharu would refuse goes to libharu, which
 * reports it.
 */
static int
put_op(struct pdfctx *c, HPDF_Page p, const HPDF_REAL *v, int n,
    const char *op)
{
	HPDF_PageAttr	 attr = (HPDF_PageAttr)p->attr;
	char		 buf[6 * (HPDF_REAL_LEN + 2) + 8];
	char		*s = buf, *e = buf + sizeof(buf) - 1;

	for (int i = 0; i < n; i++) {
		if (i > 0)
			*s++ = ' ';
		s = HPDF_FToA(s, v[i], e);
	}
	HPDF_StrCpy(s, op, e);
	if (HPDF_Stream_WriteStr(attr->stream, buf) != HPDF_OK)
		return check(c, HPDF_CheckError(p->error));
	return 0;
}

static int
text_matrix(struct pdfctx *c, HPDF_Page p, const HPDF_REAL m[6])
{
	HPDF_PageAttr	 attr = (HPDF_PageAttr)p->attr;

	if (HPDF_Page_CheckState(p, HPDF_GMODE_TEXT_OBJECT) != HPDF_OK ||
	    ((m[0] == 0 || m[3] == 0) && (m[1] == 0 || m[2] == 0)))
		return check(c, HPDF_Page_SetTextMatrix(p, m[0], m[1], m[2],
		    m[3], m[4], m[5]));
	if (put_op(c, p, m, 6, " Tm\012") != 0)
		return -1;
	attr->text_matrix.a = m[0];
	attr->text_matrix.b = m[1];
	attr->text_matrix.c = m[2];
	attr->text_matrix.d = m[3];
	attr->text_matrix.x = m[4];
	attr->text_matrix.y = m[5];
	attr->text_pos.x = m[4];
	attr->text_pos.y = m[5];
	return 0;
}

static int
rectangle(struct pdfctx *c, HPDF_Page p, const struct pitem *it)
{
	HPDF_PageAttr	 attr = (HPDF_PageAttr)p->attr;
	HPDF_REAL	 r[4] = { (HPDF_REAL)it->x, (HPDF_REAL)it->y,
	    (HPDF_REAL)it->x2, (HPDF_REAL)it->y2 };

	if (HPDF_Page_CheckState(p, HPDF_GMODE_PAGE_DESCRIPTION |
	    HPDF_GMODE_PATH_OBJECT) != HPDF_OK)
		return check(c, HPDF_Page_Rectangle(p, r[0], r[1], r[2], r[3]));
	if (put_op(c, p, r, 4, " re\012") != 0)
		return -1;
	attr->cur_pos.x = r[0];
	attr->cur_pos.y = r[1];
	attr->str_pos = attr->cur_pos;
	attr->gmode = HPDF_GMODE_PATH_OBJECT;
	return 0;
}

static int
draw_text(struct pdfctx *c, struct pstate *ps, const struct pitem *it)
{
	HPDF_Page	p = ps->page;
	double		cs, sn;
	HPDF_REAL	m[6];

	if (it->len == 0)
		return 0;
	assert(it->face >= 0 && it->face < FACE__MAX);
	assert(ps->font[it->face] != NULL);
	if (!ps->in_text) {
		if (check(c, HPDF_Page_BeginText(p)) != 0)
			return -1;
		ps->in_text = 1;
	}
	if ((int)it->face != ps->face || it->size != ps->size) {
		if (check(c, HPDF_Page_SetFontAndSize(p, ps->font[it->face],
		    (HPDF_REAL)it->size)) != 0)
			return -1;
		ps->face = (int)it->face;
		ps->size = it->size;
	}
	if (set_fill(c, ps, it->gray) != 0)
		return -1;
	/* Absolute text matrix: no accumulated rounding from Td. */
	rotation(it->angle, &cs, &sn);
	m[0] = (HPDF_REAL)cs;
	m[1] = (HPDF_REAL)sn;
	m[2] = (HPDF_REAL)-sn;
	m[3] = (HPDF_REAL)cs;
	m[4] = (HPDF_REAL)it->x;
	m[5] = (HPDF_REAL)it->y;
	if (text_matrix(c, p, m) != 0)
		return -1;
	if (it->len + 1 > ps->bufcap) {
		ps->bufcap = it->len + 1 > 256 ? it->len + 1 : 256;
		ps->buf = xrealloc(ps->buf, ps->bufcap);
	}
	memcpy(ps->buf, it->s, it->len);
	ps->buf[it->len] = '\0';
	return check(c, HPDF_Page_ShowText(p, ps->buf));
}

/*
 * An image (a gambar, the emblem, a photo, a signature or stamp), loaded
 * once per document however often it is shown, from the bytes the check
 * read (the file is not read again).
 */
static int
draw_image(struct pdfctx *c, struct pstate *ps, const struct pitem *it)
{
	const struct image	*im;
	size_t			 i = 0;

	while (i < ps->pl->nimages && strcmp(ps->pl->images[i]->path,
	    it->s) != 0)
		i++;
	if (i == ps->pl->nimages)
		return check(c, HPDF_INVALID_PARAMETER);
	im = ps->pl->images[i];
	if (ps->img[i] == NULL) {
		int	jpeg = im->len >= 2 && im->data[0] == 0xFF &&
		    im->data[1] == 0xD8;

		c->image_path = im->path;	/* for the message, if it fails */
		/* PDF/A-1 has no soft masks: a PNG with alpha is flattened */
		if (!jpeg && check(c, pdfa_png_flat(ps->pdf, im->data, im->len,
		    &ps->img[i])) != 0)
			return -1;
		if (ps->img[i] == NULL)
			ps->img[i] = jpeg ?
			    HPDF_LoadJpegImageFromMem(ps->pdf, im->data,
			    (HPDF_UINT)im->len) :
			    HPDF_LoadPngImageFromMem(ps->pdf, im->data,
			    (HPDF_UINT)im->len);
		if (ps->img[i] == NULL)
			return failed(c, ps->pdf);
		c->image_path = NULL;
	}
	return check(c, HPDF_Page_DrawImage(ps->page, ps->img[i],
	    (HPDF_REAL)it->x, (HPDF_REAL)it->y, (HPDF_REAL)it->x2,
	    (HPDF_REAL)it->y2));
}

/*
 * A vector path in RGB.  The gray fill and stroke are left unknown
 * afterwards so the next gray item sets its own; a dash is undone at
 * once so nothing after it inherits one.
 */
static int
path_colours(struct pdfctx *c, struct pstate *ps, const struct pitem *it)
{
	const struct ppath *pa = it->path;
	HPDF_Page	    p = ps->page;

	if (pa->flags & PATH_FILL) {
		if (check(c, HPDF_Page_SetRGBFill(p, pa->fill[0] / 255.0f,
		    pa->fill[1] / 255.0f, pa->fill[2] / 255.0f)) != 0)
			return -1;
		ps->fill = -1;
	}
	if (pa->flags & PATH_STROKE) {
		if (check(c, HPDF_Page_SetRGBStroke(p, pa->stroke[0] / 255.0f,
		    pa->stroke[1] / 255.0f, pa->stroke[2] / 255.0f)) != 0)
			return -1;
		ps->stroke = -1;
		if (it->w != ps->lw) {
			if (check(c, HPDF_Page_SetLineWidth(p,
			    (HPDF_REAL)it->w)) != 0)
				return -1;
			ps->lw = it->w;
		}
		if (pa->dash[0] > 0) {
			HPDF_UINT16 d[2] = { pa->dash[0], pa->dash[1] };

			if (check(c, HPDF_Page_SetDash(p, d, 2, 0)) != 0)
				return -1;
		}
	}
	return 0;
}

static int
draw_path(struct pdfctx *c, struct pstate *ps, const struct pitem *it)
{
	const struct ppath *pa = it->path;
	HPDF_Page	    p = ps->page;
	HPDF_STATUS	    st;

	if (pa->npts == 0 || (pa->flags & (PATH_FILL | PATH_STROKE)) == 0)
		return 0;
	if (path_colours(c, ps, it) != 0)
		return -1;
	for (unsigned int i = 0; i < pa->npts; i++) {
		HPDF_REAL x = it->x + pa->pts[2 * i];
		HPDF_REAL y = it->y - pa->pts[2 * i + 1];

		if (check(c, i == 0 ? HPDF_Page_MoveTo(p, x, y) :
		    HPDF_Page_LineTo(p, x, y)) != 0)
			return -1;
	}
	if ((pa->flags & PATH_CLOSED) &&
	    check(c, HPDF_Page_ClosePath(p)) != 0)
		return -1;
	if ((pa->flags & PATH_FILL) && (pa->flags & PATH_STROKE))
		st = HPDF_Page_FillStroke(p);
	else if (pa->flags & PATH_FILL)
		st = HPDF_Page_Fill(p);
	else
		st = HPDF_Page_Stroke(p);
	if (check(c, st) != 0)
		return -1;
	if ((pa->flags & PATH_STROKE) && pa->dash[0] > 0 &&
	    check(c, HPDF_Page_SetDash(p, NULL, 0, 0)) != 0)
		return -1;
	return 0;
}

static int
draw_page(HPDF_Doc pdf, struct pdfctx *c, struct pstate *ps,
    const struct page *pg)
{
	HPDF_Page	p;

	if ((p = HPDF_AddPage(pdf)) == NULL)
		return failed(c, pdf);
	if (check(c, HPDF_Page_SetWidth(p, (HPDF_REAL)pg->w)) != 0 ||
	    check(c, HPDF_Page_SetHeight(p, (HPDF_REAL)pg->h)) != 0)
		return -1;
	/* The graphics state starts afresh on every page. */
	ps->page = p;
	ps->in_text = 0;
	ps->face = -1;
	ps->size = 0;
	ps->fill = ps->stroke = 0;
	ps->lw = 1;

	for (size_t i = 0; i < pg->n; i++) {
		const struct pitem	*it = &pg->items[i];

		if (it->kind == PI_TEXT) {
			if (draw_text(c, ps, it) != 0)
				return -1;
			continue;
		}
		if (ps->in_text) {
			if (check(c, HPDF_Page_EndText(p)) != 0)
				return -1;
			ps->in_text = 0;
		}
		switch (it->kind) {
		case PI_RULE:
			if (set_stroke(c, ps, it->gray, it->w) != 0 ||
			    check(c, HPDF_Page_MoveTo(p, (HPDF_REAL)it->x,
			    (HPDF_REAL)it->y)) != 0 ||
			    check(c, HPDF_Page_LineTo(p, (HPDF_REAL)it->x2,
			    (HPDF_REAL)it->y2)) != 0 ||
			    check(c, HPDF_Page_Stroke(p)) != 0)
				return -1;
			break;
		case PI_RECT:
			if (it->w > 0) {
				if (set_stroke(c, ps, it->gray, it->w) != 0)
					return -1;
			} else if (set_fill(c, ps, it->gray) != 0)
				return -1;
			if (rectangle(c, p, it) != 0)
				return -1;
			if (check(c, it->w > 0 ? HPDF_Page_Stroke(p) :
			    HPDF_Page_Fill(p)) != 0)
				return -1;
			break;
		case PI_IMAGE:
			if (draw_image(c, ps, it) != 0)
				return -1;
			break;
		case PI_PATH:
			if (draw_path(c, ps, it) != 0)
				return -1;
			break;
		case PI_TEXT:
			break;
		}
	}
	if (ps->in_text) {
		if (check(c, HPDF_Page_EndText(p)) != 0)
			return -1;
		ps->in_text = 0;
	}
	/* its bytes are final: held deflated from here on, not raw */
	return check(c, pdf_page_deflate(p, &ps->z));
}

/* --- document --------------------------------------------------------- */

/*
 * Page labels.  HPDF_AddPageLabel always writes a numbering style (/S)
 * and encodes the prefix with the document's default (single-byte)
 * encoder, so a prefix-only label (LABEL_NONE) and a UTF-8 prefix are not
 * reachable through it.  We build the label dictionary ourselves: /S only
 * for a numbered range, /P as a UTF-8 string (written as UTF-16BE),
 * /St when the first number is not 1, and hand it to
 * HPDF_Catalog_AddPageLabel, which is what HPDF_AddPageLabel does too.
 */
static int
add_label(HPDF_Doc pdf, struct pdfctx *c, const struct label_range *r,
    HPDF_Encoder utf8)
{
	HPDF_Dict	lab;

	if ((lab = HPDF_Dict_New(pdf->mmgr)) == NULL)
		return failed(c, pdf);
	/* From here on lab belongs to the document (freed with it). */
	if (check(c, HPDF_Catalog_AddPageLabel(pdf->catalog,
	    (HPDF_UINT)r->first, lab)) != 0)
		return -1;
	switch (r->style) {
	case LABEL_ROMAN:
		if (check(c, HPDF_Dict_AddName(lab, "S", "r")) != 0)
			return -1;
		break;
	case LABEL_ARABIC:
		if (check(c, HPDF_Dict_AddName(lab, "S", "D")) != 0)
			return -1;
		break;
	case LABEL_NONE:
		break;
	}
	if (r->prefix != NULL && r->prefix[0] != '\0') {
		HPDF_String	s;

		if ((s = HPDF_String_New(pdf->mmgr, r->prefix, utf8)) == NULL)
			return failed(c, pdf);
		if (check(c, HPDF_Dict_Add(lab, "P", s)) != 0)
			return -1;
	}
	if (r->style != LABEL_NONE && r->start != 1 && check(c,
	    HPDF_Dict_AddNumber(lab, "St", r->start)) != 0)
		return -1;
	return 0;
}

/*
 * Bookmarks nested by level (a level deeper than its parent's + 1 hangs
 * from the nearest shallower one) and the links of the Daftar Isi lines.
 * Destinations: the page, at height y, at 100%, as direct arrays
 * (pdf_pdfa.c), not libharu's indirect ones, which validators refuse.
 */
static int
navigation(HPDF_Doc pdf, struct pdfctx *c, const struct pagelist *pl,
    HPDF_Page *pages, HPDF_Encoder utf8)
{
	HPDF_Outline	 parent[4] = { NULL, NULL, NULL, NULL };

	for (size_t i = 0; i < pl->noutlines; i++) {
		const struct outline	*o = &pl->outlines[i];
		int			 lv = o->level < 0 ? 0 : o->level > 3 ? 3 : o->level;
		HPDF_Outline		 up = NULL, ol;
		HPDF_Destination	 d;

		for (int k = lv - 1; k >= 0 && up == NULL; k--)
			up = parent[k];
		if (o->page >= pl->n)
			continue;
		ol = HPDF_CreateOutline(pdf, up, o->title, utf8);
		if (ol == NULL || (d = pdfa_destination(pdf, pages[o->page], o->y)) == NULL ||
		    check(c, HPDF_Outline_SetDestination(ol, d)) != 0 ||
		    check(c, HPDF_Outline_SetOpened(ol, lv == 0)) != 0)
			return failed(c, pdf);
		parent[lv] = ol;
		for (int k = lv + 1; k < 4; k++)
			parent[k] = NULL;
	}
	for (size_t i = 0; i < pl->nlinks; i++) {
		const struct plink	*l = &pl->links[i];
		HPDF_Rect		 r;
		HPDF_Annotation		 an;
		HPDF_Destination	 d;

		if (l->page >= pl->n || l->target >= pl->n)
			continue;
		r.left = l->x;
		r.bottom = l->y;
		r.right = l->x + l->w;
		r.top = l->y + l->h;
		if ((d = pdfa_destination(pdf, pages[l->target], l->ty)) == NULL ||
		    (an = HPDF_Page_CreateLinkAnnot(pages[l->page], r, d)) == NULL ||
		    check(c, HPDF_LinkAnnot_SetBorderStyle(an, 0, 0, 0)) != 0 ||
		    check(c, pdfa_link_printable(an)) != 0)
			return failed(c, pdf);
	}
	return 0;
}

static int
build(HPDF_Doc pdf, struct pdfctx *c, const struct pagelist *pl,
    const struct pdfa_date *date, struct pdfa_pre *pre,
    const unsigned char *icc, size_t icc_len)
{
	HPDF_Font	 font[FACE__MAX];
	int		 used[FACE__MAX] = { 0 };
	HPDF_Encoder	 utf8;
	struct pstate	 ps;
	HPDF_Page	*pages;
	int		 rc;

	if (check(c, HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL)) != 0 ||
	    check(c, HPDF_UseUTFEncodings(pdf)) != 0 ||
	    check(c, HPDF_SetCurrentEncoder(pdf, "UTF-8")) != 0)
		return -1;
	if ((utf8 = HPDF_GetEncoder(pdf, "UTF-8")) == NULL)
		return failed(c, pdf);

	for (size_t i = 0; i < pl->n; i++)
		for (size_t j = 0; j < pl->pages[i]->n; j++) {
			const struct pitem *it = &pl->pages[i]->items[j];

			if (it->kind == PI_TEXT && it->len > 0) {
				assert(it->face >= 0 && it->face < FACE__MAX);
				used[it->face] = 1;
			}
		}
	if (load_fonts(pdf, c, pl, used, font) != 0)
		return -1;

	memset(&ps, 0, sizeof ps);
	ps.font = font;
	ps.pdf = pdf;
	ps.pl = pl;
	ps.img = xcalloc(pl->nimages + 1, sizeof(*ps.img));
	rc = 0;
	pages = xcalloc(pl->n + 1, sizeof(*pages));
	for (size_t i = 0; i < pl->n && rc == 0; i++) {
		struct page	*pg = (struct page *)pl->pages[i];

		rc = draw_page(pdf, c, &ps, pg);
		pages[i] = ps.page;
		/* drawn (and deflated): its items are not needed again */
		if (c->consume) {
			free(pg->items);
			pg->items = NULL;
			pg->n = pg->cap = 0;
		}
	}
	free(ps.buf);
	free(ps.img);
	pdf_deflater_end(&ps.z);
	if (rc == 0)
		rc = navigation(pdf, c, pl, pages, utf8);
	free(pages);
	if (rc != 0)
		return -1;

	for (size_t i = 0; i < pl->nranges; i++)
		if (add_label(pdf, c, &pl->ranges[i], utf8) != 0)
			return -1;

	/*
	 * PDF/A-1b: the font descriptors once every glyph is known; the
	 * document information (in UTF-8, the current encoder) with its
	 * XMP twin, the output intent and the /ID.
	 */
	if (check(c, pdfa_fonts(pdf, pre, font)) != 0 ||
	    check(c, pdfa_document(pdf, pl, pre, date, icc, icc_len)) != 0)
		return -1;
	return 0;
}

/* --- output ----------------------------------------------------------- */

/* The output file as a libharu stream: a buffer in front of the fd. */
struct sink {
	int		 fd;
	int		 err;		/* errno of the first failed write */
	size_t		 n;
	unsigned char	 buf[64 * 1024];
};

static int
sink_flush(struct sink *k)
{
	if (k->err == 0 && k->n > 0 &&
	    outfile_write_all(k->fd, k->buf, k->n) != 0)
		k->err = errno;
	k->n = 0;
	return k->err == 0 ? 0 : -1;
}

static HPDF_STATUS
sink_write(HPDF_Stream stream, const HPDF_BYTE *p, HPDF_UINT len)
{
	struct sink	*k = stream->attr;

	while (len > 0) {
		size_t	room = sizeof(k->buf) - k->n;
		size_t	m = len < room ? len : room;

		memcpy(k->buf + k->n, p, m);
		k->n += m;
		p += m;
		len -= (HPDF_UINT)m;
		if (k->n == sizeof(k->buf) && sink_flush(k) != 0)
			return HPDF_FILE_IO_ERROR;
	}
	return HPDF_OK;
}

/*
 * Serialises the document into fd.  -1 with *pdferr set (a libharu
 * failure, in c) or errno set (the file could not be written).
 */
static int
save_to(HPDF_Doc pdf, struct pdfctx *c, int fd, int *pdferr)
{
	struct sink	*k = xcalloc(1, sizeof(*k));
	int		 rc = 0;

	*pdferr = 0;
	k->fd = fd;
	/* HPDF_SaveToStream writes into pdf->stream when one is set (and
	 * frees it with the document) */
	if ((pdf->stream = HPDF_CallbackWriter_New(pdf->mmgr, sink_write,
	    k)) == NULL) {
		free(k);
		*pdferr = 1;
		return failed(c, pdf);
	}
	timing_to(STAGE_SAVE);		/* make bench: serialising from here */
	if (HPDF_SaveToStream(pdf) != HPDF_OK || sink_flush(k) != 0) {
		if (k->err != 0)
			errno = k->err;
		else {
			check(c, HPDF_CheckError(&pdf->error));
			*pdferr = 1;
		}
		rc = -1;
	}
	free(k);
	return rc;
}

static int
render(const struct pagelist *pl, const char *path, int consume)
{
	struct pdfctx	 c = { HPDF_OK, 0, NULL, NULL, 0, consume };
	struct outfile	 of;
	struct pdfa_date date;
	struct pdfa_pre	 pre;
	HPDF_Doc	 pdf;
	unsigned char	*icc;
	size_t		 icc_len = 0;
	int		 pdferr, bad_epoch, rc;

	if ((icc = pdfa_icc_read(LAKIN_ICC, &icc_len)) == NULL) {
		diag(NULL, MSG_ICC, LAKIN_ICC, errno_text(errno));
		return -1;
	}
	pdfa_date(pl, &date, &bad_epoch);
	if (bad_epoch)
		diag(NULL, MSG_SOURCE_DATE, getenv("SOURCE_DATE_EPOCH"));
	if ((pdf = HPDF_New(on_error, &c)) == NULL) {
		free(icc);
		if (c.error_no == HPDF_OK)
			c.error_no = HPDF_FAILD_TO_ALLOC_MEM;
		report(&c);
		return -1;
	}
	pdfa_prepare(pl, &date, &pre);
	rc = build(pdf, &c, pl, &date, &pre, icc, icc_len);
	pdfa_pre_free(&pre);
	free(icc);
	if (rc != 0) {
		report(&c);
		HPDF_Free(pdf);
		return -1;
	}
	if (outfile_open(&of, path) == -1) {
		diag(NULL, MSG_OUTPUT, path, errno_text(errno));
		HPDF_Free(pdf);
		return -1;
	}
	if (save_to(pdf, &c, of.fd, &pdferr) != 0) {
		outfile_abort(&of);
		if (pdferr)
			report(&c);
		else
			diag(NULL, MSG_OUTPUT, path, errno_text(errno));
		HPDF_Free(pdf);
		return -1;
	}
	HPDF_Free(pdf);
	if (outfile_commit(&of) == -1) {
		diag(NULL, MSG_OUTPUT, path, errno_text(errno));
		return -1;
	}
	return 0;
}

int
pdf_render(const struct pagelist *pl, const char *path)
{
	return render(pl, path, 0);
}

int
pdf_render_consume(struct pagelist *pl, const char *path)
{
	return render(pl, path, 1);
}
