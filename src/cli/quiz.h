/* beq quiz's shared state: the command (cmd_quiz.c: options, state file,
 * --stats, --reset) and the session on the terminal (quiz.c). */
#ifndef BEQ_QUIZ_H
#define BEQ_QUIZ_H

#include <stddef.h>
#include <stdint.h>

#include "srs.h"

struct options;

struct quiz {
	struct options *o;
	struct srs_deck deck;
	char *dir; /* the state directory, made on the first save */
	char *path; /* the state file of the index in use */
	char *comment; /* which index, written into the state file */
	uint32_t *recs; /* the records on offer (category filter applied) */
	uint64_t *keys; /* and their questions' srs_key */
	size_t n;
};

/* Writes q->deck to q->path atomically. Returns 0, or 2 with the message
 * printed. */
int quiz_save(struct quiz *q);

/* Runs a session on the terminal (stdin and stdout): up to count
 * questions in srs_queue's order, new ones shuffled by seed when shuffle
 * is set; saves after every grade. Returns 0, 128 + the signal that
 * ended it (SIGINT, SIGTERM, SIGHUP), or 2 on an error. */
int quiz_session(struct quiz *q, size_t count, int shuffle, uint64_t seed);

#endif
