/* Fuzz harness: the bytes as a quiz state file (srs_state.h).
 * srs_state_parse must return one of the SRS_STATE_* codes (never
 * MISSING: there is no file), never crash or leak, and leave the deck
 * empty unless it returns OK, with err set. On OK the keys ascend, the
 * fields are in their ranges, and the round trip holds: the deck written
 * with srs_state_format (what srs_state_save writes) parses back to the
 * same deck, and formats to the same text again; and the version line
 * said version 1, not a number that only becomes 1 as an int. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "fuzz.h"
#include "srs_state.h"
#include "util.h"

/* The version on line 1 of a file parsed OK, read as a long. */
static long
version(const char *data, size_t size, int *range)
{
	const char *nl = memchr(data, '\n', size);
	size_t n = (size_t)(nl - data);
	char *line = malloc(n + 1);
	long v;

	FUZZ_CHECK(line != NULL && n > 15);
	memcpy(line, data, n);
	line[n] = '\0';
	errno = 0;
	v = strtol(line + 15, NULL, 10);
	*range = errno == ERANGE;
	free(line);
	return v;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct srs_deck d = { 0 }, e = { 0 };
	struct buf text = { 0 }, again = { 0 };
	char err[BEQ_ERR_MAX];
	size_t i;
	int rc;

	/* A private copy, exactly size bytes long (no NUL after it), so that
	 * a read past the end is a heap overflow ASan reports. */
	char *copy = malloc(size ? size : 1);

	if (copy == NULL)
		return 0;
	memcpy(copy, data, size);

	/* a deck that is not empty: parsing empties it first */
	srs_add(&d, 42);
	err[0] = '\0';
	rc = srs_state_parse(copy, size, &d, err, sizeof err);
	FUZZ_CHECK(rc == SRS_STATE_OK || rc == SRS_STATE_CORRUPT ||
	    rc == SRS_STATE_ERROR);
	if (rc != SRS_STATE_OK) {
		FUZZ_CHECK(d.n == 0);
		FUZZ_CHECK(err[0] != '\0' && memchr(err, '\0', sizeof err));
		goto out;
	}
	{
		int range;

		FUZZ_CHECK(version(copy, size, &range) == 1 && !range);
	}
	for (i = 0; i < d.n; i++) {
		const struct srs_card *c = &d.cards[i];

		FUZZ_CHECK(i == 0 || c->key > d.cards[i - 1].key);
		FUZZ_CHECK(c->ease >= 1 && c->last <= SRS_EASY);
	}

	srs_state_format(&d, "fuzz\nround trip", &text);
	rc = srs_state_parse(text.data, text.len, &e, err, sizeof err);
	FUZZ_CHECK(rc == SRS_STATE_OK);
	FUZZ_CHECK(e.n == d.n);
	for (i = 0; i < d.n; i++) {
		const struct srs_card *a = &d.cards[i], *b = &e.cards[i];

		FUZZ_CHECK(a->key == b->key && a->due == b->due &&
		    a->reviewed == b->reviewed && a->interval == b->interval &&
		    a->ease == b->ease && a->reps == b->reps &&
		    a->lapses == b->lapses && a->last == b->last);
	}
	srs_state_format(&e, "fuzz\nround trip", &again);
	FUZZ_CHECK(again.len == text.len &&
	    memcmp(again.data, text.data, text.len) == 0);
out:
	buf_free(&text);
	buf_free(&again);
	srs_deck_free(&d);
	srs_deck_free(&e);
	free(copy);
	return 0;
}
