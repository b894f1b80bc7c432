/* Fuzz harness: the bytes as a config file (conf.h). conf_parse must
 * return 0 or -1, never crash or leak; on -1 err is a NUL-terminated
 * message and c is empty; on 0 every argument is a NUL-terminated string
 * that starts with '-' and holds no newline, every command is NULL or
 * letters only, and the line numbers ascend within the file's lines. */
#include <stdlib.h>
#include <string.h>

#include "conf.h"
#include "fuzz.h"
#include "util.h"

static int
letters(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s != '\0'; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
			return 0;
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct conf c;
	char err[BEQ_ERR_MAX];
	size_t i, nlines = 1;
	int rc;

	/* A private copy, exactly size bytes long (no NUL after it), so that
	 * a read past the end is a heap overflow ASan reports. */
	char *copy = malloc(size ? size : 1);

	if (copy == NULL)
		return 0;
	memcpy(copy, data, size);
	for (i = 0; i < size; i++)
		nlines += copy[i] == '\n';

	memset(err, 'x', sizeof err);
	rc = conf_parse(&c, copy, size, err, sizeof err);
	FUZZ_CHECK(rc == 0 || rc == -1);
	FUZZ_CHECK(c.path == NULL);
	if (rc == -1) {
		FUZZ_CHECK(memchr(err, '\0', sizeof err) != NULL);
		FUZZ_CHECK(err[0] != '\0');
		FUZZ_CHECK(c.n == 0 && c.args == NULL);
	} else {
		for (i = 0; i < c.n; i++) {
			const struct conf_arg *a = &c.args[i];
			size_t len;

			FUZZ_CHECK(a->arg != NULL);
			len = strlen(a->arg);
			FUZZ_CHECK(len >= 2 && a->arg[0] == '-');
			FUZZ_CHECK(memchr(a->arg, '\n', len) == NULL);
			FUZZ_CHECK(a->cmd == NULL || letters(a->cmd));
			FUZZ_CHECK(a->line >= 1 && a->line <= nlines);
			FUZZ_CHECK(i == 0 || a->line > c.args[i - 1].line);
		}
	}
	conf_free(&c);
	FUZZ_CHECK(c.n == 0 && c.args == NULL && c.path == NULL);
	free(copy);
	return 0;
}
