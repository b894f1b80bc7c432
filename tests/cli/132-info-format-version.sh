# info: the format version agrees with --version, in text and JSON
v=$(beq --version | sed -n 's/.*(index format \([0-9]*\)).*/\1/p')
[ -n "$v" ] && echo "version has a format"
beq info | grep -c "^format      $v\$"
beq info --json | jq --argjson v "$v" '.format == $v'
