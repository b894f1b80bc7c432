/* JSON emitters: string escaping and the record, category and info
 * objects of the NDJSON contract. Everything appends to a buf. */
#ifndef BEQ_JSON_H
#define BEQ_JSON_H

#include <stddef.h>

#include "buf.h"
#include "index.h"
#include "related.h"
#include "search.h"

/* Appends s[0..n) as a JSON string: quotes, backslashes and control
 * characters escaped, U+2028/U+2029 escaped, each invalid UTF-8 byte
 * replaced by \ufffd; other text is copied as UTF-8. */
void json_string(struct buf *out, const char *s, size_t n);

/* Appends one record object and a newline. hit (may be NULL) adds
 * "matches" and "score"; records of user indexes carry source and line. */
void json_record(struct buf *out, const struct index *ix,
    const struct index_record *r, const struct hit *hit);

/* Appends one record object with "score" (the related command's). */
void json_record_score(struct buf *out, const struct index *ix,
    const struct index_record *r, double score);

/* Appends one record object with "related": an array of
 * {"id","question","score"} objects, best first (show --related). */
void json_record_related(struct buf *out, const struct index *ix,
    const struct index_record *r, const struct related_hit *rel, size_t n);

#endif
