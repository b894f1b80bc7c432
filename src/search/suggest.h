/* "Did you mean": for a search that found nothing, the words of its
 * patterns that occur nowhere, each with the closest words of the
 * vocabulary (trgm.h). */
#ifndef BEQ_SUGGEST_H
#define BEQ_SUGGEST_H

#include <stddef.h>

#include "config.h"
#include "search.h"
#include "trgm.h"

struct suggest_word {
	size_t pat; /* which pattern */
	size_t start, len; /* the word, in that pattern */
	char word[BEQ_SUGGEST_MAX]
	         [BEQ_WORD_MAX + 1]; /* lower-case, best first */
	double sim[BEQ_SUGGEST_MAX];
	size_t n; /* >= 1 */
};

struct suggest {
	struct suggest_word *w;
	size_t n;
};

/* Fills sg with suggestions for the patterns of a search (options o) that
 * found nothing: a pattern gets them when it is made of ASCII letters and
 * spaces only and matches no record on its own (in the categories of o);
 * then two adjacent words that make a word of those records written as
 * one get it ("dead lock": "deadlock"), and each other word that is not
 * a word of those records, nor (in a phrase) matches on its own, gets
 * the two words it is glued of when they match as a phrase, and the
 * words at least threshold similar. An entry of sg covers the bytes it
 * replaces, in pattern order. Words come from the index's word table
 * (wordtab.h); with categories that narrow o, each similar word is counted
 * in the records of the categories that hold its trigrams (words under 3
 * letters: vocab_build_near). Returns 0, or -1 with err set when a
 * search fails. sg is the caller's to free with suggest_free either way. */
int suggest_run(const struct index *ix, char *const *pats, size_t npats,
    const struct search_opts *o, double threshold, struct suggest *sg,
    char *err, size_t errsz);
void suggest_free(struct suggest *sg); /* safe on a zeroed struct */

/* What a pattern could have meant, whole: what a user is told, and what
 * --fuzzy searches. */
struct suggest_pattern {
	size_t pat; /* which pattern */
	char *alt[BEQ_SUGGEST_MAX]; /* best first; owned */
	size_t n; /* 0 when none of them matches */
};

/* Fills sp with the patterns that the entries sg->w[*i..] of one pattern
 * make of it (with one entry, one per word it suggests; with several, the
 * best of each), keeping those that match a record on their own, and
 * moves *i past those entries. Returns 0, or -1 with err set when a
 * search fails. sp is the caller's to free with suggest_pattern_free. */
int suggest_patterns(const struct index *ix, char *const *pats,
    const struct search_opts *o, const struct suggest *sg, size_t *i,
    struct suggest_pattern *sp, char *err, size_t errsz);
void suggest_pattern_free(struct suggest_pattern *sp); /* zeroed: safe */

#endif
