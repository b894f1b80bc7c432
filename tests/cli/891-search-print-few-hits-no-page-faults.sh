# search --json, --oneline and --ids: the few hits of a large index are read with pread to be printed, not faulted in through the mapping (minor page faults for 50 records spread over 12 MB against 50 records side by side)
awk -f "$TOP/tests/cli/fixtures/spread-bank.awk" > bank.md
beq index -q -o bank.beq bank.md || exit
python3 - << 'PY'
import resource, subprocess

def faults(word, how):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_minflt
    out = subprocess.run(["beq", "--index", "bank.beq", "search", how,
                          word], capture_output=True, text=True).stdout
    return len(out.splitlines()), resource.getrusage(resource.RUSAGE_CHILDREN).ru_minflt - before

for how in ("--json", "--oneline", "--ids"):
    spread, far = faults("zebrafish", how)
    near, close = faults("yellowfin", how)
    print(how, spread, "and", near, "records:", "as few page faults"
          if far - close < 20 else "%d page faults more when spread" % (far - close))
PY
