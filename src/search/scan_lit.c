/* The scan path's literals (scan.h): the literal that every match of a
 * pattern holds, read off the pattern's syntax, and the search for it in
 * a span of text, which looks for its two rarest bytes 32 places at a
 * time (measured on gen-corpus 100M: one rare byte with memchr-like
 * steps stopped at every 'y' of "memory", 44% of a scan; the pair, 14%;
 * 32 places a step rather than 16: scan.c), or 64 where the CPU has AVX2
 * (asked at run time; the binary still runs on any x86-64). AVX2 against
 * the portable steps on gen-corpus 1G, search --count -s Qt, which scans
 * all 977 MB of text (hyperfine -N, 30 runs interleaved, 2 cores shared):
 * 121 -> 105 ms; a program that only memchr()s the same bytes on two
 * threads takes 80 ms, its page faults and unmapping included. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#include <immintrin.h>
#define BEQ_LIT_AVX2 1
#endif

#include "config.h"
#include "scan.h"
#include "scan_lit.h"

/* ---- the literal a pattern requires ---- */

/* Builds, in *best, the longest run of plain characters of pat[0..n) that
 * every match holds; returns -1 when pat's syntax is past this reader. */
static int
longest_run(const char *pat, size_t n, int fixed, int caseless,
    struct scan_lit *best, int *split)
{
	size_t i = 0, start = 0, len = 0; /* the current run */

#define END_RUN() \
	do { \
		if (len > best->len) { \
			best->p = pat + start; \
			best->len = len; \
		} \
		len = 0; \
	} while (0)
	while (i < n) {
		unsigned char c = (unsigned char)pat[i];

		if (fixed ||
		    (c != '\\' && c != '[' && c != '(' && c != ')' &&
		        c != '|' && c != '.' && c != '^' && c != '$' &&
		        c != '*' && c != '?' && c != '+' && c != '{' &&
		        c != '}')) {
			/* a literal character; one that is not the same bytes
			 * in every match ends the run: quotes (they fold),
			 * letters beyond ASCII without case (k and s, which
			 * U+212A and U+017F match too, are dealt with apart:
			 * scan_lit.ks) */
			int plain = c != '\'' && c != '"' &&
			    !(caseless && c >= 0x80);

			if (!plain) {
				END_RUN();
				*split = 1;
				i++;
				while (i < n &&
				    ((unsigned char)pat[i] & 0xc0) == 0x80)
					i++;
				continue;
			}
			if (len == 0)
				start = i;
			len++;
			i++;
			continue;
		}
		*split = 1;
		switch (c) {
		case '*':
		case '?':
			/* the character before is optional: off the run */
			if (len > 0) {
				do
					len--;
				while (len > 0 &&
				    ((unsigned char)pat[start + len] & 0xc0) ==
				        0x80);
			}
			END_RUN();
			i++;
			break;
		case '{': {
			/* a quantifier {n}, {n,}, {n,m}; else give up */
			size_t j = i + 1, min = 0, digits = 0;

			while (j < n && pat[j] >= '0' && pat[j] <= '9')
				min = min * 10 + (size_t)(pat[j++] - '0'),
				digits++;
			if (digits == 0 || digits > 6)
				return -1;
			while (j < n &&
			    ((pat[j] >= '0' && pat[j] <= '9') || pat[j] == ','))
				j++;
			if (j == n || pat[j] != '}')
				return -1;
			if (min == 0 && len > 0) {
				do
					len--;
				while (len > 0 &&
				    ((unsigned char)pat[start + len] & 0xc0) ==
				        0x80);
			}
			END_RUN();
			i = j + 1;
			break;
		}
		case '\\': {
			/* \d and the like, and escaped punctuation, are two
			 * bytes; other escapes (\x{..}, \Q, \p{..},
			 * backreferences) are past this reader */
			unsigned char d;

			END_RUN();
			if (i + 1 == n)
				return -1;
			d = (unsigned char)pat[i + 1];
			if (d >= 0x80 ||
			    (isalnum(d) &&
			        strchr("dDwWsShHvVRXbBAzZGntrfea", d) == NULL))
				return -1;
			i += 2;
			break;
		}
		case '[': {
			/* a class: skipped whole ([]..] and [^]..] hold a ]) */
			size_t j = i + 1;

			END_RUN();
			if (j < n && pat[j] == '^')
				j++;
			if (j < n && pat[j] == ']')
				j++;
			while (j < n && pat[j] != ']') {
				if (pat[j] == '\\')
					j++;
				else if (pat[j] == '[' && j + 1 < n &&
				    pat[j + 1] == ':') {
					const char *e = strstr(pat + j, ":]");

					if (e == NULL || e >= pat + n)
						return -1;
					j = (size_t)(e - pat) + 1;
				}
				j++;
			}
			if (j >= n)
				return -1;
			i = j + 1;
			break;
		}
		case '(': {
			/* a group: skipped whole; (? and (* are options,
			 * lookaround and verbs, past this reader */
			size_t j = i + 1, depth = 1;

			END_RUN();
			if (j < n && (pat[j] == '?' || pat[j] == '*'))
				return -1;
			while (j < n && depth > 0) {
				if (pat[j] == '\\')
					j++;
				else if (pat[j] == '(')
					depth++;
				else if (pat[j] == ')')
					depth--;
				else if (pat[j] == '[')
					return -1; /* a ) may hide in it */
				j++;
			}
			if (depth > 0)
				return -1;
			i = j;
			break;
		}
		case '|':
		case ')':
		case '}': return -1;
		default: /* . ^ $ + */ END_RUN(); i++;
		}
	}
	END_RUN();
#undef END_RUN
	return 0;
}

void
scan_literal(
    const char *pat, int fixed, int word, int caseless, struct scan_lit *lit)
{
	int split = 0;

	memset(lit, 0, sizeof *lit);
	if (longest_run(pat, strlen(pat), fixed, caseless, lit, &split) == -1 ||
	    lit->len == 0) {
		memset(lit, 0, sizeof *lit);
		return;
	}
	lit->caseless = caseless;
	/* the finder looks for BEQ_SCAN_MAX_LITERAL bytes at most: a longer
	 * literal found is only its start found */
	lit->whole = !split && !word && lit->len == strlen(pat) &&
	    lit->len <= BEQ_SCAN_MAX_LITERAL;
	for (size_t i = 0; caseless && i < lit->len; i++)
		if ((lit->p[i] | 0x20) == 'k' || (lit->p[i] | 0x20) == 's')
			lit->ks = 1;
}

int
scan_spanable(const char *re, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		char c = re[i], d = i + 1 < len ? re[i + 1] : '\0';

		if (c == '^' || c == '$')
			return 0;
		if (c == '\\' && d != '\0' && strchr("bBAzZGK", d) != NULL)
			return 0;
		if (c == '(' &&
		    (d == '*' ||
		        (d == '?' && (i + 2 >= len || re[i + 2] != ':'))))
			return 0;
	}
	return 1;
}

/* ---- finding a literal ---- */

/* How rare byte c is in English technical text: higher is rarer. */
static int
rarity(unsigned char c, int caseless)
{
	static const char common[] = "etaoinsrhldcumfpgwybvkxjqz";

	if (c == ' ')
		return -1;
	if (c >= 'a' && c <= 'z')
		return (int)(strchr(common, c) - common);
	if (c >= 'A' && c <= 'Z')
		return caseless ? rarity((unsigned char)(c | 0x20), 1) :
		                  26 + (int)(strchr(common, c | 0x20) - common);
	if (c >= '0' && c <= '9')
		return 20;
	return c >= 0x80 ? 30 : 15;
}

void
scan_lit_init(struct scan_lit_finder *f, const struct scan_lit *lit)
{
	size_t i;
	int r1 = -2, r2 = -2, r;

	f->len = lit->len < BEQ_SCAN_MAX_LITERAL ? lit->len :
	                                           BEQ_SCAN_MAX_LITERAL;
	f->a1 = f->a2 = 0;
	for (i = 0; i < f->len; i++) {
		unsigned char c = (unsigned char)lit->p[i];
		int letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';

		f->fold[i] = lit->caseless && letter ? 0x20 : 0;
		f->needle[i] = c | f->fold[i];
		r = rarity(c, lit->caseless);
		if (r > r1) {
			r2 = r1, f->a2 = f->a1;
			r1 = r, f->a1 = i;
		} else if (r > r2) {
			r2 = r;
			f->a2 = i;
		}
	}
	if (f->len > 1 && f->a2 == f->a1)
		f->a2 = f->a1 == 0 ? 1 : 0;
#ifdef BEQ_LIT_AVX2
	f->wide = __builtin_cpu_supports("avx2") != 0;
#else
	f->wide = 0;
#endif
}

typedef unsigned char v16 __attribute__((vector_size(16)));

/* Reports whether the literal is at s. */
static int
finder_at(const struct scan_lit_finder *f, const unsigned char *s)
{
	size_t i;

	for (i = 0; i < f->len; i++)
		if ((s[i] | f->fold[i]) != f->needle[i])
			return 0;
	return 1;
}

/* The 16 places from p where both rare bytes of f stand where they would
 * in the literal (folded): a byte of all ones each. */
static inline v16
pair_mask(const struct scan_lit_finder *f, const unsigned char *p,
    unsigned char f1, unsigned char c1, unsigned char f2, unsigned char c2)
{
	v16 x, y;

	memcpy(&x, p + f->a1, 16);
	memcpy(&y, p + f->a2, 16);
	return (v16)((x | f1) == c1) & (v16)((y | f2) == c2);
}

/* Whether any byte of x is set. */
static inline int
any_byte(v16 x)
{
	uint64_t w[2];

	memcpy(w, &x, 16);
	return (w[0] | w[1]) != 0;
}

#ifdef BEQ_LIT_AVX2
/* The places u[0..32) where both rare bytes of f stand where they would
 * in the literal (folded), a bit each. */
__attribute__((target("avx2"))) static inline uint32_t
pair_bits(const struct scan_lit_finder *f, const unsigned char *u, __m256i f1,
    __m256i c1, __m256i f2, __m256i c2)
{
	__m256i x = _mm256_loadu_si256(
	    (const __m256i *)(const void *)(u + f->a1));
	__m256i y = _mm256_loadu_si256(
	    (const __m256i *)(const void *)(u + f->a2));

	x = _mm256_cmpeq_epi8(_mm256_or_si256(x, f1), c1);
	y = _mm256_cmpeq_epi8(_mm256_or_si256(y, f2), c2);
	return (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(x, y));
}

/* scan_lit_next's search 64 places a step, with AVX2: returns the first
 * occurrence of f at *at or after, or n with *at moved to where fewer
 * than 64 places are left. */
__attribute__((target("avx2"))) static size_t
next_avx2(const struct scan_lit_finder *f, const unsigned char *u, size_t n,
    size_t *at)
{
	const __m256i c1 = _mm256_set1_epi8((char)f->needle[f->a1]),
	              c2 = _mm256_set1_epi8((char)f->needle[f->a2]),
	              f1 = _mm256_set1_epi8((char)f->fold[f->a1]),
	              f2 = _mm256_set1_epi8((char)f->fold[f->a2]);
	size_t i = *at, last = n - f->len;
	uint64_t m;

	for (; i + 64 <= last + 1; i += 64) {
		m = pair_bits(f, u + i, f1, c1, f2, c2) |
		    (uint64_t)pair_bits(f, u + i + 32, f1, c1, f2, c2) << 32;
		for (; m != 0; m &= m - 1) {
			size_t k = (size_t)__builtin_ctzll(m);

			if (finder_at(f, u + i + k))
				return i + k;
		}
	}
	*at = i;
	return n;
}
#endif

/* Returns the offset of the first occurrence of f in s[from..n), or n.
 * Looks for both rare bytes where they would be 64 places at once with
 * AVX2, else 32 (then 16) with the compiler's portable vector extension
 * (SSE2, NEON), and at the whole literal only where both are. */
size_t
scan_lit_next(
    const struct scan_lit_finder *f, const char *s, size_t n, size_t from)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char c1 = f->needle[f->a1], c2 = f->needle[f->a2],
	              f1 = f->fold[f->a1], f2 = f->fold[f->a2];
	size_t at = from, k, last;

	if (f->len == 0 || n < f->len || from > n - f->len)
		return n;
	last = n - f->len; /* the last place the literal may start */
#ifdef BEQ_LIT_AVX2
	if (f->wide && (k = next_avx2(f, u, n, &at)) < n)
		return k;
#endif
	for (; at + 32 <= last + 1; at += 32) {
		if (!any_byte(pair_mask(f, u + at, f1, c1, f2, c2) |
		        pair_mask(f, u + at + 16, f1, c1, f2, c2)))
			continue;
		for (k = 0; k < 32; k++)
			if (finder_at(f, u + at + k))
				return at + k;
	}
	for (; at + 16 <= last + 1; at += 16) {
		if (!any_byte(pair_mask(f, u + at, f1, c1, f2, c2)))
			continue;
		for (k = 0; k < 16; k++)
			if (finder_at(f, u + at + k))
				return at + k;
	}
	for (; at <= last; at++)
		if (finder_at(f, u + at))
			return at;
	return n;
}

size_t
scan_find(const struct scan_lit *lit, const char *s, size_t n, size_t from)
{
	struct scan_lit_finder f;

	scan_lit_init(&f, lit);
	return scan_lit_next(&f, s, n, from);
}
