/*
 * --format, --color, --template, --fonts: see cli_tools.h.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli_tools.h"

void
tool_opts_init(struct tool_opts *t)
{
	memset(t, 0, sizeof(*t));
	t->format = DIAG_TEXT;
	t->color = -1;
}

/* The value of option name at argv[*i]: "--name VALUE" or "--name=VALUE". */
static const char *
opt_value(int argc, char **argv, int *i, const char *name)
{
	size_t n = strlen(name);

	if (strncmp(argv[*i], name, n) != 0)
		return NULL;
	if (argv[*i][n] == '=')
		return argv[*i] + n + 1;
	if (argv[*i][n] == '\0' && *i + 1 < argc)
		return argv[++*i];
	return NULL;
}

static int
pick(const char *v, const char *const *words, int n)
{
	for (int k = 0; k < n; k++)
		if (strcmp(v, words[k]) == 0)
			return k;
	return -1;
}

int
tool_opt(int argc, char **argv, int *i, struct tool_opts *t, int machine_ok)
{
	static const char *const formats[] = { "text", "json", "sarif" };
	static const char *const colors[] = { "never", "always", "auto" };
	const char	*v;
	int		 k;

	if ((v = opt_value(argc, argv, i, "--format")) != NULL) {
		if ((k = pick(v, formats, 3)) < 0 || !machine_ok)
			return -1;
		t->format = (enum diag_format)k;
	} else if ((v = opt_value(argc, argv, i, "--color")) != NULL) {
		if ((k = pick(v, colors, 3)) < 0)
			return -1;
		t->color = k == 2 ? -1 : k;
	} else if ((v = opt_value(argc, argv, i, "--template")) != NULL)
		t->tpl_dir = v;
	else if ((v = opt_value(argc, argv, i, "--fonts")) != NULL)
		t->fonts_dir = v;
	else
		return 0;
	return 1;
}

/*
 * Findings for machines go to stdout (the PDF goes to its file, so stdout
 * is free to pipe); text lines stay on stderr, in colour only on a
 * terminal, and never with NO_COLOR set, unless --color=always.
 */
void
tool_setup(const struct tool_opts *t, const char *dir, const char *version)
{
	const char	*nc = getenv("NO_COLOR");
	int		 c = t->color;

	if (c < 0)
		c = isatty(STDERR_FILENO) && (nc == NULL || nc[0] == '\0');
	diag_color(t->format == DIAG_TEXT && c);
	diag_format(t->format, stdout, dir, version);
}

/* A folder given on the command line: an error naming it when it is not one. */
static int
usable_dir(const char *dir, enum msg m)
{
	struct stat sb;

	if (dir == NULL)
		return 1;
	if (stat(dir, &sb) != 0) {
		diag(NULL, m, dir, errno_text(errno));
		return 0;
	}
	if (!S_ISDIR(sb.st_mode)) {
		diag(NULL, m, dir, tr("itu bukan folder", "it is not a folder"));
		return 0;
	}
	return 1;
}

int
tool_style(struct arena *a, const struct tool_opts *t,
    const struct node *tname, const char *exe, struct style *st)
{
	int ok = usable_dir(t->tpl_dir, MSG_OPT_TEMPLATE_DIR);

	/* both said, when both are wrong */
	if (!usable_dir(t->fonts_dir, MSG_OPT_FONTS_DIR) || !ok)
		return -1;
	if (t->tpl_dir != NULL)
		ok = template_load_dir(a, t->tpl_dir, exe, st) == 0;
	else
		ok = tname != NULL &&
		    template_load(a, tname->str, &tname->pos, exe, st) == 0;
	if (ok && t->fonts_dir != NULL)
		st->fonts_dir = t->fonts_dir;
	return ok ? 0 : -1;
}
