# search --count: the few records a plan lets through in a large index are read with pread, not faulted in through the mapping (minor page faults for 50 records spread over 12 MB against 50 records side by side)
awk -f "$TOP/tests/cli/fixtures/spread-bank.awk" > bank.md
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
