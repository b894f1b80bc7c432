# wrapping counts terminal columns: CJK text (no spaces) breaks between wide characters, never before a closing mark, never inside a character; combining and zero-width characters take no room
cat > cjk.md <<'MD'
## 数据库

### 什么是死锁？

死锁是指两个或两个以上的进程在执行过程中，由于竞争资源或者由于彼此通信而造成的一种阻塞的现象。若无外力作用，它们都将无法推进下去。

### Ｑ：ｗｉｄｅ？

ｆｕｌｌｗｉｄｔｈ　ｌｅｔｔｅｒｓ are wide too: ｅａｃｈ one takes two columns, so fewer fit.

### Combining

café café café café café café café café café café — the accents take no room; a​zero​width​space​joins​nothing.

### Emoji

👩‍💻 coders, 🧑‍🚀 astronauts and 😀 faces are two columns each: 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀 end.
MD
beq index -q -o cjk.idx cjk.md || exit 1
beq --index cjk.idx show 1 2 3 4 --width 30 | sed 's/  cjk.md:[0-9]*$//'
echo "-- the widest line, in columns (python's unicodedata as the judge):"
beq --index cjk.idx show 1 2 3 4 --width 30 | python3 -c '
import sys, unicodedata as u
def w(c):
    if u.category(c) in ("Mn", "Me", "Cf"): return 0
    return 2 if u.east_asian_width(c) in ("W", "F") else 1
print(max(sum(w(c) for c in l.rstrip("\n")) for l in sys.stdin if not l.startswith(("1 ", "2 ", "3 ", "4 "))))'
echo "-- UTF-8 intact:"
beq --index cjk.idx show 1 2 3 4 --width 20 | iconv -f UTF-8 -t UTF-8 > /dev/null && echo valid
