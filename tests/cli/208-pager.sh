# on a terminal, output longer than the screen goes through $BEQ_PAGER/$PAGER (script(1) gives beq a 10-row pty); shorter output, --no-pager and pipes do not; a pager that cannot run is warned about and done without
run() { TERM=dumb script -qec "stty rows 10 cols 80; $1" /dev/null | tr -d '\r'; }
echo "-- 11 lines on 10 rows: paged, with LESS=FRX set for the pager"
run 'BEQ_PAGER="sed s/^/P:/" beq list; echo rc=$?'
run 'BEQ_PAGER="sh -c '\''echo LESS=\$LESS; cat > /dev/null'\''" beq list'
run 'LESS=-S BEQ_PAGER="sh -c '\''echo LESS=\$LESS; cat > /dev/null'\''" beq list'
echo "-- PAGER when BEQ_PAGER is unset:"
run 'PAGER="sed s/^/Q:/" beq list' | head -1
echo "-- 9 lines on 10 rows: not paged"
run 'BEQ_PAGER="sed s/^/P:/" beq list -c databases -c conc -c misc' | head -2
echo "-- long lines count as the rows they wrap to:"
run 'stty cols 20; BEQ_PAGER="sed s/^/P:/" beq list -c databases -c misc' | head -2
echo "-- --no-pager, BEQ_PAGER=cat, empty PAGER: not paged"
run 'BEQ_PAGER="sed s/^/P:/" beq --no-pager list' | head -1
run 'BEQ_PAGER=cat PAGER="sed s/^/P:/" beq list' | head -1
run 'PAGER= beq list' | head -1
echo "-- piped: never paged"
run 'BEQ_PAGER="sed s/^/P:/" beq list | head -1'
echo "-- a pager that cannot run: a warning, and the output written without it"
run 'BEQ_PAGER=/nonexistent/pager beq list 2> err; echo rc=$?; cat err' | tail -3
echo "-- a pager that quits at once: no error"
run 'BEQ_PAGER=true beq list; echo rc=$?'
echo "-- a pager that fails: its exit status, and exit 2"
run 'BEQ_PAGER="sh -c \"exit 3\"" beq list 2> err; echo rc=$?; cat err'
echo "-- standard input closed: the pager still reads beq's output"
run 'BEQ_PAGER="wc -l" beq list <&-; echo rc=$?'
echo "-- SIGCHLD ignored by whoever started beq: the pager is still waited for"
run 'BEQ_PAGER="wc -l" python3 -c "import os, signal, sys; signal.signal(signal.SIGCHLD, signal.SIG_IGN); os.execvp(sys.argv[1], sys.argv[1:])" beq list; echo rc=$?'
