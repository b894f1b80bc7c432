# output to a full disk: "write error", exit 2
beq list > /dev/full
