/* Byte sizes as people write them. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "size.h"

int
size_parse(const char *s, uint64_t *v)
{
	static const char units[] = "KMGT";
	unsigned long long n;
	char *end;
	int shift = 0, i;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	n = strtoull(s, &end, 10);
	if (errno != 0 || n == 0)
		return -1;
	for (i = 0; units[i] != '\0'; i++)
		if ((*end | 32) == (units[i] | 32)) {
			shift = 10 * (i + 1);
			end++;
			if (strcasecmp(end, "iB") == 0 ||
			    strcasecmp(end, "B") == 0)
				end += strlen(end);
			break;
		}
	if (*end != '\0' || (shift > 0 && n > (UINT64_MAX >> shift)))
		return -1;
	*v = (uint64_t)n << shift;
	return 0;
}

void
size_format(uint64_t v, char *buf, size_t n)
{
	static const char *const units[] = { "TiB", "GiB", "MiB", "KiB" };
	int i;

	for (i = 0; i < 4; i++) {
		int shift = 10 * (4 - i);

		if (v > 0 && v % ((uint64_t)1 << shift) == 0) {
			snprintf(buf, n, "%llu %s",
			    (unsigned long long)(v >> shift), units[i]);
			return;
		}
	}
	snprintf(buf, n, "%llu bytes", (unsigned long long)v);
}
