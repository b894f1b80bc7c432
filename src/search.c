/* Search: patterns -> plans -> candidates -> PCRE2 -> ranked hits. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "config.h"
#include "match.h"
#include "num.h"
#include "pattern.h"
#include "query.h"
#include "search.h"
#include "util.h"

struct pat {
	struct matcher *m;
	struct plan plan;
	size_t df; /* records it matched */
	size_t candidates; /* records its plan let through */
};

/* A span and the record it is in, as collected over all patterns. */
struct found {
	uint32_t rec;
	struct span s;
};

struct collect {
	struct found *v;
	size_t n, cap;
	uint32_t rec, field, pattern;
};

static void
on_match(void *ctx, size_t start, size_t end)
{
	struct collect *c = ctx;

	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 16;
		c->v = xreallocarray(c->v, c->cap, sizeof *c->v);
	}
	c->v[c->n].rec = c->rec;
	c->v[c->n].s.field = c->field;
	c->v[c->n].s.pattern = c->pattern;
	c->v[c->n].s.start = start;
	c->v[c->n++].s.end = end;
}

static int
cmp_span(const void *a, const void *b)
{
	const struct found *fx = a, *fy = b;
	const struct span *x = &fx->s, *y = &fy->s;

	if (fx->rec != fy->rec)
		return fx->rec < fy->rec ? -1 : 1;
	if (x->field != y->field)
		return x->field < y->field ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	return x->pattern < y->pattern ? -1 : x->pattern > y->pattern;
}

static int
cmp_score(const void *a, const void *b)
{
	const struct hit *x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return x->rec < y->rec ? -1 : x->rec > y->rec;
}

static int
cmp_id(const void *a, const void *b)
{
	const struct hit *x = a, *y = b;

	return x->rec < y->rec ? -1 : x->rec > y->rec;
}

/* Compiles and plans pattern i into p. */
static int
prepare(const struct index *ix, const char *pat, const struct search_opts *o,
    struct pat *p, char *err, size_t errsz)
{
	struct buf re = { 0 };
	size_t *map = NULL, off;
	char msg[BEQ_ERR_MAX];
	int upper, flags = 0, caseless;

	upper = pattern_prepare(pat, o->fixed, o->word, &re, &map);
	caseless = o->case_mode == CASE_INSENSITIVE ||
	    (o->case_mode == CASE_SMART && !upper);
	if (caseless)
		flags |= MATCH_CASELESS;
	if (ix->embedded)
		flags |= MATCH_TRUSTED;
	if (matcher_new(&p->m, re.data, re.len, flags, &off, msg, sizeof msg) ==
	    -1) {
		off = off < re.len && map != NULL ? map[off] : strlen(pat);
		errorf(err, errsz, "bad pattern '%s': %s at offset %zu", pat,
		    msg, off);
		buf_free(&re);
		free(map);
		return -1;
	}
	if (!o->brute)
		plan_build(&p->plan, re.data, re.len, caseless);
	buf_free(&re);
	free(map);
	return 0;
}

/* Scans pattern j over its own candidates: counts in p->df the records it
 * matches (in the whole index, so that rarity does not depend on other
 * patterns or on the index), bumps nmatched for them, and appends their
 * spans to col. */
static int
scan_pattern(const struct index *ix, struct pat *p, uint32_t j, int brute,
    uint32_t *nmatched, struct collect *col, char *err, size_t errsz)
{
	struct postings cand = { 0 };
	size_t i, n, bytes = 0;
	int all = 1, rc = -1;

	if (!brute && plan_eval(&p->plan, ix, &cand, &all, err, errsz) == -1)
		goto out;
	n = all ? ix->nrecords : cand.n;
	for (i = 0; i < n; i++) {
		struct index_record r;

		index_record(ix, all ? (uint32_t)i : cand.ids[i], &r);
		bytes += r.question.len + r.body.len + r.answer.len;
	}
	if (bytes >= BEQ_JIT_MIN_BYTES)
		matcher_jit(p->m);
	p->candidates = n;
	col->pattern = j;
	for (i = 0; i < n; i++) {
		uint32_t rec = all ? (uint32_t)i : cand.ids[i];
		struct index_record r;
		size_t before = col->n;
		const struct slice *f[FIELDS];
		long found = 0, c = 0;
		int k;

		index_record(ix, rec, &r);
		f[FIELD_QUESTION] = &r.question;
		f[FIELD_BODY] = &r.body;
		f[FIELD_ANSWER] = &r.answer;
		col->rec = rec;
		for (k = 0; k < FIELDS && c >= 0; k++) {
			col->field = (uint32_t)k;
			c = matcher_scan(p->m, f[k]->p, f[k]->len, on_match,
			    col, err, errsz);
			found += c > 0;
		}
		if (c < 0)
			goto out;
		if (found == 0) {
			col->n = before;
			continue;
		}
		p->df++;
		nmatched[rec]++;
	}
	rc = 0;
out:
	postings_free(&cand);
	return rc;
}

int
search_run(const struct index *ix, char *const *pats, size_t npats,
    const struct search_opts *o, struct search_result *res, char *err,
    size_t errsz)
{
	struct pat *p = xcalloc(npats, sizeof *p);
	struct collect col = { 0 };
	uint32_t *nmatched = xcalloc(ix->nrecords + 1, sizeof *nmatched), j;
	size_t i, k, *tf = NULL;
	int rc = -1;

	memset(res, 0, sizeof *res);
	for (j = 0; j < npats; j++)
		if (prepare(ix, pats[j], o, &p[j], err, errsz) == -1)
			goto out;
	res->candidates = ix->nrecords;
	for (j = 0; j < npats; j++) {
		if (scan_pattern(ix, &p[j], j, o->brute, nmatched, &col, err,
		        errsz) == -1)
			goto out;
		if (p[j].candidates < res->candidates)
			res->candidates = p[j].candidates;
	}
	/* A hit: every pattern matched it, and its category is wanted. Its
	 * spans are the collected ones of its record, grouped by sorting. */
	if (col.n > 1)
		qsort(col.v, col.n, sizeof *col.v, cmp_span);
	res->hits = xcalloc(col.n + 1, sizeof *res->hits);
	for (i = 0; i < col.n; i = k) {
		uint32_t rec = col.v[i].rec;
		struct index_record r;
		struct hit *h;

		for (k = i; k < col.n && col.v[k].rec == rec; k++)
			;
		if (nmatched[rec] != npats)
			continue;
		if (o->cats != NULL) {
			index_record(ix, rec, &r);
			if (!o->cats[r.category])
				continue;
		}
		h = &res->hits[res->n++];
		h->rec = rec;
		h->nspans = k - i;
		h->spans = xreallocarray(NULL, k - i, sizeof *h->spans);
		for (size_t m = i; m < k; m++)
			h->spans[m - i] = col.v[m].s;
		nmatched[rec] = 0; /* taken */
	}
	/* Records that every pattern matched only with empty matches have no
	 * spans, and are hits all the same. */
	for (i = 0; i < ix->nrecords; i++) {
		struct index_record r;
		struct hit *h;

		if (nmatched[i] != npats || npats == 0)
			continue;
		if (o->cats != NULL) {
			index_record(ix, (uint32_t)i, &r);
			if (!o->cats[r.category])
				continue;
		}
		res->hits = xreallocarray(
		    res->hits, res->n + 1, sizeof *res->hits);
		h = &res->hits[res->n++];
		memset(h, 0, sizeof *h);
		h->rec = (uint32_t)i;
	}

	/* Relevance: per pattern, saturating match counts per field with
	 * question matches weighted up, times the pattern's rarity in the
	 * index (idf); summed over the patterns. */
	tf = xcalloc(FIELDS * npats, sizeof *tf);
	for (i = 0; i < res->n; i++) {
		struct hit *h = &res->hits[i];
		double s = 0;

		memset(tf, 0, FIELDS * npats * sizeof *tf);
		for (k = 0; k < h->nspans; k++)
			tf[FIELDS * h->spans[k].pattern + h->spans[k].field]++;
		for (k = 0; k < npats; k++) {
			/* the body counts as the answer does */
			double q = (double)tf[FIELDS * k + FIELD_QUESTION],
			       a = (double)tf[FIELDS * k + FIELD_ANSWER] +
			    (double)tf[FIELDS * k + FIELD_BODY];

			s += num_ln(
			         1.0 + (double)ix->nrecords / (double)p[k].df) *
			    (BEQ_SCORE_QUESTION_WEIGHT * q / (q + 1.0) +
			        a / (a + 1.2));
		}
		h->score = (double)(long long)(s * 1000 + 0.5) / 1000;
	}
	qsort(res->hits, res->n, sizeof *res->hits,
	    o->sort_id ? cmp_id : cmp_score);
	if (o->max > 0 && res->n > o->max) {
		for (i = o->max; i < res->n; i++)
			free(res->hits[i].spans);
		res->n = o->max;
	}
	rc = 0;
out:
	for (j = 0; j < npats; j++) {
		matcher_free(p[j].m);
		plan_free(&p[j].plan);
	}
	free(p);
	free(col.v);
	free(tf);
	free(nmatched);
	return rc;
}

void
search_result_free(struct search_result *res)
{
	size_t i;

	for (i = 0; i < res->n; i++)
		free(res->hits[i].spans);
	free(res->hits);
	memset(res, 0, sizeof *res);
}
