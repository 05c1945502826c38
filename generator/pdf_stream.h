/*
 * Page content streams compressed as soon as a page is drawn, for the PDF
 * backend (includes libharu's headers; only pdf_render.c calls it).
 *
 * libharu keeps every page's operators uncompressed in memory until the
 * document is saved and only deflates them then: for a 10,000-row table
 * that is ~14 MB held at the peak, beside everything else.  Deflating
 * each page's stream when its last operator is written, with the same
 * zlib level libharu uses, does the same work earlier and holds a tenth
 * of the bytes.
 */
#ifndef LAKIN_PDF_STREAM_H
#define LAKIN_PDF_STREAM_H

#include <stddef.h>
#include <zlib.h>
#include <hpdf.h>

/* One compressor for every page of a document (deflateReset between
 * pages: no 256 KB window made and zeroed per page).  Zero it first. */
struct pdf_deflater {
	z_stream	 z;
	int		 ready;
	unsigned char	*out;		/* the compressed bytes of a page */
	size_t		 cap;
};

/*
 * Deflate page's content stream in place and mark it /FlateDecode.
 * The page must be finished: no open text or path object and no saved
 * graphics state, since libharu would write the operators that close
 * them at save time, after the compressed bytes.  Such a page is left as
 * it is (libharu compresses it at save time).  HPDF_OK or the libharu
 * or zlib failure as an HPDF error code.
 */
HPDF_STATUS	pdf_page_deflate(HPDF_Page page, struct pdf_deflater *);
void		pdf_deflater_end(struct pdf_deflater *);

#endif
