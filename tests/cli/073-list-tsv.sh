# list: exactly three tab-separated fields per line, so cut and awk work
beq list | awk -F '\t' '{ print NF }' | sort -u
beq list | cut -f 1 | tr '\n' ' '
echo
beq list | cut -f 2 | uniq -c
beq list | cut -f 3 | grep -c '?'
