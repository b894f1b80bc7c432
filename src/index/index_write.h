/* The index writer's API (the format is in index.h): records are added
 * a batch at a time as they are read, their text goes out at once and
 * their posting lists into runs of bounded memory, spilled to a file the
 * caller gives; index_writer_finish merges the runs into the file. */
#ifndef BEQ_INDEX_WRITE_H
#define BEQ_INDEX_WRITE_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "corpus.h"

/* Where the index goes: put(ctx, off, p, n) writes p[0..n) at offset
 * off of the file and returns 0, or -1 with errno set. It is called from
 * two threads at once while the posting lists are written (it must be
 * safe for that). */
struct index_sink {
	int (*put)(void *ctx, uint64_t off, const void *p, size_t n);
	void *ctx;
};

/* How index_writer_finish tells its progress: records(ctx, n), in
 * pieces that add up to the number of records, as the posting lists are
 * merged (in proportion to their postings), from the threads that merge
 * them: it must be safe for that, and cheap; then writing(ctx, size)
 * once, with the file's size, before the tables are written. */
struct index_progress {
	void (*records)(void *ctx, uint64_t n);
	void (*writing)(void *ctx, uint64_t size);
	void *ctx;
};

struct index_writer;

/* Returns a writer to out (borrowed, as are pr, which may be NULL, and
 * spill_fd). Runs of posting lists past run_bytes (0: BEQ_INDEX_RUN_BYTES;
 * at least BEQ_INDEX_RUN_MIN)
 * are appended to spill_fd, an empty file opened for reading and writing
 * (a file unlinked as soon as made leaves nothing behind however the run
 * ends); with spill_fd -1 they stay in memory. spill_fd may be O_DIRECT:
 * it is read and written at offsets and lengths that are multiples of
 * BEQ_SPILL_ALIGN, from memory aligned to it. */
struct index_writer *index_writer_new(const struct index_sink *out,
    int spill_fd, size_t run_bytes, const struct index_progress *pr);
/* Adds the records of c (all of them, in order; c's category and source
 * numbers are the ones index_writer_finish is given names for), writing
 * their text to out: c may drop them afterwards. Returns 0, or -1 with
 * err set (the corpus exceeds a format limit, or the spill file cannot
 * be written); the writer is then of no further use but to free. */
int index_writer_add(
    struct index_writer *w, const struct corpus *c, char *err, size_t errsz);
/* Writes the rest of the index, with the names of c's categories and
 * sources (its records are not read), and sets *size to the file's
 * size. Returns 0, or -1 with err set. */
int index_writer_finish(struct index_writer *w, const struct corpus *c,
    uint64_t *size, char *err, size_t errsz);
/* Bytes of runs the writer spilled so far. */
uint64_t index_writer_spilled(const struct index_writer *w);
void index_writer_free(struct index_writer *w); /* NULL is fine */

/* The index of c, into out (emptied first), built in memory. Returns 0,
 * or -1 with err set when the corpus exceeds a format limit. */
int
index_write(const struct corpus *c, struct buf *out, char *err, size_t errsz);

/* Calls fn for every distinct-or-not trigram of a field as indexed (see
 * index.h); used by tests. */
void index_trigrams(
    const char *s, size_t len, void (*fn)(void *ctx, uint32_t t), void *ctx);

#endif
