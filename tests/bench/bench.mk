# make bench: times ./beq against a static "floor" program that writes the
# same bytes, against grep, and against start-up baselines, in one hyperfine
# run (tests/bench/run.sh); then beq index against cindex (tests/bench/
# index.sh); then, opt-in, what the progress line costs beq index
# (tests/bench/progress.sh: BENCH_PROGRESS_SIZE=200M make bench). Included
# from the Makefile. Timing never fails the build; only a command that
# could not run does.
# BENCH_RUNS and BENCH_WARMUP (environment) override the run counts.

# what only the benchmark needs, kept out of make deps: hyperfine, cindex
# (codesearch), python3 for the medians and gen-corpus, and the Debian
# documentation gen-corpus reads
BENCH_PACKAGES = hyperfine codesearch python3 linux-doc-6.1 python3.11-doc \
	postgresql-doc-15

bench: beq
	CC='$(CC)' B='$(B)' sh tests/bench/run.sh ./beq
	B='$(B)' sh tests/bench/index.sh ./beq
	B='$(B)' sh tests/bench/progress.sh ./beq

bench-deps:
	@sudo=; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    $$sudo apt-get install -y -qq --no-install-recommends \
	    $(BENCH_PACKAGES)

.PHONY: bench bench-deps
