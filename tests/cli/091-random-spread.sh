# random --seed: different seeds reach different records, all of them valid ids
s=1
while [ $s -le 40 ]; do
	beq random --seed $s | sed -n '1s/ .*//p'
	s=$((s + 1))
done > ids
sort -n -u ids | awk '!($1 >= 1 && $1 <= 11) { print "bad id " $1 }'
[ "$(sort -u ids | wc -l)" -ge 5 ] && echo "at least 5 distinct records"
