/* Unsigned LEB128 varints and fixed-width little-endian loads and stores. */
#ifndef BEQ_VARINT_H
#define BEQ_VARINT_H

#include <stddef.h>
#include <stdint.h>

#define VARINT_MAX 10 /* bytes a uint64_t can take */

/* Writes v to out (at least VARINT_MAX bytes) and returns the bytes used. */
size_t varint_put(unsigned char *out, uint64_t v);
/* Reads one varint from [*p, end) into *v and advances *p. Returns 0, or -1
 * when the input ends early or the value overflows 64 bits (then *p is
 * unchanged). */
int varint_get(const unsigned char **p, const unsigned char *end, uint64_t *v);

/* The loads are inline: a posting list's cursor makes one or two for
 * each id it reads, and as calls into varint.c they were 6% of a rare
 * word's search at 1 GB (perf). The compilers make each one load. */
static inline uint32_t
le32_get(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

static inline uint64_t
le64_get(const unsigned char *p)
{
	return (uint64_t)le32_get(p) | (uint64_t)le32_get(p + 4) << 32;
}

void le32_put(unsigned char *p, uint32_t v);
void le64_put(unsigned char *p, uint64_t v);

#endif
