# random: an unknown category or an extra argument is an error, exit 2
beq random -c bogus
echo "rc=$?"
beq random extra
echo "rc=$?"
