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
 * then each of its words that is not a word of those records gets the
 * words at least threshold similar. The index narrows the records read
 * for each word of 3 letters or more (vocab_build_near). Returns 0, or -1 with err set when a
 * search fails. sg is the caller's to free with suggest_free either way. */
int suggest_run(const struct index *ix, char *const *pats, size_t npats,
    const struct search_opts *o, double threshold, struct suggest *sg,
    char *err, size_t errsz);
void suggest_free(struct suggest *sg); /* safe on a zeroed struct */

#endif
