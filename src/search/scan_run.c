/* The threads of the scan path (scan.c does a piece of records) and of
 * the index path's confirmation of many candidates: pieces handed out to
 * BEQ_SCAN_THREADS threads and their results handed back in order.
 *
 * Candidates on threads, measured on gencorpus -s 1G (3,059,216
 * records), search --count memory (369,960 hits of 370,257 candidates),
 * medians of interleaved runs on 2 cores shared with other jobs, each
 * step against the one before: confirming on one thread 230 ms, on two
 * 147 ms (with the counters per record that search.c no longer keeps;
 * without them 109 ms), then prefetching each candidate's record entry
 * 2 * BEQ_CONFIRM_AHEAD candidates ahead and the start of its text
 * BEQ_CONFIRM_AHEAD ahead: 136 -> 93 ms (CPU 206 -> 146 ms); ahead 2, 4,
 * 8, 16, 32: 98, 93, 99, 104, 112 ms (farther ahead, the lines are gone
 * again before they are read). The fields of one record are UTF-8
 * checked and then matched while they are in the cache: checking first
 * costs the 4% of the time that the check itself takes (measured
 * against a build that skipped it: 250 -> 213 ms on one thread), and the
 * rest of its time in a profile is the first touch of the text. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "match.h"
#include "scan.h"
#include "scan_impl.h"
#include "scan_lit.h"
#include "util.h"

/* Confirms the candidates ids[i0..i1) (ascending) into w->out. Returns
 * 0, or -1 with err set. */
static int
confirm_ids(struct scan_worker *w, const uint32_t *ids, size_t i0, size_t i1)
{
	size_t i;

	w->last = 0;
	for (i = i0; i < i1; i++) {
		/* read with pread, the records need no prefetch (which would
		 * fault their pages in) */
		if (!w->fetch->on && i + 2 * BEQ_CONFIRM_AHEAD < i1)
			index_prefetch(
			    w->ix, ids[i + 2 * BEQ_CONFIRM_AHEAD], 0);
		if (!w->fetch->on && i + BEQ_CONFIRM_AHEAD < i1)
			index_prefetch(w->ix, ids[i + BEQ_CONFIRM_AHEAD], 1);
		if (scan_record(w, ids[i]) == -1)
			return -1;
	}
	return 0;
}

/* ---- threads ---- */

struct piece {
	uint32_t r0, r1;
	struct scan_out out;
	int done, rc;
	char err[BEQ_ERR_MAX];
};

struct job {
	struct scan_worker proto;
	const uint32_t *ids; /* candidates, pieces index them; NULL: none */
	struct piece *pieces;
	size_t npieces, next;
	int stop;
	pthread_mutex_t mu;
	pthread_cond_t cv;
};

static void *
run_thread(void *arg)
{
	struct job *j = arg;
	struct scan_worker w = j->proto;
	struct index_fetch fetch = { 0 };
	size_t k;

	if (w.fetch != NULL) {
		fetch.on = w.fetch->on;
		w.fetch = &fetch;
	}
	w.seg = NULL;
	w.nseg = w.capseg = 0;
	w.m = matcher_clone(j->proto.m);
	pthread_mutex_lock(&j->mu);
	while (!j->stop && j->next < j->npieces) {
		struct piece *p = &j->pieces[k = j->next++];

		pthread_mutex_unlock(&j->mu);
		w.out = &p->out;
		w.err = p->err;
		w.errsz = sizeof p->err;
		if (w.m == NULL)
			p->rc = errorf(p->err, sizeof p->err, "out of memory");
		else
			p->rc = j->ids != NULL ?
			    confirm_ids(&w, j->ids, p->r0, p->r1) :
			    scan_piece(&w, p->r0, p->r1);
		pthread_mutex_lock(&j->mu);
		p->done = 1;
		pthread_cond_broadcast(&j->cv);
	}
	pthread_mutex_unlock(&j->mu);
	matcher_free(w.m);
	free(w.seg);
	index_fetch_free(&fetch);
	return NULL;
}

/* Cuts [r0, r1) into pieces: the first of BEQ_SCAN_FIRST records, each
 * next one twice as large, up to an eighth of a thread's share (so that
 * threads that run unevenly still end together). */
static struct piece *
cut(uint32_t r0, uint32_t r1, int threads, size_t *np)
{
	size_t n = r1 - r0, most = n / (8 * (size_t)threads), size, k = 0;
	struct piece *v = NULL;
	uint32_t at = r0;

	if (most < BEQ_SCAN_FIRST)
		most = BEQ_SCAN_FIRST;
	for (size = BEQ_SCAN_FIRST; at < r1;) {
		if (size > r1 - at)
			size = r1 - at;
		v = xreallocarray(v, k + 1, sizeof *v);
		memset(&v[k], 0, sizeof v[k]);
		v[k].r0 = at;
		v[k++].r1 = at += (uint32_t)size;
		size = 2 * size <= most ? 2 * size : most;
	}
	*np = k;
	return v;
}

static int
run(const struct index *ix, const struct scan_pat *p, unsigned fields,
    int spans, int threads, const uint32_t *ids, uint32_t r0, uint32_t r1,
    int (*fn)(void *ctx, const struct scan_out *piece), void *ctx, char *err,
    size_t errsz)
{
	static const struct scan_lit kelvin = { "\xe2\x84\xaa", 3, 0, 0, 0 },
	                             longs = { "\xc5\xbf", 2, 0, 0, 0 };
	struct scan_lit_finder f, ks[2];
	struct scan_pat q;
	struct job j;
	struct index_fetch fetch = { 0 };
	pthread_t tid[BEQ_SCAN_THREADS];
	size_t k;
	int t, started = 0, rc = 0, frc = 0;

	if (r0 >= r1)
		return 0;
	if (threads < 1)
		threads = 1;
	if (threads > BEQ_SCAN_THREADS)
		threads = BEQ_SCAN_THREADS;
	memset(&j, 0, sizeof j);
	/* a literal of a byte or two that is not the whole pattern ('-' of
	 * a date) lets most records through to PCRE2, field by field: PCRE2
	 * over the spans is faster then, where it may run over them */
	q = *p;
	if (q.lit.p != NULL && !q.lit.whole &&
	    q.lit.len < BEQ_SCAN_MIN_FILTER && q.spanable)
		q.lit.p = NULL;
	p = &q;
	if (p->lit.p != NULL)
		scan_lit_init(&f, &p->lit);
	scan_lit_init(&ks[0], &kelvin);
	scan_lit_init(&ks[1], &longs);
	/* every thread reads the same JIT code; compile it before any
	 * starts. Candidates confirmed on this thread alone are few: PCRE2
	 * runs interpreted over them unless their text (by the index's
	 * average) pays for compiling, and not at all for a literal that is
	 * the whole pattern (scan_record) */
	if (ids == NULL || threads > 1 ||
	    ((p->lit.p == NULL || !p->lit.whole || p->lit.ks) &&
	        (double)(r1 - r0) * (double)ix->len[IDX_STRINGS] >=
	            (double)ix->nrecords * BEQ_JIT_MIN_BYTES))
		matcher_jit(p->m);
	j.proto.ix = ix;
	j.proto.p = p;
	j.proto.f = &f;
	j.proto.ks = ks;
	j.proto.m = p->m;
	j.proto.fields = fields;
	j.proto.spans = spans;
	j.proto.utf_starts = !ix->embedded && p->lit.p == NULL && p->spanable;
	j.proto.text = (const char *)ix->base + ix->off[IDX_STRINGS];
	j.proto.text_end = j.proto.text + ix->len[IDX_STRINGS];
	j.ids = ids;
	if (ids != NULL) {
		index_fetch_init(&fetch, ix, r1 - r0);
		j.proto.fetch = &fetch;
	}
	j.pieces = cut(r0, r1, threads, &j.npieces);
	pthread_mutex_init(&j.mu, NULL);
	pthread_cond_init(&j.cv, NULL);
	if (j.npieces < 2)
		threads = 1;
	for (t = 0; t < threads && threads > 1; t++)
		if (pthread_create(&tid[t], NULL, run_thread, &j) == 0)
			started++;
	for (k = 0; k < j.npieces; k++) {
		struct piece *pc = &j.pieces[k];

		if (started == 0) {
			/* one thread, or none to be had: this one works */
			j.proto.out = &pc->out;
			j.proto.err = pc->err;
			j.proto.errsz = sizeof pc->err;
			pc->rc = ids != NULL ?
			    confirm_ids(&j.proto, ids, pc->r0, pc->r1) :
			    scan_piece(&j.proto, pc->r0, pc->r1);
			pc->done = 1;
		}
		pthread_mutex_lock(&j.mu);
		while (!pc->done)
			pthread_cond_wait(&j.cv, &j.mu);
		pthread_mutex_unlock(&j.mu);
		if (pc->rc == -1) {
			rc = errorf(err, errsz, "%s", pc->err);
			break;
		}
		if ((frc = fn(ctx, &pc->out)) != 0) {
			rc = frc < 0 ? -1 : 0;
			break;
		}
		scan_out_free(&pc->out);
	}
	pthread_mutex_lock(&j.mu);
	j.stop = 1;
	pthread_mutex_unlock(&j.mu);
	for (t = 0; t < started; t++)
		pthread_join(tid[t], NULL);
	for (k = 0; k < j.npieces; k++)
		scan_out_free(&j.pieces[k].out);
	free(j.pieces);
	free(j.proto.seg);
	index_fetch_free(&fetch);
	pthread_mutex_destroy(&j.mu);
	pthread_cond_destroy(&j.cv);
	return rc;
}

int
scan_run(const struct index *ix, const struct scan_pat *p, unsigned fields,
    int spans, int threads, uint32_t r0, uint32_t r1,
    int (*fn)(void *ctx, const struct scan_out *piece), void *ctx, char *err,
    size_t errsz)
{
	return run(
	    ix, p, fields, spans, threads, NULL, r0, r1, fn, ctx, err, errsz);
}

int
scan_confirm(const struct index *ix, const struct scan_pat *p, unsigned fields,
    int spans, int threads, const uint32_t *ids, size_t n,
    int (*fn)(void *ctx, const struct scan_out *piece), void *ctx, char *err,
    size_t errsz)
{
	return run(ix, p, fields, spans, threads, ids, 0, (uint32_t)n, fn, ctx,
	    err, errsz);
}
