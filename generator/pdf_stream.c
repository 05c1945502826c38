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

/* Every chunk of the memory stream s through one deflate; *out is xmalloc'd. */
static int
deflate_chunks(HPDF_Stream s, unsigned char **out, size_t *outlen)
{
	HPDF_UINT	 n = HPDF_MemStream_GetBufCount(s);
	z_stream	 z = { 0 };
	size_t		 cap;
	int		 zr = Z_OK;

	if (deflateInit(&z, Z_DEFAULT_COMPRESSION) != Z_OK)
		return -1;
	cap = deflateBound(&z, HPDF_Stream_Size(s)) + 64;
	*out = xmalloc(cap);
	z.next_out = *out;
	z.avail_out = (uInt)cap;
	for (HPDF_UINT i = 0; i < n && zr == Z_OK; i++) {
		HPDF_UINT	 len = 0;
		HPDF_BYTE	*p = HPDF_MemStream_GetBufPtr(s, i, &len);

		if (p == NULL) {
			zr = Z_STREAM_ERROR;
			break;
		}
		z.next_in = p;
		z.avail_in = len;
		zr = deflate(&z, i + 1 == n ? Z_FINISH : Z_NO_FLUSH);
		if (zr == Z_STREAM_END)
			break;
	}
	if (n == 0)
		zr = deflate(&z, Z_FINISH);
	*outlen = cap - z.avail_out;
	deflateEnd(&z);
	if (zr != Z_STREAM_END) {
		free(*out);
		*out = NULL;
		return -1;
	}
	return 0;
}

HPDF_STATUS
pdf_page_deflate(HPDF_Page page)
{
	HPDF_PageAttr	 attr = (HPDF_PageAttr)page->attr;
	HPDF_Dict	 contents = attr->contents;
	HPDF_Stream	 s = attr->stream;
	unsigned char	*z;
	size_t		 zlen;
	HPDF_STATUS	 st;

	if (attr->gmode != HPDF_GMODE_PAGE_DESCRIPTION ||
	    (attr->gstate != NULL && attr->gstate->prev != NULL) ||
	    contents == NULL || contents->stream != s ||
	    s->type != HPDF_STREAM_MEMORY ||
	    !(contents->filter & HPDF_STREAM_FILTER_FLATE_DECODE) ||
	    contents->write_fn != NULL)
		return HPDF_OK;
	if (deflate_chunks(s, &z, &zlen) != 0)
		return HPDF_ZLIB_ERROR;
	HPDF_MemStream_FreeData(s);
	st = HPDF_Stream_Write(s, z, (HPDF_UINT)zlen);
	free(z);
	if (st != HPDF_OK)
		return st;
	contents->filter = HPDF_STREAM_FILTER_NONE;
	contents->write_fn = write_filter;
	return HPDF_OK;
}
