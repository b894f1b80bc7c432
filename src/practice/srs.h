/* Spaced repetition: the SM-2 schedule of cards, graded on four keys, and
 * the order beq quiz asks them in. No I/O and no clock of its own: "now"
 * is a parameter, so tests pass a fake one. */
#ifndef BEQ_SRS_H
#define BEQ_SRS_H

#include <stddef.h>
#include <stdint.h>

enum { SRS_AGAIN = 1, SRS_HARD, SRS_GOOD, SRS_EASY };

/* A card is a question's review state; times are Unix seconds. */
struct srs_card {
	uint64_t key; /* srs_key of the question's text */
	int64_t due; /* when to ask it again */
	int64_t reviewed; /* when it was last graded */
	uint32_t interval; /* seconds from reviewed to due */
	uint32_t ease; /* permille: 2500 makes the next interval 2.5x */
	uint32_t reps; /* passing grades since the last "again" */
	uint32_t lapses; /* "again" after a passing grade */
	uint32_t last; /* the last grade, SRS_AGAIN..SRS_EASY; 0: none yet */
};

/* The cards of one index, sorted by key; the caller owns it and frees it
 * with srs_deck_free (safe on a zeroed struct). */
struct srs_deck {
	struct srs_card *cards;
	size_t n, cap;
};

/* Returns the key of a question: FNV-1a (64 bits) of its text, so a card
 * follows its question when the corpus is reordered or renumbered. */
uint64_t srs_key(const char *s, size_t n);

/* Returns the card with key, or NULL. */
struct srs_card *srs_find(const struct srs_deck *d, uint64_t key);

/* Returns the card with key, adding a new one (never graded, ease
 * BEQ_SRS_EASE_START) when there is none. The pointer lasts until the
 * next srs_add or srs_remove. */
struct srs_card *srs_add(struct srs_deck *d, uint64_t key);

/* Removes the card with key; returns 1 when there was one, else 0. */
int srs_remove(struct srs_deck *d, uint64_t key);

void srs_deck_free(struct srs_deck *d);

/* Applies grade (SRS_AGAIN..SRS_EASY) given at time now: sets the card's
 * next interval, due time and ease. */
void srs_grade(struct srs_card *c, int grade, int64_t now);

/* Returns whether c is due at time now. */
int srs_is_due(const struct srs_card *c, int64_t now);

/* Returns whether c has been learned: its last grade was a pass. */
int srs_is_learned(const struct srs_card *c);

/* Chooses what to ask: fills order with up to max indexes into keys[0..n)
 * (the questions on offer, in corpus order) and returns how many. Due
 * cards come first, the most overdue first (ties in corpus order), then
 * new questions in corpus order, or shuffled by seed when shuffle is
 * set; cards that are not yet due are left out. */
size_t srs_queue(const struct srs_deck *d, const uint64_t *keys, size_t n,
    int64_t now, int shuffle, uint64_t seed, size_t *order, size_t max);

#endif
