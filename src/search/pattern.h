/* Pattern preparation before compiling: typographic quote folding, -F
 * quoting, and the smart-case test. Knows PCRE2's lexical syntax only. */
#ifndef BEQ_PATTERN_H
#define BEQ_PATTERN_H

#include <stddef.h>

#include "buf.h"

/* Writes to out the regex to compile for the user's pattern pat: with
 * fixed, every character quoted; with word, wrapped to match whole words
 * only (no word character on either side); always, an ASCII ' also
 * matching U+2018 and U+2019, and " also matching U+201C and U+201D. map (when not NULL)
 * receives, for each byte of out, the offset in pat it came from, so that
 * compile errors point into what the user typed; the caller frees it.
 * Returns whether pat holds an upper-case literal letter (smart case). */
int pattern_prepare(
    const char *pat, int fixed, int word, struct buf *out, size_t **map);

#endif
