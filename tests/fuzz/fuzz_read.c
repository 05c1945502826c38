/*
 * libFuzzer target for the readers of binary and tabular files: any bytes
 * as an image (image_check_mem: libpng, libjpeg and the limits) and as a
 * CSV file (csv_parse) must give diagnostics, never a crash, a leak, a
 * hang or undefined behaviour.
 *   make fuzz            (FUZZ_TIME=seconds, default 60)
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "content_csv.h"
#include "diag.h"
#include "image.h"
#include "mem.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

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
	arena_free(a);
	return 0;
}
