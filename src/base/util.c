/* Allocation that cannot fail, err(3)-style reporting as "beq: ...",
 * writes that finish, and files replaced atomically. */
#define _DEFAULT_SOURCE /* madvise(MADV_HUGEPAGE) */
#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

static void
oom(void)
{
	fputs("beq: out of memory\n", stderr);
	exit(2);
}

void *
xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (p == NULL)
		oom();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		oom();
	return p;
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size)
		oom();
	p = realloc(p, n * size != 0 ? n * size : 1);
	if (p == NULL)
		oom();
	return p;
}

/* On huge pages, where the system has them: an array written at
 * scattered places (the posting lists) misses the TLB far less, and one
 * written in order takes a page fault per 2 MiB, not per 4 KiB. */
void *
xhugearray(size_t n, size_t size)
{
	size_t huge = 2u << 20, bytes;
	void *p;

	if (n == 0)
		n = 1;
	if (n > SIZE_MAX / size - huge)
		return xreallocarray(NULL, n, size); /* reports the overflow */
	bytes = n * size;
	if (bytes < huge) {
		/* page-aligned all the same */
		if (posix_memalign(&p, 4096, bytes) != 0)
			oom();
		return p;
	}
	if (posix_memalign(&p, huge, (bytes + huge - 1) / huge * huge) != 0)
		oom();
#ifdef MADV_HUGEPAGE
	madvise(p, (bytes + huge - 1) / huge * huge, MADV_HUGEPAGE);
#endif
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	if (n > 0)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
warnx(const char *fmt, ...)
{
	va_list ap;

	fputs("beq: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int
errorf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;

	if (buf != NULL && size > 0) {
		va_start(ap, fmt);
		vsnprintf(buf, size, fmt, ap);
		va_end(ap);
	}
	return -1;
}

/* Makes a rename into path's directory durable: fsyncs the directory.
 * Failure is ignored: the rename itself is done, and some file systems
 * cannot sync a directory. */
static void
fsync_parent(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash == NULL ? xstrdup(".") :
	                            xstrndup(path, (size_t)(slash - path) + 1);
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd != -1) {
		fsync(fd);
		close(fd);
	}
	free(dir);
}

/* write_all, at offset off of the file when off >= 0 (pwrite). */
static int
put_all(int fd, const void *p, size_t n, off_t off)
{
	const char *c = p;

	while (n > 0) {
		ssize_t w = off >= 0 ? pwrite(fd, c, n, off) : write(fd, c, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			if (w == 0)
				errno = EIO;
			return -1;
		}
		c += w;
		n -= (size_t)w;
		if (off >= 0)
			off += w;
	}
	return 0;
}

int
write_all(int fd, const void *p, size_t n)
{
	return put_all(fd, p, n, -1);
}

int
pwrite_all(int fd, const void *p, size_t n, off_t off)
{
	return put_all(fd, p, n, off);
}

ssize_t
pread_some(int fd, void *p, size_t n, off_t off)
{
	char *c = p;
	size_t got = 0;

	while (got < n) {
		ssize_t r = pread(fd, c + got, n - got, off + (off_t)got);

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			break;
		got += (size_t)r;
	}
	return (ssize_t)got;
}

int
pread_all(int fd, void *p, size_t n, off_t off)
{
	ssize_t r = pread_some(fd, p, n, off);

	if (r >= 0 && (size_t)r < n)
		errno = EIO;
	return r >= 0 && (size_t)r == n ? 0 : -1;
}

int
commit_file(int fd, const char *tmp, const char *path, mode_t mode)
{
	int e;

	if (fchmod(fd, mode) == -1 || fsync(fd) == -1) {
		e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	if (close(fd) == -1 || rename(tmp, path) == -1)
		return -1;
	fsync_parent(path);
	return 0;
}
