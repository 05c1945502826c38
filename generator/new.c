/*
 * lakin new [--dari OLD --tahun N] DIR: the command line of `new`; the
 * work is in new_skel.c (a new agency) and rollover.c (next year).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "new.h"

static void
new_usage(void)
{
	fputs(tr(
"pemakaian: lakin new [--lang id|en] FOLDER\n"
"           lakin new --dari FOLDER_LAMA --tahun TAHUN [--lang id|en] FOLDER\n"
"  FOLDER baru berisi laporan lengkap yang siap diisi; dengan --dari: laporan\n"
"  tahun TAHUN dari laporan tahun sebelumnya (fakta tetap dibawa, yang harus\n"
"  diisi lagi dikosongkan dan didaftar)\n"
"Status keluar: 0 baik, 2 galat.\n",
"usage: lakin new [--lang id|en] DIR\n"
"       lakin new --dari OLD_DIR --tahun YEAR [--lang id|en] DIR\n"
"  a new DIR holding a complete report ready to fill in; with --dari: the\n"
"  report for YEAR from last year's (standing facts carried over, what must\n"
"  be entered again cleared and listed)\n"
"Exit status: 0 ok, 2 errors.\n"), stderr);
}

/* A year as --tahun takes it: four digits, 2000 to 2100; else -1. */
static int
parse_year(const char *s)
{
	char	*end;
	long	 y;

	if (strlen(s) != 4)
		return -1;
	y = strtol(s, &end, 10);
	return *end == '\0' && y >= 2000 && y <= 2100 ? (int)y : -1;
}

int
new_main(int argc, char **argv)
{
	const char	*dir = NULL, *from = NULL;
	int		 year = 0;

	for (int i = 2; i < argc; i++) {
		if (strcmp(argv[i], "--dari") == 0 && i + 1 < argc)
			from = argv[++i];
		else if (strcmp(argv[i], "--tahun") == 0 && i + 1 < argc) {
			if ((year = parse_year(argv[++i])) < 0) {
				diag(NULL, MSG_NEW_YEAR, argv[i]);
				diag_end();
				return 2;
			}
		} else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
			i++;		/* read by main's pre_lang */
		else if (argv[i][0] == '-' || dir != NULL) {
			new_usage();
			return 2;
		} else
			dir = argv[i];
	}
	if (dir == NULL || (from == NULL) != (year == 0)) {
		new_usage();
		return 2;
	}
	return from != NULL ? rollover_run(from, year, dir, argv[0]) :
	    new_skeleton(dir, argv[0]);
}
