# related: an unknown id is exit 1 with a message, as for show
beq related 99
