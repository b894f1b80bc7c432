/* Search: patterns -> plans -> candidates -> PCRE2 -> ranked hits. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "config.h"
#include "match.h"
#include "pattern.h"
#include "query.h"
#include "search.h"
#include "util.h"

struct pat {
	struct matcher *m;
	struct plan plan;
	size_t df;		/* candidate records it matched */
};

struct collect {
	struct span *v;
	size_t n, cap;
	uint32_t field, pattern;
};

static void
on_match(void *ctx, size_t start, size_t end)
{
	struct collect *c = ctx;

	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 16;
		c->v = xreallocarray(c->v, c->cap, sizeof *c->v);
	}
	c->v[c->n].field = c->field;
	c->v[c->n].pattern = c->pattern;
	c->v[c->n].start = start;
	c->v[c->n++].end = end;
}

static int
cmp_span(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

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

	upper = pattern_prepare(pat, o->fixed, &re, &map);
	caseless = o->case_mode == CASE_INSENSITIVE ||
	    (o->case_mode == CASE_SMART && !upper);
	if (caseless)
		flags |= MATCH_CASELESS;
	if (o->word)
		flags |= MATCH_WORD;
	if (ix->embedded)
		flags |= MATCH_TRUSTED;
	if (matcher_new(&p->m, re.data, re.len, flags, &off, msg,
	    sizeof msg) == -1) {
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

int
search_run(const struct index *ix, char *const *pats, size_t npats,
    const struct search_opts *o, struct search_result *res, char *err,
    size_t errsz)
{
	struct pat *p = xcalloc(npats, sizeof *p);
	struct postings cand = { 0 }, got = { 0 }, tmp = { 0 };
	struct collect col = { 0 };
	size_t i, k, bytes = 0, *tf = NULL;
	int all = 1, sub_all, rc = -1;

	memset(res, 0, sizeof *res);
	for (i = 0; i < npats; i++)
		if (prepare(ix, pats[i], o, &p[i], err, errsz) == -1)
			goto out;
	/* Candidates: the AND of every pattern's plan. */
	for (i = 0; i < npats && !o->brute; i++) {
		if (plan_eval(&p[i].plan, ix, &got, &sub_all, err, errsz) == -1)
			goto out;
		if (sub_all)
			continue;
		if (all) {
			struct postings t = cand;

			cand = got;
			got = t;
			all = 0;
		} else {
			postings_and(&cand, &got, &tmp);
			struct postings t = cand;

			cand = tmp;
			tmp = t;
		}
	}
	if (all) {
		cand.n = 0;
		for (k = 0; k < ix->nrecords; k++)
			postings_push(&cand, (uint32_t)k);
	}
	res->candidates = cand.n;
	if (o->cats != NULL) {
		struct index_record r;

		for (i = k = 0; i < cand.n; i++) {
			index_record(ix, cand.ids[i], &r);
			if (o->cats[r.category])
				cand.ids[k++] = cand.ids[i];
		}
		cand.n = k;
	}
	for (i = 0; i < cand.n; i++) {
		struct index_record r;

		index_record(ix, cand.ids[i], &r);
		bytes += r.question.len + r.answer.len;
	}
	if (bytes >= BEQ_JIT_MIN_BYTES)
		for (i = 0; i < npats; i++)
			matcher_jit(p[i].m);

	res->hits = xcalloc(cand.n, sizeof *res->hits);
	for (i = 0; i < cand.n; i++) {
		struct index_record r;
		struct hit *h = &res->hits[res->n];
		size_t missing = 0, j;

		index_record(ix, cand.ids[i], &r);
		col.n = 0;
		for (j = 0; j < npats; j++) {
			long cq, ca;

			col.pattern = (uint32_t)j;
			col.field = FIELD_QUESTION;
			cq = matcher_scan(p[j].m, r.question.p, r.question.len,
			    on_match, &col, err, errsz);
			col.field = FIELD_ANSWER;
			ca = cq < 0 ? -1 : matcher_scan(p[j].m, r.answer.p,
			    r.answer.len, on_match, &col, err, errsz);
			if (ca < 0)
				goto out;
			if (cq == 0 && ca == 0) {
				missing++;
				continue;
			}
			p[j].df++;
		}
		if (missing > 0)
			continue;
		h->rec = cand.ids[i];
		h->nspans = col.n;
		h->spans = xreallocarray(NULL, col.n ? col.n : 1,
		    sizeof *h->spans);
		memcpy(h->spans, col.v, col.n * sizeof *col.v);
		qsort(h->spans, h->nspans, sizeof *h->spans, cmp_span);
		res->n++;
	}
	/* Relevance: per pattern, saturating match counts per field with
	 * question matches weighted up, times the pattern's rarity among the
	 * candidates (idf); summed over the patterns. */
	tf = xcalloc(2 * npats, sizeof *tf);
	for (i = 0; i < res->n; i++) {
		struct hit *h = &res->hits[i];
		double s = 0;

		memset(tf, 0, 2 * npats * sizeof *tf);
		for (k = 0; k < h->nspans; k++)
			tf[2 * h->spans[k].pattern + h->spans[k].field]++;
		for (k = 0; k < npats; k++) {
			double q = (double)tf[2 * k], a = (double)tf[2 * k + 1];

			s += log(1.0 + (double)cand.n / (double)p[k].df) *
			    (BEQ_SCORE_QUESTION_WEIGHT * q / (q + 1.0) +
			    a / (a + 1.2));
		}
		h->score = round(s * 1000) / 1000;
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
	for (i = 0; i < npats; i++) {
		matcher_free(p[i].m);
		plan_free(&p[i].plan);
	}
	free(p);
	free(col.v);
	free(tf);
	postings_free(&cand);
	postings_free(&got);
	postings_free(&tmp);
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
