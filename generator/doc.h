/*
 * The document model: what check builds from the YAML tree and layout
 * reads.  Everything here has been validated; layout only asserts.
 */
#ifndef LAKIN_DOC_H
#define LAKIN_DOC_H

#include <stddef.h>

#include "diag.h"
#include "model.h"
#include "numfmt.h"
#include "srcspan.h"

enum face {
	FACE_REGULAR = 0,
	FACE_BOLD = 1,
	FACE_ITALIC = 2,
	FACE_BOLDITALIC = 3,
	FACE__MAX
};

/* A run of text in one face; text is not NUL-terminated. */
struct run {
	const char	*text;
	unsigned int	 len;
	unsigned int	 src;	/* byte offset of its start in the source scalar */
	enum face	 face;
};

/*
 * Inline text: **bold** and *italic* already resolved into runs.  Build
 * one with text_plain() or text_wrap() (or zero it first): every field
 * must be set, as later stages follow span.
 */
struct text {
	struct run	*runs;
	unsigned int	 n;
	unsigned int	 nsrc;
	struct pos	 pos;
	const struct srcspan *span;	/* where its runs' src offsets point, or NULL */
	/* the runs as written, kept when they name a page ({hal:kunci}):
	 * layout fills the page in and may have to do it again */
	struct run	*src;
};

enum align {
	AL_JUSTIFY = 0,
	AL_LEFT,
	AL_CENTER,
	AL_RIGHT
};

enum list_style {
	LS_ANGKA = 0,	/* 1. */
	LS_HURUF,	/* a. */
	LS_BUTIR,	/* • */
	LS_PANAH,	/* ► */
	LS_STRIP,	/* – */
	LS_KURUNG,	/* 1) */
	LS_HURUF_KURUNG,/* a) */
	LS_DESIMAL	/* 2.1. (parent item number + n) */
};

struct list;

struct item {
	struct text	 text;
	struct list	*sub;
};

struct list {
	enum list_style	 style;
	int		 start;
	struct item	*items;
	size_t		 n;
	struct pos	 pos;
};

struct defn {
	struct text	 label;
	struct text	 text;		/* n == 0 when absent */
	struct list	*list;		/* NULL when absent */
};

/*
 * An image file as checked: its bytes are read once, and the PDF embeds
 * these very bytes (never the file again, which may have changed).
 */
struct image {
	const char		*path;	/* dir/name */
	const unsigned char	*data;
	size_t			 len;
	int			 w, h;	/* pixels */
};

struct signature {
	struct text	 place_date;	/* "Binjai, Februari 2025"; may be empty */
	struct text	 decreed[2];	/* "Ditetapkan di …" / "pada tanggal …" */
	const char	*date;		/* 'tanggal' as written, or NULL */
	struct pos	 datepos;
	const struct image *image;	/* scanned signature, or NULL */
	double		 image_w, image_h;	/* points */
	struct text	*roles;		/* jabatan lines */
	size_t		 nroles;
	struct text	 name, rank, nip;	/* rank, nip may be empty */
	const struct image *stamp;	/* the stamp (cap) over its left, or NULL */
	double		 stamp_w, stamp_h;	/* points */
};

/*
 * A picture set in the text: a gambar's file or the head's foto.  Its
 * width as written (mm, or a share of the text column), else it fills
 * the column; layout keeps the aspect and the page's height.
 */
struct picture {
	const struct image *image;
	double		 width_mm;	/* > 0: lebar: 80 mm */
	double		 share;		/* > 0: lebar: 50% of the column */
	struct pos	 width_pos;	/* of 'lebar' (else the block's) */
	struct text	*lines;		/* foto: the caption lines under it */
	size_t		 nlines;
};

struct formula {
	struct text	 before, num, den, after;	/* fraction form */
	struct text	 plain;				/* or one line */
};

enum col_kind {
	COL_TEKS = 0,
	COL_ANGKA,	/* whole numbers: 3.710 */
	COL_DESIMAL,	/* 0,25 */
	COL_RUPIAH,	/* 6.288.365.287 or ,00 */
	COL_PERSEN,	/* 91,94% */
	COL_NIP		/* 19861126 200903 1 005, checked */
};

/* One per table cell: keep it small (10,000 rows of them), no padding. */
struct tcell {
	struct text	 text;
	struct list	*list;		/* a short list inside the cell, or NULL */
	struct text	*paras;		/* more paragraphs after text */
	num_t		 value;		/* * NUM_SCALE, when has_value */
	int		 col;		/* first column, 0-based */
	int		 colspan, rowspan;
	unsigned short	 nparas;
	signed char	 align;		/* enum align, or -1: the column's */
	unsigned char	 bold : 1;
	unsigned char	 has_value : 1;	/* a parsed number (value) */
	unsigned char	 invalid : 1;	/* an error was reported: no value */
	unsigned char	 automatic : 1;	/* `otomatis` in a total row: derive
					   computes it */
};

struct trow {
	struct tcell	*cells;
	size_t		 n;
	struct pos	 pos;
	int		 misplaced;	/* does not fill the columns (reported) */
};

/* What a column of a table made from data shows on each row. */
enum col_src {
	SRC_NONE = 0,	/* typed by hand: not a data table */
	SRC_NOMOR,	/* A, I, 1, 1.1 by level */
	SRC_KODE,
	SRC_NAMA,
	SRC_DANA,	/* sumber dana */
	SRC_MURNI,
	SRC_PERUBAHAN,
	SRC_PAGU,	/* perubahan when known, else murni */
	SRC_REALISASI,
	SRC_SISA,	/* pagu - realisasi */
	SRC_SELISIH,	/* perubahan - murni */
	SRC_SERAPAN,	/* realisasi / pagu * 100 */
	SRC_PORSI,	/* pagu / the pagu of its whole tree * 100 */
	/* from kinerja: an indicator per row (realisasi and nomor above too) */
	SRC_SASARAN,	/* its tujuan or sasaran, over all its rows */
	SRC_INDIKATOR,
	SRC_SATUAN,
	SRC_TARGET,	/* the Renstra target of the column's year */
	SRC_TARGET_PK,	/* the PK's target of the report year */
	SRC_CAPAIAN,	/* by the indicator's direction, against target_pk */
	SRC_KATEGORI,	/* the scale's label for the capaian */
	SRC_SUMBER_DATA,
	SRC_STANDAR,
	SRC_RENTANG,	/* kinerja.skala: a band's interval ("90 < x ≤ 100") */
	/* kinerja: the money behind the indicators, over the rows it covers */
	SRC_ANGGARAN,	/* pagu of the whole budget, or of the sasaran */
	SRC_REALISASI_ANGGARAN,
	SRC_EFISIENSI,	/* by the formula kinerja.yaml names */
	/* from pegawai: a person per row (nomor, nama above too) */
	SRC_NIP,
	SRC_GOLONGAN,
	SRC_PANGKAT,	/* of the golongan (also of a row of golongan) */
	SRC_ESELON,
	SRC_JABATAN,
	SRC_JENIS_KELAMIN,
	SRC_PENDIDIKAN,
	SRC_DIKLAT,
	SRC_CATATAN,
	/* or counted (hitung): a value per row (nomor, porsi above too) */
	SRC_KELOMPOK,	/* the row's value, or its label */
	SRC_JUMLAH,	/* how many staff, of the column's 'nilai' only */
	/* kinerja: the analysis, over the rows of what it was written on */
	SRC_ANALISIS,	/* cause of success or failure */
	SRC_SOLUSI	/* what was done about it */
};

/* A column's 'tahun: lalu': the year before the report's, written so the
 * column needs no change when the report rolls over to the next year. */
#define YEAR_LAST	"lalu"

struct tcol {
	struct text	 title;
	enum col_src	 src;		/* in a data table */
	int		 year;		/* tahun: for a target, realisasi… */
	int		 as_written;	/* figures keep the decimals written */
	int		 per_goal;	/* cakupan: sasaran (else: all rows) */
	int		 plain_numbers;	/* penomoran: angka (1, 2 at every level) */
	double		 width_mm;	/* > 0: fixed */
	double		 share;		/* > 0: relative ("2*") */
	enum align	 align;
	enum col_kind	 kind;
	int		 decimals;
	const char	*prefix, *suffix;	/* "Rp ", ",-" around numbers */
	/* pegawai, 'isi: jumlah': counts only the staff whose 'pecah' field
	 * has this value (enum sfield value, SV_UNKNOWN, SV_NONE) */
	int		 has_match;
	int		 match;
};

/* Which budget tree a data table draws rows from. */
enum tree {
	TREE_REVENUE = 0,	/* anggaran.pendapatan */
	TREE_SPENDING,		/* anggaran.belanja */
	TREE_PROGRAMS,		/* anggaran.program */
	TREE_GOALS,		/* anggaran.sasaran: the money per sasaran */
	TREE_PERF,		/* kinerja: one row per indicator */
	TREE_SCALE,		/* kinerja.skala: one row per band */
	TREE_PEGAWAI,		/* pegawai: one row per person, or counted */
	TREE_GOAL_LINES		/* kinerja.program: per sasaran, the budget
				   lines that support it */
};

struct tsource {
	enum tree	 tree;
	struct text	 heading;	/* a label row before its rows; n == 0: none */
	struct pos	 pos;
};

/*
 * A table whose rows derive makes from the data model: its sources in
 * order, the levels of the program tree shown, and an optional total row.
 */
struct tdata {
	struct tsource	*src;
	size_t		 nsrc;
	unsigned int	 levels;	/* 1 << enum blevel shown; 0: all;
					   kinerja: 1 tujuan, 2 sasaran, 4 other */
	const struct indicator **ind;	/* kinerja: these, in this order */
	size_t		 nind;
	unsigned int	 caps;		/* 1 << enum blevel named in capitals */
	int		 has_total;
	struct text	 total_label;
	enum tree	 total_tree;
	int		 total_all;	/* the total of every source */
	struct pos	 pos;
	struct tcount	*count;		/* pegawai: counted (hitung), or NULL:
					   one row per person */
};

/* A row of a counted table as the table states it: its values. */
struct tgroup {
	struct text	 label;
	int		*values;
	size_t		 nvalues;
	struct pos	 pos;
};

/*
 * pegawai, 'hitung': one row per value of field `by` (those present, all
 * of its list, or the rows stated), the staff counted per row; the count
 * columns may keep only a value of field `split` ('pecah').
 */
struct tcount {
	int		 by;		/* enum sfield */
	int		 split;		/* enum sfield, or -1 */
	int		 all;		/* kelompok: semua */
	struct tgroup	*rows;		/* kelompok: [...], or NULL */
	size_t		 nrows;
	struct text	 subtotal;	/* a row after each golongan group
					   labelled this + " III"; n == 0: none */
	struct pos	 pos;
};

/* periksa_pegawai: a typed table's total row compared with the staff. */
enum scheck {
	SCHECK_JUMLAH = 0,	/* how many staff */
	SCHECK_L,		/* laki-laki */
	SCHECK_P,		/* perempuan */
	SCHECK__MAX
};

struct tstaffcheck {
	int		 col[SCHECK__MAX];	/* 0-based, or -1 */
	struct pos	 pos;
};

/* periksa_kinerja: a typed table's rows compared with kinerja.yaml. */
enum pcheck {
	PCHECK_INDIKATOR = 0,	/* the indicator's name: ties the row */
	PCHECK_SATUAN,
	PCHECK_TARGET,
	PCHECK_REALISASI,
	PCHECK_CAPAIAN,
	PCHECK__MAX
};

struct tperfcheck {
	int		 col[PCHECK__MAX];	/* 0-based, or -1 */
	int		 year;			/* tahun, or 0: the report's */
	struct pos	 pos;
};

/* An SOP step's flowchart symbol (PermenPAN-RB 35/2012). */
enum sop_symbol {
	SYM_PROSES = 0,		/* a rectangle */
	SYM_MULAI,		/* start: a terminator (rounded ends) */
	SYM_SELESAI,		/* end: a terminator too */
	SYM_KEPUTUSAN,		/* a diamond, with a "tidak" branch */
	SYM_DOKUMEN		/* a sheet with a wavy bottom */
};

struct sopstep {
	int		 lane;		/* its pelaksana, 0-based */
	enum sop_symbol	 symbol;
	int		 no_target;	/* keputusan: the step (index) "tidak"
					   goes to; -1: none */
};

/*
 * An SOP drawn as a flow over its table: the pelaksana are the lane
 * columns lane0.., one step per body row, in order.
 */
struct sop {
	size_t		 lane0, nlanes;
	struct sopstep	*steps;
	size_t		 nsteps;
};

struct table {
	struct text	 caption;
	struct tdata	*data;		/* rows from data (derive), or NULL */
	const char	*key;
	struct pos	 keypos;
	const char	*label;		/* "Tabel 1.6", set by derive */
	int		 landscape;
	struct tcol	*cols;
	size_t		 ncols;
	struct trow	*head, *body, *total;
	size_t		 nhead, nbody, ntotal;
	int		 rows_lost;	/* body rows not read (reported): no sums */
	int		 check_sums;	/* compare typed totals with the sums */
	int		 colnums;
	struct text	 source;
	struct pos	 pos;
	struct tstaffcheck *staff_check;	/* periksa_pegawai, or NULL */
	struct tperfcheck *perf_check;		/* periksa_kinerja, or NULL */
	const struct sop *sop;		/* a flow drawn over it (block 'sop'),
					   or NULL */
};

enum block_type {
	BLK_PARA = 0,
	BLK_SECTION,
	BLK_SMALLHEAD,
	BLK_LIST,
	BLK_QUOTE,
	BLK_DEFS,
	BLK_FORMULA,
	BLK_FIGURE,
	BLK_SOURCE,
	BLK_SIGNATURE,
	BLK_PAGEBREAK,
	BLK_TABLE,
	BLK_LETTERHEAD,	/* kop surat: the agency's letterhead */
	BLK_PHOTO	/* foto: the head's photo with its caption lines */
};

enum marker {
	MK_NONE = 0,
	MK_PANAH,
	MK_BUTIR
};

struct block {
	enum block_type	  type;
	struct pos	  pos;
	struct text	  text;		/* para, smallhead, quote, source */
	enum align	  align;	/* para */
	enum marker	  marker;	/* smallhead */
	/* section */
	struct text	  title;	/* also figure caption */
	int		  level;	/* 1 = A. inside a bab */
	int		  decimal;	/* children numbered parent.n */
	const char	 *number;	/* "A.", "2.1", set by derive */
	struct block	**kids;
	size_t		  nkids;
	/* others */
	struct list	 *list;
	struct defn	 *defs;
	size_t		  ndefs;
	struct formula	 *formula;
	struct text	  source;	/* figure */
	const char	 *label;	/* figure: "Gambar 1.2", set by derive */
	const char	 *key;		/* kunci of a section or figure */
	struct pos	  keypos;
	struct signature *sig;
	struct table	 *table;
	struct picture	 *pic;		/* figure (its file) or photo, or NULL */
	struct chart	 *chart;	/* figure: drawn from data, or NULL */
	struct orgchart	 *org;		/* figure: an organisation chart, or NULL */
	int		  fixed;	/* table, figure: 'mengambang: tidak' */
};

/* A chart drawn from data (gambar: grafik:). */
enum chart_kind {
	CH_BAR = 0,	/* batang: vertical bars */
	CH_HBAR,	/* batang_mendatar */
	CH_PIE,		/* lingkaran */
	CH_DONUT,	/* donat */
	CH_LINE		/* garis */
};

/* A series as content names it: a column of the table, its legend name. */
struct chart_series {
	int		 col;		/* 1-based, as the column numbers print */
	struct text	 name;		/* n == 0: the column's title */
	struct pos	 pos;
};

/*
 * check fills what content says; derive reads the table (after its
 * totals) or the indicator and fills the values, so layout draws only
 * what the data says.
 */
struct chart {
	enum chart_kind	 kind;
	int		 stacked;	/* tumpuk: bars on top of each other */
	int		 hatched;	/* arsir: bars also hatched per series */
	const char	*table;		/* kunci of a table, or NULL */
	struct pos	 table_pos;
	int		 cat_col;	/* 1-based: the category names */
	struct pos	 cat_pos;
	const char	*cat_prefix;	/* awalan_kategori: "Eselon" II, or NULL */
	struct chart_series *series;
	size_t		 nseries;
	const char	*indicator;	/* kunci of an indicator (garis), or NULL */
	struct pos	 ind_pos;
	struct pos	 pos;
	/* derive */
	int		 ok;		/* values filled in without error */
	size_t		 ncat, nser;
	struct text	*cat;		/* category labels */
	struct text	*ser;		/* series names */
	num_t		*v;		/* ncat x nser, v[c * nser + s], NUM_SCALE */
	unsigned char	*has;		/* v[i] is known (a line's missing year) */
	int		 decimals;	/* value labels: the most any value needs */
};

/* A box of an organisation chart: the unit, its official, its sub-units. */
struct orgbox {
	struct text	 name;		/* "SEKRETARIAT" */
	struct text	 official;	/* pejabat; n == 0: none */
	struct orgbox	*kids;		/* Sub Bagian, Sub Bidang … */
	size_t		 nkids;
	struct pos	 pos;
};

/*
 * bagan: the structure as Indonesian structure charts draw it: the head
 * on top, the Sekretariat on a staff line beside the trunk with its Sub
 * Bagian under it, the Kelompok Jabatan Fungsional on the other side,
 * the Bidang in a row below with their sub-units.
 */
struct orgchart {
	struct orgbox	 head;
	struct orgbox	*secretariat;	/* or NULL */
	struct orgbox	*functional;	/* or NULL */
	struct orgbox	*units;		/* bidang */
	size_t		 nunits;
	int		 landscape;	/* orientasi: lanskap */
	struct pos	 pos;
};

enum part_kind {
	PART_KATA_PENGANTAR = 0,
	PART_IKHTISAR,
	PART_BAB,
	PART_LAMPIRAN
};

struct part {
	enum part_kind	  kind;
	int		  number;
	struct pos	  numpos;	/* of 'nomor' */
	struct text	  title;
	struct block	**blocks;
	size_t		  n;
	struct pos	  pos;
	int		  landscape;	/* every page of it landscape (a Lampiran) */
	const char	 *label;	/* "BAB I", "Lampiran 1" (derive); or NULL */
};

struct report {
	const char	 *dir;
	const char	 *title;	/* "LAPORAN KINERJA" */
	int		  year;
	const char	 *template;
	const char	 *gov;		/* PEMERINTAH KOTA BINJAI */
	const char	 *agency;	/* full agency name */
	const char	 *agency_short;
	struct pos	  agency_pos, agency_short_pos;	/* for messages */
	struct pos	  title_pos, gov_pos;
	const char	 *city;
	const char	 *date;		/* document date as printed */
	struct pos	  date_pos;
	const char	 *author;	/* for the PDF info */
	const char	 *address, *phone, *email, *web, *postcode;
	struct part	**parts;
	size_t		  nparts;
	const struct image **images;	/* every image, each file once */
	size_t		  nimages;
	const struct image *emblem;	/* instansi.lambang, or NULL */
	struct budget	 *budget;	/* anggaran.yaml, or NULL */
	struct perf	 *perf;		/* kinerja.yaml, or NULL */
	/* cross-references: every kunci and what {ref:kunci} prints */
	struct refkey	 *keys;
	size_t		  nkeys;
	int		  page_refs;	/* some text has {hal:kunci} */
	/* value references {nilai:name|format}, in the order written */
	struct valref	 *vals;
	size_t		  nvals;
	struct staff	 *staff;	/* pegawai.csv, or NULL */
	/* how a Lampiran numbers its tables and figures: "L{lampiran}.{nomor}"
	   (the template's nomor_lampiran), or NULL for "Tabel 1, 2 …" */
	const char	 *annex_number;
	/* kunci of parts that failed their checks (named, not built), and
	 * whether keys is incomplete (a part file unread): a key missing
	 * from keys may then exist, so nothing says it is unknown */
	const char	**broken_keys;
	size_t		  nbroken;
	int		  keys_partial;
};

/*
 * {nilai:anggaran.realisasi|angka}: a figure of the data model printed in
 * the text.  check records it; derive finds the figure and formats it.
 */
struct valref {
	const char	*name;		/* anggaran.realisasi */
	const char	*fmt;		/* angka, persen:1 …, or NULL */
	const char	*src;		/* name|fmt as written, to find it */
	struct pos	 pos;
	const char	*text;		/* derive: what it prints (NULL: error) */
	/* {nilai:name=typed}: a figure copied as typed (from a signed
	 * document); printed as typed, derive says when the data differs */
	const char	*typed;		/* or NULL */
	struct num	 typed_num;
	struct pos	 typed_pos;
};

struct refkey {
	const char	*key;
	const struct block *target;	/* the section, figure or table */
	const char	*number;	/* "Tabel 1.6", "Gambar 1.2", "A", "2.1" */
	struct pos	 pos;
	const char	*label;		/* page label, once laid out */
};

struct arena;

/* One run of text without markup (made by the program, not the user). */
struct text	 text_plain(struct arena *, const char *, enum face, struct pos);
/* Its characters without faces. */
char		*text_flat(struct arena *, const struct text *);
/*
 * The text between two program-made runs (either may be NULL):
 * "Gambar 1.2 " + title, "(Sumber data : " + source + ")"; the faces of
 * its own runs or'ed with face_or.  Positions still point into it.
 */
struct text	 text_wrap(struct arena *, const char *before, enum face,
		    const struct text *, int face_or, const char *after,
		    enum face);
/* Where the character at byte src (a run's src offset) stands. */
struct pos	 text_pos(const struct text *, size_t src);
/* The key's entry in r->keys, or NULL. */
const struct refkey *refs_find(const struct report *, const char *key);
/* A figure printed at decimals (and '%'), in the arena. */
const char	*fig_text(struct arena *, num_t, int decimals, int percent);
/* A figure printed exactly: no decimals when whole, else cents or more. */
const char	*fig_exact(struct arena *, num_t);
/* A number cell's value and its text, printed the column's way. */
void		 tcell_number(struct arena *, const struct tcol *,
		    struct tcell *, const struct num *);

#endif
