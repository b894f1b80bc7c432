/* The scoreboard's judge: compares what beq read from one real bank (an
 * index built by beq index) with what a person reads on its rendered page
 * (expect.tsv, see tests/banks/README.md), and prints the counts.
 * Usage: eval [-v] EXPECT INDEX
 * Prints one line: expected optional records found answers categories (TAB-separated counts, read by tests/eval/run.sh); with -v,
 * before it, a line per miss, extra record, wrong answer and wrong
 * category, for studying a bank of the training split. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "index.h"
#include "utf8.h"
#include "util.h"

/* answers are compared on this many normalised characters (bytes) */
enum { ANSWER_CMP = 24, LINE_SLACK = 3 };

struct entry {
	char *file;
	unsigned line;
	int opt;
	char *category, *question, *answer;
	char *nq, *na, *nc; /* normalised */
	char *nl; /* the answer less a bare label word ("Solution") */
	char *pa; /* the answer with its punctuation, when na is empty */
	char *pq; /* the question with its punctuation and pictographs */
	char *nb; /* the body, normalised as a question */
	int label; /* the question is a label only ("Question 3.") */
	long rec; /* matched record, or -1 */
};

struct rec {
	const char *file; /* source without a leading "./" */
	size_t filelen;
	unsigned line;
	char *nq, *na, *nc, *pa, *pq, *nb, *nl;
	int label;
	struct index_record r;
	long entry; /* matched entry, or -1 */
};

/* Whether code point c is punctuation, a symbol or a space: dropped. */
static int
is_mark(unsigned c)
{
	return (c >= 0x80 && c <= 0xbf) || c == 0xd7 || c == 0xf7 ||
	    (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) ||
	    (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xfe30 && c <= 0xfe6f) ||
	    (c >= 0xff00 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) ||
	    (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) ||
	    (c >= 0x1f000 && c <= 0x1faff) || c == 0xfffd;
}

static unsigned
fold(unsigned c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c >= 0xc0 && c <= 0xde && c != 0xd7)
		return c + 32;
	if (c >= 0x410 && c <= 0x42f)
		return c + 32;
	if (c >= 0x400 && c <= 0x40f)
		return c + 80;
	return c;
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* Skips a leading enumerator ("12.", "12)", "Q3:", "Q.", "Question 4 -";
 * with word, in a title, "Exercise 1.2:" and a bare "12" too): numbering,
 * not text. */
static const char *
skip_enumerator(const char *p, const char *e, int word)
{
	const char *s = p, *q;

	while (s < e && (*s == ' ' || *s == '\t' || *s == '*' || *s == '#'))
		s++;
	q = s;
	if (q < e && (*q == 'Q' || *q == 'q')) {
		q++;
		if (e - q >= 7 && strncmp(q, "uestion", 7) == 0)
			q += 7;
		while (q < e && *q == ' ')
			q++;
	} else if (word) {
		/* a label word and its number ("Exercise 1.2:", "Reto
		 * #10:", "Задача 5."): numbering too, when a number follows */
		const char *w = q;

		while (w < e && w - q < 24 &&
		    (((*w | 32) >= 'a' && (*w | 32) <= 'z') ||
		        (unsigned char)*w >= 0x80))
			w++;
		if (w > q) {
			const char *d = w;

			while (d < e && (*d == ' ' || *d == '#'))
				d++;
			if (d < e && is_digit(*d))
				q = d;
		}
	}
	if (q < e && is_digit(*q)) {
		/* "12", "1.2", "1.2.3" */
		while (q < e && is_digit(*q)) {
			while (q < e && is_digit(*q))
				q++;
			if (e - q >= 2 && *q == '.' && is_digit(q[1]))
				q++;
		}
		/* "17a." */
		if (e - q >= 2 && *q >= 'a' && *q <= 'z' &&
		    (q[1] == '.' || q[1] == ')'))
			q++;
	} else if (q == s || q >= e || (*q != '.' && *q != ':'))
		return p;
	/* "1- What": a dash that parts, not one that joins ("06-pv") */
	if (q < e &&
	    (*q == '.' || *q == ')' || *q == ':' ||
	        (*q == '-' && (q + 1 == e || q[1] == ' '))))
		q++;
	else if (q < e && (*q != ' ' || !word))
		return p; /* a bare number numbers a title ("12 <topic>"), not
		           * an answer ("1 2 3", "0.4.2 and later") */
	while (q < e && (*q == ' ' || *q == '*'))
		q++;
	return q < e ? q : p;
}

static int
md_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/* What normalise keeps and drops: a leading enumerator, an answer label,
 * markdown and HTML markup (in what beq stored; labels are plain text);
 * with N_PUNCT, punctuation is kept (an answer that is only "??"). */
enum {
	N_ENUM = 1,
	N_LABEL = 2,
	N_MARKDOWN = 4,
	N_PUNCT = 8,
	N_QUESTION = 16,
	N_BARE = 32 /* with N_LABEL: a label word with no colon too */
};

/* Skips a leading answer label ("Answer:", "**A:**", "- A:", "Ответ:") or
 * marker ("---ANSWER---", "[Answer]"): the page shows it, beq may drop
 * it, and neither is the answer's text. */
static const char *
skip_label(const char *p, const char *e, int bare)
{
	static const char labels[][16] = { "answer", "answers", "ans",
		"explanation", "solution", "a",
		"\xd0\x9e\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82", /* Ответ */
		"\xe7\xad\x94\xe6\xa1\x88", /* 答案 */
		"\xe5\x8f\x82\xe8\x80\x83\xe7\xad\x94\xe6\xa1\x88",
		"\xe5\x9b\x9e\xe7\xad\x94", "\xe8\xa7\xa3\xe7\xad\x94",
		"respuesta", "resposta", "r\xc3\xa9ponse", "antwort",
		"\xeb\x8b\xb5", "\xeb\x8b\xb5\xeb\xb3\x80" };
	const char *s = p;
	int marked = 0; /* "---", "===" or "[" before the word */

	for (; s < e && strchr(" \t\n*_#>-+=[", *s); s++)
		marked |= strchr("=[", *s) != NULL ||
		    (*s == '-' && s + 1 < e && s[1] == '-');
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		size_t n = strlen(labels[i]);
		const char *q = s + n;

		if ((size_t)(e - s) < n || strncasecmp(s, labels[i], n) != 0)
			continue;
		while (q < e && (*q == '*' || *q == '_' || *q == ' '))
			q++;
		if (q < e && *q == ':')
			return q + 1;
		/* "---ANSWER---", "=== Answer ===", "[Answer]": a marker */
		if (marked && n > 1 && q < e && strchr("-=]", *q) != NULL &&
		    !(*q == ']' && q + 1 < e && q[1] == '(')) { /* a link */
			while (q < e && strchr("-=] ", *q) != NULL)
				q++;
			return q;
		}
		if (e - q >= 3 && memcmp(q, "\xef\xbc\x9a", 3) == 0)
			return q + 3;
		/* with bare, "### Solution", "**Answer**" over the answer:
		 * the word alone on its line or before a space, a label too
		 * (not "A", a word of a sentence) */
		if (bare && n > 1 && q < e && (q[-1] == ' ' || *q == '\n')) {
			while (q < e && md_blank(*q))
				q++;
			return q;
		}
	}
	return p;
}

/* Writes TeX command p[0..e) ("\\Theta", "\\lg", "\\text{...}") into b as
 * a page renders it: a Greek letter as the letter, a function name as
 * its name, any other command (and the environment of \\begin and \\end)
 * as nothing, for the text after it to show; returns past what it read. */
static const char *
tex_command(const char *p, const char *e, struct buf *b)
{
	static const char *const greek[][2] = { { "alpha", "α" },
		{ "beta", "β" }, { "gamma", "γ" }, { "delta", "δ" },
		{ "epsilon", "ε" }, { "theta", "θ" }, { "lambda", "λ" },
		{ "mu", "μ" }, { "pi", "π" }, { "sigma", "σ" }, { "phi", "φ" },
		{ "omega", "ω" }, { "Theta", "Θ" }, { "Omega", "Ω" },
		{ "Delta", "Δ" }, { "Sigma", "Σ" }, { "Pi", "Π" },
		{ "Phi", "Φ" }, { "Gamma", "Γ" }, { "Lambda", "Λ" } };
	static const char *const names[] = { "lg", "log", "ln", "sin", "cos",
		"tan", "max", "min", "exp", "lim", "gcd", "deg", "det", "mod" };
	const char *q = p + 1;
	size_t n;

	while (q < e && (((*q | 32) >= 'a' && (*q | 32) <= 'z')))
		q++;
	n = (size_t)(q - p - 1);
	for (size_t i = 0; i < sizeof greek / sizeof greek[0]; i++)
		if (strlen(greek[i][0]) == n &&
		    memcmp(p + 1, greek[i][0], n) == 0) {
			buf_adds(b, greek[i][1]);
			return q;
		}
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strlen(names[i]) == n && memcmp(p + 1, names[i], n) == 0) {
			buf_add(b, p + 1, n);
			return q;
		}
	if ((n == 5 && memcmp(p + 1, "begin", 5) == 0) ||
	    (n == 3 && memcmp(p + 1, "end", 3) == 0)) {
		const char *close = q < e && *q == '{' ?
		    memchr(q, '}', (size_t)(e - q)) :
		    NULL;

		return close != NULL ? close + 1 : q;
	}
	return q;
}

/* The text as compared: markdown markup, HTML tags, entities, link
 * targets, code fence lines and punctuation dropped; letters and digits
 * kept, lower-cased. */
static char *
normalise(const char *text, size_t len, int how)
{
	const char *p = text, *e = text + len;
	struct buf b = { 0 };
	int code = 0; /* in a code span, where "<T>" is text */

	/* (a fence line that opens the text shows nothing: the enumerator
	 * is the one on the line under it, in code, as in a code span) */
	if ((how & N_MARKDOWN) && e - p >= 3 &&
	    (strncmp(p, "```", 3) == 0 || strncmp(p, "~~~", 3) == 0)) {
		while (p < e && *p != '\n')
			p++;
		while (p < e && (*p == '\n' || *p == ' '))
			p++;
		text = p;
		code = 1;
	}
	if (how & N_ENUM)
		p = skip_enumerator(p, e, (how & N_QUESTION) != 0);
	/* (and the enumerator after a label and the emphasis that closes
	 * it: "Answer: 1. Create ...", "### **Answer:**" then "1. ...") */
	if ((how & N_LABEL) &&
	    (p = skip_label(p, e, (how & N_BARE) != 0)) != text &&
	    (how & N_ENUM)) {
		while (p < e && strchr(" \t\n*_", *p) != NULL)
			p++;
		p = skip_enumerator(p, e, (how & N_QUESTION) != 0);
	}
	while (p < e) {
		uint32_t c;
		char enc[4];

		if (*p == '`')
			code = !code;
		/* TeX math ("$\\Theta(n)$") as the page renders it */
		if (*p == '$' && !code) {
			p++;
			continue;
		}
		/* (TeX outside "$" too: a label may give it bare) */
		if (!code && *p == '\\' && p + 1 < e &&
		    ((p[1] | 32) >= 'a' && (p[1] | 32) <= 'z')) {
			p = tex_command(p, e, &b);
			continue;
		}
		if (!(how & N_MARKDOWN))
			; /* plain text, as a person wrote it down */
		else if ((p == text || p[-1] == '\n') &&
		    (strncmp(p, "```", 3) == 0 || strncmp(p, "~~~", 3) == 0)) {
			while (p < e && *p != '\n')
				p++;
			continue;
		} else if (*p == ']' && p + 1 < e && p[1] == '(') {
			int depth = 0;

			for (p++; p < e; p++) {
				if (*p == '(')
					depth++;
				else if (*p == ')' && --depth == 0)
					break;
			}
			p++;
			continue;
		}
		/* a tag, which may run over lines, and a comment, whose
		 * text shows no more than the tag's */
		else if (*p == '<' && e - p >= 4 && memcmp(p, "<!--", 4) == 0) {
			const char *end = p + 4;

			while (end + 3 <= e && memcmp(end, "-->", 3) != 0)
				end++;
			p = end + 3 <= e ? end + 3 : e;
			continue;
		} else if (*p == '<' && !code && p + 1 < e &&
		    (((p[1] | 32) >= 'a' && (p[1] | 32) <= 'z') ||
		        p[1] == '/' || p[1] == '!')) {
			const char *gt = memchr(p, '>', (size_t)(e - p));

			if (gt != NULL && gt - p < 2000) {
				p = gt + 1;
				continue;
			}
		}
		if (*p == '&') {
			const char *q = p + 1;

			if (q < e && *q == '#')
				q++;
			while (q < e && q - p < 10 &&
			    (((*q | 32) >= 'a' && (*q | 32) <= 'z') ||
			        is_digit(*q)))
				q++;
			if (q < e && *q == ';' && q > p + 1) {
				p = q + 1;
				continue;
			}
		}
		p += utf8_decode(p, (size_t)(e - p), &c);
		if ((how & N_PUNCT) ?
		        c <= ' ' || c == '`' || c == '*' || c == '_' :
		        c < 0x80 ? !(is_digit((int)c) ||
		                       ((c | 32) >= 'a' && (c | 32) <= 'z')) :
		                   is_mark(c))
			continue;
		buf_add(&b, enc, utf8_encode(fold(c), enc));
	}
	buf_addc(&b, '\0');
	return buf_take(&b);
}

static int
starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static int
answer_ok(const char *want, const char *got)
{
	size_t n = strlen(want);

	if (n == 0)
		return *got == '\0';
	if (n > ANSWER_CMP)
		n = ANSWER_CMP;
	return strncmp(want, got, n) == 0;
}

/* Splits line at TABs into f[0..n); returns how many fields it has. */
static size_t
fields(char *line, char **f, size_t n)
{
	size_t k = 1;

	f[0] = line;
	for (char *p = line; *p; p++)
		if (*p == '\t') {
			*p = '\0';
			if (k < n)
				f[k] = p + 1;
			k++;
		}
	return k;
}

/* Whether question q[0..n) is a label only, no text of its own: a word
 * or two and a number last, three words at most ("Question 3.",
 * "Knowledge Check 2", "Exercises 22.3-1", "Reto #10"; not "What is
 * HTTP 2"), a note in brackets after it aside
 * ("(2 points)"). Such a heading's question is stated under it: a
 * labeller may take either for the question, and the other is its body
 * (BANKS.md: an enumerator is numbering, not text; what completes a
 * heading is its body). */
static int
label_like(const char *q, size_t n)
{
	const char *p = q, *e = q + n, *last;
	int words = 0;

	while (e > p && strchr(" \t*_.:", e[-1]) != NULL)
		e--;
	if (e > p && (e[-1] == ')' || e[-1] == ']')) {
		const char *o = e - 1;

		while (o > p && *o != '(' && *o != '[')
			o--;
		if (o > p)
			e = o;
		while (e > p && strchr(" \t*_.:", e[-1]) != NULL)
			e--;
	}
	/* the last word: a number ("3", "22.3-1", "#10") */
	for (last = e; last > p && strchr(" \t*_", last[-1]) == NULL; last--)
		;
	if (last < e && *last == '#')
		last++;
	if (last == e || !is_digit(*last))
		return 0;
	for (const char *d = last; d < e; d++)
		if (!is_digit(*d) && strchr(".-", *d) == NULL)
			return 0;
	for (int in_word = 0; p < e; p++) {
		int space = strchr(" \t*_", *p) != NULL;

		words += !space && !in_word;
		in_word = !space;
	}
	return words <= 3;
}

static int
read_expect(const char *path, struct entry **out, size_t *nout)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, n = 0, lineno = 0;
	ssize_t len;
	struct entry *v = NULL;

	if (!f) {
		perror(path);
		return -1;
	}
	while ((len = getline(&line, &cap, f)) >= 0) {
		char *fld[7];
		struct entry *en;

		lineno++;
		while (
		    len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0 || line[0] == '#')
			continue;
		if (fields(line, fld, 7) != 7) {
			fprintf(stderr,
			    "%s:%zu: expected 7 TAB-separated fields\n", path,
			    lineno);
			free(line);
			fclose(f);
			*out = v, *nout = n;
			return -1;
		}
		v = xreallocarray(v, n + 1, sizeof *v);
		en = &v[n++];
		en->file = xstrdup(fld[0]);
		en->line = (unsigned)strtoul(fld[1], NULL, 10);
		en->opt = strcmp(fld[2], "opt") == 0;
		en->category = xstrdup(fld[3]);
		en->question = xstrdup(fld[4]);
		en->answer = xstrdup(fld[5]);
		en->nq = normalise(fld[4], strlen(fld[4]), N_ENUM | N_QUESTION);
		en->na = normalise(fld[5], strlen(fld[5]), N_ENUM | N_LABEL);
		en->nl = normalise(
		    fld[5], strlen(fld[5]), N_ENUM | N_LABEL | N_BARE);
		en->pa = NULL;
		if (*en->na == '\0')
			en->pa = normalise(
			    fld[5], strlen(fld[5]), N_ENUM | N_LABEL | N_PUNCT);
		en->pq = normalise(
		    fld[4], strlen(fld[4]), N_ENUM | N_QUESTION | N_PUNCT);
		en->nc = normalise(fld[3], strlen(fld[3]), 0);
		en->nb = normalise(fld[6], strlen(fld[6]), N_ENUM | N_QUESTION);
		en->label = label_like(fld[4], strlen(fld[4]));
		en->rec = -1;
	}
	free(line);
	fclose(f);
	*out = v, *nout = n;
	return 0;
}

static int
same_file(const struct entry *en, const struct rec *r)
{
	size_t n = strlen(en->file);

	if (r->filelen == n)
		return memcmp(r->file, en->file, n) == 0;
	return r->filelen > n && r->file[r->filelen - n - 1] == '/' &&
	    memcmp(r->file + r->filelen - n, en->file, n) == 0;
}

static unsigned
dist(unsigned a, unsigned b)
{
	return a > b ? a - b : b - a;
}

/* Whether the questions are the same one: equal, or one starts with the
 * other (a question with its body, a title cut short) near the same
 * line. */
static int
same_question(const struct entry *en, const struct rec *r, int exact)
{
	/* a question of pictographs only ("🌟🌟", an exercise's rating)
	 * leaves no letter to compare: its marks are compared, at its line */
	if (!*en->nq && !*r->nq)
		return *en->pq && strcmp(en->pq, r->pq) == 0 &&
		    dist(en->line, r->line) <= LINE_SLACK;
	if (exact)
		return *en->nq && strcmp(en->nq, r->nq) == 0;
	if (dist(en->line, r->line) > LINE_SLACK || !*en->nq || !*r->nq)
		return 0;
	return starts_with(en->nq, r->nq) || starts_with(r->nq, en->nq);
}

/* Whether the entry and the record read one question near the same
 * line, a label's question taken for the statement under it
 * (label_like): "Question 3" and its body "What is X?" are "What is
 * X?". */
static int
same_by_body(const struct entry *en, const struct rec *r)
{
	const char *qe = en->label ? en->nb : en->nq;
	const char *qr = r->label ? r->nb : r->nq;

	if ((!en->label && !r->label) || dist(en->line, r->line) > LINE_SLACK ||
	    !*qe || !*qr)
		return 0;
	return starts_with(qe, qr) || starts_with(qr, qe);
}

/* A candidate pair: entry i, record j, their lines d apart. */
struct pair {
	size_t i, j;
	unsigned d;
};

static int
cmp_pair(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;

	if (x->d != y->d)
		return x->d < y->d ? -1 : 1;
	if (x->i != y->i)
		return x->i < y->i ? -1 : 1;
	return x->j < y->j ? -1 : x->j > y->j;
}

/* Pairs entries with records: exact questions first, then prefixes,
 * then a label's statement (same_by_body); in each pass the nearest
 * pairs first, so that a question listed twice (an index above, the
 * answered heading below) goes to the entry at its own line, whatever
 * the order of the entries. */
static void
match(struct entry *ev, size_t ne, struct rec *rv, size_t nr)
{
	for (int exact = 1; exact >= -1; exact--) {
		struct pair *pv = NULL;
		size_t np = 0, cap = 0;

		for (size_t i = 0; i < ne; i++)
			for (size_t j = 0; ev[i].rec < 0 && j < nr; j++) {
				if (rv[j].entry >= 0 ||
				    !same_file(&ev[i], &rv[j]) ||
				    !(exact >= 0 ?
				            same_question(
				                &ev[i], &rv[j], exact) :
				            same_by_body(&ev[i], &rv[j])))
					continue;
				if (np == cap) {
					cap = cap ? 2 * cap : 64;
					pv = xreallocarray(pv, cap, sizeof *pv);
				}
				pv[np++] = (struct pair){ i, j,
					dist(ev[i].line, rv[j].line) };
			}
		if (np > 0)
			qsort(pv, np, sizeof *pv, cmp_pair);
		for (size_t k = 0; k < np; k++)
			if (ev[pv[k].i].rec < 0 && rv[pv[k].j].entry < 0) {
				ev[pv[k].i].rec = (long)pv[k].j;
				rv[pv[k].j].entry = (long)pv[k].i;
			}
		free(pv);
	}
}

static void
show(const char *what, const char *file, size_t filelen, unsigned line,
    const char *text, size_t len)
{
	printf("%s\t%.*s:%u\t", what, (int)filelen, file, line);
	for (size_t i = 0; i < len && i < 100; i++)
		putchar(text[i] == '\n' || text[i] == '\t' ? ' ' : text[i]);
	putchar('\n');
}

int
main(int argc, char **argv)
{
	int verbose = 0, rc = 1;
	struct entry *ev = NULL;
	struct rec *rv = NULL;
	size_t ne = 0, nr = 0;
	struct index ix = { 0 };
	char err[BEQ_ERR_MAX];
	size_t expected = 0, optional = 0, found = 0, extra_opt = 0,
	       answers = 0, categories = 0;

	if (argc > 1 && strcmp(argv[1], "-v") == 0)
		verbose = 1, argc--, argv++;
	if (argc != 3) {
		fprintf(stderr, "usage: eval [-v] EXPECT INDEX\n");
		return 2;
	}
	if (read_expect(argv[1], &ev, &ne) < 0)
		goto out;
	if (index_open_file(&ix, argv[2], err, sizeof err) < 0) {
		fprintf(stderr, "%s: %s\n", argv[2], err);
		goto out;
	}
	nr = ix.nrecords;
	rv = xcalloc(nr ? nr : 1, sizeof *rv);
	for (size_t j = 0; j < nr; j++) {
		struct rec *r = &rv[j];
		struct index_category c;

		index_record(&ix, (uint32_t)j, &r->r);
		index_category(&ix, r->r.category, &c);
		r->file = r->r.source.p;
		r->filelen = r->r.source.len;
		while (r->filelen > 2 && r->file[0] == '.' && r->file[1] == '/')
			r->file += 2, r->filelen -= 2;
		r->line = r->r.line;
		/* a question is text ("<role>" in it is no tag); an answer
		 * is markdown, HTML blocks and all */
		r->nq = normalise(
		    r->r.question.p, r->r.question.len, N_ENUM | N_QUESTION);
		r->na = normalise(r->r.answer.p, r->r.answer.len,
		    N_ENUM | N_LABEL | N_MARKDOWN);
		r->pa = normalise(r->r.answer.p, r->r.answer.len,
		    N_ENUM | N_LABEL | N_MARKDOWN | N_PUNCT);
		r->nl = normalise(r->r.answer.p, r->r.answer.len,
		    N_ENUM | N_LABEL | N_MARKDOWN | N_BARE);
		r->pq = normalise(r->r.question.p, r->r.question.len,
		    N_ENUM | N_QUESTION | N_PUNCT);
		r->nc = normalise(c.name.p, c.name.len, N_MARKDOWN);
		r->nb = normalise(r->r.body.p, r->r.body.len,
		    N_ENUM | N_QUESTION | N_MARKDOWN);
		r->label = label_like(r->r.question.p, r->r.question.len);
		r->entry = -1;
	}
	match(ev, ne, rv, nr);
	for (size_t i = 0; i < ne; i++) {
		const struct rec *r = ev[i].rec >= 0 ? &rv[ev[i].rec] : NULL;

		if (ev[i].opt) {
			optional++;
			extra_opt += r != NULL;
			continue;
		}
		expected++;
		if (!r) {
			if (verbose)
				show("miss", ev[i].file, strlen(ev[i].file),
				    ev[i].line, ev[i].question,
				    strlen(ev[i].question));
			continue;
		}
		found++;
		/* (a label word alone, "### Solution" over the answer, may
		 * be on one side only: either side read with or without
		 * it) */
		if (ev[i].pa != NULL && *ev[i].pa != '\0' ?
		        answer_ok(ev[i].pa, r->pa) :
		        answer_ok(ev[i].na, r->na) ||
		            answer_ok(ev[i].nl, r->nl) ||
		            answer_ok(ev[i].na, r->nl) ||
		            answer_ok(ev[i].nl, r->na))
			answers++;
		else if (verbose) {
			show("answer", ev[i].file, strlen(ev[i].file),
			    ev[i].line, r->r.answer.p, r->r.answer.len);
			printf("\t\twanted: %s\n", ev[i].answer);
		}
		if (strcmp(ev[i].nc, r->nc) == 0)
			categories++;
		else if (verbose) {
			struct index_category c;

			index_category(&ix, r->r.category, &c);
			show("category", ev[i].file, strlen(ev[i].file),
			    ev[i].line, c.name.p, c.name.len);
			printf("\t\twanted: %s\n", ev[i].category);
		}
	}
	for (size_t j = 0; j < nr; j++)
		if (rv[j].entry < 0 && verbose)
			show("extra", rv[j].file, rv[j].filelen, rv[j].line,
			    rv[j].r.question.p, rv[j].r.question.len);
	/* records: those that match no optional entry */
	printf("%zu\t%zu\t%zu\t%zu\t%zu\t%zu\n", expected, optional,
	    nr - extra_opt, found, answers, categories);
	rc = ferror(stdout) || fflush(stdout) ? 2 : 0;
out:
	for (size_t i = 0; i < ne; i++) {
		free(ev[i].file), free(ev[i].category), free(ev[i].question);
		free(ev[i].answer), free(ev[i].nq), free(ev[i].na);
		free(ev[i].nc), free(ev[i].pa), free(ev[i].pq);
		free(ev[i].nb), free(ev[i].nl);
	}
	free(ev);
	for (size_t j = 0; j < nr; j++) {
		free(rv[j].nq), free(rv[j].na), free(rv[j].nc);
		free(rv[j].pa), free(rv[j].pq), free(rv[j].nb), free(rv[j].nl);
	}
	free(rv);
	index_close(&ix);
	return rc;
}
