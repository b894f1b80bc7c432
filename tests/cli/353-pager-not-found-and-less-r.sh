# a pager that cannot run: a warning and the output written without it, exit 0 (a name not found, the default less missing, or sh's 126/127); LESS set gets -R before it (LV -c), so colors are not raw codes
run() { TERM=dumb script -qec "stty rows 10 cols 80; $1" /dev/null | tr -d '\r'; }
echo "-- BEQ_PAGER=nosuch, PAGER with arguments, no less on PATH:"
run 'BEQ_PAGER=nosuch beq search lock 2> err; echo rc=$?; cat err' | sed -n '1p;$p'
run 'BEQ_PAGER=nosuch beq search lock 2> /dev/null' | wc -l
run 'PAGER="nosuch -R" beq list 2> err; echo rc=$?; cat err' | tail -3
mkdir bin && ln -s "$(command -v beq)" bin/beq
# the tool beq may run under (make valgrind's BEQ_WRAP) stays on that PATH
if [ -n "${BEQ_WRAP:-}" ]; then
	w=$(command -v "${BEQ_WRAP%% *}") &&
	    printf '#!/bin/sh\nexec "%s" "$@"\n' "$w" > "bin/${BEQ_WRAP%% *}" &&
	    chmod +x "bin/${BEQ_WRAP%% *}"
fi
run 'PATH=$PWD/bin beq list 2> err; echo rc=$?; cat err' | tail -3
echo "-- shell syntax that fails to run (sh exits 127): what it was given, written:"
run 'BEQ_PAGER="exec /nonexistent/pager" beq list 2> err; echo rc=$?; cat err' | tail -4
echo "-- every command that pages:"
for c in "search lock" "show 1 2 3" "list" "related -m 9 1" "random --seed 1" "categories" "info"; do
	printf '%s: ' "$c"
	run "stty rows 3; BEQ_PAGER=nosuch beq $c 2> err; echo rc=\$?; cat err" | grep -c "^rc=0\|not found"
done
echo "-- LESS: unset FRX; set, -R before it:"
run 'BEQ_PAGER="sh -c '\''echo LESS=\$LESS; cat > /dev/null'\''" beq list'
run 'LESS=S BEQ_PAGER="sh -c '\''echo LESS=\$LESS; cat > /dev/null'\''" beq list'
run 'LESS= BEQ_PAGER="sh -c '\''echo LESS=\$LESS; cat > /dev/null'\''" beq list'
echo "-- LV (lv): unset -c; set, -c before it:"
run 'BEQ_PAGER="sh -c '\''echo LV=\$LV; cat > /dev/null'\''" beq list'
run 'LV=-Ou8 BEQ_PAGER="sh -c '\''echo LV=\$LV; cat > /dev/null'\''" beq list'
