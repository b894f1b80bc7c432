/* pg_trgm-style similarity of words, and the vocabulary of an index that
 * "did you mean" suggestions come from. */
#ifndef BEQ_TRGM_H
#define BEQ_TRGM_H

#include <stddef.h>
#include <stdint.h>

#include "index.h"
#include "words.h"

/* Writes to out (room for len + 1) the distinct trigrams of a word as
 * pg_trgm takes them: ASCII letters lower-cased, the word padded with two
 * spaces before and one after; each trigram is b0<<16 | b1<<8 | b2.
 * Returns how many, sorted ascending. len is at most BEQ_WORD_MAX. */
size_t trgm_set(const char *w, size_t len, uint32_t *out);

/* The entry of trigram t in the table tab of n entries of stride bytes,
 * each starting with its trigram (24 bits, little-endian), sorted; NULL
 * when t is not there. The entries the search reads must lie in order
 * along its path: when one does not, *corrupt is set and NULL returned
 * (else *corrupt is 0). The index's trigram table and the word table's
 * share it. */
const unsigned char *trgm_find(const unsigned char *tab, size_t n,
    size_t stride, uint32_t t, int *corrupt);

/* Returns |shared| / |union| of the trigram sets of a and b (0 when both
 * are empty). */
double trgm_similarity(const char *a, size_t alen, const char *b, size_t blen);

/* The distinct words of the records of an index (see words.h), each with
 * the number of records it occurs in. */
struct vocab {
	struct words w;
	uint32_t *df; /* id -> records */
	uint32_t *last; /* id -> last record seen + 1, while building */
	size_t ndf;
};

/* Collects the words of every record (question and answer) whose category
 * flag is set in cats (NULL: every record). vocab_free is safe on a
 * zeroed struct. */
void
vocab_build(struct vocab *v, const struct index *ix, const unsigned char *cats);
/* The same, narrowed by the index to the records that can hold a word at
 * least threshold similar to w[0..len), so that no suggestion is lost: a
 * record is read when the count of w's inner trigrams it holds, plus 1
 * if its text has a non-letter before w's first two letters or a field
 * starting with them (the trigram " xy"), plus 1 likewise for the last
 * two ("yz "), plus 1 for "  x", reaches threshold * |trigrams(w)| (a
 * similar word shares at least that many). Words under 3 letters, or
 * too few trigrams to need, read every record. Returns 0, or -1 with err
 * set when a posting list is corrupt. */
int vocab_build_near(struct vocab *v, const struct index *ix,
    const unsigned char *cats, const char *w, size_t len, double threshold,
    char *err, size_t errsz);
void vocab_free(struct vocab *v);

struct suggestion {
	uint32_t word; /* id in v->w */
	uint32_t df;
	double sim;
};

/* Fills out with up to max words of v whose similarity to w[0..len) is at
 * least threshold, best first: higher similarity, then more records, then
 * the word in byte order. Returns how many. */
size_t vocab_suggest(const struct vocab *v, const char *w, size_t len,
    double threshold, struct suggestion *out, size_t max);

#endif
