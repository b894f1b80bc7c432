/* A hash index over an array of strings: open addressing, linear probing,
 * FNV-1a; kept under half full. */
#include <stdlib.h>
#include <string.h>

#include "strmap.h"
#include "util.h"

static uint64_t
hash(const char *s)
{
	uint64_t h = 0xcbf29ce484222325ull;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
	return h;
}

uint32_t
strmap_get(const struct strmap *m, char *const *strs, const char *s)
{
	size_t i;

	if (m->cap == 0)
		return UINT32_MAX;
	for (i = hash(s) & (m->cap - 1); m->slots[i] != 0;
	     i = (i + 1) & (m->cap - 1))
		if (strcmp(strs[m->slots[i] - 1], s) == 0)
			return m->slots[i] - 1;
	return UINT32_MAX;
}

static void
insert(uint32_t *slots, size_t cap, char *const *strs, uint32_t pos)
{
	size_t i = hash(strs[pos]) & (cap - 1);

	while (slots[i] != 0)
		i = (i + 1) & (cap - 1);
	slots[i] = pos + 1;
}

void
strmap_put(struct strmap *m, char *const *strs, uint32_t pos)
{
	if (2 * (m->n + 1) > m->cap) {
		size_t cap = m->cap ? 2 * m->cap : 64, i;
		uint32_t *slots = xcalloc(cap, sizeof *slots);

		for (i = 0; i < m->cap; i++)
			if (m->slots[i] != 0)
				insert(slots, cap, strs, m->slots[i] - 1);
		free(m->slots);
		m->slots = slots;
		m->cap = cap;
	}
	insert(m->slots, m->cap, strs, pos);
	m->n++;
}

void
strmap_free(struct strmap *m)
{
	free(m->slots);
	memset(m, 0, sizeof *m);
}
