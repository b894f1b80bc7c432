# make bench: times ./beq against a static "floor" program that writes the
# same bytes, against grep, and against start-up baselines, in one hyperfine
# run (tests/bench/run.sh); then beq index against cindex (tests/bench/
# index.sh); then, opt-in, what the progress line costs beq index
# (tests/bench/progress.sh: BENCH_PROGRESS_SIZE=200M make bench); then the
# scale table (tests/bench/scale.sh, also alone as make bench-scale):
# generated corpora of BENCH_SCALE (default 10M 100M 1G), building and
# querying with beq, cindex/csearch, rg, grep and SQLite FTS5, every
# query's count checked against brute force. Included from the Makefile.
# Timing never fails the build; only a command that could not run, or a
# count that differs from brute force, does.
# BENCH_RUNS and BENCH_WARMUP (environment) override the run counts;
# scale.sh says what else it reads.

# what only the benchmark needs, kept out of make deps: hyperfine, cindex
# and csearch (codesearch), ripgrep, sqlite3 (FTS5), time (GNU, for peak
# RSS), python3 for the medians, gen-corpus and loading FTS5, and the
# Debian documentation gen-corpus reads
BENCH_PACKAGES = hyperfine codesearch ripgrep sqlite3 time python3 \
	linux-doc-6.1 python3.11-doc postgresql-doc-15

bench: beq $(B)/gencorpus
	CC='$(CC)' B='$(B)' sh tests/bench/run.sh ./beq
	B='$(B)' sh tests/bench/index.sh ./beq
	B='$(B)' sh tests/bench/progress.sh ./beq
	B='$(B)' sh tests/bench/scale.sh ./beq

bench-scale: beq $(B)/gencorpus
	B='$(B)' sh tests/bench/scale.sh ./beq

bench-deps:
	@sudo=; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    $$sudo apt-get install -y -qq --no-install-recommends \
	    $(BENCH_PACKAGES)

.PHONY: bench bench-scale bench-deps
