# show: negative, signed, spaced or empty ids are not ids (exit 2); leading zeros are fine
for id in -1 +1 ' 1' '' 1x 0x1; do
	beq show -- "$id"
	echo "'$id': rc=$?"
done
beq show 011 | head -1
