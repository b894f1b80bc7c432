# --color=always: id, category, question and matches colored even when piped
beq --color=always search livelock
beq search --color=always -c misc post
