/*
 * The report's own layout choices: `tata_letak` in laporan.yaml, over
 * the template's.  One agency may want its report in the house style, a
 * running header of its own or no floats, without copying the whole
 * template (pemenggalan: tidak, no hyphenation at all).  The shapes are checked with laporan.yaml (report_s uses
 * template_own_s); here only values that passed are applied, and what
 * the schema cannot see (the {names} of a running header, room for it in
 * the margins) is checked at the report's own line.
 */
#include <string.h>

#include "check_schema.h"
#include "font.h"
#include "template.h"
#include "utf8.h"

static const char *const own_styles[] = { "ringkas", "dinas", NULL };

static const struct field own_f[] = {
	{ "gaya", V_CHOICE, 0, NULL, own_styles, 0, 0, NULL, NULL },
	{ "kepala", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "kaki", V_STR, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "mengambang", V_BOOL, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "halaman_pembatas", V_BOOL, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ "pemenggalan", V_BOOL, 0, NULL, NULL, 0, 0, NULL, NULL },
	{ NULL, 0, 0, NULL, NULL, 0, 0, NULL, NULL }
};
const struct schema template_own_s = { "'tata_letak'", "'tata_letak'",
	own_f, 0, NULL };

/* A yes/no value as written: 1, 0, or -1 when it is not one. */
static int
own_bool(const struct node *m, const char *key)
{
	static const char *const yes[] = { "ya", "true", "yes", NULL };
	static const char *const no[] = { "tidak", "false", "no", NULL };
	const struct node *n = node_get(m, key);

	if (n == NULL || n->type != NODE_SCALAR)
		return -1;
	if (choice_index(yes, n->str) >= 0)
		return 1;
	return choice_index(no, n->str) >= 0 ? 0 : -1;
}

/* A running header or footer of the report's own, when it is sound. */
static void
own_running(const struct node *m, const char *key, const char **text,
    struct pos *pos, const struct node **node, int *errs)
{
	const struct node *n = node_get(m, key);

	if (n == NULL || n->type != NODE_SCALAR)
		return;
	if (template_running(n) > 0) {
		(*errs)++;
		return;
	}
	*text = n->str;
	*pos = n->pos;
	*node = n;
}

int
template_own(const struct node *root, struct style *st)
{
	const struct node	*m = node_get(root, "tata_letak");
	const struct node	*g;
	int			 b, errs = 0;

	if (m == NULL || m->type != NODE_MAP)
		return 0;
	if ((b = own_bool(m, "mengambang")) >= 0)
		st->floats = b;
	if ((b = own_bool(m, "halaman_pembatas")) >= 0)
		st->dividers = b;
	if ((b = own_bool(m, "pemenggalan")) >= 0)
		st->hyph_on = b;
	own_running(m, "kepala", &st->header, &st->header_pos, &st->header_n,
	    &errs);
	own_running(m, "kaki", &st->footer, &st->footer_pos, &st->footer_n,
	    &errs);
	g = node_get(m, "gaya");
	if (g != NULL && g->type == NODE_SCALAR &&
	    choice_index(own_styles, g->str) >= 0) {
		template_style(st, g->str);
		/* the template's margins were checked for its own sizes */
		errs += template_room(st, &g->pos, &g->pos);
	}
	return errs;
}

/* Every character of one running text printable in the italic face. */
static int
running_glyphs(const struct node *n, const struct fontset *fs)
{
	int errs = 0;

	for (size_t i = 0; n != NULL && i < n->len;) {
		uint32_t	 cp;
		size_t		 l = utf8_decode(n->str + i, n->len - i, &cp);
		char		 buf[8];
		struct pos	 at;

		if (l == 0)
			break;
		if (cp < 0x20 || cp == 0x7F || !font_has(fs, FACE_ITALIC, cp)) {
			at = node_char_pos(n, i);
			memcpy(buf, n->str + i, l);
			buf[l] = '\0';
			if (cp < 0x20 || cp == 0x7F)
				diag(&at, MSG_CHAR_CONTROL, (unsigned long)cp);
			else
				diag(&at, MSG_CHAR_FONT, (unsigned long)cp,
				    buf, fontset_family(fs));
			errs++;
		}
		i += l;
	}
	return errs;
}

/*
 * The running header and footer are printed on every page in the
 * italic face: a character it lacks would print as a box, silently
 * (libharu draws .notdef), so it is an error where it is written.
 */
int
template_glyphs(const struct style *st, const struct fontset *fs)
{
	if (fs == NULL)
		return 0;
	return running_glyphs(st->header_n, fs) +
	    running_glyphs(st->footer_n, fs);
}
