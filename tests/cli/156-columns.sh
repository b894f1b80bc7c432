# COLUMNS=30: text wrapped at 30 columns, words never split, a longer word alone on its line
COLUMNS=30 beq show 10 9
COLUMNS=30 beq show 10 | awk 'length($0) > 30 && $0 !~ /^ *[^ ]+$/ { print "too long: " $0 }'
