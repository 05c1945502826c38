/*
 * The PDF backend: renders a page list (pagelist.h) with libharu, as
 * PDF/A-1b.  libharu's headers are included only by the backend's two
 * files, pdf_render.c and pdf_pdfa.c.
 */
#ifndef LAKIN_PDF_RENDER_H
#define LAKIN_PDF_RENDER_H

#include "pagelist.h"

/*
 * Render pl to path atomically: the document is built in memory, written
 * to a temporary file in the same directory (outfile.h:
 * path + ".tmp-<pid>-XXXXXX"), fsync'ed and renamed over path.  Every libharu call is checked.  On any
 * failure one diagnostic is reported (MSG_OUTPUT, MSG_FONT_FILE,
 * MSG_FONT_BAD, MSG_ICC or MSG_PDF), the temporary file is removed, an existing
 * file at path is left untouched and -1 is returned.  Returns 0 on
 * success.  Identical input gives byte-identical output: the dates come
 * from SOURCE_DATE_EPOCH or the content, never the clock, and the /ID is
 * a hash of the content (pdf_pdfa.h).
 *
 * Expects: pl->fonts[face] set for every face used by a text item; the
 * path of every PI_IMAGE item in pl->images;
 * strings in UTF-8 (already validated); label ranges in ascending order
 * of first page.
 */
int	pdf_render(const struct pagelist *pl, const char *path);
/*
 * The same, but each page's items are freed as soon as the page is drawn
 * (its items NULL, n 0 afterwards): a long report does not hold its pages
 * twice, as items and as libharu's content streams.  For a page list
 * used once, as a build's.
 */
int	pdf_render_consume(struct pagelist *pl, const char *path);

#endif
