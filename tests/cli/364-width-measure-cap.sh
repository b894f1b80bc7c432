# text wraps to COLUMNS up to 100 columns (a readable measure, as man keeps); only --width goes wider
widest() { awk '{ if (length($0) > w) w = length($0) } END { print w + 0 }'; }
echo "COLUMNS=60: $(COLUMNS=60 beq-builtin show 15 | widest)"
echo "COLUMNS=100: $(COLUMNS=100 beq-builtin show 15 | widest)"
echo "COLUMNS=250: $(COLUMNS=250 beq-builtin show 15 | widest)"
echo "COLUMNS=250 --width 250: $(COLUMNS=250 beq-builtin --width 250 show 15 | widest)"
echo "--width 120: $(beq-builtin --width 120 show 15 | widest)"
echo "related, COLUMNS=250: $(COLUMNS=250 beq-builtin show --related 15 | widest)"
