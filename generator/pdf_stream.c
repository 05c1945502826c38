/*
 * Page content streams deflated when the page is finished (pdf_stream.h).
 *
 * The stream object keeps its identity (the page and its /Contents point
 * at it); only its bytes are replaced by their deflated form.  Its filter
 * is set to none, so libharu writes the bytes as they are, and the
 * /Filter entry it would have written is written by the dictionary's
 * write hook instead.
 */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <hpdf.h>

#include "mem.h"
#include "pdf_stream.h"

/* Written by HPDF_Dict_Write among the stream dictionary's entries. */
static HPDF_STATUS
write_filter(HPDF_Dict dict, HPDF_Stream out)
{
	(void)dict;
	return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
}

/* Every chunk of the memory stream s through one deflate into d->out. */
static int
deflate_chunks(HPDF_Stream s, struct pdf_deflater *d, size_t *outlen)
{
	HPDF_UINT	 n = HPDF_MemStream_GetBufCount(s);
	z_stream	*z = &d->z;
	size_t		 need;
	int		 zr = Z_OK;

	if (!d->ready) {
		if (deflateInit(z, Z_DEFAULT_COMPRESSION) != Z_OK)
			return -1;
		d->ready = 1;
	} else if (deflateReset(z) != Z_OK)
		return -1;
	need = deflateBound(z, HPDF_Stream_Size(s)) + 64;
	if (need > d->cap) {
		d->cap = need;
		d->out = xrealloc(d->out, d->cap);
	}
	z->next_out = d->out;
	z->avail_out = (uInt)d->cap;
	for (HPDF_UINT i = 0; i < n && zr == Z_OK; i++) {
		HPDF_UINT	 len = 0;
		HPDF_BYTE	*p = HPDF_MemStream_GetBufPtr(s, i, &len);

		if (p == NULL) {
			zr = Z_STREAM_ERROR;
			break;
		}
		z->next_in = p;
		z->avail_in = len;
		zr = deflate(z, i + 1 == n ? Z_FINISH : Z_NO_FLUSH);
	}
	if (n == 0)
		zr = deflate(z, Z_FINISH);
	*outlen = d->cap - z->avail_out;
	return zr == Z_STREAM_END ? 0 : -1;
}

void
pdf_deflater_end(struct pdf_deflater *d)
{
	if (d->ready)
		deflateEnd(&d->z);
	free(d->out);
	memset(d, 0, sizeof(*d));
}

HPDF_STATUS
pdf_page_deflate(HPDF_Page page, struct pdf_deflater *d)
{
	HPDF_PageAttr	 attr = (HPDF_PageAttr)page->attr;
	HPDF_Dict	 contents = attr->contents;
	HPDF_Stream	 s = attr->stream;
	size_t		 zlen;
	HPDF_STATUS	 st;

	if (attr->gmode != HPDF_GMODE_PAGE_DESCRIPTION ||
	    (attr->gstate != NULL && attr->gstate->prev != NULL) ||
	    contents == NULL || contents->stream != s ||
	    s->type != HPDF_STREAM_MEMORY ||
	    !(contents->filter & HPDF_STREAM_FILTER_FLATE_DECODE) ||
	    contents->write_fn != NULL)
		return HPDF_OK;
	if (deflate_chunks(s, d, &zlen) != 0)
		return HPDF_ZLIB_ERROR;
	HPDF_MemStream_FreeData(s);
	if ((st = HPDF_Stream_Write(s, d->out, (HPDF_UINT)zlen)) != HPDF_OK)
		return st;
	contents->filter = HPDF_STREAM_FILTER_NONE;
	contents->write_fn = write_filter;
	return HPDF_OK;
}
