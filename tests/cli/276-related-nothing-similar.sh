# related: a record that shares no weighty word with any other: exit 1, no output
beq related 3
