# search --count: the few records a plan lets through in a large index are read with pread, not faulted in through the mapping (minor page faults against a search that finds nothing)
awk 'BEGIN {
	print "## Filler"; print ""
	for (i = 1; i <= 20000; i++) {
		printf "%d. **Question %d about queues%s?**\n   **Explanation**:", i, i,
		    i % 400 == 50 ? " zebrafish" : ""
		for (k = 0; k < 12; k++)
			printf " words of filler text number %d and more %d", i, k
		printf "\n\n"
	}
}' > bank.md
beq index -q -o bank.beq bank.md || exit
python3 - << 'PY'
import resource, subprocess

def faults(word):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_minflt
    out = subprocess.run(["beq", "--index", "bank.beq", "search", "--count",
                          word], capture_output=True, text=True).stdout
    return out.strip(), resource.getrusage(resource.RUSAGE_CHILDREN).ru_minflt - before

hits, some = faults("zebrafish")
_, none = faults("zzqqxx")
print(hits, "records,", "few page faults" if some - none < 25 else
      "%d page faults more than for no match" % (some - none))
PY
