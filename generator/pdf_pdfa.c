/*
 * See pdf_pdfa.h.  What PDFBox preflight (Validator_A1b) reports on
 * libharu's plain output, and what answers it here:
 *  - colours without a profile: one sRGB output intent (6.2.2);
 *  - no XMP metadata: a packet matching the document information, with
 *    pdfaid part 1, conformance B, every value XML-escaped (6.7);
 *  - no /ID: two copies of an MD5 of what the page list holds, so the
 *    same content gives the same bytes (6.1.3);
 *  - links without the print flag: /F 4 (6.5.3);
 *  - a FontDescriptor without CapHeight and, for the subset, without
 *    CIDSet (6.3.5): the descriptor is made here;
 *  - outline destinations as indirect arrays: direct ones;
 *  - soft masks (transparency, 6.4): PNGs with alpha are flattened.
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <hpdf.h>
#include <hpdf_objects.h>
#include <hpdf_catalog.h>
#include <hpdf_encrypt.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>

#include "image_flat.h"
#include "mem.h"
#include "pdf_pdfa.h"
#include "utf8.h"

#define PRODUCER	"lakin (libharu " HPDF_VERSION_TEXT ")"
#define CREATOR		"lakin"
#define SRGB_NAME	"sRGB IEC61966-2.1"

static HPDF_STATUS
err(HPDF_Doc pdf)
{
	HPDF_STATUS	e = HPDF_GetError(pdf);

	return e != HPDF_OK ? e : HPDF_FAILD_TO_ALLOC_MEM;
}

/* --- the ICC profile and the dates ------------------------------------ */

unsigned char *
pdfa_icc_read(const char *path, size_t *len)
{
	FILE		*f = fopen(path, "rb");
	unsigned char	*buf = NULL;
	size_t		 n = 0, cap = 0;
	int		 saved;

	if (f == NULL)
		return NULL;
	for (;;) {
		size_t	r;

		if (cap - n < 4096) {
			if (cap > 4u * 1024 * 1024) {	/* no profile is this big */
				errno = EINVAL;
				goto fail;
			}
			cap = cap * 2 + 8192;
			buf = xrealloc(buf, cap);
		}
		r = fread(buf + n, 1, cap - n, f);
		n += r;
		if (r == 0)
			break;
	}
	if (ferror(f))
		goto fail;
	fclose(f);
	/* header: size, ..., version major at 8, colour space 'RGB ' at 16,
	 * signature 'acsp' at 36 */
	if (n < 128 || buf[8] != 2 || memcmp(buf + 16, "RGB ", 4) != 0 ||
	    memcmp(buf + 36, "acsp", 4) != 0) {
		free(buf);
		errno = EINVAL;
		return NULL;
	}
	*len = n;
	return buf;
fail:
	saved = errno;
	fclose(f);
	free(buf);
	errno = saved != 0 ? saved : EIO;
	return NULL;
}

/* SOURCE_DATE_EPOCH: 1 = read, 0 = unset, -1 = not a number of seconds. */
static int
epoch(struct pdfa_date *d)
{
	const char	*s = getenv("SOURCE_DATE_EPOCH");
	char		*end;
	long long	 v;
	time_t		 t;
	struct tm	 tm;

	if (s == NULL || *s == '\0')
		return 0;
	errno = 0;
	v = strtoll(s, &end, 10);
	/* up to 9999-12-31: a PDF date has four digits of year */
	if (*end != '\0' || errno != 0 || v < 0 || v > 253402300799LL ||
	    s[0] < '0' || s[0] > '9')
		return -1;
	t = (time_t)v;
	if (gmtime_r(&t, &tm) == NULL)
		return -1;
	d->set = 1;
	d->y = tm.tm_year + 1900;
	d->mo = tm.tm_mon + 1;
	d->d = tm.tm_mday;
	d->h = tm.tm_hour;
	d->mi = tm.tm_min;
	d->s = tm.tm_sec;
	return 1;
}

void
pdfa_date(const struct pagelist *pl, struct pdfa_date *d, int *bad_epoch)
{
	int	e;

	memset(d, 0, sizeof *d);
	*bad_epoch = 0;
	if ((e = epoch(d)) == 1)
		return;
	*bad_epoch = e < 0;
	if (pl->date_y >= 1000 && pl->date_y <= 9999 && pl->date_m >= 1 &&
	    pl->date_m <= 12) {
		d->set = 1;
		d->y = pl->date_y;
		d->mo = pl->date_m;
		d->d = pl->date_d >= 1 && pl->date_d <= 31 ? pl->date_d : 1;
	}
}

/* --- destinations and links ------------------------------------------- */

HPDF_Destination
pdfa_destination(HPDF_Doc pdf, HPDF_Page page, float y)
{
	HPDF_Array	a = HPDF_Array_New(pdf->mmgr);

	if (a == NULL)
		return NULL;
	/* what HPDF_Destination_Validate looks for; written as a plain array */
	a->header.obj_class |= HPDF_OSUBCLASS_DESTINATION;
	if (HPDF_Array_Add(a, page) != HPDF_OK ||
	    HPDF_Array_AddName(a, "XYZ") != HPDF_OK ||
	    HPDF_Array_AddReal(a, 0) != HPDF_OK ||
	    HPDF_Array_AddReal(a, (HPDF_REAL)y) != HPDF_OK ||
	    HPDF_Array_AddReal(a, 1) != HPDF_OK) {
		HPDF_Array_Free(a);
		return NULL;
	}
	return a;
}

HPDF_STATUS
pdfa_link_printable(HPDF_Annotation an)
{
	return HPDF_Dict_AddNumber(an, "F", 4);
}

/* --- fonts ------------------------------------------------------------ */

#define CID_BYTES	(65536 / 8)

static void
mark(unsigned char *set, uint32_t cid)
{
	set[cid >> 3] |= (unsigned char)(0x80u >> (cid & 7));
}

/*
 * The CIDs (= BMP code points, libharu's UTF-8 encoder) shown in each
 * face, in one pass over the items: set + face * CID_BYTES.
 */
static void
cids_used(const struct pagelist *pl, unsigned char *set)
{
	for (int f = 0; f < FACE__MAX; f++)
		mark(set + (size_t)f * CID_BYTES, 0);	/* .notdef: always */
	for (size_t i = 0; i < pl->n; i++)
		for (size_t j = 0; j < pl->pages[i]->n; j++) {
			const struct pitem *it = &pl->pages[i]->items[j];
			unsigned char	 *fs;
			size_t		  k = 0;

			if (it->kind != PI_TEXT || it->face >= FACE__MAX)
				continue;
			fs = set + (size_t)it->face * CID_BYTES;
			while (k < it->len) {
				uint32_t cp;
				size_t	 n;

				if ((unsigned char)it->s[k] < 0x80) {
					mark(fs, (unsigned char)it->s[k++]);
					continue;
				}
				if ((n = utf8_decode(it->s + k, it->len - k,
				    &cp)) == 0)
					break;
				k += n;
				/* libharu shows what lies beyond as a space */
				mark(fs, cp > 0xFFFF ? 0x20 : cp);
			}
		}
}

static HPDF_STATUS
cidset(HPDF_Doc pdf, HPDF_Dict desc, const unsigned char *set,
    HPDF_UINT16 filter)
{
	HPDF_Dict	s = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
	size_t		n = CID_BYTES;

	if (s == NULL)
		return err(pdf);
	s->filter = filter;
	while (n > 1 && set[n - 1] == 0)	/* trailing zeros say nothing */
		n--;
	if (HPDF_Stream_Write(s->stream, set, (HPDF_UINT)n) != HPDF_OK ||
	    HPDF_Dict_Add(desc, "CIDSet", s) != HPDF_OK)
		return err(pdf);
	return HPDF_OK;
}

/* CapHeight: libharu reads none from a TrueType file; the top of 'H'. */
static HPDF_INT
cap_height(HPDF_FontDef def)
{
	HPDF_Box	b;

	if (def->cap_height != 0)
		return def->cap_height;
	b = HPDF_TTFontDef_GetCharBBox(def, 'H');
	return b.top > 0 ? (HPDF_INT)b.top : (HPDF_INT)def->ascent;
}

/*
 * What libharu's CIDFontType2_BeforeWrite_Func would make (the embedded
 * subset and the metrics), plus CapHeight and CIDSet.  libharu then
 * finds fontdef->descriptor set and only links it in.
 */
static HPDF_STATUS
descriptor(HPDF_Doc pdf, HPDF_Font font, const unsigned char *set)
{
	HPDF_FontAttr		attr = font->attr;
	HPDF_FontDef		def = attr->fontdef;
	HPDF_TTFontDefAttr	da = def->attr;
	HPDF_Dict		desc, data;
	HPDF_STATUS		ret = HPDF_OK;

	if (def->descriptor != NULL || def->type != HPDF_FONTDEF_TYPE_TRUETYPE)
		return HPDF_OK;
	if ((desc = HPDF_Dict_New(pdf->mmgr)) == NULL)
		return err(pdf);
	if (HPDF_Xref_Add(pdf->xref, desc) != HPDF_OK)	/* owns desc now */
		return err(pdf);
	if (!da->embedding)	/* PDF/A: every font is embedded */
		return HPDF_SetError(&pdf->error, HPDF_INVALID_FONTDEF_DATA, 0);
	if ((data = HPDF_DictStream_New(pdf->mmgr, pdf->xref)) == NULL)
		return err(pdf);
	data->filter = font->filter;
	if (HPDF_TTFontDef_SaveFontData(def, data->stream) != HPDF_OK)
		return err(pdf);
	ret += HPDF_Dict_Add(desc, "FontFile2", data);
	ret += HPDF_Dict_AddNumber(data, "Length1", da->length1);
	ret += HPDF_Dict_AddNumber(data, "Length2", 0);
	ret += HPDF_Dict_AddNumber(data, "Length3", 0);
	ret += HPDF_Dict_AddName(desc, "Type", "FontDescriptor");
	ret += HPDF_Dict_AddNumber(desc, "Ascent", def->ascent);
	ret += HPDF_Dict_AddNumber(desc, "Descent", def->descent);
	ret += HPDF_Dict_AddNumber(desc, "CapHeight", cap_height(def));
	ret += HPDF_Dict_AddNumber(desc, "Flags", (HPDF_INT32)def->flags);
	ret += HPDF_Dict_Add(desc, "FontBBox",
	    HPDF_Box_Array_New(pdf->mmgr, def->font_bbox));
	ret += HPDF_Dict_AddName(desc, "FontName", da->base_font);
	ret += HPDF_Dict_AddNumber(desc, "ItalicAngle", def->italic_angle);
	ret += HPDF_Dict_AddNumber(desc, "StemV", def->stemv);
	ret += HPDF_Dict_AddNumber(desc, "XHeight", def->x_height);
	if (ret != HPDF_OK)
		return err(pdf);
	def->descriptor = desc;
	return cidset(pdf, desc, set, font->filter);
}

HPDF_STATUS
pdfa_fonts(HPDF_Doc pdf, struct pdfa_pre *pre, HPDF_Font font[FACE__MAX])
{
	unsigned char	*set = pre->cids;
	HPDF_STATUS	 st = HPDF_OK;

	for (int f = 0; f < FACE__MAX && st == HPDF_OK; f++) {
		int	first = 1;

		if (font[f] == NULL)
			continue;
		for (int g = 0; g < f; g++)
			if (font[g] == font[f])
				first = 0;
		if (!first)
			continue;
		/* the union over every face drawn with this font */
		for (int g = f + 1; g < FACE__MAX; g++)
			if (font[g] == font[f])
				for (size_t b = 0; b < CID_BYTES; b++)
					set[(size_t)f * CID_BYTES + b] |=
					    set[(size_t)g * CID_BYTES + b];
		st = descriptor(pdf, font[f], set + (size_t)f * CID_BYTES);
	}
	return st;
}

/* --- output intent ---------------------------------------------------- */

static HPDF_STATUS
output_intent(HPDF_Doc pdf, const unsigned char *icc, size_t len)
{
	HPDF_Dict	prof, oi;
	HPDF_Array	list;
	HPDF_STATUS	ret = HPDF_OK;

	if ((prof = HPDF_DictStream_New(pdf->mmgr, pdf->xref)) == NULL)
		return err(pdf);
	prof->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
	if (HPDF_Dict_AddNumber(prof, "N", 3) != HPDF_OK ||
	    HPDF_Stream_Write(prof->stream, icc, (HPDF_UINT)len) != HPDF_OK)
		return err(pdf);
	if ((oi = HPDF_Dict_New(pdf->mmgr)) == NULL)
		return err(pdf);
	if (HPDF_Xref_Add(pdf->xref, oi) != HPDF_OK)
		return err(pdf);
	ret += HPDF_Dict_AddName(oi, "Type", "OutputIntent");
	ret += HPDF_Dict_AddName(oi, "S", "GTS_PDFA1");
	ret += HPDF_Dict_Add(oi, "OutputConditionIdentifier",
	    HPDF_String_New(pdf->mmgr, SRGB_NAME, NULL));
	ret += HPDF_Dict_Add(oi, "Info",
	    HPDF_String_New(pdf->mmgr, SRGB_NAME, NULL));
	ret += HPDF_Dict_Add(oi, "RegistryName",
	    HPDF_String_New(pdf->mmgr, "http://www.color.org", NULL));
	ret += HPDF_Dict_Add(oi, "DestOutputProfile", prof);
	if (ret != HPDF_OK)
		return err(pdf);
	if ((list = HPDF_Array_New(pdf->mmgr)) == NULL)
		return err(pdf);
	if (HPDF_Dict_Add(pdf->catalog, "OutputIntents", list) != HPDF_OK ||
	    HPDF_Array_Add(list, oi) != HPDF_OK)
		return err(pdf);
	return HPDF_OK;
}

/* --- XMP metadata ----------------------------------------------------- */

struct sbuf {
	char	*s;
	size_t	 n, cap;
};

static void
put(struct sbuf *b, const char *s, size_t n)
{
	if (b->cap - b->n < n + 1) {
		b->cap = (b->n + n + 1) * 2;
		b->s = xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

static void
puts_(struct sbuf *b, const char *s)
{
	put(b, s, strlen(s));
}

/*
 * Text as XML character data: the five markup characters as entities;
 * control characters, which XML 1.0 cannot carry, as spaces (the
 * document information then shows them as spaces too: see info_text).
 */
static void
put_xml(struct sbuf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		unsigned char	c = (unsigned char)*s;

		switch (c) {
		case '&': puts_(b, "&amp;"); break;
		case '<': puts_(b, "&lt;"); break;
		case '>': puts_(b, "&gt;"); break;
		case '"': puts_(b, "&quot;"); break;
		case '\'': puts_(b, "&apos;"); break;
		default:
			put(b, c < 0x20 || c == 0x7F ? " " : s, 1);
		}
	}
}

static void
xmp_elem(struct sbuf *b, const char *open, const char *v, const char *close)
{
	if (v == NULL)
		return;
	puts_(b, open);
	put_xml(b, v);
	puts_(b, close);
}

/* The same text the XMP carries (control characters as spaces). */
static char *
info_text(const char *s)
{
	char	*t = xmalloc(strlen(s) + 1);
	size_t	 i;

	for (i = 0; s[i] != '\0'; i++)
		t[i] = (unsigned char)s[i] < 0x20 || s[i] == 0x7F ? ' ' : s[i];
	t[i] = '\0';
	return t;
}

static char *
xmp_packet(const struct pagelist *pl, const char *date)
{
	struct sbuf	b = { NULL, 0, 0 };

	puts_(&b, "<?xpacket begin=\"\xEF\xBB\xBF\" "
	    "id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
	    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
	    "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
	    "<rdf:Description rdf:about=\"\" "
	    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
	    "<dc:format>application/pdf</dc:format>\n");
	xmp_elem(&b, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">",
	    pl->title, "</rdf:li></rdf:Alt></dc:title>\n");
	xmp_elem(&b, "<dc:creator><rdf:Seq><rdf:li>", pl->author,
	    "</rdf:li></rdf:Seq></dc:creator>\n");
	xmp_elem(&b, "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">",
	    pl->subject, "</rdf:li></rdf:Alt></dc:description>\n");
	puts_(&b, "</rdf:Description>\n"
	    "<rdf:Description rdf:about=\"\" "
	    "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
	xmp_elem(&b, "<pdf:Producer>", PRODUCER, "</pdf:Producer>\n");
	xmp_elem(&b, "<pdf:Keywords>", pl->keywords, "</pdf:Keywords>\n");
	puts_(&b, "</rdf:Description>\n"
	    "<rdf:Description rdf:about=\"\" "
	    "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
	xmp_elem(&b, "<xmp:CreatorTool>", CREATOR, "</xmp:CreatorTool>\n");
	xmp_elem(&b, "<xmp:CreateDate>", date, "</xmp:CreateDate>\n");
	xmp_elem(&b, "<xmp:ModifyDate>", date, "</xmp:ModifyDate>\n");
	puts_(&b, "</rdf:Description>\n"
	    "<rdf:Description rdf:about=\"\" "
	    "xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
	    "<pdfaid:part>1</pdfaid:part>\n"
	    "<pdfaid:conformance>B</pdfaid:conformance>\n"
	    "</rdf:Description>\n"
	    "</rdf:RDF>\n"
	    "</x:xmpmeta>\n"
	    "<?xpacket end=\"r\"?>\n");
	return b.s;
}

static HPDF_STATUS
metadata(HPDF_Doc pdf, const struct pagelist *pl, const struct pdfa_date *d)
{
	char		 date[32];
	char		*x;
	HPDF_Dict	 m;
	HPDF_STATUS	 st;

	if (d->set)
		snprintf(date, sizeof date, "%04d-%02d-%02dT%02d:%02d:%02d+00:00",
		    d->y, d->mo, d->d, d->h, d->mi, d->s);
	x = xmp_packet(pl, d->set ? date : NULL);
	/* PDF/A-1: uncompressed, so that any tool can find it */
	if ((m = HPDF_DictStream_New(pdf->mmgr, pdf->xref)) == NULL) {
		free(x);
		return err(pdf);
	}
	st = HPDF_Dict_AddName(m, "Type", "Metadata");
	if (st == HPDF_OK)
		st = HPDF_Dict_AddName(m, "Subtype", "XML");
	if (st == HPDF_OK)
		st = HPDF_Stream_Write(m->stream, (const HPDF_BYTE *)x,
		    (HPDF_UINT)strlen(x));
	free(x);
	if (st == HPDF_OK)
		st = HPDF_Dict_Add(pdf->catalog, "Metadata", m);
	return st;
}

/* The document information, the same values as the XMP packet. */
static HPDF_STATUS
info(HPDF_Doc pdf, const struct pagelist *pl, const struct pdfa_date *d)
{
	const struct {
		HPDF_InfoType	 type;
		const char	*value;
	} v[] = {
		{ HPDF_INFO_TITLE, pl->title },
		{ HPDF_INFO_AUTHOR, pl->author },
		{ HPDF_INFO_SUBJECT, pl->subject },
		{ HPDF_INFO_KEYWORDS, pl->keywords },
		{ HPDF_INFO_CREATOR, CREATOR },
		{ HPDF_INFO_PRODUCER, PRODUCER },
	};

	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		char		*t;
		HPDF_STATUS	 st;

		if (v[i].value == NULL)
			continue;
		t = info_text(v[i].value);
		st = HPDF_SetInfoAttr(pdf, v[i].type, t);
		free(t);
		if (st != HPDF_OK)
			return st;
	}
	if (d->set) {
		HPDF_Date	dt;

		memset(&dt, 0, sizeof dt);
		dt.year = d->y;
		dt.month = d->mo;
		dt.day = d->d;
		dt.hour = d->h;
		dt.minutes = d->mi;
		dt.seconds = d->s;
		dt.ind = '+';	/* UTC; libharu writes 'Z' as "Z00'00'" */
		if (HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, dt) !=
		    HPDF_OK || HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE,
		    dt) != HPDF_OK)
			return err(pdf);
	}
	return HPDF_OK;
}

/* --- the document ID -------------------------------------------------- */

static void
md5_str(HPDF_MD5_CTX *c, const char *s)
{
	if (s == NULL)
		s = "";
	/* with its NUL, so that "ab" + "c" differs from "a" + "bc" */
	HPDF_MD5Update(c, (const HPDF_BYTE *)s, (HPDF_UINT32)strlen(s) + 1);
}

static void
md5_num(HPDF_MD5_CTX *c, double v)
{
	char	b[40];

	snprintf(b, sizeof b, "%.4f", v);
	md5_str(c, b);
}

static const char *
base_name(const char *p)
{
	const char	*s = p != NULL ? strrchr(p, '/') : NULL;

	return s != NULL ? s + 1 : p;
}

/*
 * A font by its file's name.  font.c names a font /proc/self/fd/N, and N
 * depends on what else is open (lakin watch holds two descriptors more,
 * a shell may pass one): the name of the file behind it counts instead.
 */
static void
md5_font(HPDF_MD5_CTX *c, const char *path)
{
	char	buf[4096];
	ssize_t	n;

	if (path != NULL && strncmp(path, "/proc/self/fd/", 14) == 0 &&
	    (n = readlink(path, buf, sizeof(buf) - 1)) > 0) {
		buf[n] = '\0';
		md5_str(c, base_name(buf));
		return;
	}
	md5_str(c, base_name(path));
}

/*
 * An item's fields packed (the struct has padding, which is no content),
 * as bytes: a long table makes millions of items, too many to format.
 * An image item's text is the image's path: only its file name counts.
 */
static void
md5_item(HPDF_MD5_CTX *c, const struct pitem *it)
{
	/* a text's own fields, or a shape's (they share their place) */
	const int	 t = it->kind == PI_TEXT;
	const float	 v[] = { it->x, it->y, t ? 0 : it->x2, t ? 0 : it->y2,
	    t ? 0 : it->w, t ? it->size : 0, it->gray, t ? it->angle : 0 };
	unsigned char	 b[sizeof v + 2 + sizeof it->len];
	const char	*s = it->s;
	unsigned int	 len = it->len;

	if (it->kind == PI_IMAGE && s != NULL) {
		s = base_name(s);
		len = (unsigned int)strlen(s);
	}
	memcpy(b, v, sizeof v);
	b[sizeof v] = it->kind;
	b[sizeof v + 1] = it->face;
	memcpy(b + sizeof v + 2, &len, sizeof len);
	HPDF_MD5Update(c, b, (HPDF_UINT32)sizeof b);
	if (len > 0)
		HPDF_MD5Update(c, (const HPDF_BYTE *)s, len);
}

/*
 * What the page list holds (every item, bookmark, link and label, the
 * images' bytes, the fonts' file names) and the date: the same content
 * gives the same ID; the folders it was built in do not count.
 */
static void
content_hash(const struct pagelist *pl, const struct pdfa_date *d,
    HPDF_BYTE out[16])
{
	HPDF_MD5_CTX	c;

	HPDF_MD5Init(&c);
	md5_str(&c, pl->title);
	md5_str(&c, pl->author);
	md5_str(&c, pl->subject);
	md5_str(&c, pl->keywords);
	md5_num(&c, d->set ? d->y * 10000.0 + d->mo * 100 + d->d : 0);
	md5_num(&c, d->set ? d->h * 10000.0 + d->mi * 100 + d->s : 0);
	for (int f = 0; f < FACE__MAX; f++)
		md5_font(&c, pl->fonts[f]);
	for (size_t i = 0; i < pl->nimages; i++) {
		md5_str(&c, base_name(pl->images[i]->path));
		HPDF_MD5Update(&c, pl->images[i]->data,
		    (HPDF_UINT32)pl->images[i]->len);
	}
	for (size_t i = 0; i < pl->n; i++) {
		const struct page	*pg = pl->pages[i];

		md5_num(&c, pg->w);
		md5_num(&c, pg->h);
		for (size_t j = 0; j < pg->n; j++)
			md5_item(&c, &pg->items[j]);
	}
	for (size_t i = 0; i < pl->noutlines; i++) {
		md5_str(&c, pl->outlines[i].title);
		md5_num(&c, pl->outlines[i].level);
		md5_num(&c, (double)pl->outlines[i].page);
		md5_num(&c, pl->outlines[i].y);
	}
	for (size_t i = 0; i < pl->nlinks; i++) {
		const struct plink	*l = &pl->links[i];

		md5_num(&c, (double)l->page);
		md5_num(&c, (double)l->target);
		md5_num(&c, l->x + l->y + l->w + l->h + l->ty);
	}
	for (size_t i = 0; i < pl->nranges; i++) {
		md5_num(&c, (double)pl->ranges[i].first);
		md5_num(&c, pl->ranges[i].style * 100000.0 +
		    pl->ranges[i].start);
		md5_str(&c, pl->ranges[i].prefix);
	}
	HPDF_MD5Final(out, &c);
}

void
pdfa_prepare(const struct pagelist *pl, const struct pdfa_date *d,
    struct pdfa_pre *pre)
{
	pre->cids = xcalloc(FACE__MAX, CID_BYTES);
	cids_used(pl, pre->cids);
	content_hash(pl, d, pre->id);
}

void
pdfa_pre_free(struct pdfa_pre *pre)
{
	free(pre->cids);
	pre->cids = NULL;
}

static HPDF_STATUS
document_id(HPDF_Doc pdf, const struct pdfa_pre *pre)
{
	HPDF_BYTE	 h[16];
	HPDF_Array	 id;

	memcpy(h, pre->id, sizeof(h));
	if ((id = HPDF_Array_New(pdf->mmgr)) == NULL)
		return err(pdf);
	if (HPDF_Dict_Add(pdf->trailer, "ID", id) != HPDF_OK)
		return err(pdf);
	/* the first made, the second this version: both the content here */
	if (HPDF_Array_Add(id, HPDF_Binary_New(pdf->mmgr, h, 16)) != HPDF_OK ||
	    HPDF_Array_Add(id, HPDF_Binary_New(pdf->mmgr, h, 16)) != HPDF_OK)
		return err(pdf);
	return HPDF_OK;
}

HPDF_STATUS
pdfa_document(HPDF_Doc pdf, const struct pagelist *pl,
    const struct pdfa_pre *pre, const struct pdfa_date *d,
    const unsigned char *icc, size_t icc_len)
{
	HPDF_STATUS	st;

	if ((st = output_intent(pdf, icc, icc_len)) != HPDF_OK ||
	    (st = info(pdf, pl, d)) != HPDF_OK ||
	    (st = metadata(pdf, pl, d)) != HPDF_OK)
		return st;
	return document_id(pdf, pre);
}

/* --- images ----------------------------------------------------------- */

static HPDF_STATUS
stencil(HPDF_Doc pdf, HPDF_Image img, const struct flat_image *f)
{
	HPDF_Dict	m = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
	HPDF_STATUS	ret = HPDF_OK;

	if (m == NULL)
		return err(pdf);
	m->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
	ret += HPDF_Dict_AddName(m, "Type", "XObject");
	ret += HPDF_Dict_AddName(m, "Subtype", "Image");
	ret += HPDF_Dict_AddNumber(m, "Width", f->w);
	ret += HPDF_Dict_AddNumber(m, "Height", f->h);
	ret += HPDF_Dict_AddNumber(m, "BitsPerComponent", 1);
	ret += HPDF_Dict_AddBoolean(m, "ImageMask", HPDF_TRUE);
	ret += HPDF_Stream_Write(m->stream, f->mask, (HPDF_UINT)f->mask_len);
	ret += HPDF_Dict_Add(img, "Mask", m);
	return ret != HPDF_OK ? err(pdf) : HPDF_OK;
}

HPDF_STATUS
pdfa_png_flat(HPDF_Doc pdf, const unsigned char *png, size_t len,
    HPDF_Image *img)
{
	struct flat_image	f;
	int			r = flat_image_png(png, len, &f);
	HPDF_STATUS		st;

	*img = NULL;
	if (r == 0)
		return HPDF_OK;
	if (r < 0)
		return HPDF_SetError(&pdf->error, HPDF_INVALID_PNG_IMAGE, 0);
	*img = HPDF_LoadRawImageFromMem(pdf, f.rgb, (HPDF_UINT)f.w,
	    (HPDF_UINT)f.h, HPDF_CS_DEVICE_RGB, 8);
	st = *img == NULL ? err(pdf) : stencil(pdf, *img, &f);
	flat_image_free(&f);
	return st;
}
