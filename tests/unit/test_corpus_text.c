/* Title clean-up (links, images, emoji short codes, question words)
 * against byte-at-a-time models of the same rules. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "corpus.h"
#include "corpus_impl.h"
#include "corpus_md.h"
#include "t.h"
#include "util.h"

static void
model_shortcodes(char *s)
{
	char *r = s, *w = s;

	while (*r != '\0') {
		if (*r == ':') {
			char *e = r + 1;

			while ((*e >= 'a' && *e <= 'z') ||
			    (*e >= '0' && *e <= '9') || *e == '_' ||
			    *e == '+' || *e == '-')
				e++;
			/* (the codes leading the text need no '_') */
			if (*e == ':' && e - r > 2 &&
			    (w == s ||
			        (strchr(r + 1, '_') != NULL &&
			            strchr(r + 1, '_') < e))) {
				r = e + 1;
				while (*r == ' ')
					r++;
				continue;
			}
		}
		*w++ = *r++;
	}
	*w = '\0';
}

static int
model_has_alnum(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c >= '0' && c <= '9') ||
		    ((c | 32) >= 'a' && (c | 32) <= 'z'))
			return 1;
		if (c >= 0xc0 &&
		    !(c == 0xe2 && i + 1 < n &&
		        (unsigned char)s[i + 1] <= 0xaf))
			return 1;
	}
	return 0;
}

static void
model_links(char *s)
{
	char *r = s, *w = s;

	while (*r != '\0') {
		int img = r[0] == '!' && r[1] == '[';
		char *open = img ? r + 1 : r, *close, *end;
		int depth = 0;

		if (*open != '[') {
			*w++ = *r++;
			continue;
		}
		for (close = open; *close != '\0' && close - open < 1024;
		     close++) {
			depth += *close == '[' ? 1 : *close == ']' ? -1 : 0;
			if (depth == 0)
				break;
		}
		/* the target's parentheses pair up */
		end = NULL;
		if (*close == ']' && close[1] == '(') {
			int parens = 0;
			char *q;

			for (q = close + 1; *q != '\0' && q - close - 1 < 1024;
			     q++) {
				parens += *q == '(' ? 1 : *q == ')' ? -1 : 0;
				if (parens == 0) {
					end = q;
					break;
				}
			}
		}
		if (end == NULL) {
			*w++ = *r++;
			continue;
		}
		/* an image keeps its text after a word and a space and
		 * before a word or . , ; : ? ) past any spaces */
		int keep;

		if (img) {
			char *after = end + 1, *c = w - s >= 2 ? w - 2 : s;

			while (*after == ' ')
				after++;
			/* (the word's last character from its first byte) */
			while (c > s && ((unsigned char)*c & 0xc0) == 0x80)
				c--;
			keep = w - s >= 2 && w[-1] == ' ' &&
			    model_has_alnum(c, 1) && *after != '\0' &&
			    (model_has_alnum(after, 1) ||
			        strchr(".,;:?)", *after) != NULL);
		} else
			keep = !(close[2] == '#' &&
			    !model_has_alnum(
			        open + 1, (size_t)(close - open - 1)));
		if (keep) {
			size_t n = (size_t)(close - open - 1);

			memmove(w, open + 1, n);
			w += n;
		}
		r = end + 1;
	}
	*w = '\0';
}

/* ct_title_of with the models above */
static char *
model_title(const char *text)
{
	char *t = xstrdup(text), *s, *r;
	size_t len;

	s = md_trim(t);
	model_links(s);
	model_links(s);
	s = md_trim(s);
	model_shortcodes(s);
	for (r = s; *r != '\0'; r++)
		if (*r == '\n' || *r == '\t')
			*r = ' ';
	s = md_trim(s);
	len = strlen(s);
	while (len >= 4 && strncmp(s, "**", 2) == 0 &&
	    strcmp(s + len - 2, "**") == 0 &&
	    memchr(s + 2, '*', len - 4) == NULL) {
		s[len - 2] = '\0';
		s = md_trim(s + 2);
		len = strlen(s);
	}
	r = xstrdup(s);
	free(t);
	return r;
}

void test_corpus_titles_match_a_byte_at_a_time_model(void);
void
test_corpus_titles_match_a_byte_at_a_time_model(void)
{
	static const char *pieces[] = { "[", "]", "(", ")", "!", "#", ":", "_",
		"a", " ", "\n", "x_y", "\xe2\xac\x86", "**", "](#top)",
		"](http://x)", "![i](p.png)", ":white_check_mark:", "What ",
		"HOW,", "is ", "Wh", "?", "\t", "-", "1", ":star:", "(x)",
		"![v](s?f(x))", ".", "\xe5\x85\xac " };
	unsigned long long st = 11;
	struct buf text = { 0 };
	struct mdnode n = { 0 };
	size_t i, k, len;
	int bad = 0;

	for (i = 0; i < 50000 && !bad; i++) {
		char *got, *want, *a, *b;

		text.len = 0;
		len = t_rand(&st) % 16;
		for (k = 0; k < len; k++)
			buf_adds(&text,
			    pieces[t_rand(&st) %
			        (sizeof pieces / sizeof pieces[0])]);
		n.text = text;
		got = ct_title_of(&n);
		want = model_title(buf_cstr(&text));
		a = xstrdup(buf_cstr(&text));
		b = xstrdup(buf_cstr(&text));
		ct_strip_shortcodes(a);
		model_shortcodes(b);
		if (strcmp(got, want) != 0 || strcmp(a, b) != 0) {
			t_fail(__FILE__, __LINE__,
			    "\"%s\": title \"%s\", want \"%s\"; short codes "
			    "\"%s\", want \"%s\"",
			    buf_cstr(&text), got, want, a, b);
			bad = 1;
		}
		free(got);
		free(want);
		free(a);
		free(b);
	}
	buf_free(&text);
}

void test_corpus_notes_answer_themselves(void);
void
test_corpus_notes_answer_themselves(void)
{
	static const struct {
		const char *s;
		int note;
	} cases[] = {
		{ "**Difference**: L2 shrinks all weights", 1 },
		{ "How to minimize the cost: gradient descent", 1 },
		{ "**Which to choose:** ridge, when all features count", 1 },
		{ "Regularization\xef\xbc\x9a L1 or L2", 1 },
		{ "Q1: Explain closures.", 0 }, /* a label */
		{ "Compare X and Y: which is faster?", 0 }, /* asks after */
		{ "Design a cache: explain the eviction.", 0 },
		{ "Explain these headers:", 0 }, /* its list follows */
		{ "What is a URL? See http://x.org", 0 },
		{ "One two three four five six seven: words", 0 }, /* long */
		{ "See https://go.dev for more", 0 },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (ct_note(cases[i].s) != cases[i].note)
			t_fail(__FILE__, __LINE__, "ct_note(\"%s\") != %d",
			    cases[i].s, cases[i].note);
}
