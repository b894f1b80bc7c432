/* The literal search of the scan path, shared by scan.c and scan_lit.c
 * (no other module needs it; the unit tests turn its AVX2 steps off to
 * test the portable ones). */
#ifndef BEQ_SCAN_LIT_H
#define BEQ_SCAN_LIT_H

#include <stddef.h>

#include "config.h"
#include "scan.h"

/* The literal, ready to look for: lower-cased when caseless, with the two
 * rarest of its bytes to look for first, together. */
struct scan_lit_finder {
	unsigned char needle[BEQ_SCAN_MAX_LITERAL];
	unsigned char fold[BEQ_SCAN_MAX_LITERAL]; /* 0x20 where case folds */
	size_t len, a1, a2; /* a1 != a2 unless len is 1 */
	int wide; /* the CPU has AVX2: 64 places a step */
};

/* Readies the literal lit (whose bytes must outlive f) for scan_lit_next. */
void scan_lit_init(struct scan_lit_finder *f, const struct scan_lit *lit);
/* Returns the offset of the first occurrence of f in s[from..n), or n. */
size_t scan_lit_next(
    const struct scan_lit_finder *f, const char *s, size_t n, size_t from);

#endif
