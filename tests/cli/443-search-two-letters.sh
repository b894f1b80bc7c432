# search: a pattern of two letters, which no trigram holds, is narrowed by the trigrams that start or end with them and, for a field of just those two bytes, by the trigram of them and a NUL (format 6): the records found are those a scan of every record finds, -s and -i alike, in an alternation too
awk 'BEGIN { print "## C\n"; for (i = 1; i <= 40; i++) {
    a = "plain answer"
    if (i == 7) a = "Qt"; if (i == 9) a = "aQt"; if (i == 12) a = "qt"
    if (i == 20) a = "Qtx"; if (i == 30) a = "Zz"
    printf "%d. **Question %d?**\n   **Explanation**: %s\n\n", i, i, a } }' > q.md
beq index -q -o v.idx q.md || exit 1
for p in '-s Qt' '-i qt' '-s Qt|zz' '-i zz' 'x'; do
	beq --index v.idx search --ids $p | tr '\n' ' '
	echo
	BEQ_BRUTE=1 beq --index v.idx search --ids $p | tr '\n' ' '
	echo
done
