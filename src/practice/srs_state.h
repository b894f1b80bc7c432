/* The state file of beq quiz: a deck of cards as text, read strictly and
 * written atomically. Format (version 1), one line each:
 *   beq-quiz-state 1
 *   # comments (the index the file is for)
 *   KEY DUE REVIEWED INTERVAL EASE REPS LAPSES LAST
 * KEY is 16 lower-case hex digits, DUE and REVIEWED Unix seconds, the
 * rest decimal, as in struct srs_card; keys ascend. */
#ifndef BEQ_SRS_STATE_H
#define BEQ_SRS_STATE_H

#include <stddef.h>

#include "buf.h"
#include "srs.h"

enum { SRS_STATE_OK, SRS_STATE_MISSING, SRS_STATE_CORRUPT, SRS_STATE_ERROR };

/* Reads the file at path into d (emptied first). Returns SRS_STATE_OK,
 * SRS_STATE_MISSING when there is no file (d empty), SRS_STATE_CORRUPT
 * with err saying where and why (d empty), or SRS_STATE_ERROR for an I/O
 * error or a version this beq does not read, with err set. */
int
srs_state_load(const char *path, struct srs_deck *d, char *err, size_t errsz);

/* Parses the state text data[0..n) (need not be NUL-terminated) into d
 * as srs_state_load does: the same codes and messages, but never
 * SRS_STATE_MISSING. */
int srs_state_parse(
    const char *data, size_t n, struct srs_deck *d, char *err, size_t errsz);

/* Appends d as the text of a state file, as srs_state_save writes it;
 * comment (may be NULL) becomes a "# " line, its newlines spaces. */
void srs_state_format(
    const struct srs_deck *d, const char *comment, struct buf *out);

/* Writes d to path atomically: a temporary file in the same directory,
 * synced, then renamed over path. comment (may be NULL) becomes a "# "
 * line. Returns 0, or -1 with err set and path untouched. */
int srs_state_save(const char *path, const struct srs_deck *d,
    const char *comment, char *err, size_t errsz);

/* Moves the file at path to the first free name path.corrupt-N (N from
 * 1), never replacing a file. Returns 0 with that name in aside (the
 * caller frees it), or -1 with err set. */
int
srs_state_set_aside(const char *path, char **aside, char *err, size_t errsz);

/* Creates dir and any missing parents with mode 0700. Returns 0, or -1
 * with err set. */
int srs_state_mkdirs(const char *dir, char *err, size_t errsz);

#endif
