/* Allocation that cannot fail and err(3)-style reporting as "beq: ...". */
#ifndef BEQ_UTIL_H
#define BEQ_UTIL_H

#include <sys/types.h>

#include <stdarg.h>
#include <stddef.h>

/* These never return NULL: on exhaustion they print "beq: out of memory"
 * and exit 2. xreallocarray checks n * size for overflow. */
void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xreallocarray(void *p, size_t n, size_t size);
/* An array of n items of size bytes, on huge pages where the system has
 * them (when it is 2 MiB or more, and aligned to them), else aligned to
 * 4 KiB; freed with free(). */
void *xhugearray(size_t n, size_t size);
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
/* The same at offset off of the file (pwrite), leaving its offset. */
int pwrite_all(int fd, const void *p, size_t n, off_t off);
/* Reads up to n bytes at offset off of fd, again after EINTR and short
 * reads: returns how many (fewer only at the end of the file), or -1
 * with errno set. */
ssize_t pread_some(int fd, void *p, size_t n, off_t off);
/* Reads exactly n bytes at offset off: returns 0, or -1 with errno set
 * (EIO when the file ends before). */
int pread_all(int fd, void *p, size_t n, off_t off);

/* Finishes a file written through fd at tmp (in path's directory) so
 * that it replaces path atomically: gives it mode, fsyncs and closes fd,
 * renames tmp over path and fsyncs the directory, so that path is the old
 * file or the whole new one, whatever happens. fd is closed either way.
 * Returns 0, or -1 with errno set and tmp left for the caller to remove. */
int commit_file(int fd, const char *tmp, const char *path, mode_t mode);

/* Sets the program-wide error buffer size used by library modules. */
enum { BEQ_ERR_MAX = 512 };

#endif
