/* Words of the corpus text, as similarity sees them: runs of 2 to
 * BEQ_WORD_MAX ASCII letters, lower-cased; and a table that gives each
 * distinct word a small id. */
#ifndef BEQ_WORDS_H
#define BEQ_WORDS_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* Whether c is an ASCII letter, of which words are made. */
static inline int
words_letter(unsigned c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* Finds the next word of s[0..n) at or after *pos: returns 1 with its
 * start and length (of the bytes as written, not lower-cased) and *pos
 * past it, or 0 when there is none. Runs of letters that are too short or
 * too long are skipped, as are letters touching a non-ASCII character other
 * than punctuation (part of a word such as "Ünicode", of which they would
 * be only a piece); "two’s" gives "two". */
int
words_next(const char *s, size_t n, size_t *pos, size_t *start, size_t *len);

/* A table of distinct lower-cased words; ids run from 0 in the order the
 * words were added. The caller owns the struct; words_free is safe on a
 * zeroed one. */
struct words {
	struct buf text; /* the words, lower-cased, back to back */
	uint32_t *off; /* id -> offset in text */
	uint8_t *len; /* id -> length */
	uint32_t n, cap;
	uint32_t *slots; /* id + 1; 0 is empty */
	size_t nslots;
};

/* Returns the id of s[0..len) compared case-insensitively (ASCII),
 * adding it when new; len is at most BEQ_WORD_MAX. */
uint32_t words_add(struct words *w, const char *s, size_t len);
/* Returns the id of s[0..len) (case-insensitively), or UINT32_MAX. */
uint32_t words_find(const struct words *w, const char *s, size_t len);
/* Points *p at word id's lower-cased bytes and returns its length. */
size_t words_get(const struct words *w, uint32_t id, const char **p);
void words_free(struct words *w);

#endif
