# search: the scan path (BEQ_SCAN=always) counts what the index does: -w, --in, -i, a class, --not, several patterns, smart case, ^
for args in "lock" "-w lock" "--in question lock" "-i LOCK" "[0-9]+" \
	"lock --not dead" "lock the" "-s The" "^W"; do
	# shellcheck disable=SC2086
	echo "$args: $(BEQ_SCAN=never beq search --count $args)" \
	    "$(BEQ_SCAN=always beq search --count $args)"
done
