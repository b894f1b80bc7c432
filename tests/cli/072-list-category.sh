# list -c/--category: only those categories (slug, name or unique prefix; repeatable)
beq list -c databases
echo "rc=$?"
beq list --category=Miscellaneous -c NET
echo "rc=$?"
beq list -c misc --json
echo "rc=$?"
beq list -c bogus
echo "rc=$?"
