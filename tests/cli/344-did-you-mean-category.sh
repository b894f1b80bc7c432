# an unknown category that is a typo of one (slug or name) says which, where the whole list is noise
beq categories | cut -f1
beq search -c concurency deadlock
beq list -c 'Networkin & APIs'
beq random -c databse
echo "rc=$?"
