/*
 * check, dates written inside running text (paragraphs, lists, quotes):
 * "… ditetapkan pada 31 Juni 2024 …".  Warnings, at the date itself (its
 * column, not the paragraph's).  Only a date in words is read (datefmt.h:
 * a day, then a month by name, then perhaps a year), and only what is
 * surely wrong is said: no such day in that month (31 Juni 2024; 30
 * Pebruari in any year), a month name not in its standard spelling, a
 * weekday that is not the date's.  A date of another year than the
 * report's is no slip in running text (a regulation's date, last year's
 * event, a plan), so years are not compared here.
 */
#include <string.h>

#include "check_int.h"
#include "datefmt.h"
#include "mem.h"

static void
check_span(struct arena *a, const char *s, const struct date_span *sp,
    const struct pos *p)
{
	const char	*txt = arena_strndup(a, s + sp->b, sp->e - sp->b);
	const struct date *d = &sp->d;
	/* without a year, the longest the month ever is (29 Februari) */
	int		 days = date_days(d->y != 0 ? d->y : 2000, d->m);

	if (!sp->exact)
		diag(p, MSG_DATE_MONTH_SUGG, (int)sp->ml, s + sp->mb, txt,
		    date_month_name(d->m));
	if (d->d > days) {
		if (d->y != 0)
			diag(p, MSG_DATE_DAY, txt, date_month_name(d->m), d->y,
			    days);
		else
			diag(p, MSG_DATE_DAY_ANY, txt, date_month_name(d->m),
			    days);
	} else if (d->y != 0 && d->wday >= 0 &&
	    date_weekday(d->y, d->m, d->d) != d->wday)
		diag(p, MSG_DATE_WEEKDAY, txt, d->d, date_month_name(d->m), d->y,
		    date_weekday_name(date_weekday(d->y, d->m, d->d)),
		    date_weekday_name(d->wday));
}

void
check_date_text(struct arena *a, const struct text *t)
{
	const char		*s;
	size_t			 len, at = 0;
	struct date_span	 sp;

	if (t->n == 0)
		return;
	s = text_flat(a, t);
	len = strlen(s);
	while (date_find(s, len, at, &sp)) {
		struct pos p = text_flat_pos(t, sp.b);

		check_span(a, s, &sp, &p);
		at = sp.e;
	}
}

/* Every item of a list and of the lists inside it. */
void
check_date_list(struct arena *a, const struct list *l)
{
	for (size_t i = 0; l != NULL && i < l->n; i++) {
		check_date_text(a, &l->items[i].text);
		check_date_list(a, l->items[i].sub);
	}
}
