# random -c: the pool is restricted to the categories given (repeatable)
s=1
while [ $s -le 30 ]; do
	beq random -c misc --seed $s --json | sed 's/.*"category":"\([^"]*\)".*/-c misc: \1/'
	beq random --category=net -c databases --seed $s | sed -n 1p | cut -d ' ' -f 3- | sed 's/^/-c net -c databases: /'
	s=$((s + 1))
done | sort -u
