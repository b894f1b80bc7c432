/* The word table of an index (section WORDS): the distinct words of the
 * records (words.h) with the number of records each occurs in, sorted,
 * and for each pg_trgm trigram (trgm.h) the words that have it, so that
 * "did you mean" and --fuzzy look words up without reading a record.
 *
 * Section layout (integers unsigned little-endian):
 *   0   4  word count W
 *   4   4  trigram count G
 *   8   4  text bytes X
 *   12  4  posting bytes P
 *   16     W x 8: u32 offset of the word in TEXT, u32 record count (df);
 *          words in byte order, strictly ascending; a word runs to the
 *          next one's offset (the last to X) and is 2 to BEQ_WORD_MAX
 *          lower-case ASCII letters
 *          G x 12: u32 trigram (as trgm_set gives it), u32 word count,
 *          u32 offset in POSTINGS; trigrams strictly ascending, a list
 *          running to the next one's offset (the last to P)
 *   TEXT   the words back to back
 *   POSTINGS  per trigram, the ids (ranks in the word order) of the words
 *          that have it, ascending, as varints: the first id, then the
 *          differences (each at least 1)
 * The section's size is exactly 16 + 8W + 12G + X + P, which is all that
 * opening checks; wordtab_verify checks the rest.
 *
 * Measured (hyperfine medians, gencorpus corpora, 2 shared cores,
 * against reading the records as before): the table is 9.0 MB of a 100
 * MB corpus's 193 MB index (4.7%; 340,350 words, 4,989 trigrams) and 9.4
 * MB of a 1 GB corpus's 1.89 GB (0.5%); search semafore (which suggests)
 * 392 -> 5.1 ms at 100 MB and 3.58 s -> 40 ms at 1 GB, where looking the
 * words up takes under 1 ms and the rest is the searches that check
 * each suggestion matches. Trigram -> word lists rather than a scan of
 * the sorted words: wordtab_near took 0.05 to 0.25 ms for six words
 * (best of 7) at 100 MB and at 1 GB, weighing every word 36 to 66 ms. */
#ifndef BEQ_WORDTAB_H
#define BEQ_WORDTAB_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "config.h"
#include "corpus.h"
#include "index.h"

/* The words of records as they come, a batch at a time: wordtab_acc_add
 * starts counting the words of c's records (numbered on from the last
 * batch's) on a thread of its own, and returns; c is read till
 * wordtab_acc_wait returns (the next add, finish and free wait too).
 * wordtab_acc_finish writes the WORDS section of all of them to out
 * (emptied first), frees the count (no add after it), and returns 0, or
 * -1 with err set when it exceeds the format's limits. */
struct wordtab_acc;
struct wordtab_acc *wordtab_acc_new(void);
void wordtab_acc_add(struct wordtab_acc *a, const struct corpus *c);
void wordtab_acc_wait(struct wordtab_acc *a);
int wordtab_acc_finish(
    struct wordtab_acc *a, struct buf *out, char *err, size_t errsz);
void wordtab_acc_free(struct wordtab_acc *a); /* NULL is fine */

/* Returns 0 when the section's bytes p[0..size) have the size their
 * header says (in constant time), else -1. */
int wordtab_check(const unsigned char *p, uint64_t size);

/* Sets *df to the number of records of ix that hold word w[0..len)
 * (compared case-insensitively; 0: none). Returns 0, or -1 with err set
 * and a fault noted in ix when the table is corrupt. */
int wordtab_find(const struct index *ix, const char *w, size_t len,
    uint32_t *df, char *err, size_t errsz);

struct wordtab_hit {
	char word[BEQ_WORD_MAX + 1]; /* lower-case, NUL-terminated */
	uint32_t df;
	double sim;
};

/* Puts h in its place in out[0..*n), best first (more similar, then in
 * more records, then the word's bytes), keeping at most max. */
void wordtab_keep(const struct wordtab_hit *h, struct wordtab_hit *out,
    size_t max, size_t *n);

/* Fills out with up to max words of ix at least threshold similar to
 * w[0..len) (trgm_similarity), best first: higher similarity, then more
 * records, then the word in byte order; sets *n to how many. Returns 0,
 * or -1 with err set and a fault noted in ix when the table is corrupt. */
int wordtab_near(const struct index *ix, const char *w, size_t len,
    double threshold, struct wordtab_hit *out, size_t max, size_t *n, char *err,
    size_t errsz);

/* Checks every entry and list of the table of ix: returns 0, or -1 with
 * a fault noted in ix. */
int wordtab_verify(const struct index *ix);

#endif
