# random --seed with a non-number: usage error, exit 2
for s in abc -1 '' 18446744073709551616 1.5; do
	beq random --seed "$s"
	echo "'$s': rc=$?"
done
beq random --seed 18446744073709551615 > /dev/null
echo "max: rc=$?"
