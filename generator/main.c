/*
 * lakin: Laporan Kinerja from YAML content to PDF.
 * load -> check -> derive -> layout -> render; every stage reports
 * through diag.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "cli_tools.h"
#include "diag.h"
#include "diff.h"
#include "new.h"
#include "watch.h"

#define LAKIN_VERSION "0.1.0"

static void
usage(FILE *f)
{
	fputs(tr(
"pemakaian: lakin build [-o BERKAS.pdf] [--draft] [--strict] [--lang id|en] FOLDER\n"
"           lakin check [--strict] [--lang id|en] FOLDER\n"
"           (build dan check juga: [--format text|json|sarif] [--color auto|always|never]\n"
"            [--template FOLDER] [--fonts FOLDER])\n"
"           lakin layout --dump [--lang id|en] FOLDER\n"
"           lakin watch [-o BERKAS.pdf] [--draft] [--lang id|en] FOLDER\n"
"           lakin diff [--format teks|json] FOLDER_LAMA FOLDER_BARU\n"
"           lakin new [--dari FOLDER_LAMA --tahun TAHUN] FOLDER\n"
"           lakin --help | --version\n"
"\n"
"  build   periksa konten lalu tulis PDF (bawaan: NAMA-FOLDER.pdf)\n"
"  check   hanya periksa konten (skema, pola, huruf)\n"
"  layout  tata letak halaman sebagai teks (untuk uji golden)\n"
"  diff    angka yang berbeda antara dua versi konten\n"
"  new     folder laporan baru yang siap diisi, atau laporan tahun berikutnya\n"
"  watch   bangun ulang PDF setiap kali berkas yang dibaca laporan disimpan\n"
"  --draft beri tanda DRAF pada setiap halaman\n"
"  --strict peringatan membuat status keluar 1\n"
"  --format json|sarif temuan ke stdout untuk mesin (bawaan text: baris ke stderr)\n"
"  --color  warna di terminal (bawaan auto: hanya di terminal dan tanpa NO_COLOR)\n"
"  --template FOLDER  templat di FOLDER/templat.yaml, bukan yang disebut laporan.yaml\n"
"  --fonts FOLDER     berkas huruf dari FOLDER\n"
"Status keluar: 0 baik, 1 ada peringatan (dengan --strict), 2 ada galat.\n",
"usage: lakin build [-o FILE.pdf] [--draft] [--strict] [--lang id|en] DIR\n"
"       lakin check [--strict] [--lang id|en] DIR\n"
"       (build and check also: [--format text|json|sarif] [--color auto|always|never]\n"
"        [--template DIR] [--fonts DIR])\n"
"       lakin layout --dump [--lang id|en] DIR\n"
"       lakin watch [-o FILE.pdf] [--draft] [--lang id|en] DIR\n"
"       lakin diff [--format text|json] OLD_DIR NEW_DIR\n"
"       lakin new [--dari OLD_DIR --tahun YEAR] DIR\n"
"       lakin --help | --version\n"
"\n"
"  build   check the content, then write the PDF (default: DIRNAME.pdf)\n"
"  check   only check the content (schema, patterns, fonts)\n"
"  layout  the page layout as text (for golden tests)\n"
"  diff    the figures that differ between two versions of the content\n"
"  new     a new report folder ready to fill in, or next year's report\n"
"  watch   rebuild the PDF every time a file the report read is saved\n"
"  --draft mark every page DRAF\n"
"  --strict warnings make the exit status 1\n"
"  --format json|sarif findings on stdout for machines (default text: lines on stderr)\n"
"  --color  colour on a terminal (default auto: only on a terminal and without NO_COLOR)\n"
"  --template DIR  the template in DIR/templat.yaml, not the one laporan.yaml names\n"
"  --fonts DIR     font files from DIR\n"
"Exit status: 0 ok, 1 warnings (with --strict), 2 errors.\n"), f);
}

/* --lang first, so every later message is in the right language. */
static void
pre_lang(int argc, char **argv)
{
	for (int i = 1; i + 1 < argc; i++)
		if (strcmp(argv[i], "--lang") == 0)
			diag_setup(stderr, strcmp(argv[i + 1], "en") == 0 ?
			    LANG_EN : LANG_ID);
}

int
main(int argc, char **argv)
{
	struct build_opts o;

	diag_setup(stderr, LANG_ID);
	pre_lang(argc, argv);
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		usage(stdout);
		return 0;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("lakin %s\n", LAKIN_VERSION);
		return 0;
	}
	if (strcmp(argv[1], "diff") == 0)
		return diff_main(argc, argv);
	if (strcmp(argv[1], "new") == 0)
		return new_main(argc, argv);
	if (strcmp(argv[1], "watch") == 0)
		return watch_main(argc, argv);
	if (build_args(argc, argv, 1, &o) != 0) {
		usage(stderr);
		return 2;
	}
	diag_hold(1);
	tool_setup(&o.tool, o.dir, LAKIN_VERSION);
	return build_once(&o);
}
