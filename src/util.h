/* Allocation that cannot fail and err(3)-style reporting as "beq: ...". */
#ifndef BEQ_UTIL_H
#define BEQ_UTIL_H

#include <stdarg.h>
#include <stddef.h>

/* These never return NULL: on exhaustion they print "beq: out of memory"
 * and exit 2. xreallocarray checks n * size for overflow. */
void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Prints "beq: " then the formatted message and a newline to stderr. */
void warnx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Formats into buf like snprintf and returns -1, for library error paths. */
int errorf(char *buf, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Writes all n bytes of p to fd, again after EINTR and short writes.
 * Returns 0, or -1 with errno set. */
int write_all(int fd, const void *p, size_t n);

/* Makes a rename into path's directory durable: fsyncs the directory.
 * Failure is ignored: the rename itself is done, and some file systems
 * cannot sync a directory. */
void fsync_parent(const char *path);

/* Sets the program-wide error buffer size used by library modules. */
enum { BEQ_ERR_MAX = 512 };

#endif
