# quiz --stats: the slug column is padded by terminal columns, not bytes, so that Cyrillic and CJK slugs line up; one over 60 columns is cut between characters
export XDG_STATE_HOME="$PWD/state"
long=$(printf '长%.0s' $(seq 40))
printf '## Базы данных\n\n1. **Что такое индекс?**\n   **Explanation**: Структура.\n\n## Go\n\n1. **What is a goroutine?**\n   **Explanation**: A light thread.\n\n## 数据库\n\n1. **什么是索引？**\n   **Explanation**: 结构。\n' > bank.md
beq index -q -o bank.idx bank.md
beq --index bank.idx quiz --stats
printf '## %s\n\n1. **What?**\n   **Explanation**: That.\n\n## Go\n\n1. **Why?**\n   **Explanation**: This.\n' "$long" > long.md
beq index -q -o long.idx long.md
beq --index long.idx quiz --stats
