/*
 * One build of a report, as `lakin build`, `check` and `layout --dump`
 * run it and as `lakin watch` runs it again on every save: the command
 * line into struct build_opts, then build_once() (load, check, derive,
 * layout, render), which frees everything it made before it returns, so
 * it can be called any number of times in one process.
 */
#ifndef LAKIN_BUILD_H
#define LAKIN_BUILD_H

#include "cli_tools.h"
#include "diag.h"
#include "mem.h"

enum build_cmd {
	BUILD_PDF,
	BUILD_CHECK,
	BUILD_LAYOUT
};

struct build_opts {
	enum build_cmd	 cmd;
	const char	*out;		/* -o, or NULL: build_default_out */
	const char	*dir;
	int		 draft, strict, dump;
	enum lang	 lang;
	struct tool_opts tool;		/* --format, --color, --template, --fonts */
	const char	*exe;		/* argv[0], to find templates and fonts */
	/* lakin watch: says itself whether the old PDF was kept */
	int		 watching;
	/* called once every input is read (input_count, input_file), before
	 * the records are forgotten; NULL: not called */
	void		(*inputs)(void *);
	void		*inputs_arg;
};

/*
 * argv[1] is build, check or layout (machine_ok 1) or watch (cmd
 * BUILD_PDF, machine formats refused: machine_ok 0); the options after
 * it into o.  0, or -1 for a command line to answer with the usage.
 */
int		 build_args(int argc, char **argv, int machine_ok,
		    struct build_opts *o);
/* One build; the exit status: 0 ok, 1 warnings with --strict, 2 errors. */
int		 build_once(const struct build_opts *);
/* The PDF build writes without -o: NAME.pdf for folder dir, in a. */
const char	*build_default_out(struct arena *, const char *dir);

#endif
