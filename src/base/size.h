/* Byte sizes as people write them: "64M", "16G", "1048576". */
#ifndef BEQ_SIZE_H
#define BEQ_SIZE_H

#include <stddef.h>
#include <stdint.h>

/* Parses a decimal number with an optional binary suffix K, M, G or T
 * (KiB..TiB; "MiB", "MB" and lower case work too). Returns 0, or -1 for
 * anything else, zero, or an overflow. */
int size_parse(const char *s, uint64_t *v);

/* Writes v into buf as "64 MiB" when it is a whole number of KiB, MiB,
 * GiB or TiB, else as "N bytes". */
void size_format(uint64_t v, char *buf, size_t n);

#endif
