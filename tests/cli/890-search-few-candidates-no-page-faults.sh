# search --count: the few records a plan lets through in a large index are read with pread, not faulted in through the mapping (minor page faults for 50 records spread over 12 MB against 50 records side by side)
awk 'BEGIN {
	print "## Filler"; print ""
	for (i = 1; i <= 20000; i++) {
		w = i % 400 == 50 ? " zebrafish" : i > 10100 && i <= 10150 ? " yellowfin" : ""
		printf "%d. **Question %d about queues%s?**\n   **Explanation**:", i, i, w
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

spread, far = faults("zebrafish")
near, close = faults("yellowfin")
print(spread, "and", near, "records:", "as few page faults" if far - close < 20
      else "%d page faults more when spread" % (far - close))
PY
