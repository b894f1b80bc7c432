/* gencorpus: writes a deterministic corpus of markdown question banks of
 * any size, for the differential test at scale (make check, 10 MB) and the
 * scale table of make bench (10 MB to 1 GB). No input, no network: the same
 * options give the same bytes on every machine.
 *
 * The text is technical English-like prose: a few hundred real words of the
 * trade drawn by Zipf's law, whose long tail is pronounceable made-up words
 * (so that the number of distinct words and trigrams grows with the corpus
 * as in real text), identifiers, numbers, paths and some UTF-8. Every file
 * holds categories (##) of questions in one of the shapes beq reads: the
 * built-in numbered **bold** format, a ### heading per question (with
 * lists and code fences in the answers), or <details> blocks. Some phrases
 * are planted at fixed rates per record, for the benchmark's queries (see
 * tests/bench/queries.tsv): "thundering herd", "Paxos" in three spellings,
 * "deadlock", "dead lock" and "livelock", "Qt" and ISO dates; "memory" is
 * a common word, and no file ever holds "zzqqxx".
 *
 * Usage: gencorpus [-s SIZE] [-f FILE-SIZE] [-S SEED] DIR
 * SIZE and FILE-SIZE take a k, M or G suffix (powers of 1024); the defaults
 * are 10M, 64k and 1. Writes DIR/NNNNN.md (DIR is created if missing) and
 * prints "FILES RECORDS BYTES" on stdout. */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static unsigned long long rng;

static unsigned long long
rnd(void)
{
	unsigned long long x = (rng += 0x9e3779b97f4a7c15ull);

	x = (x ^ x >> 30) * 0xbf58476d1ce4e5b9ull;
	x = (x ^ x >> 27) * 0x94d049bb133111ebull;
	return x ^ x >> 31;
}

static size_t
pick(size_t n)
{
	return (size_t)(rnd() % n);
}

/* 1 with probability 1/n */
static int
one_in(size_t n)
{
	return pick(n) == 0;
}

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* The head of the vocabulary, most frequent first: function words, then
 * the trade's words. "memory" is among them, a common word everywhere. */
static const char *const head[] = { "the", "a", "of", "to", "and", "is", "in",
	"that", "it", "for", "as", "with", "on", "be", "are", "by", "or",
	"this", "can", "an", "data", "when", "which", "from", "each", "not",
	"server", "memory", "request", "system", "thread", "process", "if",
	"its", "but", "one", "more", "database", "used", "query", "cache",
	"time", "all", "between", "value", "client", "service", "they", "into",
	"than", "may", "other", "while", "application", "network", "index",
	"transaction", "lock", "key", "table", "file", "so", "only", "without",
	"state", "call", "function", "object", "error", "connection", "user",
	"such", "where", "read", "write", "load", "message", "queue", "node",
	"cluster", "consistency", "latency", "throughput", "performance",
	"security", "token", "session", "protocol", "packet", "socket", "port",
	"kernel", "disk", "page", "buffer", "stream", "event", "handler",
	"schema", "column", "row", "replica", "partition", "shard", "leader",
	"follower", "election", "timeout", "retry", "failure", "recovery",
	"log", "commit", "rollback", "isolation", "level", "snapshot",
	"version", "conflict", "merge", "branch", "build", "test", "deploy",
	"container", "image", "pod", "scheduler", "resource", "limit", "quota",
	"policy", "role", "permission", "access", "control", "authentication",
	"authorization", "encryption", "certificate", "hash", "signature",
	"algorithm", "complexity", "tree", "graph", "list", "array", "map",
	"set", "heap", "stack", "pointer", "reference", "garbage", "collector",
	"allocation", "leak", "mutex", "semaphore", "condition", "variable",
	"race", "atomic", "operation", "compare", "swap", "barrier", "channel",
	"goroutine", "coroutine", "async", "await", "promise", "future",
	"callback", "loop", "iterator", "generator", "closure", "scope",
	"module", "package", "library", "framework", "interface", "class",
	"method", "inheritance", "composition", "pattern", "singleton",
	"factory", "adapter", "proxy", "gateway", "balancer", "router",
	"endpoint", "route", "header", "body", "payload", "response", "status",
	"code", "idempotent", "stateless", "rest", "graphql", "grpc", "http",
	"tcp", "udp", "dns", "tls", "ssl", "api", "json", "xml", "yaml", "sql",
	"nosql", "orm", "cdn", "vm", "cpu", "gpu", "ram", "ssd", "io", "cap",
	"acid", "base", "eventual", "strong", "weak", "durable", "available",
	"scalable", "horizontal", "vertical", "sharding", "replication",
	"consensus", "quorum", "vote", "term", "epoch", "clock", "vector",
	"lamport", "timestamp", "ordering", "causal", "linearizable",
	"serializable", "monitoring", "metrics", "tracing", "logging", "alert",
	"dashboard", "incident", "outage", "rate", "limiter", "backpressure",
	"circuit", "breaker", "bulkhead", "fallback", "degradation",
	"migration", "backup", "restore", "archive", "compression", "encoding",
	"serialization", "deserialization", "checksum", "integrity",
	"validation", "sanitization", "injection", "cross", "site", "scripting",
	"forgery", "origin", "cookie", "storage", "persistent", "volatile",
	"ephemeral", "immutable", "mutable", "concurrent", "parallel",
	"sequential", "distributed", "centralized", "microservice", "monolith",
	"serverless", "function", "trigger", "webhook", "polling", "push",
	"pull", "publish", "subscribe", "topic", "broker", "consumer",
	"producer", "offset", "watermark", "window", "batch", "pipeline", "job",
	"worker", "pool", "executor", "task", "priority", "fairness",
	"starvation", "preemption", "context", "switch", "overhead",
	"benchmark", "profiling", "bottleneck", "optimization", "tradeoff",
	"design", "architecture", "layer", "tier", "boundary", "contract",
	"dependency", "injection", "inversion", "coupling", "cohesion",
	"abstraction", "encapsulation", "polymorphism", "usually", "often",
	"always", "never", "typically", "instead", "because", "however",
	"therefore", "example", "important", "common", "different", "same",
	"multiple", "single", "large", "small", "fast", "slow", "new", "old",
	"first", "last", "next", "previous", "high", "low", "safe", "unsafe",
	"simple", "complex", "efficient", "reliable", "handles", "stores",
	"returns", "sends", "receives", "blocks", "releases", "acquires",
	"writes", "reads", "updates", "deletes", "creates", "ensures",
	"prevents", "allows", "requires", "reduces", "increases", "avoids",
	"supports", "provides", "uses", "runs" };

/* Syllables of the made-up words of the long tail. No q, and no z beside
 * another z, so that "zzqqxx" is never written. */
static const char *const syl[] = { "ba", "be", "bi", "bo", "bu", "ca", "ce",
	"ci", "co", "cu", "da", "de", "di", "do", "du", "fa", "fe", "fi", "fo",
	"ga", "ge", "gi", "go", "ha", "he", "hi", "ho", "ja", "jo", "ka", "ke",
	"ki", "ko", "la", "le", "li", "lo", "lu", "ma", "me", "mi", "mo", "mu",
	"na", "ne", "ni", "no", "nu", "pa", "pe", "pi", "po", "ra", "re", "ri",
	"ro", "ru", "sa", "se", "si", "so", "su", "ta", "te", "ti", "to", "tu",
	"va", "ve", "vi", "vo", "wa", "we", "wi", "ya", "yo", "za", "ze", "zo",
	"str", "tr", "pl", "gr", "th", "sh", "ch", "ck", "nd", "nt", "rt", "st",
	"ll", "ss", "ng", "tion", "ment", "ness", "able", "ing", "er", "or",
	"al", "ic", "ous", "ive", "ize", "ful", "less", "ex", "in", "un", "on",
	"an", "en", "ar", "ir", "ur", "ay", "ey", "oy", "ow", "aw" };

/* Phrases and words with a real accent or punctuation, for UTF-8 text. */
static const char *const utf8[] = { "naïve", "café", "façade", "résumé",
	"Gödel", "Dijkstra’s", "it’s", "don’t", "—", "–", "→", "≤", "×",
	"“quoted”", "Straße", "Ærø", "µs", "½" };

static const char *const cats[] = { "Programming Fundamentals", "Databases",
	"Networking", "Operating Systems", "Concurrency", "Distributed Systems",
	"Security", "APIs and Web Services", "Caching", "Message Queues",
	"Cloud and DevOps", "Testing", "System Design",
	"Data Structures and Algorithms", "Observability", "Performance",
	"Storage Engines", "Containers", "Version Control", "Compilers" };

static const char *const ask[] = { "What is the difference between %s and "
	                           "%s?",
	"How does %s work with %s?", "Explain %s in the context of %s.",
	"When would you use %s instead of %s?", "Why is %s important for %s?",
	"What happens to %s when %s fails?", "How do you debug %s in %s?",
	"Describe how %s affects %s.",
	"What are the tradeoffs of %s versus "
	"%s?",
	"How would you design %s for %s?" };

/* The vocabulary's ranks are 0 to 2^OCTAVES - 2, head and tail. */
#define OCTAVES 19

/* Writes s, its first letter in upper case when cap is set. */
static void
put(FILE *f, const char *s, int cap)
{
	if (cap && *s >= 'a' && *s <= 'z') {
		fputc(*s - 'a' + 'A', f);
		s++;
	}
	fputs(s, f);
}

/* Writes the made-up word of rank r: two to four syllables. */
static void
tail_word(FILE *f, unsigned long long r, int cap)
{
	unsigned long long h = r * 0x9e3779b97f4a7c15ull;
	int n = 2 + (int)(h % 3), i;

	for (i = 0; i < n; i++) {
		h = (h ^ h >> 29) * 0xbf58476d1ce4e5b9ull + (unsigned)i;
		put(f, syl[(h >> 17) % N(syl)], cap && i == 0);
	}
}

/* Writes one word drawn by Zipf's law (P(r) ~ 1/r), capitalised when cap
 * is set: r + 1 is uniform within an octave [2^k, 2^(k+1)) of k uniform,
 * in integers, so that no libm rounding can change the bytes. */
static void
cword(FILE *f, int cap)
{
	unsigned k = (unsigned)pick(OCTAVES);
	unsigned long long r = (1ull << k) + pick(1ull << k) - 1;

	if (r < N(head))
		put(f, head[r], cap);
	else
		tail_word(f, r, cap);
}

static void
word(FILE *f)
{
	cword(f, 0);
}

static void
words(FILE *f, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			fputc(' ', f);
		word(f);
	}
}

/* A noun phrase: one to three words, sometimes a `code` identifier. */
static void
noun(FILE *f)
{
	if (one_in(6)) {
		fputc('`', f);
		word(f);
		fputs(pick(2) ? "_" : ".", f);
		word(f);
		fputs(pick(2) ? "()`" : "`", f);
		return;
	}
	words(f, 1 + (int)pick(3));
}

/* One record's planted phrases, each at a fixed rate per record. */
static void
plant(FILE *f)
{
	static const char *const paxos[] = { "Paxos", "PAXOS", "paxos" };
	static const char *const lock[] = { "deadlock", "dead lock",
		"livelock" };

	if (one_in(4000))
		fputs(" A thundering herd of clients wakes at once.", f);
	if (one_in(4000))
		fprintf(f, " Compare it with %s and Raft.", paxos[pick(3)]);
	if (one_in(2000))
		fprintf(
		    f, " Ordering the locks avoids a %s here.", lock[pick(3)]);
	if (one_in(300))
		fputs(" The Qt event loop works the same way.", f);
	if (one_in(100))
		fprintf(f, " This changed in the release of %04u-%02u-%02u.",
		    1990 + (unsigned)pick(40), 1 + (unsigned)pick(12),
		    1 + (unsigned)pick(28));
}

static void
sentence(FILE *f)
{
	int n = 5 + (int)pick(16), i;

	for (i = 0; i < n; i++) {
		if (i == 0) {
			cword(f, 1);
		} else {
			fputc(' ', f);
			switch (pick(40)) {
			case 0: noun(f); break;
			case 1: fprintf(f, "%u", (unsigned)pick(100000)); break;
			case 2:
				fprintf(f, "v%u.%u.%u", (unsigned)pick(10),
				    (unsigned)pick(30), (unsigned)pick(20));
				break;
			case 3: fputs(utf8[pick(N(utf8))], f); break;
			case 4:
				fputs("/usr/lib/", f);
				word(f);
				break;
			case 5:
				fputs("(e.g.", f);
				fputc(' ', f);
				word(f);
				fputc(')', f);
				break;
			case 6:
			case 7:
				/* compounds: read-only, lock-free */
				word(f);
				fputc('-', f);
				word(f);
				break;
			default: word(f); break;
			}
			if (i + 1 < n && one_in(12))
				fputc(',', f);
		}
	}
	fputs(one_in(15) ? "!" : ".", f);
}

/* A paragraph of sentences on one line, the planted phrases in it. */
static void
paragraph(FILE *f, int planted)
{
	int n = 1 + (int)pick(4), i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			fputc(' ', f);
		sentence(f);
	}
	if (planted)
		plant(f);
}

static void
question(FILE *f)
{
	const char *t = ask[pick(N(ask))];
	const char *s = strstr(t, "%s");

	fwrite(t, 1, (size_t)(s - t), f);
	noun(f);
	t = s + 2;
	s = strstr(t, "%s");
	fwrite(t, 1, (size_t)(s - t), f);
	noun(f);
	fputs(s + 2, f);
}

static void
code(FILE *f, const char *indent)
{
	int n = 1 + (int)pick(5), i;

	fprintf(f, "%s```%s\n", indent, pick(2) ? "go" : "python");
	for (i = 0; i < n; i++) {
		fprintf(f, "%s", indent);
		word(f);
		fputs(" = ", f);
		word(f);
		fputc('_', f);
		word(f);
		fprintf(f, "(%u)\n", (unsigned)pick(1000));
	}
	fprintf(f, "%s```\n", indent);
}

enum { S_NUMBERED, S_HEADING, S_DETAILS };

/* Writes one record in shape s, numbered n. */
static void
record(FILE *f, int s, unsigned n)
{
	int k, i;

	switch (s) {
	case S_NUMBERED:
		fprintf(f, "%u. **", n);
		question(f);
		fputs("**  \n   **Explanation**: ", f);
		paragraph(f, 1);
		fputs("\n\n", f);
		break;
	case S_HEADING:
		fputs("### ", f);
		question(f);
		fputs("\n\n", f);
		paragraph(f, 1);
		fputs("\n\n", f);
		for (k = (int)pick(3); k > 0; k--) {
			switch (pick(3)) {
			case 0:
				for (i = 1 + (int)pick(4); i > 0; i--) {
					fputs("- ", f);
					sentence(f);
					fputc('\n', f);
				}
				break;
			case 1: code(f, ""); break;
			default:
				paragraph(f, 0);
				fputc('\n', f);
				break;
			}
			fputc('\n', f);
		}
		break;
	default:
		fputs("<details><summary>", f);
		question(f);
		fputs("</summary>\n\n", f);
		paragraph(f, 1);
		fputs("\n\n</details>\n\n", f);
		break;
	}
}

static int
size_arg(const char *s, unsigned long long *v)
{
	char *end;
	unsigned long long n;

	errno = 0;
	n = strtoull(s, &end, 10);
	if (errno != 0 || end == s)
		return -1;
	switch (*end) {
	case 'k':
	case 'K':
		n <<= 10;
		end++;
		break;
	case 'm':
	case 'M':
		n <<= 20;
		end++;
		break;
	case 'g':
	case 'G':
		n <<= 30;
		end++;
		break;
	default: break;
	}
	if (*end != '\0' || n == 0)
		return -1;
	*v = n;
	return 0;
}

static void
usage(void)
{
	fputs("usage: gencorpus [-s SIZE] [-f FILE-SIZE] [-S SEED] DIR\n",
	    stderr);
	exit(2);
}

int
main(int argc, char **argv)
{
	unsigned long long size = 10ull << 20, fsize = 64ull << 10, seed = 1;
	unsigned long long total = 0, records = 0;
	unsigned files = 0;
	char path[4096];
	int c;

	while ((c = getopt(argc, argv, "s:f:S:")) != -1) {
		switch (c) {
		case 's':
			if (size_arg(optarg, &size) == -1)
				usage();
			break;
		case 'f':
			if (size_arg(optarg, &fsize) == -1)
				usage();
			break;
		case 'S':
			if (size_arg(optarg, &seed) == -1)
				usage();
			break;
		default: usage();
		}
	}
	if (argc - optind != 1)
		usage();
	if (mkdir(argv[optind], 0777) == -1 && errno != EEXIST) {
		fprintf(stderr, "gencorpus: %s: %s\n", argv[optind],
		    strerror(errno));
		return 2;
	}
	rng = seed * 0x2545f4914f6cdd1dull;
	while (total < size) {
		FILE *f;
		int shape = pick(10) < 6 ? S_NUMBERED :
		    pick(3) < 2          ? S_HEADING :
		                           S_DETAILS;
		unsigned n = 0;
		long len;

		snprintf(path, sizeof path, "%s/%05u.md", argv[optind], files);
		if ((f = fopen(path, "w")) == NULL) {
			fprintf(stderr, "gencorpus: %s: %s\n", path,
			    strerror(errno));
			return 2;
		}
		fputs("# ", f);
		words(f, 3);
		fputs("\n\n", f);
		while ((len = ftell(f)) >= 0 &&
		    (unsigned long long)len < fsize &&
		    total + (unsigned long long)len < size) {
			fprintf(f, "## %s\n\n", cats[pick(N(cats))]);
			for (c = 3 + (int)pick(20); c > 0; c--, records++)
				record(f, shape, ++n);
		}
		if (len < 0 || ferror(f) || fclose(f) == EOF) {
			fprintf(stderr, "gencorpus: %s: write error\n", path);
			return 2;
		}
		total += (unsigned long long)len;
		files++;
	}
	printf("%u %llu %llu\n", files, records, total);
	return 0;
}
