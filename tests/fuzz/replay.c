/* Replays inputs through a fuzz harness without libFuzzer, so that every
 * harness also builds with gcc and its seeds (crash inputs included) run
 * as regression tests in `make check`.
 *
 * Usage: replay [-n N] PATH...
 * Each PATH is a file, or a directory whose files (not dot files, sorted
 * by name) are taken. Each input runs in a child process, so that a crash
 * is one "not ok" line. Prints TAP: the plan first, or, with -n, no plan
 * and numbers starting after N (to join several harnesses in one stream).
 * Exits 1 when an input failed. */
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"

#ifndef FUZZ_HARNESS
#define FUZZ_HARNESS "fuzz"
#endif

struct list {
	char **v;
	size_t n, cap;
};

static void
push(struct list *l, char *s)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 64;
		l->v = realloc(l->v, l->cap * sizeof *l->v);
		if (l->v == NULL) {
			perror("replay");
			exit(2);
		}
	}
	l->v[l->n++] = s;
}

static char *
dupcat(const char *a, const char *b, const char *c)
{
	size_t na = strlen(a), nb = strlen(b), nc = strlen(c);
	char *s = malloc(na + nb + nc + 1);

	if (s == NULL) {
		perror("replay");
		exit(2);
	}
	memcpy(s, a, na);
	memcpy(s + na, b, nb);
	memcpy(s + na + nb, c, nc + 1);
	return s;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
add_path(struct list *l, const char *path)
{
	struct stat st;
	struct dirent *d;
	DIR *dir;
	size_t first = l->n;

	if (stat(path, &st) == -1 || !S_ISDIR(st.st_mode)) {
		push(l, dupcat(path, "", ""));
		return;
	}
	if ((dir = opendir(path)) == NULL) {
		push(l, dupcat(path, "", "")); /* fails below, visibly */
		return;
	}
	while ((d = readdir(dir)) != NULL) {
		char *f;

		if (d->d_name[0] == '.')
			continue;
		f = dupcat(path, "/", d->d_name);
		if (stat(f, &st) == 0 && S_ISREG(st.st_mode))
			push(l, f);
		else
			free(f);
	}
	closedir(dir);
	qsort(l->v + first, l->n - first, sizeof *l->v, cmp_str);
}

/* Reads the whole file into a buffer of exactly its size. */
static unsigned char *
slurp(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	unsigned char *p = NULL, *q;
	size_t n = 0, cap = 0, got;

	if (f == NULL)
		return NULL;
	for (;;) {
		if (n == cap) {
			cap = cap ? 2 * cap : 4096;
			if ((q = realloc(p, cap)) == NULL) {
				free(p);
				fclose(f);
				return NULL;
			}
			p = q;
		}
		got = fread(p + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		free(p);
		fclose(f);
		return NULL;
	}
	fclose(f);
	/* shrink to the exact size: a read past the end is then visible */
	q = malloc(n ? n : 1);
	if (q == NULL) {
		free(p);
		return NULL;
	}
	memcpy(q, p, n);
	free(p);
	*size = n;
	return q;
}

/* Runs one input in a child. Returns NULL, or why it failed. */
static const char *
run(const char *path, char *why, size_t whysz)
{
	unsigned char *data;
	size_t size = 0;
	pid_t pid;
	int status;

	fflush(stdout);
	pid = fork();
	if (pid == -1) {
		snprintf(why, whysz, "fork: %s", strerror(errno));
		return why;
	}
	if (pid == 0) {
		if ((data = slurp(path, &size)) == NULL) {
			fprintf(
			    stderr, "replay: %s: %s\n", path, strerror(errno));
			exit(3);
		}
		LLVMFuzzerTestOneInput(data, size);
		free(data);
		exit(0); /* not _exit: LeakSanitizer runs at exit */
	}
	while (waitpid(pid, &status, 0) == -1)
		if (errno != EINTR) {
			snprintf(why, whysz, "waitpid: %s", strerror(errno));
			return why;
		}
	if (WIFSIGNALED(status)) {
		snprintf(why, whysz, "killed by signal %d", WTERMSIG(status));
		return why;
	}
	if (WEXITSTATUS(status) == 3) {
		snprintf(why, whysz, "cannot read the file");
		return why;
	}
	if (WEXITSTATUS(status) != 0) {
		snprintf(why, whysz, "exit status %d", WEXITSTATUS(status));
		return why;
	}
	return NULL;
}

int
main(int argc, char **argv)
{
	struct list files = { 0 };
	unsigned long start = 0;
	int i = 1, plan = 1, failed = 0;
	const char *name = FUZZ_HARNESS;
	size_t k;

	if (argc > 2 && strcmp(argv[1], "-n") == 0) {
		start = strtoul(argv[2], NULL, 10);
		plan = 0;
		i = 3;
	}
	if (i >= argc) {
		fprintf(stderr, "usage: %s [-n N] PATH...\n", argv[0]);
		return 2;
	}
	for (; i < argc; i++)
		add_path(&files, argv[i]);
	if (plan)
		printf("1..%zu\n", files.n);
	if (files.n == 0)
		printf("# %s: no inputs\n", name);
	for (k = 0; k < files.n; k++) {
		char why[256];
		const char *bad = run(files.v[k], why, sizeof why);

		printf("%sok %lu - fuzz replay: %s %s%s%s%s\n",
		    bad ? "not " : "", start + k + 1, name, files.v[k],
		    bad ? " (" : "", bad ? bad : "", bad ? ")" : "");
		if (bad)
			failed = 1;
		free(files.v[k]);
	}
	free(files.v);
	return failed;
}
