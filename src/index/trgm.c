/* pg_trgm-style word similarity and the vocabulary of an index. */
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "trgm.h"
#include "util.h"
#include "varint.h"
#include "words.h"

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

size_t
trgm_set(const char *w, size_t len, uint32_t *out)
{
	unsigned char p[BEQ_WORD_MAX + 3];
	size_t i, n = 0, k;

	if (len > BEQ_WORD_MAX)
		len = BEQ_WORD_MAX;
	p[0] = p[1] = ' ';
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)w[i];

		p[i + 2] = c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c;
	}
	p[len + 2] = ' ';
	for (i = 0; i + 3 <= len + 3; i++)
		out[n++] = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 |
		    p[i + 2];
	qsort(out, n, sizeof *out, cmp_u32);
	for (i = k = 0; i < n; i++)
		if (k == 0 || out[k - 1] != out[i])
			out[k++] = out[i];
	return k;
}

static double
similarity(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	size_t i = 0, j = 0, shared = 0;

	while (i < na && j < nb) {
		if (a[i] == b[j]) {
			shared++;
			i++;
			j++;
		} else if (a[i] < b[j])
			i++;
		else
			j++;
	}
	return na + nb == 0 ? 0 : (double)shared / (double)(na + nb - shared);
}

double
trgm_similarity(const char *a, size_t alen, const char *b, size_t blen)
{
	uint32_t ta[BEQ_WORD_MAX + 1], tb[BEQ_WORD_MAX + 1];
	size_t na = trgm_set(a, alen, ta), nb = trgm_set(b, blen, tb);

	return similarity(ta, na, tb, nb);
}

static void
add_words(struct vocab *v, const struct slice *s, uint32_t rec)
{
	size_t pos = 0, start, len;

	while (words_next(s->p, s->len, &pos, &start, &len)) {
		uint32_t id = words_add(&v->w, s->p + start, len);

		if (id >= v->ndf) {
			size_t n = v->ndf ? 2 * v->ndf : 1024;

			v->df = xreallocarray(v->df, n, sizeof *v->df);
			v->last = xreallocarray(v->last, n, sizeof *v->last);
			memset(v->df + v->ndf, 0, (n - v->ndf) * sizeof *v->df);
			memset(v->last + v->ndf, 0,
			    (n - v->ndf) * sizeof *v->last);
			v->ndf = n;
		}
		if (v->last[id] != rec + 1) {
			v->last[id] = rec + 1;
			v->df[id]++;
		}
	}
}

void
vocab_build(struct vocab *v, const struct index *ix, const unsigned char *cats)
{
	uint32_t i;

	memset(v, 0, sizeof *v);
	for (i = 0; i < ix->nrecords; i++) {
		struct index_record r;

		index_record(ix, i, &r);
		if (cats != NULL && !cats[r.category])
			continue;
		add_words(v, &r.question, i);
		add_words(v, &r.body, i);
		add_words(v, &r.answer, i);
	}
	free(v->last);
	v->last = NULL;
}

/* Field f begins with the letters x y, or ends with y z. */
static int
starts(const struct slice *f, unsigned x, unsigned y)
{
	return f->len >= 2 && ((unsigned char)f->p[0] | 0x20) == x &&
	    ((unsigned char)f->p[1] | 0x20) == y;
}

static int
ends(const struct slice *f, unsigned y, unsigned z)
{
	return f->len >= 2 && ((unsigned char)f->p[f->len - 2] | 0x20) == y &&
	    ((unsigned char)f->p[f->len - 1] | 0x20) == z;
}

/* Adds to count[] 1 for each record holding trigram t; with mark set, only
 * once per record for all calls with that mark (a bit in seen[]). */
static int
tally(const struct index *ix, uint32_t t, struct postings *p,
    unsigned char *count, unsigned char *seen, unsigned mark, char *err,
    size_t errsz)
{
	size_t i;

	if (index_postings(ix, t, p, err, errsz) == -1)
		return -1;
	for (i = 0; i < p->n; i++) {
		if (mark != 0) {
			if (seen[p->ids[i]] & mark)
				continue;
			seen[p->ids[i]] |= (unsigned char)mark;
		}
		count[p->ids[i]]++;
	}
	return 0;
}

int
vocab_build_near(struct vocab *v, const struct index *ix,
    const unsigned char *cats, const char *w, size_t len, double threshold,
    char *err, size_t errsz)
{
	uint32_t t[BEQ_WORD_MAX + 1], i;
	struct postings p = { 0 };
	unsigned char *count, *seen;
	size_t n = trgm_set(w, len, t), k;
	unsigned x, y, ey, ez, need;
	/* less a hair, so that rounding never asks one trigram too many */
	double d = threshold * (double)n - 1e-9;
	int rc = -1;

	memset(v, 0, sizeof *v);
	need = d <= 0 ? 0 : (unsigned)d + (d > (unsigned)d);
	if (len < 3 || need <= 1) {
		vocab_build(v, ix, cats);
		return 0;
	}
	x = (unsigned char)w[0] | 0x20;
	y = (unsigned char)w[1] | 0x20;
	ey = (unsigned char)w[len - 2] | 0x20;
	ez = (unsigned char)w[len - 1] | 0x20;
	count = xcalloc((size_t)ix->nrecords + 1, 1);
	seen = xcalloc((size_t)ix->nrecords + 1, 1);
	/* the inner trigrams, found as they are in the index */
	for (k = 0; k < n; k++)
		if ((t[k] >> 16) != ' ' && (t[k] >> 8 & 0xff) != ' ' &&
		    (t[k] & 0xff) != ' ' &&
		    tally(ix, t[k], &p, count, seen, 0, err, errsz) == -1)
			goto out;
	/* " xy" and "yz ": the text has a non-letter byte before x y or
	 * after y z, or the word begins or ends a field (below) */
	for (i = 0; i < ix->ntrigrams; i++) {
		uint32_t g = index_trigram(ix, i);
		unsigned b0 = g >> 16, b1 = g >> 8 & 0xff, b2 = g & 0xff;

		if (!words_letter(b0) && b1 == x && b2 == y &&
		    tally(ix, g, &p, count, seen, 1, err, errsz) == -1)
			goto out;
		if (b0 == ey && b1 == ez && !words_letter(b2) &&
		    tally(ix, g, &p, count, seen, 2, err, errsz) == -1)
			goto out;
	}
	for (i = 0; i < ix->nrecords; i++) {
		struct index_record r;

		/* "  x" is taken as shared: 1 */
		if (count[i] + 1u + 2u < need)
			continue;
		index_record(ix, i, &r);
		if (!(seen[i] & 1) &&
		    (starts(&r.question, x, y) || starts(&r.body, x, y) ||
		        starts(&r.answer, x, y)))
			count[i]++;
		if (!(seen[i] & 2) &&
		    (ends(&r.question, ey, ez) || ends(&r.body, ey, ez) ||
		        ends(&r.answer, ey, ez)))
			count[i]++;
		if (count[i] + 1u < need)
			continue;
		if (cats != NULL && !cats[r.category])
			continue;
		add_words(v, &r.question, i);
		add_words(v, &r.body, i);
		add_words(v, &r.answer, i);
	}
	rc = 0;
out:
	free(v->last);
	v->last = NULL;
	free(count);
	free(seen);
	postings_free(&p);
	return rc;
}

void
vocab_free(struct vocab *v)
{
	words_free(&v->w);
	free(v->df);
	free(v->last);
	memset(v, 0, sizeof *v);
}

/* Better first: similarity, records, then the word's bytes. */
static int
better(const struct vocab *v, const struct suggestion *x,
    const struct suggestion *y)
{
	const char *a, *b;
	size_t na, nb;
	int c;

	if (x->sim != y->sim)
		return x->sim > y->sim;
	if (x->df != y->df)
		return x->df > y->df;
	na = words_get(&v->w, x->word, &a);
	nb = words_get(&v->w, y->word, &b);
	c = memcmp(a, b, na < nb ? na : nb);
	return c != 0 ? c < 0 : na < nb;
}

size_t
vocab_suggest(const struct vocab *v, const char *w, size_t len,
    double threshold, struct suggestion *out, size_t max)
{
	uint32_t tq[BEQ_WORD_MAX + 1], tw[BEQ_WORD_MAX + 1], id;
	size_t nq, n = 0, i;

	if (max == 0)
		return 0;
	nq = trgm_set(w, len, tq);
	for (id = 0; id < v->w.n; id++) {
		struct suggestion s;
		const char *p;
		size_t nw = words_get(&v->w, id, &p), k;

		/* at most nw + 1 trigrams: too few to reach threshold */
		if ((double)(nw + 1) < threshold * (double)nq)
			continue;
		s.word = id;
		s.df = v->df[id];
		s.sim = similarity(tq, nq, tw, trgm_set(p, nw, tw));
		if (s.sim < threshold)
			continue;
		/* insertion into the best-first list of at most max */
		if (n == max && !better(v, &s, &out[n - 1]))
			continue;
		k = n < max ? n++ : n - 1;
		while (k > 0 && better(v, &s, &out[k - 1])) {
			out[k] = out[k - 1];
			k--;
		}
		out[k] = s;
	}
	for (i = n; i < max; i++)
		memset(&out[i], 0, sizeof out[i]);
	return n;
}

const unsigned char *
trgm_find(
    const unsigned char *tab, size_t n, size_t stride, uint32_t t, int *corrupt)
{
	size_t lo = 0, hi = n;
	/* the trigrams at lo - 1 and hi, as far as the search has seen
	 * them: every one it reads must lie between (the table is sorted),
	 * which checks the order along its path */
	uint64_t below = 0, above = (uint64_t)1 << 24;
	int any_below = 0;

	*corrupt = 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		uint32_t m = le32_get(tab + stride * mid);

		if (m >= above || (any_below && m <= below)) {
			*corrupt = 1;
			return NULL;
		}
		if (m < t) {
			lo = mid + 1;
			below = m;
			any_below = 1;
		} else if (m > t) {
			hi = mid;
			above = m;
		} else
			return tab + stride * mid;
	}
	return NULL;
}
