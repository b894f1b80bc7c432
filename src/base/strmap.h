/* A hash index over an array of strings the caller owns: maps a string to
 * its position in the array. The map holds positions only. */
#ifndef BEQ_STRMAP_H
#define BEQ_STRMAP_H

#include <stddef.h>
#include <stdint.h>

struct strmap {
	uint32_t *slots; /* position + 1; 0 is empty */
	size_t cap, n;
};

/* Returns the position i with strcmp(strs[i], s) == 0, or UINT32_MAX. */
uint32_t strmap_get(const struct strmap *m, char *const *strs, const char *s);
/* Adds position i, whose key is strs[i] (not in the map yet). */
void strmap_put(struct strmap *m, char *const *strs, uint32_t i);
void strmap_free(struct strmap *m); /* safe on a zeroed struct */

#endif
