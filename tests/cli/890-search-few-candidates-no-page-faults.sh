# search --count: the few records a plan lets through in a large index are read with pread, not faulted in through the mapping (minor page faults for 50 records spread over 12 MB against 50 records side by side)
awk -f "$TOP/tests/cli/fixtures/spread-bank.awk" > bank.md
beq index -q -o bank.beq bank.md || exit
python3 "$TOP/tests/cli/fixtures/spread-faults.py" --count
