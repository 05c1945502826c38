/*
 * libFuzzer target for check + layout: any bytes as the part file of a
 * small report must give diagnostics or pages, never a crash.  The
 * template and fonts come from LAKIN_HOME (make fuzz sets it).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_content.h"
#include "drive.h"
#include "check_schema.h"
#include "diag.h"
#include "font.h"
#include "hyph.h"
#include "input.h"
#include "layout.h"
#include "mem.h"
#include "template.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static char		 dir[] = "/tmp/lakin-fuzz-XXXXXX";
static struct arena	*keep;
static struct style	 st;
static struct fontset	*fs;
static struct hyph	*hy;
static FILE		*devnull;

/* libFuzzer exits through exit(): leave no directory behind in /tmp. */
static void
cleanup(void)
{
	static const char *const made[] = { "laporan.yaml", "bab-1.yaml" };

	for (size_t i = 0; i < 2; i++)
		unlink(arena_printf(keep, "%s/%s", dir, made[i]));
	rmdir(dir);
}

static void
once(void)
{
	FILE *f;

	devnull = fopen("/dev/null", "w");
	diag_setup(devnull, LANG_ID);
	if (mkdtemp(dir) == NULL)
		abort();
	atexit(cleanup);
	f = fopen(arena_printf(keep = arena_new(), "%s/laporan.yaml", dir), "w");
	fputs("laporan: {judul: LAPORAN KINERJA, tahun: 2024, templat: lakin,"
	    " tanggal: Januari 2025}\ninstansi: {pemerintah: PEMERINTAH KOTA UJI,"
	    " nama: DINAS UJI, singkatan: Dinas Uji, kota: Uji}\n"
	    "berkas: [bab-1.yaml]\n", f);
	fclose(f);
	if (template_load(keep, "lakin", NULL, NULL, &st) != 0 ||
	    (fs = fontset_load(st.fonts_dir, st.fonts, NULL)) == NULL)
		abort();
	hy = hyph_open(st.hyph_dict, st.hyph_left, st.hyph_right);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena	*a;
	struct node	*root;
	struct report	*r;
	struct pagelist	*pl;
	FILE		*f;
	int		 errs = 0;

	if (keep == NULL)
		once();
	f = fopen(arena_printf(keep, "%s/bab-1.yaml", dir), "w");
	fwrite(data, 1, size, f);
	fclose(f);
	a = arena_new();
	diag_reset();
	root = report_load(a, dir, &errs);
	r = drive_check(a, dir, root, errs, fs, &st);
	if (r != NULL) {
		pl = drive_layout(a, r, &st, fs, hy);
		layout_free(pl);
	}
	check_schema_free();
	input_reset();
	arena_free(a);
	return 0;
}
