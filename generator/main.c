/*
 * lakin: Laporan Kinerja from YAML content to PDF.
 * load -> check -> derive -> layout -> render; every stage reports
 * through diag.
 */
#define _XOPEN_SOURCE 700	/* realpath */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "check_content.h"
#include "check_schema.h"
#include "cli_tools.h"
#include "diag.h"
#include "diff.h"
#include "drive.h"
#include "font.h"
#include "hyph.h"
#include "input.h"
#include "layout.h"
#include "mem.h"
#include "new.h"
#include "pdf_render.h"
#include "template.h"
#include "timing.h"

#define LAKIN_VERSION "0.1.0"

enum cmd {
	CMD_BUILD,
	CMD_CHECK,
	CMD_LAYOUT
};

struct opts {
	enum cmd	 cmd;
	const char	*out;
	const char	*dir;
	int		 draft, strict, dump;
	enum lang	 lang;
	struct tool_opts tool;		/* --format, --color, --template, --fonts */
};

static void
usage(FILE *f)
{
	fputs(tr(
"pemakaian: lakin build [-o BERKAS.pdf] [--draft] [--strict] [--lang id|en] FOLDER\n"
"           lakin check [--strict] [--lang id|en] FOLDER\n"
"           (build dan check juga: [--format text|json|sarif] [--color auto|always|never]\n"
"            [--template FOLDER] [--fonts FOLDER])\n"
"           lakin layout --dump [--lang id|en] FOLDER\n"
"           lakin diff [--format teks|json] FOLDER_LAMA FOLDER_BARU\n"
"           lakin new [--dari FOLDER_LAMA --tahun TAHUN] FOLDER\n"
"           lakin --help | --version\n"
"\n"
"  build   periksa konten lalu tulis PDF (bawaan: NAMA-FOLDER.pdf)\n"
"  check   hanya periksa konten (skema, pola, huruf)\n"
"  layout  tata letak halaman sebagai teks (untuk uji golden)\n"
"  diff    angka yang berbeda antara dua versi konten\n"
"  new     folder laporan baru yang siap diisi, atau laporan tahun berikutnya\n"
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
"       lakin diff [--format text|json] OLD_DIR NEW_DIR\n"
"       lakin new [--dari OLD_DIR --tahun YEAR] DIR\n"
"       lakin --help | --version\n"
"\n"
"  build   check the content, then write the PDF (default: DIRNAME.pdf)\n"
"  check   only check the content (schema, patterns, fonts)\n"
"  layout  the page layout as text (for golden tests)\n"
"  diff    the figures that differ between two versions of the content\n"
"  new     a new report folder ready to fill in, or next year's report\n"
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

static int
parse_args(int argc, char **argv, struct opts *o)
{
	int i = 2, t;

	memset(o, 0, sizeof(*o));
	o->lang = diag_lang();
	tool_opts_init(&o->tool);
	if (strcmp(argv[1], "build") == 0)
		o->cmd = CMD_BUILD;
	else if (strcmp(argv[1], "check") == 0)
		o->cmd = CMD_CHECK;
	else if (strcmp(argv[1], "layout") == 0)
		o->cmd = CMD_LAYOUT;
	else
		return -1;
	for (; i < argc; i++) {
		if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
			o->out = argv[++i];
		else if (strcmp(argv[i], "--draft") == 0)
			o->draft = 1;
		else if (strcmp(argv[i], "--strict") == 0)
			o->strict = 1;
		else if (strcmp(argv[i], "--dump") == 0)
			o->dump = 1;
		else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc &&
		    (strcmp(argv[i + 1], "id") == 0 ||
		    strcmp(argv[i + 1], "en") == 0))
			i++;
		else if ((t = tool_opt(argc, argv, &i, &o->tool,
		    o->cmd != CMD_LAYOUT)) != 0) {
			if (t < 0)
				return -1;
		} else if (argv[i][0] == '-' || o->dir != NULL)
			return -1;
		else
			o->dir = argv[i];
	}
	if (o->dir == NULL || (o->cmd == CMD_LAYOUT && !o->dump))
		return -1;
	return 0;
}

static int
status(const struct opts *o)
{
	enum sev w = diag_worst();

	if (w >= SEV_ERROR)
		return 2;
	return w == SEV_WARN && o->strict ? 1 : 0;
}

/* The last name of path (trailing slashes dropped), in the arena. */
static char *
last_name(struct arena *a, const char *path)
{
	char	*d = arena_strdup(a, path), *slash;
	size_t	 n = strlen(d);

	while (n > 1 && d[n - 1] == '/')
		d[--n] = '\0';
	return (slash = strrchr(d, '/')) != NULL && slash[1] != '\0' ?
	    slash + 1 : d;
}

/*
 * NAME.pdf in the current folder, NAME the folder's name as given; for
 * "." or ".." (also "x/.") the name of the folder they are.  A folder
 * without a name ("/") gives laporan.pdf.
 */
static const char *
default_out(struct arena *a, const char *dir)
{
	const char	*name = last_name(a, dir);
	char		*real;

	if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0) {
		if ((real = realpath(dir, NULL)) != NULL) {
			name = last_name(a, real);
			free(real);
		}
	}
	if (strcmp(name, "/") == 0 || strcmp(name, ".") == 0 ||
	    strcmp(name, "..") == 0)
		name = "laporan";
	return arena_printf(a, "%s.pdf", name);
}

/* The output must not be a file this build read: the PDF would replace it. */
static int
out_is_input(const char *out)
{
	const struct in_file *f = input_which(out);

	if (f == NULL)
		return 0;
	diag(NULL, MSG_OUT_IS_INPUT, out, f->path);
	return 1;
}

/* The build time for the draft footer: SOURCE_DATE_EPOCH when set. */
static const char *
build_stamp(struct arena *a)
{
	const char	*sde = getenv("SOURCE_DATE_EPOCH");
	time_t		 t = sde != NULL ? (time_t)strtoll(sde, NULL, 10) : time(NULL);
	struct tm	 tm;
	char		 buf[32];

	gmtime_r(&t, &tm);
	strftime(buf, sizeof(buf), "%Y-%m-%d %H:%M UTC", &tm);
	return arena_printf(a, "%s %s", "DRAF — dibuat", buf);
}

/*
 * --draft: a light diagonal DRAF behind every page and the build time in
 * the footer.  Only drafts carry a date, so normal output stays
 * byte-identical.
 */
static void
draft_marks(struct arena *a, struct pagelist *pl, const struct fontset *fs)
{
	const char	*stamp = build_stamp(a);
	double		 sw = font_width(fs, FACE_ITALIC, 8, stamp, strlen(stamp));

	for (size_t i = 0; i < pl->n; i++) {
		struct page	*p = pl->pages[i];
		struct pitem	*v = xcalloc(p->n + 2, sizeof(*v));

		/* first, so the page's content is drawn over it */
		memcpy(v + 1, p->items, p->n * sizeof(*v));
		free(p->items);
		v[0].kind = PI_TEXT;
		v[0].face = FACE_BOLD;
		v[0].size = 120;
		v[0].x = p->w * 0.22;
		v[0].y = p->h * 0.30;
		v[0].s = "DRAF";
		v[0].len = 4;
		v[0].gray = 0.85;
		v[0].angle = 45;
		v[p->n + 1].kind = PI_TEXT;
		v[p->n + 1].face = FACE_ITALIC;
		v[p->n + 1].size = 8;
		v[p->n + 1].x = (p->w - sw) / 2;
		v[p->n + 1].y = 24;
		v[p->n + 1].s = stamp;
		v[p->n + 1].len = strlen(stamp);
		p->items = v;
		p->n += 2;
		p->cap = p->n;
	}
}

/* Say the PDF was not written, and whether an older one was kept. */
static void
not_written(const char *out)
{
	struct pos p = { out, 0, 0 };

	if (access(out, F_OK) == 0)
		diag(&p, MSG_NOT_WRITTEN, out);
	else
		diag(&p, MSG_NOT_WRITTEN_NEW);
}

static int
run(const struct opts *o, const char *exe)
{
	struct arena		*a = arena_new();
	struct style		 st;
	struct fontset		*fs = NULL;
	struct hyph		*hy = NULL;
	struct report		*r;
	struct pagelist		*pl = NULL;
	const struct node	*root;
	const char		*out;
	int			 errs = 0;

	out = o->out != NULL ? o->out : default_out(a, o->dir);
	/* template and fonts first (coverage needs them), but content is
	 * checked in any case so one run reports every problem */
	root = report_load(a, o->dir, &errs);
	if (tool_style(a, &o->tool, report_template(root), exe, &st) == 0) {
		errs += template_own(root, &st);
		fs = fontset_load(st.fonts_dir, st.fonts, st.font_pos);
		errs += template_glyphs(&st, fs);
	}
	r = drive_check(a, o->dir, root, errs, fs, fs != NULL ? &st : NULL);
	/* every input is read by now */
	if (o->cmd == CMD_BUILD && out_is_input(out))
		goto done;
	if (r == NULL || fs == NULL || o->cmd == CMD_CHECK)
		goto done;
	timing_to(STAGE_LAYOUT);
	/* pemenggalan.aktif: tidak -- no dictionary, no hyphens */
	if (st.hyph_on && (hy = hyph_open(st.hyph_dict, st.hyph_left,
	    st.hyph_right)) == NULL)
		diag(&st.hyph_pos, MSG_HYPH_DICT, st.hyph_dict);
	pl = drive_layout(a, r, &st, fs, hy);
	if (diag_worst() >= SEV_ERROR)
		goto done;
	if (o->cmd == CMD_LAYOUT) {
		layout_dump(stdout, pl);
		goto done;
	}
	if (o->draft)
		draft_marks(a, pl, fs);
	/* drawing needs no dictionary: its memory goes before libharu's
	 * grows (the peak of a long report); the font set stays, as render
	 * reads the font files through its checked descriptors */
	hyph_close(hy);
	hy = NULL;
	timing_to(STAGE_RENDER);
	pdf_render_consume(pl, out);
done:
	diag_flush();
	if (o->cmd == CMD_BUILD && diag_worst() >= SEV_ERROR)
		not_written(out);
	diag_end();
	timing_print(stderr);
	layout_free(pl);
	hyph_close(hy);
	fontset_free(fs);
	check_schema_free();
	input_reset();
	arena_free(a);
	return status(o);
}

int
main(int argc, char **argv)
{
	struct opts o;

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
	if (parse_args(argc, argv, &o) != 0) {
		usage(stderr);
		return 2;
	}
	diag_hold(1);
	tool_setup(&o.tool, o.dir, LAKIN_VERSION);
	timing_start();
	return run(&o, argv[0]);
}
