/*
 * The command-line options that fit lakin to the tools around it:
 * findings for machines (--format), colour (--color), and templates and
 * fonts from elsewhere (--template, --fonts).  main.c parses the rest.
 */
#ifndef LAKIN_CLI_TOOLS_H
#define LAKIN_CLI_TOOLS_H

#include "diag.h"
#include "mem.h"
#include "node.h"
#include "template.h"

struct tool_opts {
	enum diag_format format;
	int		 color;		/* -1 auto, 0 never, 1 always */
	const char	*tpl_dir, *fonts_dir;	/* NULL: the usual search */
};

void	tool_opts_init(struct tool_opts *);
/*
 * argv[*i] is one of these options ("--x VALUE" or "--x=VALUE"): 1, with
 * *i past its value; not one: 0; a wrong value, or --format where
 * machine formats do not apply (machine_ok 0): -1.
 */
int	tool_opt(int argc, char **argv, int *i, struct tool_opts *,
	    int machine_ok);
/* Set diag up: format, where machines read it, colour; dir is the report. */
void	tool_setup(const struct tool_opts *, const char *dir,
	    const char *version);
/*
 * Load the template (tname from laporan.yaml, or --template) and point
 * its fonts at --fonts; a folder option that is not a folder is an error
 * naming it.  0 when st is ready.
 */
int	tool_style(struct arena *, const struct tool_opts *,
	    const struct node *tname, const char *exe, struct style *);

#endif
