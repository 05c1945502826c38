/*
 * PDF/A-1b (ISO 19005-1, level B) for the PDF backend: the pieces
 * libharu 2.3.0 leaves out or gets wrong.  Part of the backend: like
 * pdf_render.c it includes libharu's headers, and only pdf_render.c
 * calls it.  HPDF_PDFA_SetPDFAConformance is not used: it writes a
 * random /ID (builds would differ) and XMP without XML escaping.
 *
 * Every function returns HPDF_OK or the libharu error code; libharu's
 * error handler has seen the error too.
 */
#ifndef LAKIN_PDF_PDFA_H
#define LAKIN_PDF_PDFA_H

#include <stddef.h>
#include <hpdf.h>

#include "pagelist.h"

/* The sRGB profile every colour is declared in (Debian icc-profiles-free). */
#ifndef LAKIN_ICC
#define LAKIN_ICC	"/usr/share/color/icc/sRGB.icc"
#endif

/* The document's dates: SOURCE_DATE_EPOCH, else the content's date. */
struct pdfa_date {
	int	 set;		/* 0: the document carries no dates */
	int	 y, mo, d, h, mi, s;	/* UTC */
};

/*
 * Reads the ICC profile at path into a malloc'd buffer (*len bytes).
 * NULL with errno set when it cannot be read, EINVAL when it is no ICC
 * RGB profile of version 2 (PDF/A-1 takes no later version).
 */
unsigned char	*pdfa_icc_read(const char *path, size_t *len);

/*
 * The date: from SOURCE_DATE_EPOCH when set (*bad_epoch = 1 when it is
 * set but no whole number of seconds, and it is then ignored), else from
 * the page list's document date (midnight UTC, the 1st when only the
 * month is written), else none.  Never the clock.
 */
void	pdfa_date(const struct pagelist *, struct pdfa_date *, int *bad_epoch);

/* A destination as a direct array, as validators want outlines' /Dest. */
HPDF_Destination pdfa_destination(HPDF_Doc, HPDF_Page, float y);

/* A link annotation that is printed with the page (/F 4). */
HPDF_STATUS	pdfa_link_printable(HPDF_Annotation);

/*
 * What PDF/A needs from the pages' items, read before they are drawn
 * (render frees each page's items once it is drawn): the glyphs each face
 * shows (for the CIDSet) and the content's hash (for the /ID).
 */
struct pdfa_pre {
	unsigned char	*cids;		/* FACE__MAX sets of 65,536 bits */
	unsigned char	 id[16];
};
void	pdfa_prepare(const struct pagelist *, const struct pdfa_date *,
	    struct pdfa_pre *);
void	pdfa_pre_free(struct pdfa_pre *);

/*
 * Font descriptors with CapHeight and the CIDSet of the subset, made
 * after every page is drawn and before the save, in place of the ones
 * libharu would make while saving.  Uses up pre's glyph sets.
 */
HPDF_STATUS	pdfa_fonts(HPDF_Doc, struct pdfa_pre *,
		    HPDF_Font font[FACE__MAX]);

/*
 * The catalog's sRGB output intent, the XMP metadata matching the
 * document information (set here too, with the dates), and the /ID.
 */
HPDF_STATUS	pdfa_document(HPDF_Doc, const struct pagelist *,
		    const struct pdfa_pre *, const struct pdfa_date *,
		    const unsigned char *icc, size_t icc_len);

/*
 * An image without transparency for a PNG with an alpha channel or tRNS
 * (image_flat.h): colours over white, a stencil /Mask.  *img = NULL when
 * the PNG has none (load the bytes as they are).
 */
HPDF_STATUS	pdfa_png_flat(HPDF_Doc, const unsigned char *png, size_t len,
		    HPDF_Image *img);

#endif
