/*
 * libFuzzer target for the readers of binary and tabular files: any bytes
 * as an image (image_check_mem: libpng, libjpeg and the limits), as a
 * CSV file (csv_parse) and as an .xlsx workbook (xlsx_parse) must give
 * diagnostics, never a crash, a leak, a hang or undefined behaviour.
 * Random bytes seldom make a zip whose checksums hold, so the workbook is
 * also built around them: "sheet XML\n@@@\nshared strings\n@@@\nstyles"
 * become the parts of a whole zip (written with libzip), and the XML
 * readers behind the zip get the mutations.
 *   make fuzz            (FUZZ_TIME=seconds, default 60)
 */
#define _GNU_SOURCE	/* memmem */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <stdlib.h>
#include <string.h>

#include <zip.h>

#include "content_csv.h"
#include "content_xlsx.h"
#include "diag.h"
#include "image.h"
#include "mem.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const char wb_xml[] = "<workbook xmlns=\"http://schemas.openxmlformats"
    ".org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats"
    ".org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\""
    " sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
static const char rels_xml[] = "<Relationships xmlns=\"http://schemas."
    "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1"
    "\" Target=\"worksheets/sheet1.xml\" Type=\"x\"/></Relationships>";

/* Part k (0, 1, 2) of the input split at "\n@@@\n". */
static const char *
part(const char *s, size_t len, int k, size_t *plen)
{
	const char *end = s + len, *sep;

	for (;;) {
		sep = memmem(s, (size_t)(end - s), "\n@@@\n", 5);
		if (k-- == 0) {
			*plen = (size_t)((sep != NULL ? sep : end) - s);
			return s;
		}
		if (sep == NULL)
			return NULL;
		s = sep + 5;
	}
}

static void
add(zip_t *z, const char *name, const char *s, size_t len)
{
	zip_source_t *src = zip_source_buffer(z, s, len, 0);

	if (src != NULL && zip_file_add(z, name, src, 0) < 0)
		zip_source_free(src);
}

/* The parts as a whole .xlsx in memory, read by the sheet reader. */
static void
wrapped(struct arena *a, const char *s, size_t len)
{
	static const int	 cols[] = { 1, 2, 4 };
	struct xlsx_sel		 sel = { "Sheet1", NULL, 1, 0, cols, 3 };
	zip_source_t		*out = zip_source_buffer_create(NULL, 0, 0, NULL);
	zip_t			*z;
	const char		*p;
	size_t			 plen;
	zip_stat_t		 st;
	char			*buf;
	struct csv		 csv;

	if (out == NULL)
		return;
	zip_source_keep(out);
	if ((z = zip_open_from_source(out, ZIP_TRUNCATE, NULL)) == NULL) {
		zip_source_free(out);
		return;
	}
	add(z, "xl/workbook.xml", wb_xml, sizeof(wb_xml) - 1);
	add(z, "xl/_rels/workbook.xml.rels", rels_xml, sizeof(rels_xml) - 1);
	if ((p = part(s, len, 0, &plen)) != NULL)
		add(z, "xl/worksheets/sheet1.xml", p, plen);
	if ((p = part(s, len, 1, &plen)) != NULL)
		add(z, "xl/sharedStrings.xml", p, plen);
	if ((p = part(s, len, 2, &plen)) != NULL)
		add(z, "xl/styles.xml", p, plen);
	if (zip_close(z) < 0) {
		zip_discard(z);
		zip_source_free(out);
		return;
	}
	if (zip_source_stat(out, &st) == 0 && zip_source_open(out) == 0) {
		buf = xmalloc(st.size + 1);
		if (zip_source_read(out, buf, st.size) == (zip_int64_t)st.size)
			(void)xlsx_parse(a, "fuzz.xlsx", buf, st.size, &sel,
			    &csv);
		zip_source_close(out);
		free(buf);
	}
	zip_source_free(out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE		*devnull;
	static const struct pos	 at = { "fuzz.yaml", 1, 1 };
	struct arena		*a = arena_new();
	struct image_info	 info;
	struct csv		 csv;

	if (devnull == NULL)
		devnull = fopen("/dev/null", "w");
	diag_setup(devnull, (size & 1) ? LANG_EN : LANG_ID);
	if (image_check_mem(data, size, &at, "fuzz.png", &info) == 0 &&
	    (info.w < 1 || info.h < 1 || info.w > IMAGE_MAX_SIDE ||
	    info.h > IMAGE_MAX_SIDE))
		__builtin_trap();	/* a size the layout cannot use */
	(void)csv_parse(a, "fuzz.csv", (const char *)data, size, 3, &csv);
	if (size >= 2 && data[0] == 'P' && data[1] == 'K') {
		struct xlsx_sel sel = { NULL, NULL, 1, 0, NULL, 0 };

		(void)xlsx_parse(a, "fuzz.xlsx", (const char *)data, size,
		    &sel, &csv);
	} else
		wrapped(a, (const char *)data, size);
	arena_free(a);
	return 0;
}
