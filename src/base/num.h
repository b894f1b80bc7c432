/* Natural logarithm and square root without libm: one shared object less
 * to load at every start (make bench). Inline, so that callers on the hot
 * search path compile as they did when the code was theirs. */
#ifndef BEQ_NUM_H
#define BEQ_NUM_H

/* ln x for x > 0 (0 for anything else: x <= 0, infinity, NaN, which
 * would never leave the loops below). x = m * 2^e with m in [1, 2); ln m = 2 atanh((m - 1) /
 * (m + 1)), whose series converges fast for |z| <= 1/3: far closer than
 * the three decimals a score keeps. */
static inline double
num_ln(double x)
{
	double m = x, z, z2, term, sum = 0;
	int e = 0, k;

	if (!(x > 0) || x > 1.7976931348623157e308)
		return 0;
	while (m >= 2) {
		m /= 2;
		e++;
	}
	while (m < 1) {
		m *= 2;
		e--;
	}
	z = (m - 1) / (m + 1);
	z2 = z * z;
	term = z;
	for (k = 1; k < 40; k += 2) {
		sum += term / k;
		term *= z2;
	}
	return 2 * sum + e * 0.69314718055994530942;
}

/* The square root of x >= 0 (0 for x <= 0), by Newton's method from a
 * power-of-two start: 6 to 60 steps, each doubling the correct bits. */
static inline double
num_sqrt(double x)
{
	double r = 1, prev = 0;
	int i;

	if (!(x > 0))
		return 0;
	while (r * r < x)
		r *= 2;
	for (i = 0; i < 200 && r != prev; i++) {
		prev = r;
		r = (r + x / r) / 2;
	}
	return r;
}

#endif
