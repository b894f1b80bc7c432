# categories --json: name, slug, count per category, in corpus order
beq categories --json
beq categories --json | jq -c '[(.name|type), (.slug|type), (.count|type)]' | sort -u
