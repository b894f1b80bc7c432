#!/bin/sh
# The sources' layers (Makefile SRC_DIRS): each folder of src/ includes
# only headers of its own layer or of the layers before it, so that there
# is no include cycle between layers; no header includes itself through
# others; and no source name is in two folders.
# TAP on stdout.
set -u
cd "$(dirname "$0")/.." || exit 2
layers="base corpus index search practice cli"
n=0
failed=0

# the layer that holds the header named $1, or nothing
layer_of() {
	for l in $layers; do
		if [ -f "src/$l/$1" ]; then
			echo "$l"
			return
		fi
	done
}

# the position of layer $1 in $layers
rank() {
	i=0
	for l in $layers; do
		[ "$l" = "$1" ] && echo $i && return
		i=$((i + 1))
	done
	echo 99
}

for d in src/*/; do
	d=${d%/}
	l=${d#src/}
	n=$((n + 1))
	r=$(rank "$l")
	if [ "$r" = 99 ]; then
		echo "not ok $n - layers: $d is not a layer ($layers)"
		failed=$((failed + 1))
		continue
	fi
	bad=$(grep -H '^#include "' "$d"/*.c "$d"/*.h 2>/dev/null |
	    sed 's/^\([^:]*\):#include "\([^"]*\)".*/\1 \2/' |
	    while read -r file hdr; do
		at=$(layer_of "$hdr")
		if [ -z "$at" ]; then
			echo "$file includes $hdr, which is in no layer"
		elif [ "$(rank "$at")" -gt "$r" ]; then
			echo "$file includes $at/$hdr, a later layer"
		fi
	done)
	if [ -z "$bad" ]; then
		echo "ok $n - layers: $l includes only $l and the layers before it"
	else
		echo "not ok $n - layers: $l reaches up"
		printf '%s\n' "$bad" | sed 's/^/#   /'
		failed=$((failed + 1))
	fi
done

# no header includes itself through others: edges "a.h b.h", a walk from
# each header that comes back to it is a cycle
n=$((n + 1))
cycle=$(grep -H '^#include "' src/*/*.h | sed \
    's|^src/[a-z]*/\([^:]*\):#include "\([^"]*\)".*|\1 \2|' | awk '
	{ out[$1] = out[$1] " " $2 }
	function reach(from, to, seen,    i, k, m, e) {
		m = split(out[from], e, " ")
		for (i = 1; i <= m; i++) {
			k = e[i]
			if (k == to)
				return 1
			if (!(k in seen)) {
				seen[k] = 1
				if (reach(k, to, seen))
					return 1
			}
		}
		return 0
	}
	END {
		for (h in out) {
			split("", seen)
			if (reach(h, h, seen))
				print h
		}
	}')
if [ -z "$cycle" ]; then
	echo "ok $n - layers: no header includes itself through others"
else
	echo "not ok $n - layers: include cycles through:" $cycle
	failed=$((failed + 1))
fi

n=$((n + 1))
dups=$(for d in src/*/; do ls "$d"; done | sort | uniq -d)
if [ -z "$dups" ]; then
	echo "ok $n - layers: every source name is in one folder"
else
	echo "not ok $n - layers: in two folders: $dups"
	failed=$((failed + 1))
fi
echo "1..$n"
[ "$failed" -eq 0 ]
