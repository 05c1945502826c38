/*
 * Internals shared by the check_*.c builders (content and tables).
 */
#ifndef LAKIN_CHECK_INT_H
#define LAKIN_CHECK_INT_H

#include "check_schema.h"
#include "mem.h"
#include "doc.h"
#include "node.h"

struct arena;
struct fontset;

struct builder {
	struct arena		*a;
	const struct fontset	*fs;
	const char		*dir;		/* the report folder (CSV files) */
	int			 year;		/* laporan.tahun (tahun: lalu) */
	int			 errors;
	int			 level;		/* of the sections being built */
	struct ptrvec		 refs;		/* struct pending_ref * */
	struct ptrvec		 vals;		/* struct valref * ({nilai:}) */
	struct ptrvec		 broken_keys;	/* kunci of parts not built */
	struct ptrvec		 images;	/* struct image *, each file once */
	struct ptrvec		 bad_images;	/* paths refused: said once */
	struct budget		*budget;	/* anggaran.yaml as built, or NULL */
	int			 budget_named;	/* laporan.yaml names one */
	struct perf		*perf;		/* kinerja.yaml as built, or NULL */
	const struct node	*default_scale;	/* templat.yaml's, or NULL */
	int			 perf_named;
	struct staff		*staff;		/* pegawai.csv as built, or NULL */
	int			 staff_named;
};

/* Choices and patterns both the content and the table schemas use. */
extern const char *const align_ch[];	/* rata, kiri, tengah, kanan */
extern const char *const key_re[];	/* a kunci: lowercase, digits, '-' */
extern const char *const orient_ch[];	/* orientasi: potret, lanskap */
/* Whether map m (a part or a table) says orientasi: lanskap. */
int		 is_landscape(const struct node *m);

extern const struct schema content_blocks_s;	/* check_blocks.c */
extern const struct schema content_list_s;
extern const struct schema content_table_s;	/* check_table.c */
extern const struct schema content_rich_s;	/* teks, daftar, paragraf */
extern const struct schema content_sig_s;	/* check_sig.c */
extern const struct schema content_chart_s;	/* check_chart.c */
extern const struct schema content_org_s;	/* check_bagan.c */

struct text	 build_text(struct builder *, const struct node *);
struct list	*build_list(struct builder *, const struct node *, int depth);
struct block	**build_blocks(struct builder *, const struct node *, size_t *);
struct table	*build_table(struct builder *, const struct node *);
/* Rich text of a data file as a table cell would hold it; NULL after its
 * error ('key' empty) */
struct tcell	*build_rich(struct builder *, const struct node *,
		    const char *key);
struct signature *build_sig(struct builder *, const struct node *);
/* check_image.c: a picture's file name and width ('lebar') */
extern const char *const image_re[];
extern const char *const width_re[];
const struct image *image_load(struct builder *, const struct node *);
void		 picture_width(struct picture *, const char *lebar);
struct chart	*build_chart(struct builder *, const struct node *);
struct orgchart	*build_orgchart(struct builder *, const struct node *);
/* check_anggaran.c: the budget file f names; NULL after its errors */
struct budget	*budget_load(struct builder *, const struct node *f);
/* check_kinerja.c: kinerja.yaml; then the budget's sasaran found in it */
struct perf	*perf_load(struct builder *, const struct node *f);
void		 perf_link_budget(struct builder *, struct perf *,
		    struct budget *);
/* check_tdata.c: a table's 'data', its columns' 'isi' */
extern const char *const src_ch[];		/* a column's 'isi' */
extern const struct schema tdata_total_s;	/* 'baris_jumlah' */
int		 check_tdata(const struct node *, const struct field *);
void		 build_tdata(struct builder *, struct table *,
		    const struct node *m);
/* check_table.c: a column's 'jenis', by enum col_kind */
extern const char *const col_kind_ch[];
/* check_tlint.c: a typed table's figures (forms, rounding, NIPs twice) */
#define NUM_TEXT_MAX 256	/* a number cell's text is cut to this for parsing */
struct tlint;
struct tlint	*tlint_begin(struct builder *, const struct table *);
/* Before a cell is parsed: 1 when its form was reported (no value). */
int		 tlint_form(struct tlint *, const struct tcol *, struct tcell *,
		    const char *typed);
/* A cell's value as parsed. */
void		 tlint_value(struct tlint *, const struct tcol *,
		    const struct tcell *, const char *typed, const struct num *);
/* The table's body and totals are done: say what was kept for the end. */
void		 tlint_end(struct tlint *);
/* check_date.c: dates, the years titles name, decree numbers */
void		 check_dates(struct arena *, const struct report *);
/* Where the character at offset off of a text's flat form stands. */
struct pos	 text_flat_pos(const struct text *, size_t off);
/* check_date_text.c: dates in words inside running text */
struct list;
void		 check_date_text(struct arena *, const struct text *);
void		 check_date_list(struct arena *, const struct list *);
/* check_pegawai.c: the staff file f names (NULL after its errors); the
 * keys of a table that counts staff; a table taking rows from 'pegawai'
 * (1: built, or 0: not such a table, its staff keys reported); a typed
 * table's 'periksa_pegawai' */
extern const char *const staff_file_re[];
extern const struct schema tcount_s;		/* 'hitung' */
extern const struct schema tstaffcheck_s;	/* 'periksa_pegawai' */
struct staff	*staff_load(struct builder *, const struct node *f);
int		 staff_src(enum col_src);
int		 staff_tdata(struct builder *, struct table *,
		    const struct node *m, struct tdata *);
void		 staff_typed(struct builder *, struct table *,
		    const struct node *m);
/* check_tperf.c: a typed table's 'periksa_kinerja' */
extern const struct schema tperfcheck_s;
void		 perf_typed(struct builder *, struct table *,
		    const struct node *m);
/* check_sop.c: the block 'sop', a typed table with its flow */
extern const struct schema content_sop_s;
struct table	*build_sop(struct builder *, const struct node *);
/* check_refs.c */
void		 refs_scan(struct builder *, const struct node *);
/* A cell that is only {nilai:name=typed}: the typed figure, else s. */
const char	*refs_typed_cell(const char *s, char *buf, size_t sz);
/* Every kunci once, every reference to a known one: r->keys, no numbers. */
int		 refs_check(struct builder *, struct report *);

#endif
