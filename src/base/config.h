/* Compile-time tunables and limits, each with the reason for its value. */
#ifndef BEQ_CONFIG_H
#define BEQ_CONFIG_H

#ifndef BEQ_VERSION
#define BEQ_VERSION "0.0.0-dev"
#endif

/* Index format version written into and required from every index header. */
#define BEQ_FORMAT_VERSION 6

/* PCRE2 limits: a pattern that needs more than this is "too complex", never
 * a hang. 1e6 steps is ~10 ms of backtracking per field on this hardware. */
#define BEQ_MATCH_LIMIT 1000000u
#define BEQ_DEPTH_LIMIT 10000u
#define BEQ_HEAP_LIMIT_KIB 65536u

/* JIT-compiling a pattern costs more than interpreting it over a small
 * corpus; only JIT when the candidate text is at least this many bytes. */
#define BEQ_JIT_MIN_BYTES (256u * 1024u)

/* The scan path (scan.c): threads that scan (the machines this is built
 * for have two cores); the longest literal looked for (longer ones add
 * nothing to how rare it is); fields further apart than BEQ_SCAN_GAP
 * (those --in leaves out) start a new span, as does a span past
 * BEQ_SCAN_SPAN bytes (the most scanned again field by field when PCRE2
 * stops at a limit over a span); the first piece of records handed back
 * (time to the first streamed hit), each next one twice as large. */
#define BEQ_SCAN_THREADS 2
#define BEQ_SCAN_MAX_LITERAL 64
#define BEQ_SCAN_GAP 4096
#define BEQ_SCAN_SPAN (1u << 20)
#define BEQ_SCAN_FIRST 256u
/* A literal shorter than this that is not the whole pattern filters too
 * little to be looked for first where PCRE2 can run over whole spans */
#define BEQ_SCAN_MIN_FILTER 3
/* The index path's candidates (scan_run.c): the start of a candidate's
 * text is prefetched BEQ_CONFIRM_AHEAD candidates before it is confirmed,
 * its record entry twice as far ahead; from BEQ_CONFIRM_MIN candidates
 * on they are confirmed on BEQ_SCAN_THREADS threads (about 1.4 ms of
 * work on one at 350 ns a candidate, where starting a thread costs some
 * 0.1 ms) */
#define BEQ_CONFIRM_AHEAD 4
#define BEQ_CONFIRM_MIN 4096u
/* Candidates of an index file are read with pread rather than through
 * the mapping when they lie at least BEQ_FETCH_GAP bytes of text apart
 * on average (index_fetch.c has the measurements); a record whose text
 * spans more than BEQ_FETCH_MAX bytes is read through the mapping */
#define BEQ_FETCH_GAP (64u << 10)
#define BEQ_FETCH_MAX (1u << 20)
/* A plan's AND of trigrams reads a list beyond the two rarest only when
 * it takes out at least one in BEQ_NARROW_MIN_CUT of a sample of
 * BEQ_NARROW_SAMPLE candidates (postings_narrow.c): about where reading
 * it costs what confirming the candidates it would take out does */
#define BEQ_NARROW_SAMPLE 256u
#define BEQ_NARROW_MIN_CUT 8u
/* When a pattern takes the scan path: its plan lets through at least
 * this percentage of the records (search.c has the measurements: a scan
 * costs the same for every word, confirming candidates one by one grows
 * with them and passes it between 21% and 48%), in an index with at
 * least BEQ_SCAN_MIN_TEXT bytes of text (below, threads cost more than
 * they save, and the built-in corpus starts no slower). */
#define BEQ_SCAN_MIN_PERCENT 25.0
#define BEQ_SCAN_MIN_TEXT (4u << 20)
/* A streamed search (--sort=id) that confirms candidates one by one lets
 * what it printed out after this many */
#define BEQ_STREAM_PAUSE 1024u

/* Query planner (after codesearch index/regexp.go): the largest exact string
 * set kept before it is turned into trigrams, and the largest prefix/suffix
 * set kept before it is trimmed. Larger sets cost planning time and gain
 * little selectivity. */
#define BEQ_PLAN_MAX_EXACT 7
#define BEQ_PLAN_MAX_SET 20
/* An AND in a plan keeps at most this many trigrams (and as many
 * subqueries): more narrow little further, and a 20,000-letter literal
 * took minutes to plan. */
#define BEQ_PLAN_MAX_AND 32
/* Character classes with more members than this plan as "any character". */
#define BEQ_PLAN_MAX_CLASS 8

/* Relevance: a question match weighs this many answer matches. */
#define BEQ_SCORE_QUESTION_WEIGHT 3.0

/* Words for suggestions and related records (words.h): runs of ASCII
 * letters this long. One letter is no word worth suggesting or comparing;
 * past 64 letters a run is an identifier or base64, not a word. */
#define BEQ_WORD_MIN 2
#define BEQ_WORD_MAX 64
/* "Did you mean": pg_trgm's default similarity threshold, and how many
 * suggestions a word gets at most (more are noise on one stderr line). */
#define BEQ_SUGGEST_THRESHOLD 0.3
#define BEQ_SUGGEST_MAX 3
/* With -c, the word table's similar words that "did you mean" counts in
 * the categories one by one (a trigram search each); past this many it
 * reads the categories' records instead */
#define BEQ_SUGGEST_NEAR 256
/* Words of one pattern that "did you mean" looks at: a phrase, not a
 * paragraph (each costs a search or two) */
#define BEQ_SUGGEST_WORDS 16
/* Names "did you mean" compares by edit distance (commands, categories,
 * options): longer ones are no typo of a name */
#define BEQ_NEAR_LEN 128
/* Long options of one command compared with an unknown one (index, the
 * most, has about 25) */
#define BEQ_NEAR_OPTIONS 64
/* Related records: how many by default, and how much a word in the
 * question weighs against one in the answer. Measured on the built-in
 * corpus, weighting question words up (2, 3) ranked questions phrased
 * alike ("what is X, and how can it be prevented?") above questions on
 * the same topic, so they count as answer words do. */
#define BEQ_RELATED_DEFAULT 5
#define BEQ_RELATED_QUESTION_WEIGHT 1.0

/* Text output: wrap width when stdout is not a terminal and COLUMNS is unset. */
#define BEQ_DEFAULT_WIDTH 80
#define BEQ_MIN_WIDTH 20
#define BEQ_MAX_WIDTH 1000
/* The widest text wraps to when the width comes from the terminal or
 * COLUMNS: lines much longer are hard to follow back to their start (the
 * eye loses the next line), so a 250-column terminal still gets a readable
 * measure, as mandoc's man formats at 78 columns however wide the terminal.
 * 100 leaves an answer (indented by 4) 96 columns. --width may go wider. */
#define BEQ_MEASURE_MAX 100

/* Indexing: threads that read trigrams and file posting lists (the
 * machines this is built for have two cores; a corpus under 1 MiB of
 * text gets one). */
#ifndef BEQ_INDEX_THREADS
#define BEQ_INDEX_THREADS 2
#endif

/* Indexing: markdown read ahead and then parsed on all threads at once,
 * while the next batch is read; enough to share out, little enough to
 * hold twice. The first batches are 1, 2 and 4 MiB (cmd_index.c): the
 * first is read with no parsing beside it. */
#define BEQ_BATCH_BYTES (8u * 1024 * 1024)

/* beq index: files are read into regions of this size, one after another
 * (those over a quarter of it into buffers of their own). */
#define BEQ_INPUT_REGION (8u * 1024 * 1024)
/* Regions kept for reuse once their files are indexed: as many as the
 * batches in flight (read, parsed, indexed) hold. */
#define BEQ_SPARE_REGIONS 4

/* beq index: what glibc's malloc adds to a heap each time it grows
 * (M_TOP_PAD; cmd_index.c says why), as large as a thread's heap. */
#define BEQ_MALLOC_TOP_PAD (64 * 1024 * 1024)

/* The progress line of long work (src/cli/progress.c): drawn once the work
 * has run this long (seconds; shorter work just ends), redrawn this often
 * (ten times a second, as pv: smooth, and no cost that shows), with the
 * rate over the last few seconds (steady, yet it follows a change). */
#define BEQ_PROGRESS_DELAY 0.5
#define BEQ_PROGRESS_INTERVAL 0.1
#define BEQ_PROGRESS_WINDOW 3.0
/* The index writer tells its progress every this many postings merged
 * (an atomic add: 800 million postings still make 12,000 steps of the
 * line), and hands the file its bytes in writes of about BEQ_WRITE_REPORT
 * (a write per record field was a syscall each). */
#define BEQ_MERGE_REPORT (1u << 16)
#define BEQ_WRITE_REPORT (1u << 20)
/* The bytes of posting lists beq index collects in memory before it
 * writes them out as a run to merge (src/index/index_run.c): at 1 GB,
 * four runs and a peak RSS of 390 MB; runs of 16 MiB took as long at
 * 100 MB, and half the memory, but many more runs at 1 GB (each keeps a
 * directory and merge windows). BEQ_INDEX_RUN_SIZE sets it for tests, to
 * at least BEQ_INDEX_RUN_MIN (smaller runs hold a few records each, each
 * run a directory of most trigrams). */
#define BEQ_INDEX_RUN_BYTES ((size_t)256 << 20)
/* The spill file's runs start, and its reads and writes start and end, at
 * multiples of this, in memory aligned to it: what O_DIRECT asks of them
 * on disks of 512- and 4096-byte sectors (cmd_index.c says why the spill
 * file bypasses the page cache). */
#define BEQ_SPILL_ALIGN ((size_t)4096)
#define BEQ_INDEX_RUN_MIN ((size_t)1 << 20)
/* On a terminal, this many warnings are printed, the rest counted by
 * kind: a screenful, enough to see what is wrong; and at most this many
 * kinds get a line of their own. */
#define BEQ_WARNINGS_SHOWN 20
#define BEQ_WARNING_KINDS_SHOWN 10

/* Markdown: blocks nested deeper than this are read as part of the block
 * around them, so that no recursion over the tree runs out of stack. */
#define BEQ_MAX_BLOCK_DEPTH 64

/* Indexing limits (overridable with options of beq index): a markdown
 * file or archive member larger than this is skipped with a warning... */
#define BEQ_MAX_FILE_BYTES (64ull * 1024 * 1024)
/* ...and an archive is read no further past this much uncompressed data
 * or this many members: archive bombs stop there. */
#define BEQ_MAX_ARCHIVE_BYTES (16ull * 1024 * 1024 * 1024)
#define BEQ_MAX_MEMBERS 1000000ull

/* Spaced repetition (SM-2, see src/practice/srs.h): a new card's ease, in permille
 * (2.5x, SM-2's own start), and its floor (1.3x: below that a card that
 * is hard for good would come back almost daily forever, SM-2's bound). */
#define BEQ_SRS_EASE_START 2500u
#define BEQ_SRS_EASE_MIN 1300u
/* ...and its ceiling (10x: "easy" raises it no further; it keeps interval
 * times ease far inside 64 bits, and a state file that says more is not
 * one beq wrote). */
#define BEQ_SRS_EASE_MAX 10000u
/* A card graded "again" comes back after ten minutes: soon enough to be
 * learned the same day, late enough not to be in short-term memory. */
#define BEQ_SRS_AGAIN_SECONDS 600u
/* No interval grows past ten years: it still fits the state file's
 * 32-bit seconds, and nobody needs a question less often. */
#define BEQ_SRS_MAX_SECONDS (3650u * 86400u)
/* beq quiz asks this many questions unless --count says otherwise: about
 * ten minutes' practice. */
#define BEQ_QUIZ_DEFAULT_COUNT 20u
/* quiz --stats: the slug column is as wide as the widest slug up to this
 * many columns (a longer one is cut), so that the counts stay on screen. */
#define BEQ_STATS_SLUG_MAX 60
/* A state file larger than this is not one beq wrote (a card's line is
 * about 70 bytes): it is reported as corrupt rather than read. */
#define BEQ_STATE_MAX_BYTES (64u * 1024 * 1024)
/* Output sent to a pager is kept up to this size, to be written directly
 * if the pager turns out not to run (sh's exit status 126 or 127): four
 * times the whole built-in corpus, so any search or list of it. */
#define BEQ_PAGER_KEEP (1024u * 1024)

#endif
