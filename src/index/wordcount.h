/* The count of the corpus's words for the word table (wordtab.h), as
 * beq index takes the records: each distinct word (words.h) and the
 * number of records it occurs in, made fast for that one use, on a
 * thread of its own beside the writer's trigrams (wordtab_write.c).
 *
 * Measured (gencorpus 100 MB: 14.2 million words, 340,403 distinct; perf
 * -e cpu-clock, 2 shared cores): the table of words.h (slot -> id ->
 * offset, length, text, then the count and the last record in arrays of
 * their own) took 1.1-1.4 s of CPU, 19-22% of beq index's, on the
 * writer's thread, nearly all of it waiting on cache misses for the rarer
 * words (a quarter of the occurrences are outside the 10,000 commonest):
 * up to six lines touched a word. Here a slot is a tag of the hash and
 * where the word's entry is, the entry its count, last record and bytes
 * (two lines a word); each is asked for ahead (a pipeline of the words
 * of a record), and both are on huge pages: 0.45-0.65 s (words_next's
 * scan, 0.2 s of it, included), with the same counts. A separate thread
 * alone, 64-bit tagged slots alone, or a table per batch had measured no
 * gain (the misses stayed). */
#ifndef BEQ_WORDCOUNT_H
#define BEQ_WORDCOUNT_H

#include <stddef.h>
#include <stdint.h>

/* A word's slot: where its entry is, which holds its count, its last
 * record and its bytes. */
struct wordcount_slot {
	uint32_t tag; /* of the hash, never 0; 0: the slot is empty */
	uint32_t off; /* piece << 21 | offset in the piece */
};

/* The caller owns the struct; zeroed, it is an empty count, and
 * wordcount_free is safe on it. */
struct wordcount {
	struct wordcount_slot *slots;
	size_t nslots, n; /* slots (a power of 2), words */
	unsigned char **piece; /* the words' entries */
	size_t npieces, cappieces, used; /* used: of the last piece */
	int toolarge; /* past 4 GiB of entries: words were left out */
};

/* Counts record rec (above every record counted before) once for each
 * distinct word of its n fields f[i] (len[i] bytes each). */
void wordcount_record(struct wordcount *wc, const char *const *f,
    const size_t *len, size_t n, uint32_t rec);
/* Points *p at the lower-cased bytes of the word in slot s (whose tag is
 * not 0), sets *df to the records it occurs in, and returns its length. */
size_t wordcount_word(const struct wordcount *wc,
    const struct wordcount_slot *s, const char **p, uint32_t *df);
void wordcount_free(struct wordcount *wc);

#endif
