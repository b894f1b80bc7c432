# --color with a bad value after the command: exit 2, the command's usage
beq list --color=sometimes
