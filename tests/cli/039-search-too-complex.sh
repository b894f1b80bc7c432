# search: catastrophic backtracking on a long line ends fast: "pattern too complex" (exit 2) or a result, never a hang
{
	printf '## Evil\n\n1. **Evil?**\n   **Explanation**: '
	i=0
	while [ $i -lt 100 ]; do
		printf 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
		i=$((i + 1))
	done
	printf '!\n'
} > evil.md
beq index -q -o evil.idx evil.md || exit 1
for p in '(a+)+$' '^(a+)+$' '(a|aa)+$' '(?:a|aa)*b' '(a*)*$' '(\w+\s?)*$' '(.*a){25}!x'; do
	timeout 10 beq --index evil.idx search --ids "$p" > out 2> err
	rc=$?
	case $rc:$(cat err) in
	"2:beq: search: pattern too complex" | 0: | 1:) printf '%s: ok\n' "$p" ;;
	*) printf '%s: rc=%s %s\n' "$p" "$rc" "$(cat out err)" ;;
	esac
done
