# index: a stored answer keeps the source's markdown blocks, so that --json hands the next tool real markdown: tables (delimiter row, alignment, escaped "|"), nested and loose lists ("10." items too), block quotes, fenced code (info string, a longer fence around one), HTML blocks; each answer below is the source's text, byte for byte
cat > bank.md <<'MD'
# Round trip

### What is a table?

| Left | Center | Right | None |
| :--- | :---: | ---: | --- |
| a | b \| c | `x \| y` | **d** |
| e |  | g | h |

### What is a nested list?

- one
   - one.one
   - one.two
      1. deep
      2. deeper
- two

10. ten

    second paragraph of ten

11. eleven

    - nested under eleven

### What is a tight list with code?

1. first
   ```sh
   echo hi
   ```
2. second
   > quoted

### What is a quote?

> quoted line
>
> > nested quote
>
> - list in quote

### What is fenced code?

```c title="x.c"
int main(void) { return 0; }
```

````md
```
a fence inside
```
````

### What is HTML?

<div align="center">
<img src="x.png" alt="x">
</div>

<table>
<tr><td>cell</td></tr>
</table>

After.

### What are two lists?

- dash

* star
MD
beq index -q -o bank.idx bank.md || exit 1
n=$(beq --index bank.idx list | wc -l)
echo "$n records"
i=1
while [ "$i" -le "$n" ]; do
	# the source's lines from the i-th heading to the next, blank lines
	# around them trimmed
	awk -v i="$i" '/^### /{ k++; next } k == i' bank.md |
		sed -e '/./,$!d' | sed -e ':a' -e '/^\n*$/{$d;N;ba' -e '}' > want
	beq --index bank.idx --json show "$i" | jq -j .answer > got
	echo >> got
	if cmp -s want got; then
		echo "$i: the source's markdown"
	else
		echo "$i: differs"
		diff want got
	fi
	i=$((i + 1))
done
# glow, pandoc and the like get a table they can render
beq --index bank.idx --json show 1 | jq -r .answer | sed -n 2p
