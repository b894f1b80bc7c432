# index: a <details> summary that only says "expand" or "answer" in Chinese or Russian ("展开", "Показать ответ") takes its question from above, like "Show answer"; a link back to the contents in Russian ("[к оглавлению](#ООП)") is no part of the answer
cat > net.md <<'MD'
# 计算机网络

### TCP与UDP的区别

1. TCP是面向连接的，UDP是无连接的；

##### 面向连接和无连接的区别

<details>
<summary>展开</summary>

虚电路服务：首先建立连接。
</details>

##### TCP能两次握手吗

<details>
<summary>Показать ответ</summary>

Нет.
</details>
MD
cat > oop.md <<'MD'
# ООП
+ [Что такое ООП?](#Что-такое-ООП)

## Что такое ООП?
Методология программирования.

[к оглавлению](#ООП)

## Что такое класс?
Шаблон объекта.

**[Наверх](#ООП)**
MD
beq index -o bank.idx net.md oop.md
echo "rc=$?"
beq --index bank.idx --json show 1 2 3 4
