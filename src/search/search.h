/* Search: patterns -> plans -> candidate records -> PCRE2 -> ranked hits
 * with match offsets. The one path used by `search` and by the
 * differential test (with brute set, every record is a candidate). */
#ifndef BEQ_SEARCH_H
#define BEQ_SEARCH_H

#include <stddef.h>
#include <stdint.h>

#include "index.h"
#include "scan.h" /* FIELD_*, SEARCH_FIELD */

enum { CASE_SMART, CASE_INSENSITIVE, CASE_SENSITIVE };
/* when a pattern takes the scan path (scan.h): where its plan cannot
 * narrow the records enough to pay (search.c says what was measured),
 * always, or never (BEQ_SCAN=always|never, for tests and measuring) */
enum { SEARCH_SCAN_AUTO, SEARCH_SCAN_ALWAYS, SEARCH_SCAN_NEVER };

struct hit;

struct search_opts {
	int case_mode;
	int fixed; /* -F */
	int word; /* -w */
	int brute; /* scan every record, no index */
	int sort_id; /* corpus order instead of relevance */
	const unsigned char *cats; /* NULL, or a flag per category index */
	size_t max; /* stop after this many hits (0: no limit) */
	unsigned fields; /* SEARCH_FIELD bits of the fields searched; 0: all */
	/* --not: a record that one of these matches (in the fields searched)
	 * is no hit; they narrow nothing through the index and add no spans
	 * and no score */
	char *const *nots;
	size_t nnots;
	/* any hit will do: stop at the first in corpus order, and give it
	 * without score or spans (-q) */
	int first;
	int scan; /* SEARCH_SCAN_* */
	/* the caller prints no match offsets and no scores (--count,
	 * --ids): hits carry none, and with sort_id nothing is scored or
	 * sorted (with the score order, spans are still found to rank) */
	int nospans;
	/* only how many hits there are is wanted (--count): res->n counts
	 * them and res->hits lists none */
	int count;
	/* with sort_id, when not NULL: each hit goes to emit as soon as it
	 * is confirmed, in corpus order, without score, and res receives
	 * none (res->n counts them); emit(ctx, NULL) marks a pause, where
	 * what was emitted may be flushed. emit returns 0 to go on, 1 to
	 * stop, -1 for an error it reported (search_run then returns -1
	 * with err empty). o->max still stops it. */
	int (*emit)(void *ctx, const struct hit *h);
	void *emit_ctx;
};

struct span {
	uint32_t field; /* FIELD_* */
	uint32_t pattern; /* which pattern matched */
	size_t start, end; /* byte offsets into the field */
};

struct hit {
	uint32_t rec; /* record index (id - 1) */
	double score;
	struct span *spans; /* ordered by field, then start */
	size_t nspans;
};

struct search_result {
	struct hit *hits;
	size_t n;
	size_t candidates; /* records the index let through */
};

/* Runs the search: the hits are the records that every one of the npats
 * patterns matches and none of o->nots does (with npats and o->nnots both
 * 0, none). Returns 0 (res->n may be 0), or -1 with err set for a bad
 * pattern ("'PAT': MESSAGE at offset N"), a pattern that hit a PCRE2
 * limit, or a corrupt index. res is the caller's to free either way. */
int search_run(const struct index *ix, char *const *pats, size_t npats,
    const struct search_opts *o, struct search_result *res, char *err,
    size_t errsz);
void search_result_free(struct search_result *res);

#endif
