# search --json: valid NDJSON, same keys in the same order, right types
beq search --json e > hits.json || exit 1
jq -c 'keys_unsorted' hits.json | sort -u
jq -c '[(.id|type), (.category|type), (.question|type), (.answer|type),
	(.matches|type), (.score|type)]' hits.json | sort -u
jq -c '.matches[] | [(.field|type), (.start|type), (.end|type), (.start < .end)]' hits.json | sort -u
jq -s 'length' hits.json
