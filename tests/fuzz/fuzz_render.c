/*
 * libFuzzer target for check + layout + PDF: a small report is checked,
 * laid out and rendered to a PDF file under /tmp, with the template
 * fuzzed too.  The first byte of an input picks a template:
 *
 *   'T'    the input up to a line "#bab" is templat.yaml (checked like
 *          any template), the rest the part file
 *   other  one of a few fixed templates at the edges of what template.c
 *          allows (largest and smallest text, narrowest column, F4,
 *          per-Lampiran page labels); the rest of the input is the part
 *
 * Whatever passes the checks and layout without an error must have every
 * item on its page and render to a whole PDF; anything else is a crash
 * for the fuzzer.  The fonts come from $LAKIN_HOME (make sets it).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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
#include "pdf_render.h"
#include "template.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* A template in one line per group; the variants fill the numbers in. */
static const char tpl_fmt[] =
    "nama: uji\n"
    "halaman:\n"
    "  ukuran: %s\n"
    "  margin: {atas: %s, bawah: %s, kiri: %s, kanan: %s}\n"
    "huruf: {biasa: LiberationSans-Regular.ttf, tebal: LiberationSans-Bold.ttf,"
    " miring: LiberationSans-Italic.ttf,"
    " tebal_miring: LiberationSans-BoldItalic.ttf}\n"
    "teks: {ukuran: %s, spasi: %s, jarak_paragraf: %s, inden_daftar: %s}\n"
    "judul: {bab: %s, tingkat_1: %s, tingkat_2: %s, tingkat_3: %s}\n"
    "tabel: {ukuran: %s, spasi: %s}\n"
    "daftar: [%s]\n"
    "kepala: \"%s\"\n"
    "kaki: \"%s\"\n"
    "label_lampiran: \"%s\"\n"
    "pemenggalan: {kamus: /usr/share/hyphen/hyph_id_ID.dic, kiri: 2, kanan: 3}\n";

static const char *const variants[][19] = {
	/* as templates/lakin */
	{ "A4", "25", "22", "30", "22", "11", "1.45", "6", "7",
	  "15", "12", "11", "11", "9", "1.25", "isi, tabel, gambar",
	  "Laporan Kinerja Tahun {tahun}", "{singkatan}", "L-" },
	/* the largest sizes and leadings in the narrowest, lowest column */
	{ "A4", "55", "55", "65", "65", "16", "3", "36", "20",
	  "28", "28", "28", "28", "16", "3", "isi, tabel, gambar, lampiran",
	  "{instansi} {singkatan} Laporan Kinerja Tahun {tahun}",
	  "{instansi} {singkatan}", "Lampiran {nomor}-" },
	/* the smallest sizes and margins */
	{ "F4", "12", "13", "5", "5", "6", "1.2", "0", "0",
	  "6", "6", "6", "6", "4", "1.2", "lampiran, gambar, tabel, isi",
	  "{tahun}", "-", "L-" },
	/* F4, middling, long page labels */
	{ "F4", "30", "30", "40", "25", "12", "2", "12", "10",
	  "20", "16", "14", "12", "10", "1.5", "isi",
	  "Laporan {tahun}", "{singkatan} {tahun}", "Lampiran {nomor}-" },
};
#define NVARIANTS (sizeof(variants) / sizeof(variants[0]))

static char		 dir[] = "/tmp/lakin-fuzz-render-XXXXXX";
static char		*home;
static struct arena	*keep;
static struct style	 st[NVARIANTS];
static struct fontset	*fs;
static struct hyph	*hy;
static FILE		*devnull;

static void
write_file(const char *path, const void *data, size_t size)
{
	FILE *f = fopen(path, "w");

	if (f == NULL || fwrite(data, 1, size, f) != size || fclose(f) != 0)
		abort();
}

/* What once() and the inputs made under dir, gone at exit. */
static void
cleanup(void)
{
	struct arena *a = arena_new();

	for (size_t i = 0; i <= NVARIANTS; i++) {
		const char *t = i < NVARIANTS ?
		    arena_printf(a, "%s/templates/v%zu", home, i) :
		    arena_printf(a, "%s/templates/fz", home);

		unlink(arena_printf(a, "%s/templat.yaml", t));
		rmdir(t);
	}
	rmdir(arena_printf(a, "%s/templates", home));
	unlink(arena_printf(a, "%s/fonts", home));
	rmdir(home);
	unlink(arena_printf(a, "%s/laporan.yaml", dir));
	unlink(arena_printf(a, "%s/bab-1.yaml", dir));
	unlink(arena_printf(a, "%s/out.pdf", dir));
	rmdir(dir);
	arena_free(a);
}

static void
once(void)
{
	const char	*lh = getenv("LAKIN_HOME");
	const char	*v;
	char		 buf[4096];

	/* what the fixed templates might say is for the one running it */
	devnull = fopen("/dev/null", "w");
	diag_setup(stderr, LANG_ID);
	if (lh == NULL || mkdtemp(dir) == NULL)
		abort();
	keep = arena_new();
	home = arena_printf(keep, "%s/home", dir);
	if (mkdir(home, 0777) != 0 ||
	    mkdir(arena_printf(keep, "%s/templates", home), 0777) != 0 ||
	    symlink(arena_printf(keep, "%s/fonts", lh),
	    arena_printf(keep, "%s/fonts", home)) != 0)
		abort();
	v = "laporan: {judul: LAPORAN KINERJA, tahun: 2024, templat: lakin,"
	    " tanggal: Januari 2025}\ninstansi: {pemerintah: PEMERINTAH KOTA UJI,"
	    " nama: DINAS UJI, singkatan: Dinas Uji, kota: Uji}\n"
	    "berkas: [bab-1.yaml]\n";
	write_file(arena_printf(keep, "%s/laporan.yaml", dir), v, strlen(v));
	atexit(cleanup);
	setenv("LAKIN_HOME", home, 1);
	for (size_t i = 0; i < NVARIANTS; i++) {
		const char *const *p = variants[i];
		const char *t = arena_printf(keep, "%s/templates/v%zu", home, i);
		int n = snprintf(buf, sizeof(buf), tpl_fmt, p[0], p[1], p[2],
		    p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11],
		    p[12], p[13], p[14], p[15], p[16], p[17], p[18]);

		if (mkdir(t, 0777) != 0)
			abort();
		write_file(arena_printf(keep, "%s/templat.yaml", t), buf,
		    (size_t)n);
		/* the fixed variants are within the limits: they must load */
		if (template_load(keep, arena_printf(keep, "v%zu", i), NULL,
		    NULL, &st[i]) != 0)
			abort();
	}
	if ((fs = fontset_load(st[0].fonts_dir, st[0].fonts, NULL)) == NULL)
		abort();
	hy = hyph_open(st[0].hyph_dict, st[0].hyph_left, st[0].hyph_right);
	diag_setup(devnull, LANG_ID);
}

/* Every item starts on its page: nothing is drawn off the paper. */
static void
on_pages(const struct pagelist *pl)
{
	for (size_t i = 0; i < pl->n; i++) {
		const struct page *p = pl->pages[i];

		for (size_t k = 0; k < p->n; k++) {
			const struct pitem *it = &p->items[k];

			if (!(it->x >= -0.01 && it->x <= p->w + 0.01 &&
			    it->y >= -0.01 && it->y <= p->h + 0.01))
				abort();
		}
	}
}

/* The first "\n#bab\n" in data, or NULL. */
static const uint8_t *
bab_mark(const uint8_t *data, size_t size)
{
	static const char	 mark[] = "\n#bab\n";
	size_t			 n = sizeof(mark) - 1;

	for (size_t i = 0; i + n <= size; i++)
		if (memcmp(data + i, mark, n) == 0)
			return data + i;
	return NULL;
}

/* A template from the input; 0 when it is not one lakin accepts. */
static int
input_template(const uint8_t *data, size_t size, struct arena *a,
    struct style *s)
{
	char *t = arena_printf(a, "%s/templates/fz", home);

	(void)mkdir(t, 0777);
	write_file(arena_printf(a, "%s/templat.yaml", t), data, size);
	if (template_load(a, "fz", NULL, NULL, s) != 0)
		return 0;
	/* other font files are not there: only the test's fonts count */
	for (int f = 0; f < FACE__MAX; f++)
		if (strcmp(s->fonts[f], st[0].fonts[f]) != 0)
			return 0;
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena		*a;
	struct node		*root;
	struct report		*r;
	struct pagelist		*pl;
	struct style		 fst;
	const struct style	*s;
	const uint8_t		*bab;
	size_t			 nbab;
	int			 errs = 0;

	if (keep == NULL)
		once();
	if (size == 0)
		return 0;
	a = arena_new();
	diag_reset();
	if (data[0] == 'T') {
		const uint8_t *end = bab_mark(data + 1, size - 1);
		size_t tlen = end != NULL ? (size_t)(end - data - 1) : size - 1;

		bab = end != NULL ? end + 6 : data + size;
		nbab = (size_t)(data + size - bab);
		if (!input_template(data + 1, tlen, a, &fst)) {
			arena_free(a);
			return 0;
		}
		s = &fst;
	} else {
		s = &st[data[0] % NVARIANTS];
		bab = data + 1;
		nbab = size - 1;
	}
	write_file(arena_printf(a, "%s/bab-1.yaml", dir), bab, nbab);
	root = report_load(a, dir, &errs);
	r = drive_check(a, dir, root, errs, fs, s);
	if (r != NULL) {
		pl = drive_layout(a, r, s, fs, hy);
		/* an error (a block too tall) means no PDF: nothing to check */
		if (diag_worst() < SEV_ERROR) {
			const char	*out = arena_printf(a, "%s/out.pdf", dir);
			char		 head[5], tail[6];
			FILE		*f;

			/* a clean layout renders, whole */
			on_pages(pl);
			if (pdf_render(pl, out) != 0 ||
			    (f = fopen(out, "rb")) == NULL)
				abort();
			if (fread(head, 1, 5, f) != 5 ||
			    memcmp(head, "%PDF-", 5) != 0 ||
			    fseek(f, -6, SEEK_END) != 0 ||
			    fread(tail, 1, 6, f) != 6 ||
			    memcmp(tail, "%%EOF", 5) != 0)
				abort();
			fclose(f);
		}
		layout_free(pl);
	}
	check_schema_free();
	input_reset();	/* the records of every input would pile up */
	arena_free(a);
	return 0;
}
