# index: an input that cannot be read (a read error, in a directory too; a socket named; an archive without libarchive) is an error: exit 2 (with -q too), the old index as it was; the other inputs are still read and their warnings said
mkdir bank
printf '## C\n\n1. **Old?**\n   **Explanation**: A.\n' > bank/q.md
beq index -q -o x.beq bank || exit 1
cp x.beq before.beq
printf 'Just prose.\n' > bank/prose.md
# reading the memory of the reader at offset 0 fails (EIO), root or not
ln -s /proc/self/mem bank/mem.md
beq index -o x.beq bank
echo "rc=$?"
beq index -q -o x.beq /proc/self/mem bank/q.md
echo "quiet: rc=$?"
python3 -c 'import socket; socket.socket(socket.AF_UNIX).bind("sock")'
beq index -q -o x.beq sock bank/q.md
echo "socket: rc=$?"
# an archive without libarchive to read it (a broken one found first)
mkdir fake
: > fake/libarchive.so.13
tar cf - -C bank q.md | gzip -n > q.tgz
LD_LIBRARY_PATH=$PWD/fake beq index -q -o x.beq q.tgz bank/q.md 2>&1 |
	sed "s|$PWD/||"
cmp x.beq before.beq && echo "old index intact"
