# on a terminal: color by default, off with NO_COLOR, TERM=dumb or --color=never; wrapped to the terminal's width
# script(1) from util-linux gives beq a pseudo-terminal
TERM=xterm script -qc 'stty cols 50; beq show 11; NO_COLOR=1 beq show 11; TERM=dumb beq show 11; beq --color=never show 11' /dev/null | tr -d '\r'
