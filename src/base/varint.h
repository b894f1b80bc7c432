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

uint32_t le32_get(const unsigned char *p);
uint64_t le64_get(const unsigned char *p);
void le32_put(unsigned char *p, uint32_t v);
void le64_put(unsigned char *p, uint64_t v);

#endif
