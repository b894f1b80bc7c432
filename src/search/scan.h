/* The scan path: what the trigram index cannot narrow, found by reading the
 * stored text as large contiguous spans (records' fields lie one after
 * another in STRINGS) on every core, with a vectorised search for a
 * literal that every match holds, or PCRE2 JIT over whole spans, and the
 * offsets mapped back to records. src/scan.c says what was measured. */
#ifndef BEQ_SCAN_H
#define BEQ_SCAN_H

#include <stddef.h>
#include <stdint.h>

#include "index.h"

struct matcher;

/* a record's text fields, in the order they are shown */
enum { FIELD_QUESTION, FIELD_BODY, FIELD_ANSWER, FIELDS };
/* a set of fields */
#define SEARCH_FIELD(k) (1u << (k))
#define SEARCH_ALL_FIELDS ((1u << FIELDS) - 1)

/* A literal that every match of a pattern holds. */
struct scan_lit {
	const char *p; /* into the user's pattern (borrowed); NULL: none */
	size_t len;
	int caseless; /* ASCII letters match either case (it has no others) */
	/* caseless, and it holds k or s, which U+212A KELVIN SIGN and U+017F
	 * LATIN SMALL LETTER LONG S also match: where the text holds either,
	 * records are confirmed by PCRE2 instead */
	int ks;
	int whole; /* the pattern is this literal alone: where the literal
	            * occurs in a field, the pattern matches, and there */
};

/* Sets *lit to the longest run of plain characters that every match of
 * the user's pattern pat must hold (for -F, fixed; -w, word; caseless as
 * the pattern will be compiled), or to none (p NULL) where the pattern's
 * syntax is more than this simple reader follows. Never wrong: what it
 * cannot read it gives up on. */
void scan_literal(
    const char *pat, int fixed, int word, int caseless, struct scan_lit *lit);

/* Reports whether the regex re[0..len) (as compiled) may run over several
 * fields at once: no assertion in it looks outside its match (^ $ \b \B
 * \A \z \Z \G \K, lookaround, verbs, inline options), so that a match
 * found inside one field of a span is the one the field alone gives.
 * Conservative: anything that might be one says no. */
int scan_spanable(const char *re, size_t len);

/* One pattern as the scan runs it. */
struct scan_pat {
	struct matcher *m; /* borrowed; JIT-compiled and cloned per thread */
	struct scan_lit lit;
	int spanable; /* scan_spanable said yes */
};

/* A match: record, field (FIELD_*) and byte offsets into the field. */
struct scan_match {
	uint32_t rec, field;
	size_t start, end;
};

/* Records that matched (ascending) and, when asked for, their matches
 * (by record, in no other order). */
struct scan_out {
	uint32_t *recs;
	size_t n, cap;
	struct scan_match *m;
	size_t nm, capm;
};

/* What scan_run collects of the records' matches besides the records:
 * nothing, every non-empty match as matcher_scan finds it, or (tally)
 * how many there are per record and field, as a scan_match with start 0
 * and the number in end (what a score needs, and no more). */
enum { SCAN_RECORDS, SCAN_SPANS, SCAN_TALLY };

/* Runs p over the fields (SEARCH_FIELD bits) of records [r0, r1) on up to
 * threads threads, collecting what spans (SCAN_*) says. Hands the results to fn, from the calling thread,
 * a piece of records at a time in record order (the first pieces small,
 * so that the first results come soon); fn returns 0 to go on, 1 to stop,
 * -1 for an error it has reported. Returns 0 (also when fn stopped it),
 * or -1 with err set (a PCRE2 limit, invalid UTF-8 in a user index, or
 * fn's -1 with err untouched). */
int scan_run(const struct index *ix, const struct scan_pat *p, unsigned fields,
    int spans, int threads, uint32_t r0, uint32_t r1,
    int (*fn)(void *ctx, const struct scan_out *piece), void *ctx, char *err,
    size_t errsz);

/* As scan_run, over the records ids[0..n) (ascending), each confirmed
 * on its fields alone (PCRE2, or the literal that is the whole pattern):
 * the index path's candidates (scan_run.c says what was measured). */
int scan_confirm(const struct index *ix, const struct scan_pat *p,
    unsigned fields, int spans, int threads, const uint32_t *ids, size_t n,
    int (*fn)(void *ctx, const struct scan_out *piece), void *ctx, char *err,
    size_t errsz);

void scan_out_free(struct scan_out *o); /* safe on a zeroed struct */

/* Returns 0 when the fields f[k] (FIELD_* order) of a record of ix that
 * fields (SEARCH_FIELD bits) names are UTF-8, else -1 with err set as
 * index_text_valid sets it. Every field that a matcher of search.c (all
 * MATCH_TRUSTED) is run on passes here first. */
int scan_fields_valid(const struct index *ix, const struct slice *const *f,
    unsigned fields, char *err, size_t errsz);

/* Returns the offset of the first occurrence of the literal lit in
 * s[from..n), or n when there is none (exposed for tests). */
size_t
scan_find(const struct scan_lit *lit, const char *s, size_t n, size_t from);

#endif
