/*
 * The data model: the facts of a report, each stated once (the budget
 * now; indicators and staff records later).  check builds it from the
 * data files laporan.yaml names; derive computes every parent amount and
 * every percentage from it; tables and text print what derive computed.
 */
#ifndef LAKIN_MODEL_H
#define LAKIN_MODEL_H

#include <stddef.h>

#include "calc.h"
#include "diag.h"
#include "numfmt.h"

/* The amounts a budget line states. */
enum amt {
	AMT_MURNI = 0,		/* pagu before the APBD-P */
	AMT_PERUBAHAN,		/* pagu after it */
	AMT_REALISASI,
	AMT__MAX
};

/* What a line of the budget is. */
enum blevel {
	BL_URAIAN = 0,		/* a line of pendapatan or belanja per jenis */
	BL_URUSAN,
	BL_PROGRAM,
	BL_KEGIATAN,
	BL_SUB			/* sub kegiatan */
};

/*
 * One line of a budget tree.  `said` is what content states; `amt` what
 * derive computed: the sum of the children when any child has the
 * amount, else what the line itself states.
 */
struct bnode {
	enum blevel	  level;
	const char	 *key;		/* kunci, for {nilai:kunci.realisasi} */
	struct pos	  keypos;
	const char	 *name;		/* plain text */
	struct pos	  pos;
	const char	 *code;		/* kode, or NULL */
	const char	 *fund;		/* sumber dana, or NULL */
	struct bnode	**kids;
	size_t		  nkids;
	num_t		  said[AMT__MAX];
	struct pos	  said_pos[AMT__MAX];
	unsigned char	  has_said[AMT__MAX];
	unsigned char	  said_bad;	/* 1 << amt written but not a number */
	/* the sasaran it supports, as written (kunci) and as found */
	const char	**goal_keys;
	struct pos	 *goal_pos;
	struct goal	**goals;
	size_t		  ngoals;
	const struct goal *goal;	/* a line of the money per sasaran */
	num_t		  amt[AMT__MAX];
	unsigned char	  has_amt[AMT__MAX];
};

/*
 * The budget: three trees, each under a root that holds its totals, and
 * (derive) the money per sasaran: a root whose lines are the sasaran.
 */
struct budget {
	struct pos	 pos;		/* of anggaran.yaml's 'anggaran' */
	struct bnode	 revenue;	/* pendapatan */
	struct bnode	 spending;	/* belanja per jenis */
	struct bnode	 programs;	/* urusan / program -> kegiatan -> sub */
	struct bnode	 by_goal;	/* derive: one line per sasaran */
};

/* ---- performance (kinerja.yaml) ------------------------------------- */

/* A figure of one year, as written (its decimals kept for printing). */
struct yearval {
	int		 year;
	struct num	 v;
	struct pos	 pos;
};

struct goal;
struct tcell;

/*
 * The analysis of a result (PermenPAN-RB 53/2014): why it was reached or
 * missed, and what was done about it.  Each is rich text as a table cell
 * holds it (a paragraph, a list); NULL when not written.  Written on an
 * indicator, a sasaran or a tujuan, it covers every indicator under it.
 */
struct analysis {
	const struct tcell	*cause;		/* analisis */
	const struct tcell	*fix;		/* solusi */
};

/* What an indicator's figures are (kinerja.yaml 'jenis'). */
enum ind_kind {
	IND_ANGKA = 0,		/* a figure, printed as written (the default) */
	IND_PERSEN,		/* a percentage, printed as written */
	IND_INDEKS,		/* an index, printed at its 'desimal' */
	IND_RASIO		/* "1:250": x written, printed "1:x" */
};

struct indicator {
	const char	 *key;
	struct pos	  pos, keypos;
	const char	 *name, *unit, *source;	/* nama, satuan, sumber_data */
	int		  down;			/* arah: turun (lower is better) */
	struct yearval	 *target, *real;	/* Renstra targets, realisasi */
	size_t		  ntarget, nreal;
	int		  has_pk;		/* the PK's target for the year */
	struct yearval	  pk;
	int		  has_std;		/* a standard to compare with */
	struct num	  std;
	const char	 *std_source;
	struct goal	 *owner;		/* its tujuan or sasaran, or NULL */
	/* a rate (angka kematian ibu per 100.000 kelahiran hidup): derive
	 * computes its realisasi from the counts of each year */
	int		  is_rate;
	num_t		  per;			/* 1, 100, 1.000, 100.000 … */
	int		  rate_decimals;	/* of the computed realisasi */
	struct yearval	 *numer, *denom;	/* pembilang, penyebut */
	size_t		  nnumer, ndenom;
	struct analysis	  an;
	enum ind_kind	  kind;
	int		  decimals;		/* an indeks's 'desimal', or -1:
						   as written */
};

/* A tujuan (with its sasaran) or a sasaran. */
struct goal {
	int		  is_tujuan;
	const char	 *key, *name;
	struct pos	  pos, keypos;
	struct indicator **ind;
	size_t		  nind;
	struct goal	**kids;			/* a tujuan's sasaran */
	size_t		  nkids;
	struct goal	 *parent;
	int		  number;		/* sasaran 1, 2 … in order */
	struct analysis	  an;			/* over all its indicators */
};

struct perf {
	struct pos	  pos;
	int		  first, last;		/* the Renstra period */
	struct goal	**tujuan;
	size_t		  ntujuan;
	struct indicator **free;		/* IKU under no tujuan or sasaran */
	size_t		  nfree;
	struct indicator **all;			/* every indicator, in order */
	size_t		  nall;
	struct goal	**goals;		/* every tujuan and sasaran */
	size_t		  ngoals;
	struct skala	  scale;		/* rating scale, or nband == 0 */
	struct pos	  scale_pos;
	const char	 *scale_source;		/* the rule it comes from */
	int		  scale_decimals;	/* kategori from capaian at these */
	struct calc_batas limits;		/* capaian capped or floored */
	int		  has_eff;		/* efisiensi: its formula, and the */
	enum calc_efisiensi eff;		/* capaian it weighs the budget by: */
	const struct indicator *eff_ind;	/* one indicator's, or NULL: the mean */
	int		  clean;		/* read without an error (and the
						   budget's sasaran found): only then
						   is completeness worth saying */
};

/* ---- staff records (pegawai.csv) ------------------------------------- */

struct text;

/* What a staff record states: a column of pegawai.csv, a key of its YAML. */
enum sfield {
	SF_NAMA = 0,
	SF_NIP,
	SF_GOLONGAN,		/* I/a ... IV/e */
	SF_ESELON,		/* I/a ... IV/b, V/a; '-' none */
	SF_JABATAN,		/* free text */
	SF_JENIS_KELAMIN,	/* L, P; from the NIP when left empty */
	SF_PENDIDIKAN,		/* SD ... S3 */
	SF_DIKLAT,		/* leadership trainings, several; '-' none */
	SF_CATATAN,		/* a note, printed only when a column asks */
	SF__MAX
};

/* A value of a field that is no value of its list (pegawai.h). */
#define SV_UNKNOWN	(-1)	/* left empty: not known */
#define SV_NONE		(-2)	/* '-': the person has none (eselon, diklat) */

/*
 * One person.  value[] is the index of the field's value in its official
 * order (pegawai.h), or SV_UNKNOWN / SV_NONE; for SF_JABATAN the index in
 * staff.jabatan; for SF_DIKLAT see diklat.  text[] is what a list prints
 * (n == 0 when empty), at[] where the field was written.
 */
struct person {
	struct pos	 pos;			/* its line */
	struct text	*text;			/* [SF__MAX] */
	struct pos	 at[SF__MAX];
	int		 value[SF__MAX];
	unsigned int	 diklat;		/* 1 << value of each one taken */
	int		 sex_from_nip;		/* jenis kelamin read from the NIP */
	const char	*nip;			/* spaced, or NULL */
};

struct staff {
	struct pos	 pos;			/* of 'pegawai' in laporan.yaml */
	const char	*name;			/* the file, as laporan.yaml names it */
	struct person	*p;
	size_t		 n;
	const char	**jabatan;		/* each jabatan once, in order */
	size_t		 njabatan;
	int		 lost;			/* lines not read (reported) */
};

/* The figure of a year (targets or realisasi), or NULL. */
const struct yearval *year_find(const struct yearval *, size_t, int year);

/* The pagu a line works with: perubahan when known, else murni. */
int		 bnode_pagu(const struct bnode *, num_t *);

#endif
