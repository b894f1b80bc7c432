# index format 6 (Elias-Fano posting lists; format 5 had no trigram for a field of two bytes): its size and counts, and an index of format 4 refused
awk 'BEGIN { print "## C\n"; for (i = 1; i <= 300; i++)
    printf "%d. **Question %d %s?**\n   **Explanation**: an answer %s.\n\n", i, i,
    (i % 3 ? "plain" : "thundering"), (i % 7 ? "here" : "on deadlock") }' > q.md
beq index -q -o v.idx q.md || exit 1
beq --index v.idx info --json | jq -c '[.format, .records, .postings_bytes]'
for p in thundering 'dead ?lock|question 1[0-9]' 'n 2[0-9]{2} t'; do
	beq --index v.idx search --count "$p"
	BEQ_BRUTE=1 beq --index v.idx search --count "$p"
done
printf '\004' | dd of=v.idx bs=1 seek=8 conv=notrunc 2> /dev/null
beq --index v.idx list
