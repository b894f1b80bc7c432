/* Regex -> trigram query (the idea of codesearch's index/regexp.go, written
 * for PCRE2 syntax) and its evaluation over an index. A plan is a boolean
 * formula of trigrams that every match of the pattern must satisfy; syntax
 * the planner does not know becomes "all records" (+), never a wrong "no". */
#ifndef BEQ_QUERY_H
#define BEQ_QUERY_H

#include <stddef.h>

#include "buf.h"
#include "index.h"

struct query; /* opaque; lives in the plan */

struct plan {
	struct query *root;
	void *arena;
};

/* Plans the PCRE2 pattern re[0..len). caseless says whether letters may
 * match caselessly (globally or by an inline option). Never fails: at
 * worst the plan is "all". Free with plan_free. */
void plan_build(struct plan *p, const char *re, size_t len, int caseless);
void plan_free(struct plan *p); /* safe on a zeroed struct */

/* Appends the plan in codesearch notation: "abc" for a trigram, juxtaposed
 * terms AND, (a|b) OR, + all records, - none. */
void plan_format(const struct plan *p, struct buf *out);

/* Evaluates the plan against ix into out (record indexes, ascending).
 * *all is set to 1 (and out left empty) when the plan admits every record.
 * Returns 0, or -1 with err set when a posting list is corrupt. */
int plan_eval(const struct plan *p, const struct index *ix,
    struct postings *out, int *all, char *err, size_t errsz);

#endif
