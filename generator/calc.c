/*
 * Exact ratios and the formulas of a LAKIN: percentages, capaian, rates,
 * efisiensi, and how a typed figure differs from a computed one.
 *
 * A ratio's parts fit in 127 bits, but a cross product of two of them
 * does not: products, sums of products and their quotients are taken in
 * 256 bits (sign apart), and only the reduced result must fit.
 */
#include <stdint.h>
#include <string.h>

#include "calc.h"

__extension__ typedef unsigned __int128 u128;

#define I128_MAX	((num_t)(~(u128)0 >> 1))

static const num_t tens[NUM_DECIMALS + 1] = { 1, 10, 100, 1000, 10000 };

/* An unsigned 256-bit magnitude: room for a product of two parts. */
struct u256 {
	u128	 hi, lo;
};

/* A signed 256-bit value; zero is never negative. */
struct wide {
	struct u256	 m;
	int		 neg;
};

static u128
mag(num_t v)
{
	return v < 0 ? -(u128)v : (u128)v;
}

static u128
gcd(u128 a, u128 b)
{
	while (b != 0) {
		u128 t = a % b;

		a = b;
		b = t;
	}
	return a;
}

/* Schoolbook multiplication on 64-bit halves. */
static struct u256
mul128(u128 a, u128 b)
{
	u128	 a0 = (uint64_t)a, a1 = a >> 64;
	u128	 b0 = (uint64_t)b, b1 = b >> 64;
	u128	 p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
	u128	 mid = (p00 >> 64) + (uint64_t)p01 + (uint64_t)p10;
	struct u256 r;

	r.lo = (mid << 64) | (uint64_t)p00;
	r.hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
	return r;
}

static int
u256_cmp(struct u256 a, struct u256 b)
{
	if (a.hi != b.hi)
		return a.hi < b.hi ? -1 : 1;
	if (a.lo != b.lo)
		return a.lo < b.lo ? -1 : 1;
	return 0;
}

static struct u256
u256_add(struct u256 a, struct u256 b)
{
	struct u256 r;

	r.lo = a.lo + b.lo;
	r.hi = a.hi + b.hi + (r.lo < a.lo);
	return r;
}

/* a - b for a >= b */
static struct u256
u256_sub(struct u256 a, struct u256 b)
{
	struct u256 r;

	r.lo = a.lo - b.lo;
	r.hi = a.hi - b.hi - (a.lo < b.lo);
	return r;
}

/*
 * n / d, and n % d in *rem, for 0 < d < 2^127: the high half divides
 * natively, the low half bit by bit; the remainder stays below d, so
 * doubling it cannot overflow.
 */
static struct u256
u256_divmod(struct u256 n, u128 d, u128 *rem)
{
	struct u256	 q;
	u128		 r;

	q.hi = n.hi / d;
	r = n.hi % d;
	q.lo = 0;
	for (int i = 127; i >= 0; i--) {
		r = r << 1 | (n.lo >> i & 1);
		q.lo <<= 1;
		if (r >= d) {
			r -= d;
			q.lo |= 1;
		}
	}
	if (rem != NULL)
		*rem = r;
	return q;
}

static int
wide_zero(struct wide w)
{
	return w.m.hi == 0 && w.m.lo == 0;
}

static struct wide
wide_mul(num_t a, num_t b)
{
	struct wide w;

	w.m = mul128(mag(a), mag(b));
	w.neg = (a < 0) != (b < 0) && !wide_zero(w);
	return w;
}

static struct wide
wide_add(struct wide a, struct wide b)
{
	struct wide r;

	if (a.neg == b.neg) {
		r.m = u256_add(a.m, b.m);
		r.neg = a.neg;
	} else if (u256_cmp(a.m, b.m) >= 0) {
		r.m = u256_sub(a.m, b.m);
		r.neg = a.neg;
	} else {
		r.m = u256_sub(b.m, a.m);
		r.neg = b.neg;
	}
	if (wide_zero(r))
		r.neg = 0;
	return r;
}

static int
wide_cmp(struct wide a, struct wide b)
{
	int c;

	if (a.neg != b.neg)
		return a.neg ? -1 : 1;
	c = u256_cmp(a.m, b.m);
	return a.neg ? -c : c;
}

/* w as a ratio part, when it is within +-(2^127 - 1). */
static int
wide_fit(struct wide w, num_t *v)
{
	if (w.m.hi != 0 || w.m.lo > (u128)I128_MAX)
		return CALC_ERANGE;
	*v = w.neg ? -(num_t)w.m.lo : (num_t)w.m.lo;
	return CALC_OK;
}

/* A ratio the functions here could have made. */
static int
ratio_ok(const struct ratio *r)
{
	return r->den > 0 && r->num >= -I128_MAX;
}

int
ratio_make(num_t num, num_t den, struct ratio *r)
{
	u128 g;

	if (den == 0)
		return CALC_EZERO;
	if (num < -I128_MAX || den < -I128_MAX)
		return CALC_ERANGE;	/* -2^127 has no positive twin */
	if (den < 0) {
		num = -num;
		den = -den;
	}
	g = gcd(mag(num), (u128)den);
	r->num = num / (num_t)g;
	r->den = den / (num_t)g;
	return CALC_OK;
}

struct ratio
ratio_of(num_t v)
{
	struct ratio r = { 0, 0 };

	if (v >= -NUM_MAX && v <= NUM_MAX)
		(void)ratio_make(v, NUM_SCALE, &r);
	return r;
}

/* A 256-bit result, when its parts fit, reduced once more. */
static int
ratio_finish(struct wide num, struct wide den, struct ratio *out)
{
	num_t	 n, d;

	if (wide_fit(num, &n) != CALC_OK || wide_fit(den, &d) != CALC_OK)
		return CALC_ERANGE;
	return ratio_make(n, d, out);
}

/*
 * a/b + c/d as Knuth gives it (TAOCP 4.5.1): with g1 = gcd(b, d), the
 * numerator t = a(d/g1) + c(b/g1) shares with the denominator at most
 * g2 = gcd(t, g1), so the result is reduced without a 256-bit gcd.
 */
int
ratio_add(const struct ratio *x, const struct ratio *y, struct ratio *out)
{
	struct wide	 t, den;
	u128		 g1, g2, rem;
	num_t		 xd, yd;

	if (!ratio_ok(x) || !ratio_ok(y))
		return CALC_EZERO;
	g1 = gcd((u128)x->den, (u128)y->den);
	xd = x->den / (num_t)g1;
	yd = y->den / (num_t)g1;
	t = wide_add(wide_mul(x->num, yd), wide_mul(y->num, xd));
	if (wide_zero(t))
		return ratio_make(0, 1, out);
	(void)u256_divmod(t.m, g1, &rem);
	g2 = gcd(g1, rem);
	t.m = u256_divmod(t.m, g2, NULL);
	den = wide_mul(xd, y->den / (num_t)g2);
	return ratio_finish(t, den, out);
}

int
ratio_sub(const struct ratio *x, const struct ratio *y, struct ratio *out)
{
	struct ratio neg;

	if (!ratio_ok(y))
		return CALC_EZERO;
	neg.num = -y->num;
	neg.den = y->den;
	return ratio_add(x, &neg, out);
}

/* Cross-reduced first, so the products are the reduced result. */
int
ratio_mul(const struct ratio *x, const struct ratio *y, struct ratio *out)
{
	num_t	 g1, g2;

	if (!ratio_ok(x) || !ratio_ok(y))
		return CALC_EZERO;
	g1 = (num_t)gcd(mag(x->num), (u128)y->den);
	g2 = (num_t)gcd(mag(y->num), (u128)x->den);
	return ratio_finish(wide_mul(x->num / g1, y->num / g2),
	    wide_mul(x->den / g2, y->den / g1), out);
}

int
ratio_div(const struct ratio *x, const struct ratio *y, struct ratio *out)
{
	struct ratio inv;

	if (!ratio_ok(y) || y->num == 0)
		return CALC_EZERO;
	inv.num = y->num < 0 ? -y->den : y->den;
	inv.den = y->num < 0 ? -y->num : y->num;
	return ratio_mul(x, &inv, out);
}

int
ratio_cmp(const struct ratio *r, num_t bound)
{
	if (!ratio_ok(r))
		return 0;
	return wide_cmp(wide_mul(r->num, NUM_SCALE), wide_mul(bound, r->den));
}

/* How a quotient is brought to a precision. */
enum rmode {
	RM_HALF_UP,		/* the rule: half up, away from zero */
	RM_TRUNC,		/* cut (what the near-miss check looks for) */
	RM_AWAY			/* any remainder rounds away from zero */
};

static int
round_at(const struct ratio *r, int dec, enum rmode mode, num_t *v)
{
	struct u256	 q, one = { 0, 1 };
	u128		 rem;

	if (dec < 0 || dec > NUM_DECIMALS)
		return CALC_EINVAL;
	if (!ratio_ok(r))
		return CALC_EZERO;
	q = u256_divmod(mul128(mag(r->num), (u128)tens[dec]), (u128)r->den,
	    &rem);
	if ((mode == RM_HALF_UP && rem * 2 >= (u128)r->den) ||
	    (mode == RM_AWAY && rem != 0))
		q = u256_add(q, one);
	if (q.hi != 0 || q.lo > (u128)(NUM_MAX / tens[NUM_DECIMALS - dec]))
		return CALC_ERANGE;
	*v = (num_t)q.lo * tens[NUM_DECIMALS - dec];
	if (r->num < 0)
		*v = -*v;
	return CALC_OK;
}

int
ratio_round(const struct ratio *r, int decimals, num_t *v)
{
	return round_at(r, decimals, RM_HALF_UP, v);
}

int
calc_sum(const num_t *v, size_t n, num_t *sum)
{
	num_t s = 0;

	for (size_t i = 0; i < n; i++)
		if (num_add(&s, v[i]) != 0)
			return CALC_ERANGE;
	*sum = s;
	return CALC_OK;
}

/* Both figures are scaled alike, so the scale cancels. */
int
calc_percent(num_t part, num_t whole, struct ratio *out)
{
	struct ratio	 q, hundred = { 100, 1 };
	int		 rc;

	if ((rc = ratio_make(part, whole, &q)) != CALC_OK)
		return rc;
	return ratio_mul(&q, &hundred, out);
}

int
calc_percent_sums(const num_t *part, const num_t *whole, size_t n,
    struct ratio *out)
{
	num_t	 p, w;

	if (calc_sum(part, n, &p) != CALC_OK ||
	    calc_sum(whole, n, &w) != CALC_OK)
		return CALC_ERANGE;
	return calc_percent(p, w, out);
}

/* Limits within the range of figures, and a floor not above the cap. */
static int
batas_ok(const struct calc_batas *b)
{
	if ((b->has_max && (b->max < -NUM_MAX || b->max > NUM_MAX)) ||
	    (b->has_min && (b->min < -NUM_MAX || b->min > NUM_MAX)))
		return 0;
	return !(b->has_max && b->has_min && b->min > b->max);
}

/* Apply the configured cap and floor. */
static void
limit(struct ratio *r, const struct calc_batas *b, int *limited)
{
	if (b->has_max && ratio_cmp(r, b->max) > 0) {
		*r = ratio_of(b->max);
		*limited = 1;
	} else if (b->has_min && ratio_cmp(r, b->min) < 0) {
		*r = ratio_of(b->min);
		*limited = -1;
	}
}

int
calc_capaian(num_t target, num_t realisasi, enum calc_arah arah,
    const struct calc_batas *b, struct ratio *out, int *limited)
{
	struct ratio	 r;
	num_t		 top = realisasi;
	int		 rc, lim = 0;

	if ((b != NULL && !batas_ok(b)) ||
	    (arah != ARAH_NAIK && arah != ARAH_TURUN))
		return CALC_EINVAL;
	if (target == 0)
		return CALC_EZERO;
	/* the reference's Rencana - (Realisasi - Rencana) */
	if (arah == ARAH_TURUN &&
	    (__builtin_mul_overflow(target, 2, &top) ||
	    __builtin_sub_overflow(top, realisasi, &top)))
		return CALC_ERANGE;
	if ((rc = calc_percent(top, target, &r)) != CALC_OK)
		return rc;
	if (b != NULL)
		limit(&r, b, &lim);
	*out = r;
	if (limited != NULL)
		*limited = lim;
	return CALC_OK;
}

int
calc_capaian_rasio(num_t target, num_t realisasi, enum calc_arah arah,
    const struct calc_batas *b, struct ratio *out, int *limited)
{
	struct ratio	 r;
	int		 rc, lim = 0;

	if ((b != NULL && !batas_ok(b)) ||
	    (arah != ARAH_NAIK && arah != ARAH_TURUN))
		return CALC_EINVAL;
	if (target == 0 || realisasi == 0)
		return CALC_EZERO;
	rc = arah == ARAH_NAIK ? calc_percent(realisasi, target, &r) :
	    calc_percent(target, realisasi, &r);
	if (rc != CALC_OK)
		return rc;
	if (b != NULL)
		limit(&r, b, &lim);
	*out = r;
	if (limited != NULL)
		*limited = lim;
	return CALC_OK;
}

int
calc_rate(num_t pembilang, num_t penyebut, num_t per, struct ratio *out)
{
	struct ratio	 q, p = ratio_of(per);
	int		 rc;

	if ((rc = ratio_make(pembilang, penyebut, &q)) != CALC_OK)
		return rc;
	return ratio_mul(&q, &p, out);
}

int
calc_one_to(num_t pembilang, num_t penyebut, struct ratio *out)
{
	return ratio_make(penyebut, pembilang, out);
}

int
calc_mean(const num_t *v, size_t n, struct ratio *out)
{
	num_t sum;

	if (n == 0)
		return CALC_EZERO;
	if (calc_sum(v, n, &sum) != CALC_OK)
		return CALC_ERANGE;
	/* n * NUM_SCALE < 2^64 * 2^14: no overflow */
	return ratio_make(sum, (num_t)n * NUM_SCALE, out);
}

int
calc_mean_ratio(const struct ratio *v, size_t n, struct ratio *out)
{
	struct ratio	 sum = { 0, 1 }, count;
	int		 rc;

	if (n == 0)
		return CALC_EZERO;
	for (size_t i = 0; i < n; i++)
		if ((rc = ratio_add(&sum, &v[i], &sum)) != CALC_OK)
			return rc;
	count.num = (num_t)n;
	count.den = 1;
	return ratio_div(&sum, &count, out);
}

int
calc_change(num_t prev, num_t cur, struct ratio *out)
{
	num_t d;

	if (prev == 0)
		return CALC_EZERO;
	if (prev < -I128_MAX || __builtin_sub_overflow(cur, prev, &d))
		return CALC_ERANGE;
	return calc_percent(d, prev < 0 ? -prev : prev, out);
}

int
calc_efisiensi(enum calc_efisiensi f, const struct ratio *ck,
    const struct ratio *s, struct ratio *out)
{
	struct ratio	 q, hundred = { 100, 1 };
	int		 rc;

	switch (f) {
	case EFISIENSI_SELISIH:
		return ratio_sub(ck, s, out);
	case EFISIENSI_HEMAT:
		return ratio_sub(&hundred, s, out);
	case EFISIENSI_RASIO:
		if ((rc = ratio_div(ck, s, &q)) != CALC_OK)
			return rc;
		return ratio_mul(&q, &hundred, out);
	case EFISIENSI_SISA:
		if ((rc = ratio_div(s, ck, &q)) != CALC_OK ||
		    (rc = ratio_mul(&q, &hundred, &q)) != CALC_OK)
			return rc;
		return ratio_sub(&hundred, &q, out);
	}
	return CALC_EINVAL;
}

/*
 * Does the typed value come from the exact one by another way of
 * rounding: cut, rounded up, or half up at another precision?  Rounding
 * twice (at a finer precision first) errs only upward by one step, which
 * is "rounded up".
 */
static int
rounded_otherwise(num_t typed, const struct ratio *x)
{
	static const enum rmode modes[] = { RM_HALF_UP, RM_TRUNC, RM_AWAY };
	num_t v;

	for (int k = 0; k <= NUM_DECIMALS; k++)
		for (size_t m = 0; m < sizeof(modes) / sizeof(modes[0]); m++)
			if (round_at(x, k, modes[m], &v) == CALC_OK &&
			    v == typed)
				return 1;
	return 0;
}

/* The sign and digits of v printed at dec decimals, separators left out. */
static size_t
digits_of(num_t v, int dec, char *buf)
{
	struct num	 n;
	char		 s[NUM_BUFSZ];
	size_t		 k = 0;

	memset(&n, 0, sizeof(n));
	n.v = v;
	num_format(&n, dec, 0, s, sizeof(s));
	for (size_t i = 0; s[i] != '\0'; i++)
		if (s[i] != '.' && s[i] != ',')
			buf[k++] = s[i];
	buf[k] = '\0';
	return k;
}

/* One digit different, or two neighbours swapped, in equal lengths. */
static enum calc_near_kind
digits_near(num_t typed, num_t computed, int dec)
{
	char	 a[NUM_BUFSZ], b[NUM_BUFSZ];
	size_t	 n = digits_of(typed, dec, a), first = 0, ndiff = 0;

	if (digits_of(computed, dec, b) != n || (a[0] == '-') != (b[0] == '-'))
		return NEAR_UNRELATED;
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i] && ndiff++ == 0)
			first = i;
	if (ndiff == 1)
		return NEAR_DIGIT;
	if (ndiff == 2 && first + 1 < n && a[first] == b[first + 1] &&
	    a[first + 1] == b[first])
		return NEAR_SWAP;
	return NEAR_UNRELATED;
}

/*
 * Rounding is asked before digits: 91,93 for an exact 91,938 % is one
 * digit off, but "cut instead of rounded" is the cause a writer can act
 * on.  A figure typed with more decimals than printed is compared on all
 * of its decimals, with the exact value rounded there.
 */
enum calc_near_kind
calc_near(const struct num *typed, const struct ratio *exact, int decimals)
{
	num_t	 c;
	int	 shown;

	if (typed->dash || ratio_round(exact, decimals, &c) != CALC_OK)
		return NEAR_UNRELATED;
	if (typed->v == c)
		return NEAR_EQUAL;
	if (rounded_otherwise(typed->v, exact))
		return NEAR_ROUNDING;
	shown = typed->decimals > decimals ? typed->decimals : decimals;
	if (shown > NUM_DECIMALS)
		shown = NUM_DECIMALS;
	if (shown > decimals && ratio_round(exact, shown, &c) != CALC_OK)
		return NEAR_UNRELATED;
	return digits_near(typed->v, c, shown);
}
