/* "Did you mean" for names from a fixed list: edit distance with swaps
 * (optimal string alignment), as git's help.c and Go's flag typos use. */
#include <string.h>

#include "config.h"
#include "near.h"

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

size_t
near_distance(const char *a, const char *b)
{
	/* three rows of the table: two back (for swaps), one back, this */
	size_t rows[3][BEQ_NEAR_LEN + 1], *pp, *p, *r, *t;
	size_t la = strlen(a), lb = strlen(b), i, j, best;

	if (la > BEQ_NEAR_LEN || lb > BEQ_NEAR_LEN)
		return BEQ_NEAR_LEN + 1;
	pp = rows[0];
	p = rows[1];
	r = rows[2];
	for (j = 0; j <= lb; j++)
		p[j] = j;
	for (i = 1; i <= la; i++) {
		r[0] = i;
		for (j = 1; j <= lb; j++) {
			int same = lower((unsigned char)a[i - 1]) ==
			    lower((unsigned char)b[j - 1]);

			best = p[j - 1] + !same;
			if (p[j] + 1 < best)
				best = p[j] + 1;
			if (r[j - 1] + 1 < best)
				best = r[j - 1] + 1;
			if (i > 1 && j > 1 &&
			    lower((unsigned char)a[i - 1]) ==
			        lower((unsigned char)b[j - 2]) &&
			    lower((unsigned char)a[i - 2]) ==
			        lower((unsigned char)b[j - 1]) &&
			    pp[j - 2] + 1 < best)
				best = pp[j - 2] + 1;
			r[j] = best;
		}
		t = pp;
		pp = p;
		p = r;
		r = t;
	}
	return p[lb];
}

long
near_name(const char *s, const char *const *names, size_t n)
{
	size_t i, d, best = (size_t)-1, len = strlen(s),
	             most = len <= 4 ? 1 : 2;
	long at = -1;

	for (i = 0; i < n; i++) {
		d = near_distance(s, names[i]);
		if (d < best) {
			best = d;
			at = (long)i;
		}
	}
	if (best > most || 2 * best >= len)
		return -1;
	return at;
}
