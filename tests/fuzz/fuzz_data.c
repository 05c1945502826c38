/*
 * libFuzzer target for the data files: the input is cut at lines "@@@"
 * into anggaran.yaml, kinerja.yaml, pegawai.csv and bab-1.yaml (the part
 * whose tables and sentences draw on them) of a small report naming all
 * three.  Any bytes must give diagnostics or pages, never a crash.  The
 * template and fonts come from LAKIN_HOME (make fuzz sets it).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_content.h"
#include "check_schema.h"
#include "diag.h"
#include "drive.h"
#include "font.h"
#include "hyph.h"
#include "input.h"
#include "layout.h"
#include "mem.h"
#include "template.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const char *const files[] = { "anggaran.yaml", "kinerja.yaml",
	"pegawai.csv", "bab-1.yaml" };

static char		 dir[] = "/tmp/lakin-fuzz-data-XXXXXX";
static struct arena	*keep;
static struct style	 st;
static struct fontset	*fs;
static struct hyph	*hy;
static FILE		*devnull;

/* libFuzzer exits through exit(): leave no directory behind in /tmp. */
static void
cleanup(void)
{
	for (size_t i = 0; i < 4; i++)
		unlink(arena_printf(keep, "%s/%s", dir, files[i]));
	unlink(arena_printf(keep, "%s/laporan.yaml", dir));
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
	    "data: {anggaran: anggaran.yaml, kinerja: kinerja.yaml,"
	    " pegawai: pegawai.csv}\nberkas: [bab-1.yaml]\n", f);
	fclose(f);
	if (template_load(keep, "lakin", NULL, NULL, &st) != 0 ||
	    (fs = fontset_load(st.fonts_dir, st.fonts, NULL)) == NULL)
		abort();
	hy = hyph_open(st.hyph_dict, st.hyph_left, st.hyph_right);
}

/* The pieces between "\n@@@\n" separators, one per file. */
static void
write_files(const uint8_t *data, size_t size)
{
	size_t start = 0;

	for (size_t k = 0; k < 4; k++) {
		size_t	 end = size;
		FILE	*f;

		for (size_t i = start; k < 3 && i + 5 <= size; i++)
			if (memcmp(data + i, "\n@@@\n", 5) == 0) {
				end = i;
				break;
			}
		f = fopen(arena_printf(keep, "%s/%s", dir, files[k]), "w");
		if (start < end)
			fwrite(data + start, 1, end - start, f);
		fclose(f);
		start = end + 5 < size ? end + 5 : size;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena	*a;
	struct node	*root;
	struct report	*r;
	struct pagelist	*pl;
	int		 errs = 0;

	if (keep == NULL)
		once();
	write_files(data, size);
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
