# search -c with an unknown category: exit 2, the valid slugs listed
beq search -c bogus dead
