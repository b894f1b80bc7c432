/* Spaced repetition: SM-2 with four grades, and the order of questions.
 * Chosen over FSRS because SM-2 needs no fitted weights and no review
 * history, its state is five numbers a person can read in the state file,
 * and its behaviour is known from SuperMemo and Anki's long use of it. */
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "srs.h"
#include "util.h"

#define DAY 86400u

uint64_t
srs_key(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ull;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ull;
	}
	return h;
}

/* The index of the first card whose key is not below key. */
static size_t
lower_bound(const struct srs_deck *d, uint64_t key)
{
	size_t lo = 0, hi = d->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (d->cards[mid].key < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

struct srs_card *
srs_find(const struct srs_deck *d, uint64_t key)
{
	size_t i = lower_bound(d, key);

	return i < d->n && d->cards[i].key == key ? &d->cards[i] : NULL;
}

struct srs_card *
srs_add(struct srs_deck *d, uint64_t key)
{
	size_t i = lower_bound(d, key);
	struct srs_card *c;

	if (i < d->n && d->cards[i].key == key)
		return &d->cards[i];
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 64;
		d->cards = xreallocarray(d->cards, d->cap, sizeof *d->cards);
	}
	memmove(&d->cards[i + 1], &d->cards[i], (d->n - i) * sizeof *d->cards);
	d->n++;
	c = &d->cards[i];
	memset(c, 0, sizeof *c);
	c->key = key;
	c->ease = BEQ_SRS_EASE_START;
	return c;
}

int
srs_remove(struct srs_deck *d, uint64_t key)
{
	size_t i = lower_bound(d, key);

	if (i >= d->n || d->cards[i].key != key)
		return 0;
	memmove(
	    &d->cards[i], &d->cards[i + 1], (d->n - i - 1) * sizeof *d->cards);
	d->n--;
	return 1;
}

void
srs_deck_free(struct srs_deck *d)
{
	free(d->cards);
	memset(d, 0, sizeof *d);
}

/* a times permille / 1000: a is below 2^48 and permille below 2^14. */
static uint64_t
scale(uint64_t a, uint64_t permille)
{
	return a * permille / 1000;
}

static uint64_t
max64(uint64_t a, uint64_t b)
{
	return a > b ? a : b;
}

static uint32_t
cap(uint64_t s)
{
	return s > BEQ_SRS_MAX_SECONDS ? BEQ_SRS_MAX_SECONDS : (uint32_t)s;
}

void
srs_grade(struct srs_card *c, int grade, int64_t now)
{
	uint64_t iv = c->interval, hard, good, easy;

	/* Intervals keep again < hard <= good < easy. A first pass waits a
	 * day (four for easy), the second six days as in SM-2, and later
	 * ones multiply the last interval by the ease (good), by 1.2 (hard)
	 * or by 1.3 times the ease (easy), each at least a day more than
	 * the grade below it. */
	if (c->reps == 0) {
		hard = good = DAY;
		easy = 4 * DAY;
	} else {
		hard = max64(scale(iv, 1200), iv + DAY);
		good = c->reps == 1 ? max64(6 * DAY, hard + DAY) :
		                      max64(scale(iv, c->ease), hard + DAY);
		easy = max64(scale(good, 1300), good + DAY);
	}
	switch (grade) {
	case SRS_AGAIN:
		if (c->reps > 0)
			c->lapses++;
		c->reps = 0;
		c->interval = BEQ_SRS_AGAIN_SECONDS;
		c->ease = c->ease > BEQ_SRS_EASE_MIN + 200 ? c->ease - 200 :
		                                             BEQ_SRS_EASE_MIN;
		break;
	case SRS_HARD:
		c->reps++;
		c->interval = cap(hard);
		c->ease = c->ease > BEQ_SRS_EASE_MIN + 150 ? c->ease - 150 :
		                                             BEQ_SRS_EASE_MIN;
		break;
	case SRS_GOOD:
		c->reps++;
		c->interval = cap(good);
		break;
	default:
		c->reps++;
		c->interval = cap(easy);
		c->ease = c->ease + 150 < BEQ_SRS_EASE_MAX ? c->ease + 150 :
		                                             BEQ_SRS_EASE_MAX;
		grade = SRS_EASY;
		break;
	}
	c->last = (uint32_t)grade;
	c->reviewed = now;
	c->due = now + (int64_t)c->interval;
}

int
srs_is_due(const struct srs_card *c, int64_t now)
{
	return c->due <= now;
}

int
srs_is_learned(const struct srs_card *c)
{
	return c->reps > 0;
}

struct due {
	int64_t due;
	size_t i;
};

static int
due_cmp(const void *a, const void *b)
{
	const struct due *x = a, *y = b;

	if (x->due != y->due)
		return x->due < y->due ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

/* splitmix64, as beq random uses */
static uint64_t
mix(uint64_t *s)
{
	uint64_t x = (*s += 0x9e3779b97f4a7c15ull);

	x = (x ^ x >> 30) * 0xbf58476d1ce4e5b9ull;
	x = (x ^ x >> 27) * 0x94d049bb133111ebull;
	return x ^ x >> 31;
}

size_t
srs_queue(const struct srs_deck *d, const uint64_t *keys, size_t n, int64_t now,
    int shuffle, uint64_t seed, size_t *order, size_t max)
{
	struct due *due = xcalloc(n + 1, sizeof *due);
	size_t *fresh = xcalloc(n + 1, sizeof *fresh);
	size_t i, ndue = 0, nfresh = 0, k = 0;

	for (i = 0; i < n; i++) {
		const struct srs_card *c = srs_find(d, keys[i]);

		if (c == NULL)
			fresh[nfresh++] = i;
		else if (srs_is_due(c, now)) {
			due[ndue].due = c->due;
			due[ndue++].i = i;
		}
	}
	qsort(due, ndue, sizeof *due, due_cmp);
	if (shuffle) /* Fisher-Yates */
		for (i = nfresh; i > 1; i--) {
			size_t j = (size_t)(mix(&seed) % i), t = fresh[i - 1];

			fresh[i - 1] = fresh[j];
			fresh[j] = t;
		}
	for (i = 0; i < ndue && k < max; i++)
		order[k++] = due[i].i;
	for (i = 0; i < nfresh && k < max; i++)
		order[k++] = fresh[i];
	free(fresh);
	free(due);
	return k;
}
