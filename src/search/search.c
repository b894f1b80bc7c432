/* Search: patterns -> plans -> candidates -> PCRE2 -> ranked hits; or,
 * where a plan cannot narrow the records enough, the scan path (scan.c).
 *
 * PCRE2 never checks UTF-8 here: every field (and scan.c's spans) is
 * checked once by utf8_valid where it is read (scan_fields_valid), and
 * the matchers are MATCH_TRUSTED. PCRE2's own check ran on every call,
 * for every pattern, and over a span and then again over each field it
 * confirmed: perf put it at 51-58% of a date regex's time at 100 MB
 * (gencorpus, 95 MB of text), 7-10% of a common word's. Over the text of
 * all 298,124 records (best of 9): utf8_valid 24.5 ms, PCRE2's check 39
 * ms. hyperfine medians, the unchanged binary and this one interleaved
 * (30 runs each, 2 shared cores; two such runs): search --count for a
 * date regex 61.5 -> 40.2 ms (0.65; the other run 0.49), -w lock 24.2 ->
 * 19.3 (0.80; 0.75), memory 0.88, lock the 0.94; printed, -m 10 memory
 * 0.85, -w lock 0.95, --sort=id memory 0.95; rare words, an alternation,
 * no match and -s Qt (the scan's literal, no PCRE2) 0.96-1.02. */
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
	struct scan_lit lit; /* what every match holds, for the scan path */
	int spanable; /* the scan path may run it over several fields */
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
	/* keep only how many matches each record's field has per pattern,
	 * in a span with start 0 and the number in end: what a score needs */
	int tally;
};

/* Adds a match (with tally, n matches) to c. */
static void
collect_push(struct collect *c, uint32_t rec, uint32_t field, uint32_t pattern,
    size_t start, size_t end, size_t n)
{
	if (c->tally) {
		struct found *l = c->n > 0 ? &c->v[c->n - 1] : NULL;

		if (l != NULL && l->rec == rec && l->s.field == field &&
		    l->s.pattern == pattern) {
			l->s.end += n;
			return;
		}
		start = 0;
		end = n;
	}
	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 16;
		c->v = xreallocarray(c->v, c->cap, sizeof *c->v);
	}
	c->v[c->n].rec = rec;
	c->v[c->n].s.field = field;
	c->v[c->n].s.pattern = pattern;
	c->v[c->n].s.start = start;
	c->v[c->n++].s.end = end;
}

static void
on_match(void *ctx, size_t start, size_t end)
{
	struct collect *c = ctx;

	collect_push(c, c->rec, c->field, c->pattern, start, end, 1);
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
prepare(const char *pat, const struct search_opts *o, struct pat *p, char *err,
    size_t errsz)
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
	/* every field is checked before it is matched (scan_fields_valid) */
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
	scan_literal(pat, o->fixed, o->word, caseless, &p->lit);
	p->spanable = scan_spanable(re.data, re.len);
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
	if (scan_fields_valid(ix, f, fields, err, errsz) == -1)
		return -1;
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

/* Reports whether pattern p, its candidates known, takes the scan path:
 * when its plan lets through a share of the records that costs more to
 * confirm one by one than to scan, in an index with text enough to pay
 * for the threads. Measured on gen-corpus --size 100M --seed 1 (216,408
 * records), search --count, CPU ms (perf stat task-clock) and elapsed ms
 * on 2 cores shared with other jobs, scan path / index path:
 *   memory   8% of the records  47 / 30 CPU  148 / 77 elapsed
 *   which   19%                 57 / 45      196 / 144
 *   value   21%                 54 / 50      198 / 168
 *   this    48%                 80 / 112     175 / 269
 *   use     55%                 78 / 119     200 / 355
 *   the     98%                 55 / 141
 * -s Qt and a date class regex (every record: their plans are "all"):
 * 64 / 137 and 145 / 150 CPU. Hence BEQ_SCAN_MIN_PERCENT: 25. */
static int
takes_scan(
    const struct index *ix, const struct pat *p, const struct search_opts *o)
{
	if (o->brute || o->scan == SEARCH_SCAN_NEVER || ix->nrecords == 0)
		return 0;
	if (o->scan == SEARCH_SCAN_ALWAYS)
		return 1;
	if (ix->len[IDX_STRINGS] < BEQ_SCAN_MIN_TEXT)
		return 0;
	return p->all ||
	    (double)p->candidates * 100.0 >=
	    (double)ix->nrecords * BEQ_SCAN_MIN_PERCENT;
}

static void
scan_pat_of(const struct pat *p, struct scan_pat *sp)
{
	sp->m = p->m;
	sp->lit = p->lit;
	sp->spanable = p->spanable;
}

/* What the scan path of one pattern hands its results to. */
struct gather {
	struct pat *p;
	uint32_t j;
	struct postings *matched;
	struct collect *col;
};

static int
gather(void *ctx, const struct scan_out *o)
{
	struct gather *g = ctx;
	size_t i;

	for (i = 0; i < o->n; i++) {
		g->p->df++;
		postings_push(g->matched, o->recs[i]);
	}
	for (i = 0; i < o->nm; i++)
		collect_push(g->col, o->m[i].rec, o->m[i].field, g->j,
		    o->m[i].start, o->m[i].end,
		    g->col->tally ? o->m[i].end : 1);
	return 0;
}

/* Scans pattern j over its own candidates (or every record, on the scan
 * path): counts in p->df the records it matches (in the whole index, so
 * that rarity does not depend on other patterns or on the index),
 * appends them to matched (ascending), and, with spans, their spans to
 * col. */
static int
scan_pattern(const struct index *ix, struct pat *p, uint32_t j,
    const struct search_opts *o, unsigned fields, int spans,
    struct postings *matched, struct collect *col, char *err, size_t errsz)
{
	size_t i;

	if (candidates(ix, p, o->brute, err, errsz) == -1)
		return -1;
	if (takes_scan(ix, p, o)) {
		struct gather g = { p, j, matched, col };
		struct scan_pat sp;

		scan_pat_of(p, &sp);
		p->candidates = ix->nrecords;
		return scan_run(ix, &sp, fields,
		    !spans         ? SCAN_RECORDS :
		        col->tally ? SCAN_TALLY :
		                     SCAN_SPANS,
		    BEQ_SCAN_THREADS, 0, ix->nrecords, gather, &g, err, errsz);
	}
	/* a plan's candidates: on one thread when they are few */
	if (!p->all && !o->brute && o->scan != SEARCH_SCAN_NEVER) {
		struct gather g = { p, j, matched, col };
		struct scan_pat sp;

		scan_pat_of(p, &sp);
		return scan_confirm(ix, &sp, fields,
		    !spans         ? SCAN_RECORDS :
		        col->tally ? SCAN_TALLY :
		                     SCAN_SPANS,
		    p->cand.n >= BEQ_CONFIRM_MIN ? BEQ_SCAN_THREADS : 1,
		    p->cand.ids, p->cand.n, gather, &g, err, errsz);
	}
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
		if (scan_fields_valid(ix, f, fields, err, errsz) == -1)
			return -1;
		col->rec = rec;
		for (k = 0; k < FIELDS && c >= 0; k++) {
			if (!(fields & SEARCH_FIELD(k)))
				continue;
			col->field = (uint32_t)k;
			c = matcher_scan(p->m, f[k]->p, f[k]->len,
			    spans ? on_match : NULL, col, err, errsz);
			found += c > 0;
		}
		if (c < 0)
			return -1;
		if (found == 0) {
			col->n = before;
			continue;
		}
		p->df++;
		postings_push(matched, rec);
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

/* A streamed search (o->emit): the patterns, where the hits go. */
struct stream {
	const struct index *ix;
	struct pat *p;
	const struct pat *skip; /* the scan-path pattern: already confirmed */
	size_t npats, nnots;
	const struct search_opts *o;
	unsigned fields;
	struct search_result *res;
	struct collect col;
	char *err;
	size_t errsz;
	int failed; /* emit reported an error */
};

/* Emits record rec when every pattern matches it (s->skip is known to)
 * and o wants it, with its spans unless o->nospans. Returns 0, 1 when
 * o->max hits or emit say to stop, or -1. */
static int
stream_one(struct stream *s, uint32_t rec)
{
	struct hit h = { 0 };
	size_t j, k;
	int rc;

	for (j = 0; j < s->npats; j++)
		if (&s->p[j] != s->skip &&
		    (rc = matches(s->ix, &s->p[j], rec, s->fields, s->err,
		         s->errsz)) != 1)
			return rc;
	rc = wanted(s->ix, s->p + s->npats, s->nnots, rec, s->o, s->fields,
	    s->err, s->errsz);
	if (rc != 1)
		return rc;
	h.rec = rec;
	s->col.n = 0;
	for (j = 0; j < s->npats && !s->o->nospans; j++) {
		struct index_record r;
		const struct slice *f[FIELDS];

		index_record(s->ix, rec, &r);
		fields_of(&r, f);
		if (scan_fields_valid(s->ix, f, s->fields, s->err, s->errsz) ==
		    -1)
			return -1;
		s->col.rec = rec;
		s->col.pattern = (uint32_t)j;
		for (k = 0; k < FIELDS; k++) {
			if (!(s->fields & SEARCH_FIELD(k)))
				continue;
			s->col.field = (uint32_t)k;
			if (matcher_scan(s->p[j].m, f[k]->p, f[k]->len,
			        on_match, &s->col, s->err, s->errsz) < 0)
				return -1;
		}
	}
	if (s->col.n > 1)
		qsort(s->col.v, s->col.n, sizeof *s->col.v, cmp_span);
	h.nspans = s->col.n;
	if (h.nspans > 0) {
		h.spans = xreallocarray(NULL, h.nspans, sizeof *h.spans);
		for (k = 0; k < h.nspans; k++)
			h.spans[k] = s->col.v[k].s;
	}
	rc = s->o->emit(s->o->emit_ctx, &h);
	free(h.spans);
	if (rc == -1) {
		s->failed = 1;
		return -1;
	}
	s->res->n++;
	return rc == 1 || (s->o->max > 0 && s->res->n >= s->o->max);
}

/* Hands a piece of the scan path's records to stream_one, then pauses. */
static int
stream_piece(void *ctx, const struct scan_out *o)
{
	struct stream *s = ctx;
	size_t i;
	int rc = 0;

	for (i = 0; i < o->n && rc == 0; i++)
		rc = stream_one(s, o->recs[i]);
	if (rc == 0 && s->o->emit(s->o->emit_ctx, NULL) == -1) {
		s->failed = 1;
		rc = -1;
	}
	return rc;
}

/* The streamed search: the records that the positive pattern with the
 * fewest candidates lets through (or that the scan path finds it in, when
 * it takes it), in corpus order, each confirmed by every pattern and
 * emitted at once. Scores need every hit first: there are none. */
static int
stream(const struct index *ix, struct pat *p, size_t npats, size_t nnots,
    const struct search_opts *o, unsigned fields, struct search_result *res,
    char *err, size_t errsz)
{
	struct stream s = { 0 };
	struct pat *drive = NULL;
	size_t i, j, n;
	int rc = 0;

	s.ix = ix;
	s.p = p;
	s.npats = npats;
	s.nnots = nnots;
	s.o = o;
	s.fields = fields;
	s.res = res;
	s.err = err;
	s.errsz = errsz;
	for (j = 0; j < npats + nnots; j++) {
		if (candidates(ix, &p[j], o->brute, err, errsz) == -1)
			return -1;
		if (j < npats &&
		    (drive == NULL || p[j].candidates < drive->candidates))
			drive = &p[j];
	}
	res->candidates = drive != NULL ? drive->candidates : ix->nrecords;
	if (npats == 0 && nnots == 0)
		return 0;
	for (j = 0; j < npats + nnots; j++)
		if (drive == NULL || &p[j] != drive ||
		    !takes_scan(ix, drive, o))
			maybe_jit(ix, &p[j], fields);
	if (drive != NULL && takes_scan(ix, drive, o)) {
		struct scan_pat sp;

		scan_pat_of(drive, &sp);
		s.skip = drive;
		rc = scan_run(ix, &sp, fields, SCAN_RECORDS, BEQ_SCAN_THREADS,
		    0, ix->nrecords, stream_piece, &s, err, errsz);
	} else {
		n = drive != NULL && !drive->all ? drive->cand.n : ix->nrecords;
		for (i = 0; i < n && rc == 0; i++) {
			rc = stream_one(&s,
			    drive != NULL && !drive->all ? drive->cand.ids[i] :
			                                   (uint32_t)i);
			if (rc == 0 && (i + 1) % BEQ_STREAM_PAUSE == 0 &&
			    o->emit(o->emit_ctx, NULL) == -1) {
				s.failed = 1;
				rc = -1;
			}
		}
	}
	free(s.col.v);
	if (s.failed && err != NULL && errsz > 0)
		err[0] = '\0';
	return rc < 0 ? -1 : 0;
}

/* Replaces the tallies of hit h (collect.tally) by its spans, found again
 * (none with nospans). Returns 0, or -1 with err set. */
static int
respan(const struct index *ix, struct pat *p, size_t npats, unsigned fields,
    int nospans, struct hit *h, char *err, size_t errsz)
{
	struct collect c = { 0 };
	struct index_record r;
	const struct slice *f[FIELDS];
	size_t j, k;
	int rc = 0;

	free(h->spans);
	h->spans = NULL;
	h->nspans = 0;
	if (nospans)
		return 0;
	index_record(ix, h->rec, &r);
	fields_of(&r, f);
	if (scan_fields_valid(ix, f, fields, err, errsz) == -1)
		return -1;
	c.rec = h->rec;
	for (j = 0; j < npats && rc == 0; j++) {
		c.pattern = (uint32_t)j;
		for (k = 0; k < FIELDS && rc == 0; k++) {
			c.field = (uint32_t)k;
			if ((fields & SEARCH_FIELD(k)) &&
			    matcher_scan(p[j].m, f[k]->p, f[k]->len, on_match,
			        &c, err, errsz) < 0)
				rc = -1;
		}
	}
	if (rc == 0 && c.n > 0) {
		qsort(c.v, c.n, sizeof *c.v, cmp_span);
		h->spans = xreallocarray(NULL, c.n, sizeof *h->spans);
		for (k = 0; k < c.n; k++)
			h->spans[k] = c.v[k].s;
		h->nspans = c.n;
	}
	free(c.v);
	return rc;
}

/* Puts the best k of hits[0..n) (k < n) by score in hits[0..k), sorted,
 * through a heap of k (the worst kept at its root) rather than sorting
 * all n; frees the spans of the others. */
static void
top_k(struct hit *hits, size_t n, size_t k)
{
	size_t i, c, at;
	struct hit t;

	/* hits[0..k) becomes a heap whose root is its worst hit */
	for (i = k / 2; i-- > 0;)
		for (at = i; (c = 2 * at + 1) < k; at = c) {
			if (c + 1 < k && cmp_score(&hits[c + 1], &hits[c]) > 0)
				c++;
			if (cmp_score(&hits[c], &hits[at]) <= 0)
				break;
			t = hits[at], hits[at] = hits[c], hits[c] = t;
		}
	for (i = k; i < n; i++) {
		if (cmp_score(&hits[i], &hits[0]) >= 0) {
			free(hits[i].spans);
			continue;
		}
		free(hits[0].spans);
		hits[0] = hits[i];
		for (at = 0; (c = 2 * at + 1) < k; at = c) {
			if (c + 1 < k && cmp_score(&hits[c + 1], &hits[c]) > 0)
				c++;
			if (cmp_score(&hits[c], &hits[at]) <= 0)
				break;
			t = hits[at], hits[at] = hits[c], hits[c] = t;
		}
	}
	qsort(hits, k, sizeof *hits, cmp_score);
}

int
search_run(const struct index *ix, char *const *pats, size_t npats,
    const struct search_opts *o, struct search_result *res, char *err,
    size_t errsz)
{
	size_t nnots = o->nnots, npat = npats + nnots;
	struct pat *p = xcalloc(npat, sizeof *p);
	struct collect col = { 0 };
	struct postings *matched = NULL, both = { 0 };
	uint32_t j;
	size_t i, k, c, nhits, *tf = NULL;
	unsigned fields = o->fields != 0 ? o->fields : SEARCH_ALL_FIELDS;
	/* --count and --ids in corpus order print no spans and no score */
	int bare = o->nospans && o->sort_id, counting = bare && o->count;
	int rc = -1, w;

	memset(res, 0, sizeof *res);
	for (j = 0; j < npat; j++)
		if (prepare(j < npats ? pats[j] : o->nots[j - npats], o, &p[j],
		        err, errsz) == -1)
			goto out;
	if (o->first) {
		rc = first_hit(ix, p, npats, nnots, o, fields, res, err, errsz);
		goto out;
	}
	if (o->emit != NULL && o->sort_id) {
		rc = stream(ix, p, npats, nnots, o, fields, res, err, errsz);
		goto out;
	}
	/* in score order, only the best o->max hits are printed, and with
	 * nospans none of their spans: the others' matches are only counted
	 * (for the score), and the printed ones' spans found again at the
	 * end (for "the" over 100 MB, 4 million spans collected and sorted
	 * were most of -m 10's time) */
	col.tally = !o->sort_id && (o->max > 0 || o->nospans);
	/* the records each pattern matched, ascending: lists as long as the
	 * hits, where an array of a counter per record (12 MB at 1 GB) took
	 * a page fault per page written, 14% of -s Qt's time at 1 GB */
	matched = xcalloc(npats + 1, sizeof *matched);
	res->candidates = ix->nrecords;
	for (j = 0; j < npats; j++) {
		if (scan_pattern(ix, &p[j], j, o, fields, !bare, &matched[j],
		        &col, err, errsz) == -1)
			goto out;
		if (p[j].candidates < res->candidates)
			res->candidates = p[j].candidates;
	}
	/* the records every pattern matched, in matched[0] */
	for (j = 1; j < npats; j++) {
		struct postings t;

		postings_and(&matched[0], &matched[j], &both);
		t = matched[0], matched[0] = both, both = t;
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
	 * record, grouped by sorting. Records that every pattern matched
	 * only with empty matches have no spans, and are hits all the same;
	 * with --not patterns alone, every record that none of them matches
	 * is one. */
	if (col.n > 1)
		qsort(col.v, col.n, sizeof *col.v, cmp_span);
	nhits = npats > 0 ? matched[0].n : nnots > 0 ? ix->nrecords : 0;
	/* counted, none is listed */
	if (!counting)
		res->hits = xcalloc(nhits + 1, sizeof *res->hits);
	for (i = 0, c = 0; i < nhits; i++) {
		uint32_t rec = npats > 0 ? matched[0].ids[i] : (uint32_t)i;
		struct hit *h;

		while (c < col.n && col.v[c].rec < rec)
			c++;
		for (k = c; k < col.n && col.v[k].rec == rec; k++)
			;
		w = wanted(ix, p + npats, nnots, rec, o, fields, err, errsz);
		if (w == -1)
			goto out;
		if (w == 0 || counting) {
			res->n += w;
			c = k;
			continue;
		}
		h = &res->hits[res->n++];
		h->rec = rec;
		h->nspans = k - c;
		if (k > c) {
			h->spans = xreallocarray(NULL, k - c, sizeof *h->spans);
			for (size_t m = c; m < k; m++)
				h->spans[m - c] = col.v[m].s;
		}
		c = k;
	}

	/* Relevance: per pattern, saturating match counts per field with
	 * question matches weighted up, times the pattern's rarity in the
	 * index (idf); summed over the patterns. Bare hits (spans found in
	 * none) are in corpus order already and get no score. */
	if (bare) {
		if (o->max > 0 && res->n > o->max && !o->count)
			res->n = o->max;
		rc = 0;
		goto out;
	}
	tf = xcalloc(FIELDS * npats, sizeof *tf);
	for (i = 0; i < res->n; i++) {
		struct hit *h = &res->hits[i];
		double s = 0;

		memset(tf, 0, FIELDS * npats * sizeof *tf);
		for (k = 0; k < h->nspans; k++)
			tf[FIELDS * h->spans[k].pattern + h->spans[k].field] +=
			    col.tally ? h->spans[k].end : 1;
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
	if (!o->sort_id && o->max > 0 && res->n > o->max) {
		top_k(res->hits, res->n, o->max);
		res->n = o->max;
	} else
		qsort(res->hits, res->n, sizeof *res->hits,
		    o->sort_id ? cmp_id : cmp_score);
	if (o->max > 0 && res->n > o->max) {
		for (i = o->max; i < res->n; i++)
			free(res->hits[i].spans);
		res->n = o->max;
	}
	for (i = 0; col.tally && i < res->n; i++)
		if (respan(ix, p, npats, fields, o->nospans, &res->hits[i], err,
		        errsz) == -1)
			goto out;
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
	for (j = 0; matched != NULL && j < npats; j++)
		postings_free(&matched[j]);
	free(matched);
	postings_free(&both);
	return rc;
}

void
search_result_free(struct search_result *res)
{
	size_t i;

	for (i = 0; res->hits != NULL && i < res->n; i++)
		free(res->hits[i].spans);
	free(res->hits);
	memset(res, 0, sizeof *res);
}
