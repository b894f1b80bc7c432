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
	struct postings cand; /* those records, unless all */
	int all; /* the plan lets every record through */
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

/* Evaluates p's plan into p->cand, p->all and p->candidates (every record
 * with brute). */
static int
candidates(
    const struct index *ix, struct pat *p, int brute, char *err, size_t errsz)
{
	p->all = 1;
	if (!brute &&
	    plan_eval(&p->plan, ix, &p->cand, &p->all, err, errsz) == -1)
		return -1;
	p->candidates = p->all ? ix->nrecords : p->cand.n;
	return 0;
}

/* The fields of r, in FIELD_* order. */
static void
fields_of(const struct index_record *r, const struct slice *f[FIELDS])
{
	f[FIELD_QUESTION] = &r->question;
	f[FIELD_BODY] = &r->body;
	f[FIELD_ANSWER] = &r->answer;
}

/* JIT-compiles p's matcher when the fields it will read in its candidates
 * hold enough text to pay for it. */
static void
maybe_jit(const struct index *ix, struct pat *p, unsigned fields)
{
	size_t i, bytes = 0;

	for (i = 0; i < p->candidates && bytes < BEQ_JIT_MIN_BYTES; i++) {
		struct index_record r;
		const struct slice *f[FIELDS];
		int k;

		index_record(ix, p->all ? (uint32_t)i : p->cand.ids[i], &r);
		fields_of(&r, f);
		for (k = 0; k < FIELDS; k++)
			if (fields & SEARCH_FIELD(k))
				bytes += f[k]->len;
	}
	if (bytes >= BEQ_JIT_MIN_BYTES)
		matcher_jit(p->m);
}

/* Returns 1 when p matches record rec in one of the fields, 0 when not
 * (its plan, when it has one, answers for the records it keeps out), or
 * -1 with err set. */
static int
matches(const struct index *ix, const struct pat *p, uint32_t rec,
    unsigned fields, char *err, size_t errsz)
{
	struct index_record r;
	const struct slice *f[FIELDS];
	size_t lo = 0, hi = p->cand.n;
	int k, rc;

	if (!p->all) {
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;

			if (p->cand.ids[mid] < rec)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo == p->cand.n || p->cand.ids[lo] != rec)
			return 0;
	}
	index_record(ix, rec, &r);
	fields_of(&r, f);
	for (k = 0; k < FIELDS; k++)
		if ((fields & SEARCH_FIELD(k)) &&
		    (rc = matcher_find(p->m, f[k]->p, f[k]->len, err, errsz)) !=
		        0)
			return rc;
	return 0;
}

/* Returns 1 when record rec is in a category of o->cats (or o->cats is
 * NULL) and none of nots[0..n) matches it, 0 when not, -1 with err set. */
static int
wanted(const struct index *ix, const struct pat *nots, size_t n, uint32_t rec,
    const struct search_opts *o, unsigned fields, char *err, size_t errsz)
{
	size_t j;
	int rc;

	if (o->cats != NULL) {
		struct index_record r;

		index_record(ix, rec, &r);
		if (!o->cats[r.category])
			return 0;
	}
	for (j = 0; j < n; j++)
		if ((rc = matches(ix, &nots[j], rec, fields, err, errsz)) != 0)
			return rc < 0 ? -1 : 0;
	return 1;
}

/* Scans pattern j over its own candidates: counts in p->df the records it
 * matches (in the whole index, so that rarity does not depend on other
 * patterns or on the index), bumps nmatched for them, and appends their
 * spans to col. */
static int
scan_pattern(const struct index *ix, struct pat *p, uint32_t j, int brute,
    unsigned fields, uint32_t *nmatched, struct collect *col, char *err,
    size_t errsz)
{
	size_t i;

	if (candidates(ix, p, brute, err, errsz) == -1)
		return -1;
	maybe_jit(ix, p, fields);
	col->pattern = j;
	for (i = 0; i < p->candidates; i++) {
		uint32_t rec = p->all ? (uint32_t)i : p->cand.ids[i];
		struct index_record r;
		size_t before = col->n;
		const struct slice *f[FIELDS];
		long found = 0, c = 0;
		int k;

		index_record(ix, rec, &r);
		fields_of(&r, f);
		col->rec = rec;
		for (k = 0; k < FIELDS && c >= 0; k++) {
			if (!(fields & SEARCH_FIELD(k)))
				continue;
			col->field = (uint32_t)k;
			c = matcher_scan(p->m, f[k]->p, f[k]->len, on_match,
			    col, err, errsz);
			found += c > 0;
		}
		if (c < 0)
			return -1;
		if (found == 0) {
			col->n = before;
			continue;
		}
		p->df++;
		nmatched[rec]++;
	}
	return 0;
}

/* Any hit will do (o->first): the first record in corpus order that every
 * positive pattern p[0..npats) matches and o wants, found by walking the
 * smallest candidate list of a positive pattern, into res. */
static int
first_hit(const struct index *ix, struct pat *p, size_t npats, size_t nnots,
    const struct search_opts *o, unsigned fields, struct search_result *res,
    char *err, size_t errsz)
{
	const struct pat *drive = NULL;
	size_t i, j, n;
	int rc;

	for (j = 0; j < npats + nnots; j++) {
		if (candidates(ix, &p[j], o->brute, err, errsz) == -1)
			return -1;
		if (j < npats && !p[j].all &&
		    (drive == NULL || p[j].cand.n < drive->cand.n))
			drive = &p[j];
	}
	n = drive != NULL ? drive->cand.n : ix->nrecords;
	res->candidates = n;
	if (npats == 0 && nnots == 0)
		return 0;
	for (j = 0; j < npats + nnots; j++)
		maybe_jit(ix, &p[j], fields);
	for (i = 0; i < n; i++) {
		uint32_t rec = drive != NULL ? drive->cand.ids[i] : (uint32_t)i;

		for (j = 0, rc = 1; j < npats && rc == 1; j++)
			rc = matches(ix, &p[j], rec, fields, err, errsz);
		if (rc == 1)
			rc = wanted(
			    ix, p + npats, nnots, rec, o, fields, err, errsz);
		if (rc == -1)
			return -1;
		if (rc == 1) {
			res->hits = xcalloc(1, sizeof *res->hits);
			res->hits[0].rec = rec;
			res->n = 1;
			break;
		}
	}
	return 0;
}

int
search_run(const struct index *ix, char *const *pats, size_t npats,
    const struct search_opts *o, struct search_result *res, char *err,
    size_t errsz)
{
	size_t nnots = o->nnots, npat = npats + nnots;
	struct pat *p = xcalloc(npat, sizeof *p);
	struct collect col = { 0 };
	uint32_t *nmatched = xcalloc(ix->nrecords + 1, sizeof *nmatched), j;
	size_t i, k, *tf = NULL;
	unsigned fields = o->fields != 0 ? o->fields : SEARCH_ALL_FIELDS;
	int rc = -1, w;

	memset(res, 0, sizeof *res);
	for (j = 0; j < npat; j++)
		if (prepare(ix, j < npats ? pats[j] : o->nots[j - npats], o,
		        &p[j], err, errsz) == -1)
			goto out;
	if (o->first) {
		rc = first_hit(ix, p, npats, nnots, o, fields, res, err, errsz);
		goto out;
	}
	res->candidates = ix->nrecords;
	for (j = 0; j < npats; j++) {
		if (scan_pattern(ix, &p[j], j, o->brute, fields, nmatched, &col,
		        err, errsz) == -1)
			goto out;
		if (p[j].candidates < res->candidates)
			res->candidates = p[j].candidates;
	}
	/* the --not patterns are only confirmed, on the records that every
	 * pattern matched; their plans spare PCRE2 the others */
	for (j = (uint32_t)npats; j < npat; j++) {
		if (candidates(ix, &p[j], o->brute, err, errsz) == -1)
			goto out;
		maybe_jit(ix, &p[j], fields);
	}
	/* A hit: every pattern matched it, no --not pattern does, and its
	 * category is wanted. Its spans are the collected ones of its
	 * record, grouped by sorting. */
	if (col.n > 1)
		qsort(col.v, col.n, sizeof *col.v, cmp_span);
	res->hits = xcalloc(col.n + 1, sizeof *res->hits);
	for (i = 0; i < col.n; i = k) {
		uint32_t rec = col.v[i].rec;
		struct hit *h;

		for (k = i; k < col.n && col.v[k].rec == rec; k++)
			;
		if (nmatched[rec] != npats)
			continue;
		nmatched[rec] = 0; /* decided */
		w = wanted(ix, p + npats, nnots, rec, o, fields, err, errsz);
		if (w == -1)
			goto out;
		if (w == 0)
			continue;
		h = &res->hits[res->n++];
		h->rec = rec;
		h->nspans = k - i;
		h->spans = xreallocarray(NULL, k - i, sizeof *h->spans);
		for (size_t m = i; m < k; m++)
			h->spans[m - i] = col.v[m].s;
	}
	/* Records that every pattern matched only with empty matches have no
	 * spans, and are hits all the same; with --not patterns alone, every
	 * record that none of them matches is one. */
	for (i = 0; i < ix->nrecords; i++) {
		struct hit *h;

		if (nmatched[i] != npats || (npats == 0 && nnots == 0))
			continue;
		w = wanted(
		    ix, p + npats, nnots, (uint32_t)i, o, fields, err, errsz);
		if (w == -1)
			goto out;
		if (w == 0)
			continue;
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
	for (j = 0; j < npat; j++) {
		matcher_free(p[j].m);
		plan_free(&p[j].plan);
		postings_free(&p[j].cand);
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
