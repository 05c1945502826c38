/*
 * lakin diff OLD NEW: check and derive both versions as a build would,
 * list the figures of each (diff_figures.c) and print those whose key is
 * in one only or whose value differs, with their places in both.  A
 * reviewer reads it before a corrected report is issued again.  Exit
 * status 0: nothing differs, 1: something does, 2: errors in a version
 * (their diagnostics on stderr, nothing compared).
 */
#define _XOPEN_SOURCE 700	/* realpath */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_content.h"
#include "check_schema.h"
#include "cli_tools.h"
#include "diag.h"
#include "diff.h"
#include "drive.h"
#include "font.h"
#include "input.h"
#include "mem.h"
#include "template.h"

/* One version of the content, alive until both are compared. */
struct version {
	const char		*dir;
	struct arena		*a;
	struct style		 st;
	struct fontset		*fs;
	struct figures		 figs;
	int			 ok;
};

/* A figure matched by key: old, new or both. */
struct change {
	const struct figure	*old, *new;
};

static void
diff_usage(void)
{
	fputs(tr(
"pemakaian: lakin diff [--format teks|json] [--lang id|en] [--template FOLDER]\n"
"                      [--fonts FOLDER] [--color never|always|auto] FOLDER_LAMA FOLDER_BARU\n"
"  angka yang berbeda antara dua versi konten: fakta dan semua turunannya\n"
"Status keluar: 0 tidak ada yang berbeda, 1 ada yang berbeda, 2 ada galat.\n",
"usage: lakin diff [--format text|json] [--lang id|en] [--template DIR]\n"
"                  [--fonts DIR] [--color never|always|auto] OLD_DIR NEW_DIR\n"
"  the figures that differ between two versions of the content: facts and\n"
"  everything derived from them\n"
"Exit status: 0 nothing differs, 1 something does, 2 errors.\n"), stderr);
}

/* Check and derive dir as `lakin check` does; its figures when clean. */
static void
version_load(struct version *v, const struct tool_opts *tool, const char *exe)
{
	const struct node	*root;
	struct report		*r;
	int			 errs = 0;
	int			 before = diag_count(SEV_ERROR) +
				    diag_count(SEV_FATAL);

	v->a = arena_new();
	root = report_load(v->a, v->dir, &errs);
	/* as main.c's run(): the template (or --template), its own part of
	 * laporan.yaml, the fonts (or --fonts) and their glyphs */
	if (tool_style(v->a, tool, report_template(root), exe, &v->st) == 0) {
		errs += template_own(root, &v->st);
		v->fs = fontset_load(v->st.fonts_dir, v->st.fonts,
		    v->st.font_pos);
		errs += template_glyphs(&v->st, v->fs);
	}
	r = drive_check(v->a, v->dir, root, errs, v->fs,
	    v->fs != NULL ? &v->st : NULL);
	/* errors of this version only: the other's are its own */
	if (r == NULL || v->fs == NULL || errs > 0 ||
	    diag_count(SEV_ERROR) + diag_count(SEV_FATAL) > before)
		return;
	diff_figures(v->a, r, &v->figs);
	v->ok = 1;
}

static void
version_free(struct version *v)
{
	fontset_free(v->fs);
	arena_free(v->a);
}

static int
by_key(const void *x, const void *y)
{
	const struct figure *const *a = x, *const *b = y;

	return strcmp((*a)->key, (*b)->key);
}

/*
 * Old's figures in its order, each with its new twin; then the figures
 * only new has, in new's order.  Returns how many differ (in *out, n).
 */
static size_t
compare(const struct figures *o, const struct figures *n,
    struct change **out)
{
	const struct figure	**idx = xcalloc(n->n + 1, sizeof(*idx));
	unsigned char		 *seen = xcalloc(n->n + 1, 1);
	struct change		 *ch = xcalloc(o->n + n->n + 1, sizeof(*ch));
	size_t			  nch = 0;

	for (size_t i = 0; i < n->n; i++)
		idx[i] = &n->v[i];
	qsort(idx, n->n, sizeof(*idx), by_key);
	for (size_t i = 0; i < o->n; i++) {
		const struct figure *f = &o->v[i], **hit;

		hit = bsearch(&f, idx, n->n, sizeof(*idx), by_key);
		if (hit != NULL)
			seen[*hit - n->v] = 1;
		if (hit == NULL || strcmp((*hit)->value, f->value) != 0)
			ch[nch++] = (struct change){ f, hit ? *hit : NULL };
	}
	for (size_t i = 0; i < n->n; i++)
		if (!seen[i])
			ch[nch++] = (struct change){ NULL, &n->v[i] };
	free(idx);
	free(seen);
	*out = ch;
	return nch;
}

/* ---- text ------------------------------------------------------------ */

static void
text_side(const char *what, const struct figure *f)
{
	const char	*sheet;
	int		 column;

	if (f == NULL) {
		printf("  %s: %s\n", what, tr("(tidak ada)", "(none)"));
		return;
	}
	if (f->pos.file != NULL && diag_cell_col(f->pos.col, &sheet, &column)) {
		fputs("  ", stdout);	/* a spreadsheet cell: "x.xlsx:DPA!D14" */
		diag_put_place(stdout, &f->pos);
		printf(": %s: %s", what, f->value);
	} else
		printf("  %s:%d:%d: %s: %s", f->pos.file != NULL ?
		    f->pos.file : "?", f->pos.line, f->pos.col, what,
		    f->value);
	if (f->row != NULL)
		printf(" (%s, %s \"%s\", %s \"%s\")",
		    f->table != NULL ? f->table : f->caption,
		    tr("baris", "row"), f->row, tr("kolom", "column"),
		    f->column);
	putchar('\n');
}

static void
text_out(const struct change *ch, size_t n)
{
	size_t facts = 0;

	for (size_t i = 0; i < n; i++) {
		const struct figure *f = ch[i].old != NULL ? ch[i].old :
		    ch[i].new;

		facts += !f->derived;
		printf("%s (%s)\n", f->key, f->derived ?
		    tr("turunan", "derived") : tr("fakta", "fact"));
		text_side(tr("lama", "old"), ch[i].old);
		text_side(tr("baru", "new"), ch[i].new);
	}
	if (n > 0)
		printf("%zu %s: %zu %s, %zu %s\n", n,
		    tr("angka berbeda", "figures differ"), facts,
		    tr("fakta", "facts"), n - facts, tr("turunan", "derived"));
}

/* ---- JSON ------------------------------------------------------------ */

static void
json_field(const char *name, const char *s)
{
	printf(", ");
	diag_json_str(stdout, name);
	printf(": ");
	diag_json_str(stdout, s);
}

static void
json_side(const char *name, const struct figure *f)
{
	const char	*sheet;
	int		 column;

	printf(", \"%s\": ", name);
	if (f == NULL) {
		fputs("null", stdout);
		return;
	}
	printf("{\"value\": ");
	diag_json_str(stdout, f->value);
	json_field("file", f->pos.file);
	if (diag_cell_col(f->pos.col, &sheet, &column))	/* a spreadsheet cell */
		printf(", \"line\": %d, \"column\": %d", f->pos.line, column);
	else
		printf(", \"line\": %d, \"column\": %d", f->pos.line,
		    f->pos.col);
	json_field("table", f->table);
	json_field("caption", f->caption);
	json_field("row", f->row);
	json_field("table_column", f->column);
	putchar('}');
}

static void
json_out(const char *old, const char *new, const struct change *ch,
    size_t n)
{
	printf("{\"old\": ");
	diag_json_str(stdout, old);
	printf(", \"new\": ");
	diag_json_str(stdout, new);
	printf(", \"count\": %zu, \"changes\": [", n);
	for (size_t i = 0; i < n; i++) {
		const struct figure *f = ch[i].old != NULL ? ch[i].old :
		    ch[i].new;

		printf("%s\n  {\"key\": ", i > 0 ? "," : "");
		diag_json_str(stdout, f->key);
		json_field("kind", f->derived ? "derived" : "fact");
		json_field("change", ch[i].old == NULL ? "added" :
		    ch[i].new == NULL ? "removed" : "changed");
		json_side("old", ch[i].old);
		json_side("new", ch[i].new);
		putchar('}');
	}
	printf("%s]}\n", n > 0 ? "\n" : "");
}

/* ---- the command ----------------------------------------------------- */

/* --format: how the figures print (the findings stay text on stderr). */
static int
diff_format(int argc, char **argv, int *i, int *json)
{
	const char *v;

	if (strncmp(argv[*i], "--format=", 9) == 0)
		v = argv[*i] + 9;
	else if (strcmp(argv[*i], "--format") == 0 && *i + 1 < argc)
		v = argv[++*i];
	else
		return 0;
	if (strcmp(v, "json") != 0 && strcmp(v, "teks") != 0 &&
	    strcmp(v, "text") != 0)
		return -1;
	*json = strcmp(v, "json") == 0;
	return 1;
}

static int
diff_args(int argc, char **argv, const char **dirs, int *json,
    struct tool_opts *tool)
{
	int nd = 0, k;

	*json = 0;
	tool_opts_init(tool);
	for (int i = 2; i < argc; i++) {
		if ((k = diff_format(argc, argv, &i, json)) != 0 ||
		    (k = tool_opt(argc, argv, &i, tool, 0)) != 0) {
			if (k < 0)
				return -1;
		} else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc &&
		    (strcmp(argv[i + 1], "id") == 0 ||
		    strcmp(argv[i + 1], "en") == 0))
			i++;
		else if (argv[i][0] == '-' || nd == 2)
			return -1;
		else
			dirs[nd++] = argv[i];
	}
	return nd == 2 ? 0 : -1;
}

/* The same folder twice compares nothing: most likely a slip. */
static void
same_dir(const char *a, const char *b)
{
	char		*ra = realpath(a, NULL), *rb = realpath(b, NULL);
	struct pos	 p = { b, 0, 0 };

	if (ra != NULL && rb != NULL && strcmp(ra, rb) == 0)
		diag(&p, MSG_DIFF_SAME_DIR, a, b);
	free(ra);
	free(rb);
}

int
diff_main(int argc, char **argv)
{
	struct version	 v[2];
	struct tool_opts tool;
	const char	*dirs[2];
	struct change	*ch = NULL;
	size_t		 n = 0;
	int		 json, rc;

	if (diff_args(argc, argv, dirs, &json, &tool) != 0) {
		diff_usage();
		return 2;
	}
	diag_hold(1);
	tool_setup(&tool, dirs[1], "diff");	/* colour as build has it */
	same_dir(dirs[0], dirs[1]);
	memset(v, 0, sizeof(v));
	for (int i = 0; i < 2; i++) {
		v[i].dir = dirs[i];
		version_load(&v[i], &tool, argv[0]);
	}
	diag_end();
	if (v[0].ok && v[1].ok) {
		n = compare(&v[0].figs, &v[1].figs, &ch);
		if (json)
			json_out(dirs[0], dirs[1], ch, n);
		else
			text_out(ch, n);
	}
	rc = !v[0].ok || !v[1].ok ? 2 : n > 0;
	free(ch);
	for (int i = 0; i < 2; i++)
		version_free(&v[i]);
	check_schema_free();
	input_reset();
	return rc;
}
