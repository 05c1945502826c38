/*
 * The data model: the facts of a report, each stated once (the budget
 * now; indicators and staff records later).  check builds it from the
 * data files laporan.yaml names; derive computes every parent amount and
 * every percentage from it; tables and text print what derive computed.
 */
#ifndef LAKIN_MODEL_H
#define LAKIN_MODEL_H

#include <stddef.h>

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
	num_t		  amt[AMT__MAX];
	unsigned char	  has_amt[AMT__MAX];
};

/* The budget: three trees, each under a root that holds its totals. */
struct budget {
	struct pos	 pos;		/* of anggaran.yaml's 'anggaran' */
	struct bnode	 revenue;	/* pendapatan */
	struct bnode	 spending;	/* belanja per jenis */
	struct bnode	 programs;	/* urusan / program -> kegiatan -> sub */
};

/* The pagu a line works with: perubahan when known, else murni. */
int		 bnode_pagu(const struct bnode *, num_t *);

#endif
