#include "check_content.h"
#include "check_isi.h"
#include "derive.h"
#include "diag.h"
#include "drive.h"
#include "layout.h"
#include "template.h"
#include "timing.h"

struct report *
drive_check(struct arena *a, const char *dir, const struct node *root,
    int errs, const struct fontset *fs, const struct style *st)
{
	struct report *r;

	timing_to(STAGE_CHECK);
	r = check_report(a, dir, root, &errs, fs,
	    st != NULL ? st->scale : NULL);

	/* derive on what was built: its findings belong to the same run */
	timing_to(STAGE_DERIVE);
	/* a report with ISI still to fill in has not all its figures: what
	 * derive would find is about them, and they were named already */
	if (r != NULL && isi_count() == 0) {
		r->annex_number = st != NULL ? st->annex_number : NULL;
		derive_report(a, r);
	}
	return r == NULL || errs > 0 || diag_worst() >= SEV_ERROR ? NULL : r;
}

/* Passes of the body when its text names pages: they settle in two. */
#define PAGE_PASSES 4

struct pagelist *
drive_layout(struct arena *a, struct report *r, const struct style *st,
    const struct fontset *fs, const struct hyph *hy)
{
	struct pagelist *pl = NULL;

	for (int pass = 0; pass < PAGE_PASSES; pass++) {
		layout_free(pl);
		pl = layout_report(a, r, st, fs, hy);
		if (!derive_pages(a, r, &pl->keys))
			break;
	}
	return pl;
}
