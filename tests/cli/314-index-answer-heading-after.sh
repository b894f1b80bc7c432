# index: a heading followed at its level by an "Answer" heading ("#### **题目**：X" then "#### **参考答案**："): the first is the question, without its label, and the answer is the second's section
cat > q1.md <<'MD'
#### **题目**：drop、delete 与 truncate 的区别

#### **参考答案**：

drop 删掉表。

truncate 删除表中数据。
MD
cat > q2.md <<'MD'
# Notes

## Question: Compare TCP and UDP

## Answer

TCP is reliable; UDP is not.

### Details

Both sit on IP.

MD
beq index -o q.idx q1.md q2.md
echo "rc=$?"
beq --index q.idx --json show 1 2
