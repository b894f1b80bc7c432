/* An md4c fault, and how beq steps around it.
 *
 * A list item may begin with one blank line at most (CommonMark): in
 * "2." over two blank lines, the text after them is not the item's.
 * md4c (0.4.8, and its master of 2026) tells such an item by the last
 * thing it stored for the document: at a blank line in an item, with no
 * block open, it takes the last 8 bytes stored for a header and, when
 * their first byte is MD_BLOCK_LI, ends the list at the next line that
 * is not blank. But when the item holds a block that its own last line
 * ended, those bytes are that line's offsets in the document: an ATX
 * heading's text start ("2. ### What is X?"), a fenced block's last
 * line end (the code of an answer). When that offset is 4 modulo 256
 * (little-endian), the item ends there, and the rest of its answer, a
 * paragraph or code indented under it, falls out of the list: the
 * reading of a page changed when two bytes went in anywhere above
 * (beq's check that rereads every bank with blanks at line ends found
 * it: tests/eval/morph.sh).
 *
 * So the document is read with blank lines before it (which change
 * nothing that it shows) when that moves every such line off the bad
 * offsets: the lines that begin such a block in an item are found from
 * the text (in a list item or indented, an ATX heading or a fence;
 * more are taken than can misfire, which only costs a choice of shift).
 * Documents with no such line, most of them, are read as they are. */
#include <string.h>

#include <md4c.h>

#include "md_dodge.h"

/* Past the prefixes of the line s[0..n) that put it in a container:
 * indentation, '>' and list markers; sets *item when there is
 * indentation or a list marker (a line in a list item). */
static size_t
past_containers(const char *s, size_t n, int *item)
{
	size_t i = 0, k;

	*item = 0;
	for (;;) {
		if (i < n && (s[i] == ' ' || s[i] == '\t')) {
			*item = 1;
			i++;
		} else if (i < n && s[i] == '>')
			i++;
		else if (i + 1 < n &&
		    (s[i] == '-' || s[i] == '+' || s[i] == '*') &&
		    (s[i + 1] == ' ' || s[i + 1] == '\t')) {
			*item = 1;
			i++;
		} else {
			for (k = i;
			     k < n && k - i < 9 && s[k] >= '0' && s[k] <= '9';
			     k++)
				;
			if (k == i || k + 1 >= n ||
			    (s[k] != '.' && s[k] != ')') ||
			    (s[k + 1] != ' ' && s[k + 1] != '\t'))
				return i;
			*item = 1;
			i = k + 1;
		}
	}
}

size_t
md_dodge(const char *s, size_t n)
{
	size_t hits[256] = { 0 }, b = 0, e, k, best = 0, i;
	int item, any = 0;

	for (; b < n; b = e + 1) {
		const char *nl = memchr(s + b, '\n', n - b);

		e = nl != NULL ? (size_t)(nl - s) : n;
		i = b + past_containers(s + b, e - b, &item);
		if (!item)
			continue;
		/* an ATX heading: md4c's text start is past the marks and
		 * the spaces after them */
		for (k = i; k < e && s[k] == '#' && k - i < 7; k++)
			;
		if (k > i && k - i <= 6 &&
		    (k == e || s[k] == ' ' || s[k] == '\t')) {
			while (k < e && s[k] == ' ')
				k++;
			hits[k & 0xff]++;
			any = 1;
		}
		/* a fence: it may close a block whose last line ends at the
		 * line before, or open one whose only line is its own */
		if (e - i >= 3 && (s[i] == '`' || s[i] == '~') &&
		    s[i + 1] == s[i] && s[i + 2] == s[i]) {
			if (b > 0)
				hits[(b - 1) & 0xff]++;
			hits[e & 0xff]++;
			any = 1;
		}
	}
	if (!any)
		return 0;
	/* with k newlines first, an offset o is read at o + k */
	for (k = 0; k < 256; k++) {
		if (hits[(MD_BLOCK_LI - k) & 0xff] == 0)
			return k;
		if (hits[(MD_BLOCK_LI - k) & 0xff] <
		    hits[(MD_BLOCK_LI - best) & 0xff])
			best = k;
	}
	return best;
}
