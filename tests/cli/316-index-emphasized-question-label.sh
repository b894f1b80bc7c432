# index: a question paragraph in emphasis with its label inside it ("*Question: What is X?*", "*问题：X是什么？*") loses the closing emphasis; "问题：" and "题目：" are question labels
cat > c.md <<'MD'
## Coding

*Question: What is the value of `foo`?*
```javascript
var foo = 10 + '20';
```

*问题：`foo.length`的值是什么？*
```javascript
var foo = [];
```

题目：下面代码的输出是什么？

**Q:** What does `typeof null` give?
MD
beq index -o c.idx c.md
echo "rc=$?"
beq --index c.idx --json list
