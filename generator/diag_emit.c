/*
 * Findings for machines: a JSON array (one object per finding) and SARIF
 * 2.1.0, the format code-review tools annotate changes with.  diag.c
 * collects the findings; this file only writes them.
 */
#define _XOPEN_SOURCE 700	/* realpath */

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "diag_int.h"

static const char *const level[4] = { "note", "warning", "error", "error" };

/* Length of the valid UTF-8 sequence at s, 0 when it is not one. */
static size_t
utf8_seq(const unsigned char *s)
{
	size_t	 n;

	if (s[0] < 0x80)
		return 1;
	n = s[0] >= 0xf0 && s[0] <= 0xf4 ? 4 : s[0] >= 0xe0 ? 3 :
	    s[0] >= 0xc2 && s[0] < 0xe0 ? 2 : 0;
	if (n == 0 || s[0] > 0xf4)
		return 0;
	for (size_t i = 1; i < n; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	return n;
}

/* A JSON string; a byte that is not UTF-8 becomes U+FFFD. */
void
diag_json_str(FILE *f, const char *str)
{
	const unsigned char *s = (const unsigned char *)str;

	if (s == NULL) {
		fputs("null", f);
		return;
	}
	fputc('"', f);
	while (*s != '\0') {
		size_t n = utf8_seq(s);

		if (*s == '"' || *s == '\\')
			fprintf(f, "\\%c", *s);
		else if (*s == '\n')
			fputs("\\n", f);
		else if (*s < 0x20 || *s == 0x7f)
			fprintf(f, "\\u%04x", *s);
		else if (n == 0) {
			fputs("\\ufffd", f);
			n = 1;
		} else
			fwrite(s, 1, n, f);
		s += n > 0 ? n : 1;
	}
	fputc('"', f);
}

static void
json_vals(FILE *f, const struct dfinding *d)
{
	fputc('[', f);
	for (size_t i = 0; i < d->nvals; i++) {
		if (i > 0)
			fputs(", ", f);
		diag_json_str(f, d->vals[i]);
	}
	fputc(']', f);
}

/* A spreadsheet cell's name, "Sheet1!D14", or NULL for a text place. */
static char *
cell_place(int line, int col, char *buf, size_t sz)
{
	const char	*sheet;
	char		 cell[24];
	int		 column;

	if (line <= 0 || !diag_cell_col(col, &sheet, &column))
		return NULL;
	diag_cell_name(line, column, cell, sizeof(cell));
	snprintf(buf, sz, "%s%s%s", sheet != NULL ? sheet : "",
	    sheet != NULL ? "!" : "", cell);
	return buf;
}

/* A cell: its row and column number, and "cell": "Sheet1!D14". */
static void
json_place(FILE *f, const char *file, int line, int col)
{
	char		 buf[512];	/* a longer sheet name is cut */
	char		*cell = cell_place(line, col, buf, sizeof(buf));
	const char	*sheet;
	int		 column;

	fputs("\"file\": ", f);
	diag_json_str(f, file);
	if (cell != NULL) {
		(void)diag_cell_col(col, &sheet, &column);
		fprintf(f, ", \"line\": %d, \"column\": %d, \"cell\": ",
		    line, column);
		diag_json_str(f, cell);
	} else if (line > 0)
		fprintf(f, ", \"line\": %d, \"column\": %d", line,
		    col > 0 ? col : 1);
}

void
diag_emit_json(FILE *f, const struct dfinding *v, size_t n)
{
	fputs("[\n", f);
	for (size_t i = 0; i < n; i++) {
		const struct dfinding *d = &v[i];

		fputs("  {", f);
		json_place(f, d->file, d->line, d->col);
		fprintf(f, ", \"severity\": \"%s\", \"code\": \"%s\", "
		    "\"message\": ", level[diag_sev(d->msg)], diag_code(d->msg));
		diag_json_str(f, d->text);
		fputs(", \"values\": ", f);
		json_vals(f, d);
		fputs(", \"related\": [", f);
		for (size_t k = 0; k < d->nalso; k++) {
			fputs(k > 0 ? ", {" : "{", f);
			json_place(f, d->also[k].file, d->also[k].line,
			    d->also[k].col);
			fputc('}', f);
		}
		fprintf(f, "]}%s\n", i + 1 < n ? "," : "");
	}
	fputs("]\n", f);
}

/* path as a URI reference: unreserved bytes and '/' as they are. */
static void
uri_path(FILE *f, const char *path)
{
	for (const unsigned char *s = (const unsigned char *)path; *s; s++)
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		    (*s >= '0' && *s <= '9') || strchr("-._~/", *s) != NULL)
			fputc(*s, f);
		else
			fprintf(f, "%%%02X", *s);
}

/* The report folder as given, without trailing slashes ("" for "."). */
static size_t
root_len(const char *root)
{
	size_t n = root != NULL ? strlen(root) : 0;

	while (n > 1 && root[n - 1] == '/')
		n--;
	return n;
}

/*
 * artifactLocation: inside the report folder a path relative to it (base
 * REPORTDIR), elsewhere (the template) an absolute file URI.
 */
static void
sarif_artifact(FILE *f, const char *file, const char *root)
{
	size_t	 n = root_len(root);
	char	*real;

	fputs("\"artifactLocation\": {\"uri\": \"", f);
	if (n > 0 && strncmp(file, root, n) == 0 && file[n] == '/') {
		while (file[n] == '/')	/* "dir/" names its files dir//x */
			n++;
		uri_path(f, file + n);
		fputs("\", \"uriBaseId\": \"REPORTDIR\"}", f);
		return;
	}
	if ((real = realpath(file, NULL)) != NULL) {
		fputs("file://", f);
		uri_path(f, real);
		free(real);
	} else
		uri_path(f, file);
	fputs("\"}", f);
}

static void
sarif_location(FILE *f, const char *file, int line, int col,
    const char *root, int id)
{
	char	 buf[512];
	char	*cell;

	fputc('{', f);
	if (id >= 0)
		fprintf(f, "\"id\": %d, ", id);
	fputs("\"physicalLocation\": {", f);
	sarif_artifact(f, file, root);
	/* a cell of a binary workbook has no text region: SARIF names it
	 * as a logical location */
	if ((cell = cell_place(line, col, buf, sizeof(buf))) != NULL) {
		fputs("}, \"logicalLocations\": [{\"fullyQualifiedName\": ", f);
		diag_json_str(f, cell);
		fputs(", \"kind\": \"element\"}]}", f);
		return;
	}
	if (line > 0)
		fprintf(f, ", \"region\": {\"startLine\": %d, "
		    "\"startColumn\": %d}", line, col > 0 ? col : 1);
	fputs("}}", f);
}

/* A rule's description: its message with every value shown as '…'. */
static void
rule_text(FILE *f, enum msg m)
{
	char		*buf = NULL;
	size_t		 len = 0;
	FILE		*g = open_memstream(&buf, &len);
	const char	*s = diag_text(m);

	if (g == NULL)
		return;
	while (*s != '\0') {
		if (*s != '%') {
			fputc(*s++, g);
			continue;
		}
		if (s[1] == '%') {
			fputc('%', g);
			s += 2;
			continue;
		}
		for (s++; *s != '\0' && strchr("diuxXocspeEfFgG", *s) == NULL;)
			s++;
		if (*s != '\0')
			s++;
		fputs("…", g);
	}
	fclose(g);
	diag_json_str(f, buf);
	free(buf);
}

static void
sarif_rules(FILE *f)
{
	fputs("\"rules\": [\n", f);
	for (int m = 0; m < MSG__MAX; m++) {
		fprintf(f, "        {\"id\": \"%s\", \"shortDescription\": "
		    "{\"text\": ", diag_code((enum msg)m));
		rule_text(f, (enum msg)m);
		fprintf(f, "}, \"defaultConfiguration\": {\"level\": \"%s\"}}"
		    "%s\n", level[diag_sev((enum msg)m)],
		    m + 1 < MSG__MAX ? "," : "");
	}
	fputs("      ]", f);
}

static void
sarif_result(FILE *f, const struct dfinding *d, const char *root)
{
	fprintf(f, "      {\"ruleId\": \"%s\", \"ruleIndex\": %d, "
	    "\"level\": \"%s\", \"message\": {\"text\": ", diag_code(d->msg),
	    (int)d->msg, level[diag_sev(d->msg)]);
	diag_json_str(f, d->text);
	fputs("}, \"locations\": [", f);
	if (d->file != NULL)
		sarif_location(f, d->file, d->line, d->col, root, -1);
	fputs("], \"relatedLocations\": [", f);
	for (size_t k = 0; k < d->nalso; k++) {
		if (k > 0)
			fputs(", ", f);
		sarif_location(f, d->also[k].file, d->also[k].line,
		    d->also[k].col, root, (int)k + 1);
	}
	fputs("], \"properties\": {\"values\": ", f);
	json_vals(f, d);
	fputs("}}", f);
}

void
diag_emit_sarif(FILE *f, const struct dfinding *v, size_t n,
    const char *root, const char *version)
{
	char *real = root != NULL ? realpath(root, NULL) : NULL;

	fputs("{\n  \"$schema\": \"https://docs.oasis-open.org/sarif/sarif/"
	    "v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json\",\n"
	    "  \"version\": \"2.1.0\",\n  \"runs\": [{\n"
	    "    \"tool\": {\"driver\": {\"name\": \"lakin\", ", f);
	fputs("\"version\": ", f);
	diag_json_str(f, version != NULL ? version : "0");
	fputs(",\n      ", f);
	sarif_rules(f);
	fputs("}},\n", f);
	if (real != NULL) {
		fputs("    \"originalUriBaseIds\": {\"REPORTDIR\": "
		    "{\"uri\": \"file://", f);
		uri_path(f, real);
		fputs(strcmp(real, "/") == 0 ? "\"}},\n" : "/\"}},\n", f);
		free(real);
	}
	fputs("    \"columnKind\": \"unicodeCodePoints\",\n"
	    "    \"results\": [\n", f);
	for (size_t i = 0; i < n; i++) {
		sarif_result(f, &v[i], root);
		fputs(i + 1 < n ? ",\n" : "\n", f);
	}
	fputs("    ]\n  }]\n}\n", f);
}
