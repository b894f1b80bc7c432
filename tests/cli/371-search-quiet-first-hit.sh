# search -q stops at the first record found (in corpus order): a pattern that would run into PCRE2's limits on a later record never gets there, where a full search reports it
{
	printf '## C\n\n1. **Safe?**\n   **Explanation**: Yes.\n\n'
	printf '2. **Evil?**\n   **Explanation**: '
	i=0
	while [ $i -lt 100 ]; do
		printf 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
		i=$((i + 1))
	done
	printf '!\n'
} > evil.md
beq index -q -o evil.idx evil.md || exit 1
beq --index evil.idx search --ids 'Safe|(a+)+$'
echo "full search: rc=$?"
beq --index evil.idx search -q 'Safe|(a+)+$'
echo "-q: rc=$?"
BEQ_BRUTE=1 beq --index evil.idx search -q 'Safe|(a+)+$'
echo "-q, BEQ_BRUTE=1: rc=$?"
echo "-- a record the first hit passes over (category, --not) does not stop it"
beq --index evil.idx search -q --not Safe 'Safe|Evil'
echo "rc=$?"
beq --index evil.idx search -q --not Safe --not Evil 'Safe|Evil'
echo "rc=$?"
