# COLUMNS not a number falls back to 80; tiny or huge values are clamped; --json ignores it
COLUMNS=abc beq show 11
COLUMNS='' beq show 11
COLUMNS=1 beq show 11
COLUMNS=100000 beq show 11
COLUMNS=30 beq show --json 11
