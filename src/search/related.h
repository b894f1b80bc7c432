/* Related records: TF-IDF cosine similarity over the words (words.h) of
 * question and answer, question words weighted up.
 *
 * related_build reads every record (2.6 s for one id at 100 MB), and the
 * index cannot spare it without changing the answers: a score needs the
 * df of each stem (the word table counts words, and a stem's records are
 * the union of its forms' -- "lock" and "locks" -- which their counts do
 * not give: 71 of 200 records sampled at 100 MB hold a stem whose df is
 * neither the sum nor the larger of its forms'), and the norm of every
 * record that may rank, which needs the df of all of its stems. Nor
 * would stored norms and stem counts make it small: the records sharing
 * a stem with the one asked about are 50% of a gencorpus corpus on
 * average (10 and 100 MB, 200 ids each), and even knowing every norm
 * and df, MaxScore pruning for the top 5 must still score 20% (100 MB)
 * to 27% (10 MB) of the records. */
#ifndef BEQ_RELATED_H
#define BEQ_RELATED_H

#include <stddef.h>
#include <stdint.h>

#include "index.h"
#include "words.h"

/* Every record's distinct words with their weighted counts, and each
 * word's record count: built once, asked about many records. */
struct related {
	struct words w;
	uint32_t nrecords;
	size_t *start; /* record i's terms: term[start[i] .. start[i + 1]) */
	uint32_t *term; /* word ids */
	double *tf; /* their weighted counts, then their TF-IDF weights */
	double *norm; /* per record, the length of its weight vector */
	uint32_t *df; /* per word */
};

struct related_hit {
	uint32_t rec; /* record index (id - 1) */
	double score; /* cosine in (0, 1], rounded to three decimals */
};

/* Builds the model of every record of ix; related_free is safe on a
 * zeroed struct. */
void related_build(struct related *m, const struct index *ix);
void related_free(struct related *m);

/* Fills out (room for max) with the records most similar to record rec,
 * best first: higher score, then lower id; records with score 0 are left
 * out, as is rec. Returns how many. */
size_t related_find(
    const struct related *m, uint32_t rec, struct related_hit *out, size_t max);

#endif
