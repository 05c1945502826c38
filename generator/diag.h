/*
 * Diagnostics: one table of every message (diag_msgs.h), one printer.
 * Output is GCC style, "file:line:col: galat: text", so editors and CI can
 * parse it; Indonesian by default, English with --lang en.  Every stage
 * keeps going after an error; the exit status is the worst severity seen.
 */
#ifndef LAKIN_DIAG_H
#define LAKIN_DIAG_H

#include <stdio.h>

/* A place in a source file; line and col are 1-based (0 = unknown). */
struct pos {
	const char	*file;
	int		 line;
	int		 col;
};

enum sev {
	SEV_NOTE = 0,
	SEV_WARN,
	SEV_ERROR,
	SEV_FATAL	/* the run cannot go on at all */
};

enum msg {
#define DIAG_MSG(id, sev, idn, en) id,
#include "diag_msgs.h"
#undef DIAG_MSG
	MSG__MAX
};

enum lang {
	LANG_ID = 0,
	LANG_EN
};

void		 diag_setup(FILE *, enum lang);
/*
 * With hold on, findings are kept and diag_flush() prints them sorted by
 * file (in the order diag_file() named them), line and column, each once.
 */
void		 diag_hold(int);
void		 diag_file(const char *);
void		 diag_flush(void);
void		 diag(const struct pos *, enum msg, ...);
/* diag() unless the same finding at the same place was printed already */
void		 diag_once(const struct pos *, enum msg, ...);
enum sev	 diag_worst(void);
int		 diag_count(enum sev);
void		 diag_reset(void);
enum lang	 diag_lang(void);
const char	*diag_text(enum msg);	/* format string in the current language */
enum sev	 diag_sev(enum msg);
const char	*errno_text(int);	/* strerror in the current language */
/* Translate a user-visible word pair: returns id or en by the language. */
const char	*tr(const char *id, const char *en);

/*
 * Findings for machines.  A finding's code is its identifier without
 * MSG_, in lower case with '-' for '_' (MSG_YAML_DUPKEY: yaml-dupkey):
 * stable when messages are reworded or reordered, and readable.
 */
enum diag_format {
	DIAG_TEXT = 0,	/* GCC-style lines (the default) */
	DIAG_JSON,	/* a JSON array, one object per finding */
	DIAG_SARIF	/* SARIF 2.1.0 */
};

const char	*diag_code(enum msg);
/*
 * JSON or SARIF to f instead of lines: findings are kept until diag_end().
 * root is the report folder (SARIF names files relative to it); tool
 * version for SARIF's tool.driver.
 */
void		 diag_format(enum diag_format, FILE *f, const char *root,
		    const char *version);
/* Text lines with the severity in colour (ANSI), as GCC does on a terminal. */
void		 diag_color(int);
/* A second place the next finding is about ("first at line 12"). */
void		 diag_also(const struct pos *);
/* Write the JSON or SARIF document (nothing in text format). */
void		 diag_end(void);

/*
 * A spreadsheet cell as a place (content_xlsx.c): line is its row, col
 * packs the sheet and the column, so that text output says
 * "anggaran.xlsx:Sheet1!D14:" and code that moves a place a few
 * characters to the right (blanks skipped in a cell) stays in the cell.
 * The file stays the file's own path (SARIF, sorting and diag_file
 * need it).  Up to 255 sheet names are told apart; more say no sheet.
 */
struct pos	 diag_cell(const char *file, const char *sheet, int row,
		    int column);
/* A pos's col made by diag_cell: 1, its sheet (or NULL) and column. */
int		 diag_cell_col(int col, const char **sheet, int *column);
/* A place as messages write it: "file:12:3", "file:Sheet1!D14", "file". */
void		 diag_put_place(FILE *, const struct pos *);
/* "D14" for row 14, column 4, in buf (at least 16 bytes). */
void		 diag_cell_name(int row, int column, char *buf, size_t sz);

/* s as a JSON string, quotes included (NULL: null; a byte that is not
 * UTF-8: U+FFFD), for every JSON lakin writes */
void		 diag_json_str(FILE *, const char *);

#endif
