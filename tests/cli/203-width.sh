# --width N wraps text at N columns, over COLUMNS and a terminal; bad values are usage errors
beq show 1 --width 30
echo "-- over COLUMNS=100:"
COLUMNS=100 beq --width=25 show 1 | awk '{ if (length($0) > 25) print "too long: " $0 }'
echo "-- over the terminal's width (script gives a 50-column pty):"
TERM=dumb script -qc 'stty cols 50; beq --width 40 show 1' /dev/null | tr -d '\r' | awk '{ if (length($0) > 40) print "too long: " $0 } END { print NR " lines" }'
echo "-- bounds:"
beq --width 20 show 1 > /dev/null && echo "20 ok"
beq --width 1000 show 1 > /dev/null && echo "1000 ok"
beq --width 19 show 1; echo "rc=$?"
beq show 1 --width=1001; echo "rc=$?"
beq show 1 --width=abc; echo "rc=$?"
beq show 1 --width=; echo "rc=$?"
beq show 1 --width; echo "rc=$?"
