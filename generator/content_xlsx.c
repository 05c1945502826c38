/*
 * load, spreadsheets: one sheet of an .xlsx workbook read into CSV rows
 * (content_xlsx.h says what each kind of cell gives).  The bytes come
 * from input_read like every file; libzip opens them from memory and
 * every member is unpacked with a limit; expat reads the XML, with a
 * DOCTYPE refused before any entity is declared, let alone expanded.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <expat.h>
#include "content_load.h"
#include "content_xlsx.h"
#include "content_zip.h"
#include "mem.h"

/* ---- the zip and its parts ----------------------------------------- */

struct xl {
	struct arena		*a;
	const char		*path;
	struct pos		 at;		/* the file itself */
	zip_t			*z;
	int			 errors;
	/* shared strings */
	char			**sst;
	size_t			*sstlen, nsst;
	int			 has_sst;	/* the part is there */
	/* number styles: per cell style, 0 plain, 1 percent, 2 date */
	unsigned char		*xfkind;
	size_t			 nxf;
	int			 date1904;
};

/* The unpacked member name (case aside, as OPC names go), or NULL. */
static char *
member(struct xl *x, const char *name, size_t *len, int must)
{
	zip_int64_t	 idx = ZIP(name_locate)(x->z, name, ZIP_FL_NOCASE);
	zip_file_t	*f;
	char		*buf;
	size_t		 n = 0, cap = 65536;
	zip_int64_t	 got;

	if (idx < 0) {
		if (must) {
			diag(&x->at, MSG_XLSX_PART, name);
			x->errors++;
		}
		return NULL;
	}
	if ((f = ZIP(fopen_index)(x->z, (zip_uint64_t)idx, 0)) == NULL) {
		diag(&x->at, MSG_XLSX_READ, name, ZIP(strerror)(x->z));
		x->errors++;
		return NULL;
	}
	buf = xmalloc(cap + 1);
	for (;;) {
		if (n == cap) {
			/* read one byte past the limit to know it is passed:
			 * a zip bomb, or a sheet no report needs (the sizes
			 * the zip declares may lie) */
			if (cap > XLSX_MAX_PART) {
				diag(&x->at, MSG_XLSX_PART_BIG, name,
				    XLSX_MAX_PART / (1024 * 1024));
				goto bad;
			}
			cap = cap * 2 > XLSX_MAX_PART ? XLSX_MAX_PART + 1 :
			    cap * 2;
			buf = xrealloc(buf, cap + 1);
		}
		if ((got = ZIP(fread)(f, buf + n, cap - n)) < 0) {
			diag(&x->at, MSG_XLSX_READ, name, ZIP(file_strerror)(f));
			goto bad;
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	ZIP(fclose)(f);
	buf[n] = '\0';
	*len = n;
	return buf;
bad:
	x->errors++;
	ZIP(fclose)(f);
	free(buf);
	return NULL;
}

/* ---- XML through expat ----------------------------------------------- */

struct xml {
	struct xl	*x;
	XML_Parser	 p;
	const char	*part;
	int		 refused;	/* a DTD: stopped */
	int		 failed;	/* a finding was made: stopped */
	char		*text;		/* character data being collected */
	size_t		 ntext, captext;
	int		 collect;
	void		*ud;
};

/* "ns|local" (expat's namespace form) or "local": the local name. */
static const char *
local(const char *name)
{
	const char *bar = strrchr(name, '|');

	return bar != NULL ? bar + 1 : name;
}

static const char *
attr(const char **at, const char *name)
{
	for (size_t i = 0; at[i] != NULL; i += 2)
		if (strcmp(local(at[i]), name) == 0)
			return at[i + 1];
	return NULL;
}

static void XMLCALL
on_doctype(void *ud, const XML_Char *name, const XML_Char *sysid,
    const XML_Char *pubid, int internal)
{
	struct xml *m = ud;

	(void)name, (void)sysid, (void)pubid, (void)internal;
	m->refused = 1;
	XML_StopParser(m->p, XML_FALSE);
}

static void XMLCALL
on_text(void *ud, const XML_Char *s, int len)
{
	struct xml *m = ud;

	if (!m->collect || len <= 0)
		return;
	if (m->ntext + (size_t)len + 1 > m->captext) {
		m->captext = (m->ntext + (size_t)len + 1) * 2;
		m->text = xrealloc(m->text, m->captext);
	}
	memcpy(m->text + m->ntext, s, (size_t)len);
	m->ntext += (size_t)len;
	m->text[m->ntext] = '\0';
}

static void
text_start(struct xml *m)
{
	m->collect = 1;
}

/* Stop with a finding already made. */
static void
xml_fail(struct xml *m)
{
	m->failed = 1;
	m->x->errors++;
	XML_StopParser(m->p, XML_FALSE);
}

static const XML_Memory_Handling_Suite xml_mem = { xmalloc, xrealloc, free };

static int
xml_run(struct xl *x, const char *part, const char *buf, size_t len,
    void *ud, XML_StartElementHandler start, XML_EndElementHandler end)
{
	struct xml	 m;
	int		 ok;

	memset(&m, 0, sizeof(m));
	m.x = x;
	m.part = part;
	m.ud = ud;
	/* expat's memory from mem.h, which aborts when there is none */
	m.p = XML_ParserCreate_MM(NULL, &xml_mem, "|");
	XML_SetUserData(m.p, &m);
	XML_SetElementHandler(m.p, start, end);
	XML_SetCharacterDataHandler(m.p, on_text);
	XML_SetStartDoctypeDeclHandler(m.p, on_doctype);
	ok = XML_Parse(m.p, buf, (int)len, XML_TRUE) == XML_STATUS_OK;
	if (m.refused) {
		diag(&x->at, MSG_XLSX_DTD, part);
		x->errors++;
	} else if (!ok && !m.failed) {
		diag(&x->at, MSG_XLSX_XML, part,
		    (unsigned long)XML_GetCurrentLineNumber(m.p),
		    (unsigned long)XML_GetCurrentColumnNumber(m.p) + 1,
		    XML_ErrorString(XML_GetErrorCode(m.p)));
		x->errors++;
	}
	XML_ParserFree(m.p);
	free(m.text);
	return ok && !m.refused && !m.failed ? 0 : -1;
}

#define M(ud)	((struct xml *)(ud))

/* ---- shared strings --------------------------------------------------- */

struct sstp {
	struct arena	*a;
	char		**v;
	size_t		*len, n, cap, lcap;
	int		 in_si, in_rph;
};

static void XMLCALL
sst_start(void *ud, const XML_Char *name, const XML_Char **at)
{
	struct sstp	*s = M(ud)->ud;
	const char	*l = local(name);

	(void)at;
	if (strcmp(l, "si") == 0) {
		s->in_si = 1;
		M(ud)->ntext = 0;
		if (M(ud)->text != NULL)
			M(ud)->text[0] = '\0';
	} else if (strcmp(l, "rPh") == 0)
		s->in_rph = 1;	/* phonetic reading: not the text */
	else if (strcmp(l, "t") == 0 && s->in_si && !s->in_rph)
		text_start(M(ud));
}

static void XMLCALL
sst_end(void *ud, const XML_Char *name)
{
	struct sstp	*s = M(ud)->ud;
	struct xml	*m = M(ud);
	const char	*l = local(name);

	m->collect = 0;
	if (strcmp(l, "rPh") == 0)
		s->in_rph = 0;
	if (strcmp(l, "si") != 0)
		return;
	s->in_si = 0;
	if (s->n == XLSX_MAX_STRINGS) {
		diag(&m->x->at, MSG_XLSX_STRINGS, (size_t)XLSX_MAX_STRINGS);
		xml_fail(m);
		return;
	}
	s->v = arena_grow(s->a, s->v, s->n, &s->cap, sizeof(*s->v), 256);
	s->len = arena_grow(s->a, s->len, s->n, &s->lcap, sizeof(*s->len),
	    256);
	s->v[s->n] = arena_strndup(s->a, m->text != NULL ? m->text : "",
	    m->ntext);
	s->len[s->n++] = m->ntext;
}

static int
strings_of(struct xl *x, const char *part, const char *xml, size_t len)
{
	struct sstp s;

	memset(&s, 0, sizeof(s));
	s.a = x->a;
	if (xml_run(x, part, xml, len, &s, sst_start, sst_end) != 0)
		return -1;
	x->sst = s.v;
	x->sstlen = s.len;
	x->nsst = s.n;
	return 0;
}

int
xlsx_strings(struct arena *a, const char *path, const char *xml, size_t len,
    char ***v, size_t **lens, size_t *n)
{
	struct xl x;

	memset(&x, 0, sizeof(x));
	x.a = a;
	x.path = path;
	x.at = (struct pos){ path, 0, 0 };
	if (strings_of(&x, "xl/sharedStrings.xml", xml, len) != 0)
		return -1;
	*v = x.sst;
	*lens = x.sstlen;
	*n = x.nsst;
	return 0;
}

/* ---- number styles ---------------------------------------------------- */

struct fmt {
	long	 id;
	int	 kind;
};

struct stylep {
	struct xl	*x;
	struct fmt	*fmts;
	size_t		 nfmts, capf, capxf;
	int		 in_xfs, in_fmts;
	long		*xfid;
	size_t		 nxf;
};

enum { FMT_PLAIN = 0, FMT_PERCENT, FMT_DATE };

/* What a format code shows: literal text ("…", \x, [$Rp-421]) aside. */
static int
code_kind(const char *c)
{
	int pct = 0;

	for (; *c != '\0'; c++) {
		if (*c == '"') {
			while (c[1] != '\0' && c[1] != '"')
				c++;
			if (c[1] != '\0')
				c++;
		} else if (*c == '\\' && c[1] != '\0')
			c++;
		else if (*c == '[') {
			while (c[1] != '\0' && c[1] != ']')
				c++;
		} else if (strchr("dmyhsDMYHS", *c) != NULL)
			return FMT_DATE;
		else if (*c == '%')
			pct = 1;
		else if (*c == ';')
			break;	/* the positive section says it */
	}
	return pct ? FMT_PERCENT : FMT_PLAIN;
}

/* The built-in formats (ECMA-376 18.8.30). */
static int
builtin_kind(long id)
{
	if (id == 9 || id == 10)
		return FMT_PERCENT;
	if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) ||
	    (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
		return FMT_DATE;
	return FMT_PLAIN;
}

static void XMLCALL
style_start(void *ud, const XML_Char *name, const XML_Char **at)
{
	struct stylep	*s = M(ud)->ud;
	const char	*l = local(name), *v;

	if (strcmp(l, "cellXfs") == 0)
		s->in_xfs = 1;
	else if (strcmp(l, "numFmts") == 0)
		s->in_fmts = 1;	/* not the dxfs' formats of conditional styles */
	else if (strcmp(l, "numFmt") == 0 && s->in_fmts &&
	    (v = attr(at, "numFmtId")) &&
	    attr(at, "formatCode") != NULL && s->nfmts < 10000) {
		s->fmts = arena_grow(s->x->a, s->fmts, s->nfmts, &s->capf,
		    sizeof(*s->fmts), 16);
		s->fmts[s->nfmts].id = strtol(v, NULL, 10);
		s->fmts[s->nfmts++].kind = code_kind(attr(at, "formatCode"));
	} else if (strcmp(l, "xf") == 0 && s->in_xfs && s->nxf < 100000) {
		v = attr(at, "numFmtId");
		s->xfid = arena_grow(s->x->a, s->xfid, s->nxf, &s->capxf,
		    sizeof(*s->xfid), 16);
		s->xfid[s->nxf++] = v != NULL ? strtol(v, NULL, 10) : 0;
	}
}

static void XMLCALL
style_end(void *ud, const XML_Char *name)
{
	struct stylep *s = M(ud)->ud;

	if (strcmp(local(name), "cellXfs") == 0)
		s->in_xfs = 0;
	else if (strcmp(local(name), "numFmts") == 0)
		s->in_fmts = 0;
}

/* The styles: what kind of number each cell style shows. */
static void
styles(struct xl *x)
{
	struct stylep	 s;
	size_t		 len;
	char		*xml = member(x, "xl/styles.xml", &len, 0);

	if (xml == NULL)
		return;		/* no styles: every number is plain */
	memset(&s, 0, sizeof(s));
	s.x = x;
	if (xml_run(x, "xl/styles.xml", xml, len, &s, style_start,
	    style_end) == 0) {
		x->xfkind = arena_alloc(x->a, s.nxf + 1);
		x->nxf = s.nxf;
		for (size_t i = 0; i < s.nxf; i++) {
			int k = builtin_kind(s.xfid[i]);

			for (size_t j = 0; j < s.nfmts; j++)
				if (s.fmts[j].id == s.xfid[i])
					k = s.fmts[j].kind;
			x->xfkind[i] = (unsigned char)k;
		}
	}
	free(xml);
}

/* ---- workbook: the sheet's part ---------------------------------------- */

struct sheetinfo {
	const char	*name, *rid;
};

struct wbp {
	struct xl		*x;
	struct sheetinfo	*v;
	size_t			 n, cap;
	/* relationships */
	const char		*want, *target;
};

static void XMLCALL
wb_start(void *ud, const XML_Char *name, const XML_Char **at)
{
	struct wbp	*w = M(ud)->ud;
	const char	*l = local(name), *v;

	if (strcmp(l, "workbookPr") == 0 && (v = attr(at, "date1904")) &&
	    (strcmp(v, "1") == 0 || strcmp(v, "true") == 0))
		w->x->date1904 = 1;
	if (strcmp(l, "sheet") != 0 || w->n >= 10000)
		return;
	w->v = arena_grow(w->x->a, w->v, w->n, &w->cap, sizeof(*w->v), 8);
	v = attr(at, "name");
	w->v[w->n].name = arena_strdup(w->x->a, v != NULL ? v : "");
	v = attr(at, "id");
	w->v[w->n++].rid = arena_strdup(w->x->a, v != NULL ? v : "");
}

static void XMLCALL
rel_start(void *ud, const XML_Char *name, const XML_Char **at)
{
	struct wbp	*w = M(ud)->ud;
	const char	*id = attr(at, "Id"), *t = attr(at, "Target");

	if (strcmp(local(name), "Relationship") == 0 && id != NULL &&
	    t != NULL && strcmp(id, w->want) == 0 && w->target == NULL)
		w->target = arena_strdup(w->x->a, t);
}

static void XMLCALL
no_end(void *ud, const XML_Char *name)
{
	(void)ud, (void)name;
}

/* "'Sheet1', 'DPA'" for a message. */
static const char *
sheet_list(struct xl *x, const struct wbp *w)
{
	char	*s = arena_strdup(x->a, "");

	for (size_t i = 0; i < w->n && i < 20; i++)
		s = arena_printf(x->a, "%s%s'%s'", s, i > 0 ? ", " : "",
		    w->v[i].name);
	return w->n > 20 ? arena_printf(x->a, "%s, …", s) : s;
}

/* The chosen sheet's part name ("xl/worksheets/sheet1.xml") and name. */
static const char *
sheet_part(struct xl *x, const struct xlsx_sel *sel, const char **sheet)
{
	struct wbp	 w;
	size_t		 len, i;
	char		*xml;
	const char	*t;
	int		 rc;

	memset(&w, 0, sizeof(w));
	w.x = x;
	if ((xml = member(x, "xl/workbook.xml", &len, 1)) == NULL)
		return NULL;
	rc = xml_run(x, "xl/workbook.xml", xml, len, &w, wb_start, no_end);
	free(xml);
	if (rc != 0)
		return NULL;
	if (w.n == 0) {
		diag(&x->at, MSG_XLSX_NO_SHEETS);
		x->errors++;
		return NULL;
	}
	for (i = 0; sel->sheet != NULL && i < w.n; i++)
		if (strcmp(w.v[i].name, sel->sheet) == 0)
			break;
	if (sel->sheet != NULL && i == w.n) {
		diag(sel->sheet_at != NULL ? sel->sheet_at : &x->at,
		    MSG_XLSX_NO_SHEET, sel->sheet, sheet_list(x, &w));
		x->errors++;
		return NULL;
	}
	if (sel->sheet == NULL)
		i = 0;
	*sheet = w.v[i].name;
	w.want = w.v[i].rid;
	if ((xml = member(x, "xl/_rels/workbook.xml.rels", &len, 1)) == NULL)
		return NULL;
	rc = xml_run(x, "xl/_rels/workbook.xml.rels", xml, len, &w,
	    rel_start, no_end);
	free(xml);
	if (rc != 0)
		return NULL;
	if ((t = w.target) == NULL) {
		diag(&x->at, MSG_XLSX_PART, arena_printf(x->a,
		    "xl/_rels/workbook.xml.rels: %s", w.want));
		x->errors++;
		return NULL;
	}
	/* targets are relative to xl/, or absolute in the package */
	return t[0] == '/' ? t + 1 : arena_printf(x->a, "xl/%s", t);
}

/* ---- the sheet ------------------------------------------------------- */

struct rcell {
	int		 col;
	const char	*s;
	size_t		 len;
};

struct sheetp {
	struct xl		*x;
	const struct xlsx_sel	*sel;
	const char		*sheet;
	int			*cols;		/* the columns read */
	size_t			 ncols;
	struct csv_row		*rows;
	size_t			 nrows, caprows;
	int			 row, prevcol, rowseen, headseen;
	struct rcell		*cells;		/* of this row */
	size_t			 ncells, capcells, total;
	/* the cell being read */
	int			 c_row, c_col, c_style, in_cell, in_v, in_is,
				 in_is_seen, in_rph, has_f, has_v;
	char			 c_type[16];
	char			*v;		/* <v> text */
	size_t			 nv;
};

static struct pos
cellpos(const struct sheetp *s, int row, int col)
{
	return diag_cell(s->x->path, s->sheet, row, col);
}

/* The cell's value as text, or NULL after a finding. */
static const char *
cell_value(struct sheetp *s, struct xml *m, size_t *len)
{
	struct pos	 p = cellpos(s, s->c_row, s->c_col);
	const char	*t = s->c_type, *v = m->text != NULL ? m->text : "";
	char		 buf[64];
	int		 kind;
	unsigned long	 k;
	char		*end;

	*len = 0;
	/* <v></v>: no value (what openpyxl writes for a formula), unless
	 * the formula's text result is empty */
	if (s->has_v && m->ntext == 0 && !s->in_is_seen && strcmp(t, "str"))
		s->has_v = 0;
	if (!s->has_v) {
		if (s->has_f) {
			diag(&p, MSG_XLSX_NO_VALUE);
			return NULL;
		}
		return "";	/* a styled empty cell */
	}
	if (strcmp(t, "inlineStr") == 0 || strcmp(t, "str") == 0) {
		*len = m->ntext;
		return arena_strndup(s->x->a, v, m->ntext);
	}
	if (strcmp(t, "s") == 0 && !s->x->has_sst) {
		/* said once, at the file: every text cell would say it */
		diag(&s->x->at, MSG_XLSX_PART, "xl/sharedStrings.xml");
		xml_fail(m);
		return NULL;
	}
	if (strcmp(t, "s") == 0) {
		k = strtoul(v, &end, 10);
		if (*v < '0' || *v > '9' || *end != '\0' || k >= s->x->nsst ||
		    m->ntext > 10) {
			diag(&p, MSG_XLSX_SST_INDEX, v, s->x->nsst);
			return NULL;
		}
		*len = s->x->sstlen[k];
		return s->x->sst[k];
	}
	if (strcmp(t, "b") == 0) {
		if (strcmp(v, "0") != 0 && strcmp(v, "1") != 0) {
			diag(&p, MSG_XLSX_NUMBER, v);
			return NULL;
		}
		*len = 5;
		return v[0] == '1' ? "BENAR" : "SALAH";
	}
	if (strcmp(t, "e") == 0) {
		diag(&p, MSG_XLSX_ERROR_VALUE, v);
		return NULL;
	}
	if (strcmp(t, "d") == 0) {	/* an ISO 8601 date: its date part */
		*len = strcspn(v, "T");
		if (*len > 10)
			*len = 10;
		return arena_strndup(s->x->a, v, *len);
	}
	if (t[0] != '\0' && strcmp(t, "n") != 0) {
		diag(&p, MSG_XLSX_CELL_TYPE, t);
		return NULL;
	}
	kind = s->c_style >= 0 && (size_t)s->c_style < s->x->nxf ?
	    s->x->xfkind[s->c_style] : FMT_PLAIN;
	if (kind == FMT_DATE) {
		if (xlsx_date(v, m->ntext, s->x->date1904, buf,
		    sizeof(buf)) != 0) {
			diag(&p, MSG_XLSX_DATE, v);
			return NULL;
		}
	} else {
		int rc = xlsx_number(v, m->ntext, kind == FMT_PERCENT, buf,
		    sizeof(buf));

		if (rc != 0) {
			diag(&p, rc == -2 ? MSG_XLSX_NUM_BIG : MSG_XLSX_NUMBER,
			    v);
			return NULL;
		}
	}
	*len = strlen(buf);
	return arena_strndup(s->x->a, buf, *len);
}

static int
wanted_row(const struct sheetp *s, int row)
{
	return row == s->sel->head || (row > s->sel->head &&
	    (s->sel->last == 0 || row <= s->sel->last));
}

/* A new <c>: its place, checked against the one before. */
static void
cell_start(struct sheetp *s, struct xml *m, const char **at)
{
	const char	*r = attr(at, "r"), *t = attr(at, "t"),
			*st = attr(at, "s");
	char		 a[24], b[24];
	int		 row = s->row, col = s->prevcol + 1;

	if (++s->total > XLSX_MAX_CELLS) {
		diag(&s->x->at, MSG_XLSX_CELLS, s->sheet,
		    (size_t)XLSX_MAX_CELLS);
		xml_fail(m);
		return;
	}
	if (r != NULL && !xlsx_ref(r, strlen(r), 0, &row, &col)) {
		diag(&s->x->at, MSG_XLSX_REF, r, s->sheet);
		xml_fail(m);
		return;
	}
	if (row != s->row || col <= s->prevcol) {
		struct pos p = cellpos(s, row, col);

		diag_cell_name(row, col, a, sizeof(a));
		diag_cell_name(s->row, s->prevcol > 0 ? s->prevcol : 1, b,
		    sizeof(b));
		diag(&p, MSG_XLSX_ORDER, a, b);
		xml_fail(m);
		return;
	}
	s->prevcol = col;
	s->c_row = row;
	s->c_col = col;
	s->c_style = st != NULL ? (int)strtol(st, NULL, 10) : 0;
	snprintf(s->c_type, sizeof(s->c_type), "%s", t != NULL ? t : "");
	s->in_cell = 1;
	s->has_f = s->has_v = s->in_is_seen = 0;
	m->ntext = 0;
	if (m->text != NULL)
		m->text[0] = '\0';
}

static void
row_start(struct sheetp *s, struct xml *m, const char **at)
{
	const char	*r = attr(at, "r");
	int		 row = s->row + 1;
	char		*end;
	long		 v;

	if (r != NULL) {
		v = strtol(r, &end, 10);
		if (*r < '1' || *r > '9' || *end != '\0' || v > 1048576) {
			diag(&s->x->at, MSG_XLSX_REF, r, s->sheet);
			xml_fail(m);
			return;
		}
		row = (int)v;
	}
	if (row <= s->row) {
		char a[24], b[24];
		struct pos p = cellpos(s, row, 1);

		diag_cell_name(row, 1, a, sizeof(a));
		diag_cell_name(s->row, 1, b, sizeof(b));
		diag(&p, MSG_XLSX_ORDER, a, b);
		xml_fail(m);
		return;
	}
	s->row = row;
	s->prevcol = 0;
	s->ncells = 0;
	s->rowseen = 1;
}

static void XMLCALL
sheet_start(void *ud, const XML_Char *name, const XML_Char **at)
{
	struct xml	*m = M(ud);
	struct sheetp	*s = m->ud;
	const char	*l = local(name);

	if (strcmp(l, "row") == 0)
		row_start(s, m, at);
	else if (strcmp(l, "c") == 0 && s->rowseen)
		cell_start(s, m, at);
	else if (!s->in_cell)
		return;
	else if (strcmp(l, "v") == 0) {
		s->has_v = 1;
		m->ntext = 0;
		text_start(m);
	} else if (strcmp(l, "f") == 0)
		s->has_f = 1;
	else if (strcmp(l, "is") == 0) {
		s->in_is = s->in_is_seen = 1;
		s->has_v = 1;
		m->ntext = 0;
	} else if (strcmp(l, "rPh") == 0)
		s->in_rph = 1;
	else if (strcmp(l, "t") == 0 && s->in_is && !s->in_rph)
		text_start(m);
}

/* The columns a sheet without 'kolom' gives: the header's used ones. */
static void
head_columns(struct sheetp *s)
{
	int	 first = 0, last = 0;

	for (size_t i = 0; i < s->ncells; i++)
		if (s->cells[i].len > 0) {
			if (first == 0)
				first = s->cells[i].col;
			last = s->cells[i].col;
		}
	if (last - first + 1 > XLSX_MAX_COLS) {
		struct pos p = cellpos(s, s->row, first);

		diag(&p, MSG_XLSX_HEAD_WIDE, s->sheet, last - first + 1,
		    XLSX_MAX_COLS);
		s->x->errors++;
		last = first + XLSX_MAX_COLS - 1;
	}
	s->ncols = first > 0 ? (size_t)(last - first + 1) : 0;
	s->cols = arena_alloc(s->x->a, (s->ncols + 1) * sizeof(*s->cols));
	for (size_t k = 0; k < s->ncols; k++)
		s->cols[k] = first + (int)k;
}

/* The row's cells in the columns read; not kept when all are empty. */
static void
row_end(struct sheetp *s)
{
	struct csv_row	 r;
	int		 any = 0;

	if (!wanted_row(s, s->row))
		return;
	if (s->row == s->sel->head) {
		s->headseen = 1;
		if (s->sel->ncols == 0)
			head_columns(s);
	}
	r.n = s->ncols;
	r.f = arena_alloc(s->x->a, (r.n + 1) * sizeof(*r.f));
	for (size_t k = 0; k < r.n; k++) {
		struct csv_field *f = &r.f[k];

		f->s = "";
		f->len = 0;
		f->pos = cellpos(s, s->row, s->cols[k]);
		for (size_t i = 0; i < s->ncells; i++)
			if (s->cells[i].col == s->cols[k]) {
				f->s = s->cells[i].s;
				f->len = s->cells[i].len;
			}
		any |= f->len > 0;
	}
	r.pos = r.n > 0 ? r.f[0].pos : cellpos(s, s->row, 1);
	if (!any && s->row != s->sel->head)
		return;
	s->rows = arena_grow(s->x->a, s->rows, s->nrows, &s->caprows,
	    sizeof(*s->rows), 64);
	s->rows[s->nrows++] = r;
}

static int
column_wanted(const struct sheetp *s, int col)
{
	if (s->sel->ncols == 0)
		return s->row == s->sel->head || (s->ncols > 0 &&
		    col >= s->cols[0] && col <= s->cols[s->ncols - 1]);
	for (size_t k = 0; k < s->ncols; k++)
		if (s->cols[k] == col)
			return 1;
	return 0;
}

static void
cell_end(struct sheetp *s, struct xml *m)
{
	const char	*v;
	size_t		 len;

	s->in_cell = s->in_is = s->in_rph = 0;
	if (!wanted_row(s, s->c_row) || !column_wanted(s, s->c_col))
		return;
	if ((v = cell_value(s, m, &len)) == NULL) {
		s->x->errors++;	/* the next cells are still read */
		return;
	}
	if (len > LOAD_MAX_SCALAR) {
		struct pos p = cellpos(s, s->c_row, s->c_col);

		diag(&p, MSG_CSV_FIELD_BIG, len, (size_t)LOAD_MAX_SCALAR);
		s->x->errors++;
		return;
	}
	s->cells = arena_grow(s->x->a, s->cells, s->ncells, &s->capcells,
	    sizeof(*s->cells), 16);
	s->cells[s->ncells++] = (struct rcell){ s->c_col, v, len };
}

static void XMLCALL
sheet_end(void *ud, const XML_Char *name)
{
	struct xml	*m = M(ud);
	struct sheetp	*s = m->ud;
	const char	*l = local(name);

	m->collect = 0;
	if (strcmp(l, "c") == 0 && s->in_cell)
		cell_end(s, m);
	else if (strcmp(l, "row") == 0 && s->rowseen) {
		row_end(s);
		s->rowseen = 0;
	} else if (strcmp(l, "rPh") == 0)
		s->in_rph = 0;
	else if (strcmp(l, "v") == 0 && s->in_cell)
		m->collect = 0;
	else if (strcmp(l, "t") == 0 && s->in_is)
		m->collect = 0;
}

/* Shared strings: needed only when a cell says t="s"; read when present. */
static int
shared_strings(struct xl *x)
{
	size_t	 len;
	char	*xml = member(x, "xl/sharedStrings.xml", &len, 0);
	int	 rc;

	if (xml == NULL)
		return x->errors > 0 ? -1 : 0;
	x->has_sst = 1;
	rc = strings_of(x, "xl/sharedStrings.xml", xml, len);
	free(xml);
	return rc;
}

static int
read_sheet(struct xl *x, const struct xlsx_sel *sel, struct csv *out)
{
	struct sheetp	 s;
	const char	*part, *sheet = NULL;
	char		*xml;
	size_t		 len;
	int		 rc;

	if ((part = sheet_part(x, sel, &sheet)) == NULL)
		return -1;
	if (shared_strings(x) != 0)
		return -1;
	styles(x);
	if ((xml = member(x, part, &len, 1)) == NULL)
		return -1;
	memset(&s, 0, sizeof(s));
	s.x = x;
	s.sel = sel;
	s.sheet = sheet;
	s.cols = (int *)sel->cols;
	s.ncols = sel->ncols;
	rc = xml_run(x, part, xml, len, &s, sheet_start, sheet_end);
	free(xml);
	if (rc != 0 || x->errors > 0)
		return -1;
	if (!s.headseen || s.ncols == 0) {
		struct pos p = cellpos(&s, sel->head, 1);

		diag(&p, MSG_XLSX_HEAD_EMPTY, sel->head, sheet);
		return -1;
	}
	out->rows = s.rows;
	out->n = s.nrows;
	return 0;
}

int
xlsx_parse(struct arena *a, const char *path, const char *buf, size_t len,
    const struct xlsx_sel *sel, struct csv *out)
{
	struct xl	 x;
	zip_error_t	 err;
	zip_source_t	*src;
	const char	*why;
	int		 rc;

	memset(out, 0, sizeof(*out));
	memset(&x, 0, sizeof(x));
	x.a = a;
	x.path = path;
	x.at = (struct pos){ path, 0, 0 };
	diag_file(path);
	if (len == 0) {		/* libzip would take it for an empty archive */
		diag(&x.at, MSG_FILE_EMPTY);
		return -1;
	}
	if (zip_api(&why) == NULL) {	/* loaded now, on first use */
		diag(&x.at, MSG_XLSX_LIB, why);
		return -1;
	}
	ZIP(error_init)(&err);
	if ((src = ZIP(source_buffer_create)(buf, len, 0, &err)) == NULL ||
	    (x.z = ZIP(open_from_source)(src, ZIP_RDONLY, &err)) == NULL) {
		diag(&x.at, MSG_XLSX_ZIP, ZIP(error_strerror)(&err));
		if (src != NULL)
			ZIP(source_free)(src);
		ZIP(error_fini)(&err);
		return -1;
	}
	ZIP(error_fini)(&err);
	rc = read_sheet(&x, sel, out);
	ZIP(discard)(x.z);	/* read only: nothing to write back */
	return rc;
}

int
xlsx_load(struct arena *a, const struct in_req *rq, const char *path,
    const struct xlsx_sel *sel, struct csv *out)
{
	char	*buf;
	size_t	 len;
	int	 rc;

	memset(out, 0, sizeof(*out));
	if ((buf = input_read(rq, &len)) == NULL)
		return -1;
	rc = xlsx_parse(a, path, buf, len, sel, out);
	free(buf);
	return rc;
}
