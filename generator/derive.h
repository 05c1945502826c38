/*
 * derive: what the program computes from checked content, in one place:
 * numbers and labels (sections, "Tabel 3.10", "Gambar 1.2"), computed
 * figures (table totals), and the cross-references filled into the text.
 * It runs on what check built even when check found errors elsewhere, so
 * its findings (a total that does not add up) come in the same run.
 */
#ifndef LAKIN_DERIVE_H
#define LAKIN_DERIVE_H

#include "doc.h"
#include "pagelist.h"

struct arena;

/* Everything above, in order: labels, totals, then {ref:kunci}. */
void		 derive_report(struct arena *, struct report *);
/*
 * {hal:kunci} from the page labels layout found (map); 1 when a label
 * changed, and the document must be laid out again.
 */
int		 derive_pages(struct arena *, struct report *,
		    const struct pagemap *);

/* Pieces, for derive_report and the unit tests. */
char		*section_number(struct arena *, int level, int idx,
		    const char *parent, int decimal);
void		 derive_labels(struct arena *, struct report *);
void		 derive_totals(struct arena *, struct table *);
void		 derive_budget(struct arena *, struct budget *);
void		 derive_perf(struct arena *, struct report *);
/* derive_kinerja.c, for the tables */
const struct yearval *perf_target(const struct indicator *, int year,
		    int report_year);
int		 perf_capaian(const struct perf *, const struct indicator *,
		    int year, int report_year, struct ratio *);
const char	*perf_kategori(const struct perf *, const struct ratio *);
/* The analisis (fix: the solusi) an indicator is covered by: its own,
 * else its sasaran's, else its tujuan's; NULL when none is written. */
const struct tcell *perf_analysis(const struct indicator *, int fix);
/* The budget line of a sasaran (the whole budget for NULL), and the
 * efisiensi of its use; 0 when it cannot be computed. */
const struct bnode *perf_money(const struct report *, const struct goal *);
int		 perf_efisiensi(const struct report *, const struct goal *,
		    struct ratio *);
void		 derive_tperf(struct arena *, const struct report *,
		    struct table *);
void		 derive_values(struct arena *, struct report *);
/* derive_tpcheck.c: a typed table's rows against kinerja.yaml */
void		 derive_perf_check(struct arena *, const struct report *,
		    const struct table *);
void		 derive_tgoals(struct arena *, const struct report *,
		    struct table *);
void		 derive_near(struct arena *, struct report *);
void		 derive_tdata(struct arena *, const struct report *,
		    struct table *);
/* derive_pegawai.c: a table of the staff; a typed table's periksa_pegawai */
void		 derive_tstaff(struct arena *, const struct report *,
		    struct table *);
void		 derive_staff_check(struct arena *, const struct report *,
		    const struct table *);

/* derive_chart.c: a figure's grafik from its table or indicator */
void		 derive_charts(struct arena *, const struct report *);
typedef void (*text_fn)(struct text *, void *);

/* Call fn on every text of the document (paragraphs, cells, captions...). */
void		 doc_texts(struct report *, text_fn, void *);
/* {ref:kunci} -> numbers; returns 1 when some text names a page. */
int		 refs_fill_numbers(struct arena *, struct report *);
/* {hal:kunci} -> the labels now in r->keys. */
void		 refs_fill_pages(struct arena *, struct report *);

#endif
