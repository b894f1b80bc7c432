/* The files that paths name, walked as beq index reads them (walk.h). */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "util.h"
#include "walk.h"

static void
walk_at(const char *path, int top, const struct walk_ops *ops, void *ctx);

static int
stopped(const struct walk_ops *ops, void *ctx)
{
	return ops->stop != NULL && ops->stop(ctx);
}

static void
failed(const struct walk_ops *ops, void *ctx, const char *path, const char *msg)
{
	if (ops->error != NULL)
		ops->error(ctx, path, msg);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in dir, but those starting with '.', in sorted order. */
static void
walk_dir(const char *path, const struct walk_ops *ops, void *ctx)
{
	DIR *d = opendir(path);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, cap = 0, i;

	if (d == NULL) {
		failed(ops, ctx, path, strerror(errno));
		return;
	}
	/* readdir(3) ends a listing it could not read as it ends a whole
	 * one, but for errno */
	for (errno = 0; (de = readdir(d)) != NULL; errno = 0) {
		if (de->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 32;
			names = xreallocarray(names, cap, sizeof *names);
		}
		names[n++] = xstrdup(de->d_name);
	}
	if (errno != 0)
		failed(ops, ctx, path, strerror(errno));
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof *names, cmp_str);
	for (i = 0; i < n; i++) {
		if (!stopped(ops, ctx)) {
			struct buf p = { 0 };

			buf_printf(&p, "%s%s%s", path,
			    path[strlen(path) - 1] == '/' ? "" : "/", names[i]);
			walk_at(p.data, 0, ops, ctx);
			buf_free(&p);
		}
		free(names[i]);
	}
	free(names);
}

static void
walk_at(const char *path, int top, const struct walk_ops *ops, void *ctx)
{
	struct stat st;

	if (top && strcmp(path, "-") == 0) {
		ops->stream(ctx, path);
		return;
	}
	if ((top ? stat(path, &st) : lstat(path, &st)) == -1) {
		failed(ops, ctx, path, strerror(errno));
		return;
	}
	/* a link found in a directory: to a file, read as one; to a
	 * directory (a way into a loop) or to nothing, passed over */
	if (S_ISLNK(st.st_mode) &&
	    (stat(path, &st) == -1 || S_ISDIR(st.st_mode)))
		return;
	if (S_ISDIR(st.st_mode)) {
		walk_dir(path, ops, ctx);
		return;
	}
	if (top && (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))) {
		ops->stream(ctx, path);
		return;
	}
	if (!S_ISREG(st.st_mode)) {
		/* what a directory holds besides files is none of ours */
		if (top)
			failed(ops, ctx, path, WALK_NOT_READABLE);
		return;
	}
	if (top || ops->filter == NULL || ops->filter(ctx, path, &st))
		ops->file(ctx, path, &st, top);
}

void
walk(const char *path, const struct walk_ops *ops, void *ctx)
{
	walk_at(path, 1, ops, ctx);
}
