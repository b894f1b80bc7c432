/* The word table of an index (wordtab.h), read in place by "did you
 * mean" and --fuzzy; wordtab_write.c writes it. */
#include <stdlib.h>
#include <string.h>

#include "trgm.h"
#include "util.h"
#include "varint.h"
#include "wordtab.h"

#define HEAD 16 /* the section's header */

struct view {
	uint32_t nw, nt;
	uint64_t ntext, npost;
	const unsigned char *words, *tris, *text, *post;
};

int
wordtab_check(const unsigned char *p, uint64_t size)
{
	uint64_t nw, nt;

	if (size < HEAD)
		return -1;
	nw = le32_get(p);
	nt = le32_get(p + 4);
	return size - HEAD ==
	        8 * nw + 12 * nt + le32_get(p + 8) +
	            (uint64_t)le32_get(p + 12) ?
	    0 :
	    -1;
}

/* The table of ix, whose bounds opening checked. */
static void
view(const struct index *ix, struct view *v)
{
	const unsigned char *p = ix->base + ix->off[IDX_WORDS];

	v->nw = le32_get(p);
	v->nt = le32_get(p + 4);
	v->ntext = le32_get(p + 8);
	v->npost = le32_get(p + 12);
	v->words = p + HEAD;
	v->tris = v->words + 8 * (size_t)v->nw;
	v->text = v->tris + 12 * (size_t)v->nt;
	v->post = v->text + v->ntext;
}

static int
bad(const struct index *ix, char *err, size_t errsz)
{
	return index_corrupt(ix, "word table", err, errsz);
}

/* Points *p at word i and returns its length, or 0 when its bounds are
 * corrupt. */
static size_t
word_at(const struct view *v, uint32_t i, const char **p)
{
	uint64_t off = le32_get(v->words + 8 * (size_t)i),
	         end = i + 1 < v->nw ? le32_get(v->words + 8 * (size_t)i + 8) :
	                               v->ntext;

	*p = "";
	if (off > end || end > v->ntext || end - off < BEQ_WORD_MIN ||
	    end - off > BEQ_WORD_MAX)
		return 0;
	*p = (const char *)v->text + off;
	return (size_t)(end - off);
}

/* memcmp order, a prefix first */
static int
cmp_word(const char *a, size_t an, const char *b, size_t bn)
{
	int c = memcmp(a, b, an < bn ? an : bn);

	return c != 0 ? c : (an > bn) - (an < bn);
}

int
wordtab_find(const struct index *ix, const char *w, size_t len, uint32_t *df,
    char *err, size_t errsz)
{
	struct view v;
	char low[BEQ_WORD_MAX];
	const char *below = NULL, *above = NULL, *m;
	size_t lo, hi, k, bl = 0, al = 0, ml;

	*df = 0;
	if (len < BEQ_WORD_MIN || len > BEQ_WORD_MAX)
		return 0;
	for (k = 0; k < len; k++)
		low[k] = (char)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] | 0x20 :
		                                             w[k]);
	view(ix, &v);
	lo = 0;
	hi = v.nw;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c;

		/* every word the search reads lies between those it read
		 * before (the table is sorted), which checks the order
		 * along its path */
		if ((ml = word_at(&v, (uint32_t)mid, &m)) == 0 ||
		    (below != NULL && cmp_word(below, bl, m, ml) >= 0) ||
		    (above != NULL && cmp_word(m, ml, above, al) >= 0))
			return bad(ix, err, errsz);
		c = cmp_word(low, len, m, ml);
		if (c == 0) {
			*df = le32_get(v.words + 8 * mid + 4);
			return 0;
		}
		if (c > 0) {
			lo = mid + 1;
			below = m;
			bl = ml;
		} else {
			hi = mid;
			above = m;
			al = ml;
		}
	}
	return 0;
}

/* The trigram table entry of t, NULL when there is none; *corrupt set
 * when the order along the search's path is wrong. */
static const unsigned char *
lookup(const struct view *v, uint32_t t, int *corrupt)
{
	return trgm_find(v->tris, v->nt, 12, t, corrupt);
}

/* Bounds of the list of trigram entry e: 0, or -1 when corrupt. */
static int
list_at(const struct view *v, const unsigned char *e, const unsigned char **p,
    const unsigned char **end)
{
	uint64_t off = le32_get(e + 8),
	         to = e + 12 < v->text ? le32_get(e + 20) : v->npost;

	if (off > to || to > v->npost)
		return -1;
	*p = v->post + off;
	*end = v->post + to;
	return 0;
}

/* Decodes the next id of a list into *id (prev: the one before, first:
 * whether there was none). Returns 0, or -1 when corrupt. */
static int
next_id(const struct view *v, const unsigned char **p, const unsigned char *end,
    int first, uint32_t prev, uint32_t *id)
{
	uint64_t d;

	if (first)
		prev = 0;
	if (varint_get(p, end, &d) == -1 || (!first && d == 0) || d >= v->nw ||
	    prev + d >= v->nw)
		return -1;
	*id = first ? (uint32_t)d : prev + (uint32_t)d;
	return 0;
}

/* Better first: similarity, records, then the word's bytes. */
static int
better(const struct wordtab_hit *x, const struct wordtab_hit *y)
{
	if (x->sim != y->sim)
		return x->sim > y->sim;
	if (x->df != y->df)
		return x->df > y->df;
	return strcmp(x->word, y->word) < 0;
}

void
wordtab_keep(
    const struct wordtab_hit *h, struct wordtab_hit *out, size_t max, size_t *n)
{
	size_t j;

	if (*n == max && !better(h, &out[*n - 1]))
		return;
	j = *n < max ? (*n)++ : *n - 1;
	while (j > 0 && better(h, &out[j - 1])) {
		out[j] = out[j - 1];
		j--;
	}
	out[j] = *h;
}

/* Weighs word i, which shares shared of the nq trigrams tq of the word
 * looked for, into the best-first list out[0..*n) of at most max. */
static int
weigh(const struct view *v, uint32_t i, size_t shared, const uint32_t *tq,
    size_t nq, double threshold, struct wordtab_hit *out, size_t max, size_t *n)
{
	struct wordtab_hit h;
	uint32_t tw[BEQ_WORD_MAX + 1];
	const char *p;
	size_t len = word_at(v, i, &p), nw, j;

	if (len == 0)
		return -1;
	/* a hit is a word as words.h makes them, whatever the bytes */
	for (j = 0; j < len; j++)
		if (p[j] < 'a' || p[j] > 'z')
			return -1;
	nw = trgm_set(p, len, tw);
	if (shared == (size_t)-1) {
		/* not counted: every word is looked at */
		size_t a = 0, b = 0;

		for (shared = 0; a < nq && b < nw;)
			if (tq[a] == tw[b]) {
				shared++;
				a++;
				b++;
			} else if (tq[a] < tw[b])
				a++;
			else
				b++;
	}
	/* lists that name a word under trigrams it does not have */
	if (shared > nw || shared > nq)
		return -1;
	/* as trgm_similarity computes it, to the bit */
	h.sim = nq + nw == 0 ? 0 : (double)shared / (double)(nq + nw - shared);
	if (h.sim < threshold)
		return 0;
	memcpy(h.word, p, len);
	h.word[len] = '\0';
	h.df = le32_get(v->words + 8 * (size_t)i + 4);
	wordtab_keep(&h, out, max, n);
	return 0;
}

int
wordtab_near(const struct index *ix, const char *w, size_t len,
    double threshold, struct wordtab_hit *out, size_t max, size_t *n, char *err,
    size_t errsz)
{
	struct view v;
	uint32_t tq[BEQ_WORD_MAX + 1], *cand = NULL, i;
	unsigned char *count = NULL;
	size_t nq, k, ncand = 0, capc = 0, need;
	double d;
	int rc = -1;

	*n = 0;
	if (max == 0 || len == 0 || len > BEQ_WORD_MAX)
		return 0;
	view(ix, &v);
	nq = trgm_set(w, len, tq);
	/* a word at least threshold similar shares at least threshold * nq
	 * trigrams (less a hair, so that rounding never asks one too
	 * many) */
	d = threshold * (double)nq - 1e-9;
	need = d <= 0 ? 0 : (size_t)d + (d > (double)(size_t)d);
	if (need == 0) {
		for (i = 0; i < v.nw; i++)
			if (weigh(&v, i, (size_t)-1, tq, nq, threshold, out,
			        max, n) == -1)
				goto corrupt;
		return 0;
	}
	count = xcalloc((size_t)v.nw + 1, 1);
	for (k = 0; k < nq; k++) {
		const unsigned char *e, *p, *end;
		uint32_t id = 0, c;
		int corrupt;

		if ((e = lookup(&v, tq[k], &corrupt)) == NULL) {
			if (corrupt)
				goto corrupt;
			continue;
		}
		if (list_at(&v, e, &p, &end) == -1)
			goto corrupt;
		for (c = le32_get(e + 4); c > 0; c--) {
			if (next_id(&v, &p, end, c == le32_get(e + 4), id,
			        &id) == -1)
				goto corrupt;
			if (++count[id] == need) {
				if (ncand == capc) {
					capc = capc ? 2 * capc : 256;
					cand = xreallocarray(
					    cand, capc, sizeof *cand);
				}
				cand[ncand++] = id;
			}
		}
	}
	for (k = 0; k < ncand; k++)
		if (weigh(&v, cand[k], count[cand[k]], tq, nq, threshold, out,
		        max, n) == -1)
			goto corrupt;
	rc = 0;
	goto out;
corrupt:
	*n = 0;
	rc = bad(ix, err, errsz);
out:
	free(count);
	free(cand);
	return rc;
}

/* Whether trigram t is one of word p[0..len)'s, padded as trgm_set pads. */
static int
has_trigram(const char *p, size_t len, uint32_t t)
{
	char pad[BEQ_WORD_MAX + 3];
	size_t i;

	pad[0] = pad[1] = ' ';
	memcpy(pad + 2, p, len);
	pad[len + 2] = ' ';
	for (i = 0; i + 3 <= len + 3; i++)
		if (((uint32_t)(unsigned char)pad[i] << 16 |
		        (uint32_t)(unsigned char)pad[i + 1] << 8 |
		        (unsigned char)pad[i + 2]) == t)
			return 1;
	return 0;
}

static int
trigram_byte(unsigned b)
{
	return b == ' ' || (b >= 'a' && b <= 'z');
}

int
wordtab_verify(const struct index *ix)
{
	struct view v;
	uint32_t tw[BEQ_WORD_MAX + 1], i, c, id = 0, df;
	const char *p, *prev = NULL;
	size_t len, plen = 0, k;
	uint64_t total = 0, listed = 0;

	view(ix, &v);
	for (i = 0; i < v.nw; i++) {
		if ((len = word_at(&v, i, &p)) == 0)
			return bad(ix, NULL, 0);
		for (k = 0; k < len; k++)
			if (p[k] < 'a' || p[k] > 'z')
				return bad(ix, NULL, 0);
		if (prev != NULL && cmp_word(prev, plen, p, len) >= 0)
			return bad(ix, NULL, 0);
		df = le32_get(v.words + 8 * (size_t)i + 4);
		if (df == 0 || df > ix->nrecords)
			return bad(ix, NULL, 0);
		total += trgm_set(p, len, tw);
		prev = p;
		plen = len;
	}
	if (v.nw > 0 && le32_get(v.words) != 0)
		return bad(ix, NULL, 0);
	for (i = 0; i < v.nt; i++) {
		const unsigned char *e = v.tris + 12 * (size_t)i, *q, *end;
		uint32_t t = le32_get(e);

		if (t > 0xffffff || !trigram_byte(t >> 16) ||
		    !trigram_byte(t >> 8 & 0xff) || !trigram_byte(t & 0xff) ||
		    (i > 0 && le32_get(e - 12) >= t) ||
		    list_at(&v, e, &q, &end) == -1 ||
		    (i == 0 && le32_get(e + 8) != 0))
			return bad(ix, NULL, 0);
		for (c = 0; c < le32_get(e + 4); c++) {
			if (next_id(&v, &q, end, c == 0, id, &id) == -1 ||
			    (len = word_at(&v, id, &p)) == 0 ||
			    !has_trigram(p, len, t))
				return bad(ix, NULL, 0);
		}
		if (q != end)
			return bad(ix, NULL, 0);
		listed += le32_get(e + 4);
	}
	/* every listed pair is a word's trigram, none twice (ascending):
	 * as many as there are, so all of them */
	if (listed != total || (v.nt == 0 && v.npost != 0))
		return bad(ix, NULL, 0);
	return 0;
}
