/* "Did you mean" for names from a fixed list (commands, categories,
 * options): the one a typo most likely came from. */
#ifndef BEQ_NEAR_H
#define BEQ_NEAR_H

#include <stddef.h>

/* Returns the edit distance between a and b: insertions, deletions,
 * substitutions and swaps of two neighbours ("serach"), ASCII case
 * ignored; at most BEQ_NEAR_LEN + 1 (longer strings are that far). */
size_t near_distance(const char *a, const char *b);

/* Returns the index in names[0..n) of the name nearest to s, the first of
 * those as near, when it is near enough to be a typo of it (one edit in a
 * name of 4 letters or fewer, two in longer ones, and fewer edits than
 * half of s); else -1. */
long near_name(const char *s, const char *const *names, size_t n);

#endif
