/* The in-memory corpus: records, category and source names, slugs. */
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "utf8.h"
#include "util.h"

size_t
corpus_qlen(const struct corpus_record *r)
{
	return r->qlen ? r->qlen - 1 : strlen(r->question);
}

size_t
corpus_alen(const struct corpus_record *r)
{
	return r->alen ? r->alen - 1 : strlen(r->answer);
}

size_t
corpus_blen(const struct corpus_record *r)
{
	return r->body == NULL ? 0 : r->blen ? r->blen - 1 : strlen(r->body);
}

void
corpus_free(struct corpus *c)
{
	size_t i;

	for (i = 0; i < c->nrecords; i++) {
		if (!(c->records[i].held & HELD_Q))
			free(c->records[i].question);
		if (!(c->records[i].held & HELD_A))
			free(c->records[i].answer);
		if (!(c->records[i].held & HELD_B))
			free(c->records[i].body);
	}
	for (i = 0; i < c->nheld; i++)
		free(c->held[i]);
	free(c->held);
	for (i = 0; i < c->ncategories; i++)
		free(c->categories[i]);
	for (i = 0; i < c->nsources; i++)
		free(c->sources[i]);
	free(c->records);
	free(c->categories);
	free(c->sources);
	strmap_free(&c->category_map);
	strmap_free(&c->source_map);
	memset(c, 0, sizeof *c);
}

void
corpus_drop_records(struct corpus *c)
{
	size_t i;

	for (i = 0; i < c->nrecords; i++) {
		if (!(c->records[i].held & HELD_Q))
			free(c->records[i].question);
		if (!(c->records[i].held & HELD_A))
			free(c->records[i].answer);
		if (!(c->records[i].held & HELD_B))
			free(c->records[i].body);
	}
	c->nrecords = 0;
	for (i = 0; i < c->nheld; i++)
		free(c->held[i]);
	c->nheld = 0;
}

void
corpus_hold(struct corpus *c, char *p)
{
	if (c->nheld == c->capheld) {
		c->capheld = c->capheld ? 2 * c->capheld : 64;
		c->held = xreallocarray(c->held, c->capheld, sizeof *c->held);
	}
	c->held[c->nheld++] = p;
}

struct corpus_record *
corpus_record_new(struct corpus *c)
{
	struct corpus_record *r;

	if (c->nrecords == c->caprecords) {
		c->caprecords = c->caprecords ? 2 * c->caprecords : 64;
		c->records = xreallocarray(
		    c->records, c->caprecords, sizeof *c->records);
	}
	r = &c->records[c->nrecords++];
	memset(r, 0, sizeof *r);
	return r;
}

static uint32_t
intern(char ***v, size_t *n, size_t *cap, struct strmap *map, const char *s)
{
	uint32_t i = strmap_get(map, *v, s);

	if (i != UINT32_MAX)
		return i;
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 16;
		*v = xreallocarray(*v, *cap, sizeof **v);
	}
	(*v)[*n] = xstrdup(s);
	strmap_put(map, *v, (uint32_t)*n);
	return (uint32_t)(*n)++;
}

uint32_t
corpus_category(struct corpus *c, const char *name)
{
	return intern(&c->categories, &c->ncategories, &c->capcategories,
	    &c->category_map, name);
}

uint32_t
corpus_source(struct corpus *c, const char *name)
{
	return intern(
	    &c->sources, &c->nsources, &c->capsources, &c->source_map, name);
}

/* Non-ASCII characters that are no letter or digit: punctuation, arrows
 * and symbols, emoji, zero-width and variation selectors. */
static int
symbol(uint32_t cp)
{
	return (cp >= 0x80 && cp <= 0xbf) || cp == 0xd7 || cp == 0xf7 ||
	    (cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x303f) ||
	    (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xff00 && cp <= 0xff0f) ||
	    (cp >= 0x1f000 && cp <= 0x1faff) || cp == 0xfffd;
}

char *
corpus_slug(const char *name)
{
	size_t len = strlen(name);
	char *s = xmalloc(len + 1), *o = s;
	int dash = 0;

	while (*name != '\0') {
		unsigned char ch = (unsigned char)*name;
		uint32_t cp;
		size_t n;

		if (ch >= 0x80) {
			n = utf8_decode(name, strlen(name), &cp);
			if (symbol(cp)) {
				dash = 1;
			} else {
				if (dash && o != s)
					*o++ = '-';
				memcpy(o, name, n);
				o += n;
				dash = 0;
			}
			name += n;
			continue;
		}
		name++;
		if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
			if (dash && o != s)
				*o++ = '-';
			*o++ = (char)ch;
			dash = 0;
		} else if (ch >= 'A' && ch <= 'Z') {
			if (dash && o != s)
				*o++ = '-';
			*o++ = (char)(ch + 32);
			dash = 0;
		} else
			dash = 1;
	}
	*o = '\0';
	return s;
}
