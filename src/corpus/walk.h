/* The files that the paths given to beq index name, found as it reads
 * them: a directory is walked in sorted order (names starting with '.'
 * skipped, links to directories not followed), and what it holds is kept
 * when the caller's filter accepts it; a path named on the command line is
 * taken whatever its name. Both beq index and its progress line's total
 * walk through here, so that they count the same files. */
#ifndef BEQ_WALK_H
#define BEQ_WALK_H

#include <sys/stat.h>

struct walk_ops {
	/* a regular file (found in a directory, one the filter accepted);
	 * st is what stat(2) says of it; top: named by the caller */
	void (*file)(
	    void *ctx, const char *path, const struct stat *st, int top);
	/* named by the caller: "-" (stdin), a pipe or a device, which has
	 * no size or name of its own to filter by */
	void (*stream)(void *ctx, const char *path);
	/* path could not be read (msg: why); NULL: not said */
	void (*error)(void *ctx, const char *path, const char *msg);
	/* whether a regular file found in a directory is read */
	int (*filter)(void *ctx, const char *path, const struct stat *st);
	/* whether to stop early; NULL: never */
	int (*stop)(void *ctx);
};

/* What error says of a path that is neither a file, a directory nor a
 * pipe (a socket, say). */
#define WALK_NOT_READABLE "not a file, directory or pipe"

/* Walks path, named by the caller, calling ops with ctx. */
void walk(const char *path, const struct walk_ops *ops, void *ctx);

#endif
