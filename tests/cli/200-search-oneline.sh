# search --oneline: ID<TAB>CATEGORY<TAB>QUESTION per hit in rank order, the lines of list; --json, --count, --ids win over it
beq search --oneline lock
echo "-- same lines as list:"
beq search --oneline --sort=id lock > a
beq list | grep -F -x -f a | cmp - a && echo same
echo "-- with -m, -c:"
beq search --oneline -m 1 -c conc lock
echo "-- --json wins:"
beq search --oneline --json -m 1 lock | jq -c '{id, category}'
echo "-- --count and --ids win:"
beq search --oneline --count lock
beq search --ids --oneline lock
echo "-- no hit: exit 1, nothing printed"
beq search --oneline zzzqqq; echo "rc=$?"
