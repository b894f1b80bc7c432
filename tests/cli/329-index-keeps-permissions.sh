# index: a new index file has the permissions the umask leaves (a private umask keeps it private); one replaced keeps its own
printf '* What is x?\n' > q.md
mode() { ls -l "$1" | cut -c1-10; }
(umask 077 && beq index -q -o private.idx q.md)
echo "new, umask 077: $(mode private.idx)"
(umask 022 && beq index -q -o public.idx q.md)
echo "new, umask 022: $(mode public.idx)"
chmod 600 public.idx
(umask 022 && beq index -q -o public.idx q.md)
echo "replaced, was 600: $(mode public.idx)"
chmod 640 private.idx
(umask 077 && beq index -q -o private.idx q.md)
echo "replaced, was 640: $(mode private.idx)"
