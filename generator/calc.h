/*
 * calc: the arithmetic derive does on figures, exact to the last digit.
 * Pure functions on numbers: no YAML, no document model.
 *
 * A derived figure (a percentage, a capaian, a rate) is kept as an exact
 * quotient and rounded once, half up (away from zero for negative
 * values), at the precision it is printed with.  Rounding to NUM_DECIMALS
 * first and to 2 decimals later would be wrong: 91,93499 would become
 * 91,9350 and then 91,94 instead of 91,93.
 *
 * Every function that can fail returns CALC_OK or why it could not
 * compute; nothing here divides by zero or overflows silently.  Callers
 * (derive, check) turn the codes into findings.  Results are written only
 * on success, and may be written over an argument (out == a).
 */
#ifndef LAKIN_CALC_H
#define LAKIN_CALC_H

#include <stddef.h>

#include "numfmt.h"

enum calc_err {
	CALC_OK = 0,
	CALC_EZERO = -1,	/* a divisor is zero: cannot be computed */
	CALC_ERANGE = -2,	/* the result leaves the range it must fit */
	CALC_EINVAL = -3	/* a configuration that means nothing */
};

/*
 * The exact real value num / den (not scaled by NUM_SCALE: 109 % is
 * {109, 1}).  Functions here keep it reduced with den > 0 and both parts
 * within +-(2^127 - 1); intermediate products are taken in 256 bits, so
 * an operation fails with CALC_ERANGE only when its reduced result does
 * not fit.  A ratio with den <= 0 (a zeroed one: 0/0) is refused with
 * CALC_EZERO.
 */
struct ratio {
	num_t	 num;
	num_t	 den;
};

/* num / den reduced; CALC_EZERO when den is 0. */
int		 ratio_make(num_t num, num_t den, struct ratio *);
/* A scaled figure as a ratio: v / NUM_SCALE.  |v| <= NUM_MAX, else 0/0. */
struct ratio	 ratio_of(num_t v);
int		 ratio_add(const struct ratio *, const struct ratio *,
		    struct ratio *);
int		 ratio_sub(const struct ratio *, const struct ratio *,
		    struct ratio *);
int		 ratio_mul(const struct ratio *, const struct ratio *,
		    struct ratio *);
int		 ratio_div(const struct ratio *, const struct ratio *,
		    struct ratio *);
/* The sign of r - bound / NUM_SCALE, exact (-1, 0, 1; 0/0 compares 0). */
int		 ratio_cmp(const struct ratio *, num_t bound);
/*
 * r rounded half up at `decimals` (0 to NUM_DECIMALS) into a scaled num_t,
 * which num_format prints at the same decimals without rounding again.
 * CALC_ERANGE when the rounded value is past +-NUM_MAX.
 */
int		 ratio_round(const struct ratio *, int decimals, num_t *);

/* *sum = v[0] + ... + v[n-1]; CALC_ERANGE (and *sum untouched) past NUM_MAX. */
int		 calc_sum(const num_t *v, size_t n, num_t *sum);
/* part / whole * 100: serapan (realisasi / pagu), any share.  Scaled inputs. */
int		 calc_percent(num_t part, num_t whole, struct ratio *);
/*
 * A parent's percentage from its children: sum(part) / sum(whole) * 100,
 * never the mean of the children's percentages.
 */
int		 calc_percent_sums(const num_t *part, const num_t *whole,
		    size_t n, struct ratio *);

/* An indicator's direction. */
enum calc_arah {
	ARAH_NAIK,		/* higher is better: R / T * 100 */
	ARAH_TURUN		/* lower is better: (2T - R) / T * 100 */
};

/* Limits on a capaian, in percent scaled like every figure (120 % = 1200000). */
struct calc_batas {
	int	 has_max;	/* capped at max, e.g. 100 % or 120 % */
	num_t	 max;
	int	 has_min;	/* floored at min, e.g. 0 % for turun past 2T */
	num_t	 min;
};

/*
 * Capaian of realisasi R against target T.  T = 0 cannot be computed
 * (CALC_EZERO); batas may be NULL (no limits), and min > max is
 * CALC_EINVAL.  *limited (may be NULL) tells 1 when capped, -1 when
 * floored, 0 otherwise, so that a table can say so.
 */
int		 calc_capaian(num_t target, num_t realisasi, enum calc_arah,
		    const struct calc_batas *, struct ratio *, int *limited);

/*
 * Capaian of a ratio "1 : x" (one of a thing for every x): target 1:T,
 * realisasi 1:R, the x compared.  ARAH_NAIK (a larger x is better):
 * R / T * 100.  ARAH_TURUN (a smaller x is better: one doctor for fewer
 * people): T / R * 100, which is R/T of the ratios' values 1/x.  The
 * linear (2T - R) / T of other lower-is-better figures does not fit a
 * ratio: 1:500 against a target of 1:250 is half as good, not 0 %.
 * R = 0 or T = 0 cannot be computed (CALC_EZERO).
 */
int		 calc_capaian_rasio(num_t target, num_t realisasi,
		    enum calc_arah, const struct calc_batas *, struct ratio *,
		    int *limited);

/* pembilang / penyebut * per (per 1, 100, 1.000, 100.000: scaled too). */
int		 calc_rate(num_t pembilang, num_t penyebut, num_t per,
		    struct ratio *);
/* "1 : x" with x = penyebut / pembilang. */
int		 calc_one_to(num_t pembilang, num_t penyebut, struct ratio *);
/* The mean of n figures: their exact sum / n, rounded once by the caller. */
int		 calc_mean(const num_t *v, size_t n, struct ratio *);
/* The mean of n ratios (a sasaran's capaian from its indicators'). */
int		 calc_mean_ratio(const struct ratio *, size_t n, struct ratio *);
/*
 * Yearly change (R_n - R_n-1) / |R_n-1| * 100.  The absolute value keeps a
 * rise positive when last year's figure was negative; for the positive
 * figures of a LAKIN it is the usual formula.  R_n-1 = 0: CALC_EZERO.
 */
int		 calc_change(num_t prev, num_t cur, struct ratio *);

/*
 * Efisiensi of the resources behind a capaian; agencies differ, so the
 * formula is configuration.  CK is capaian kinerja, S serapan anggaran,
 * both in percent (ratios from calc_capaian and calc_percent).
 */
enum calc_efisiensi {
	EFISIENSI_SELISIH,	/* CK - S, in percentage points */
	EFISIENSI_HEMAT,	/* (1 - realisasi / pagu) * 100 = 100 - S */
	EFISIENSI_RASIO,	/* CK / S * 100 */
	/*
	 * (1 - S / CK) * 100: the reference's "1 - [%realisasi anggaran x
	 * (1 / %capaian kinerja)] x 100%"; from its own 109 % and 91,94 %
	 * it gives 15,65 %, the figure its text prints.
	 */
	EFISIENSI_SISA
};

int		 calc_efisiensi(enum calc_efisiensi, const struct ratio *ck,
		    const struct ratio *s, struct ratio *);

/*
 * How a typed figure differs from the computed one, at the precision
 * printed.  `exact` is the computed quotient before rounding: only with
 * it can "cut instead of rounded" be told from a mistyped digit.
 */
enum calc_near_kind {
	NEAR_EQUAL,		/* the same figure as printed */
	NEAR_ROUNDING,		/* the exact value cut, rounded up (as
				 * rounding twice does), or rounded at
				 * another precision */
	NEAR_DIGIT,		/* one digit different */
	NEAR_SWAP,		/* two neighbouring digits swapped */
	NEAR_UNRELATED		/* none of these */
};

enum calc_near_kind	 calc_near(const struct num *typed,
			    const struct ratio *exact, int decimals);

/*
 * Rating scale (skala nilai peringkat kinerja): bands with a lower and an
 * upper bound, each open (no bound) or at v, inclusive or not.
 */
struct skala_bound {
	num_t	 v;		/* scaled; unused when open */
	int	 open;		/* no bound: -infinity below, +infinity above */
	int	 incl;		/* v itself belongs to the band */
};

struct skala_band {
	struct skala_bound	 lo, hi;
	const char		*label;		/* "Sangat Tinggi" */
};

struct skala {
	const struct skala_band	*band;
	size_t			 nband;
	num_t			 dom_lo;	/* the values expected, both */
	num_t			 dom_hi;	/* included: 0 .. 100 % */
	int			 above;		/* past dom_hi, unbanded: the top band */
	int			 below;		/* under dom_lo, unbanded: the lowest */
};

#define SKALA_NONE	((size_t)-1)	/* no band */

/* What skala_check found. */
enum skala_issue_kind {
	SKALA_GAP,		/* lo .. hi, between bands a and b, unrated */
	SKALA_UNRATED,		/* unrated at an end: a (below) or b (above)
				 * is the one neighbouring band, or none */
	SKALA_OVERLAP,		/* bands a and b both rate lo .. hi */
	SKALA_EMPTY,		/* band a holds no value at the precision */
	SKALA_DOMAIN		/* dom_lo > dom_hi */
};

struct skala_issue {
	enum skala_issue_kind	 kind;
	size_t			 a, b;		/* band indexes, or SKALA_NONE */
	struct skala_bound	 lo, hi;	/* the interval concerned */
};

/*
 * Check that every value at `decimals` (the precision kategori is looked
 * up at, see skala_kategori) is rated by exactly one band or by the
 * above/below rule.  A gap or overlap holding no such value (90 < x < 91
 * for whole numbers) is harmless and not reported.  `decimals` outside
 * 0 .. NUM_DECIMALS means every value.  Returns how many issues: empty
 * bands first, then the rest in increasing order of value; the first
 * `max` are stored.
 */
size_t		 skala_check(const struct skala *, int decimals,
		    struct skala_issue *, size_t max);
/* The band rating the scaled value v, the first in order, or SKALA_NONE. */
size_t		 skala_find(const struct skala *, num_t v);
/*
 * Kategori of a computed value: taken from the value as printed, rounded
 * at `decimals`, never from the exact one, so that "91,00 %" next to a
 * scale "91 <= x" reads Sangat Tinggi even when the exact value is
 * 90,996 %.  *band is a band index or SKALA_NONE.
 */
int		 skala_kategori(const struct skala *, const struct ratio *,
		    int decimals, size_t *band);

#endif
