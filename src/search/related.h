/* Related records: TF-IDF cosine similarity over the words (words.h) of
 * question and answer, question words weighted up. */
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
