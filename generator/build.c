/*
 * One build (see build.h): the command line of build, check, layout and
 * watch, and the run through every stage with its clean-up.
 */
#define _XOPEN_SOURCE 700	/* realpath */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "build.h"
#include "check_content.h"
#include "check_schema.h"
#include "cli_tools.h"
#include "diag.h"
#include "drive.h"
#include "font.h"
#include "hyph.h"
#include "input.h"
#include "layout.h"
#include "mem.h"
#include "pdf_render.h"
#include "template.h"
#include "timing.h"

int
build_args(int argc, char **argv, int machine_ok, struct build_opts *o)
{
	int i = 2, t;

	memset(o, 0, sizeof(*o));
	o->lang = diag_lang();
	o->exe = argv[0];
	tool_opts_init(&o->tool);
	if (strcmp(argv[1], "build") == 0 || strcmp(argv[1], "watch") == 0)
		o->cmd = BUILD_PDF;
	else if (strcmp(argv[1], "check") == 0)
		o->cmd = BUILD_CHECK;
	else if (strcmp(argv[1], "layout") == 0)
		o->cmd = BUILD_LAYOUT;
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
		    machine_ok && o->cmd != BUILD_LAYOUT)) != 0) {
			if (t < 0)
				return -1;
		} else if (argv[i][0] == '-' || o->dir != NULL)
			return -1;
		else
			o->dir = argv[i];
	}
	if (o->dir == NULL || (o->cmd == BUILD_LAYOUT && !o->dump))
		return -1;
	return 0;
}

static int
status(const struct build_opts *o)
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
const char *
build_default_out(struct arena *a, const char *dir)
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

int
build_once(const struct build_opts *o)
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

	diag_reset();
	timing_start();
	out = o->out != NULL ? o->out : build_default_out(a, o->dir);
	/* template and fonts first (coverage needs them), but content is
	 * checked in any case so one run reports every problem */
	root = report_load(a, o->dir, &errs);
	if (tool_style(a, &o->tool, report_template(root), o->exe, &st) == 0) {
		errs += template_own(root, &st);
		fs = fontset_load(st.fonts_dir, st.fonts, st.font_pos);
		errs += template_glyphs(&st, fs);
	}
	r = drive_check(a, o->dir, root, errs, fs, fs != NULL ? &st : NULL);
	/* every input is read by now */
	if (o->cmd == BUILD_PDF && out_is_input(out))
		goto done;
	if (r == NULL || fs == NULL || o->cmd == BUILD_CHECK)
		goto done;
	timing_to(STAGE_LAYOUT);
	/* pemenggalan.aktif: tidak -- no dictionary, no hyphens */
	if (st.hyph_on && (hy = hyph_open(st.hyph_dict, st.hyph_left,
	    st.hyph_right)) == NULL)
		diag(&st.hyph_pos, MSG_HYPH_DICT, st.hyph_dict);
	pl = drive_layout(a, r, &st, fs, hy);
	if (diag_worst() >= SEV_ERROR)
		goto done;
	if (o->cmd == BUILD_LAYOUT) {
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
	if (o->cmd == BUILD_PDF && !o->watching && diag_worst() >= SEV_ERROR)
		not_written(out);
	diag_end();
	timing_print(stderr);
	layout_free(pl);
	hyph_close(hy);
	fontset_free(fs);
	check_schema_free();
	if (o->inputs != NULL)
		o->inputs(o->inputs_arg);
	input_reset();
	arena_free(a);
	return status(o);
}
