# index: a heading inside <details> ("#### Answer: B") is part of the hidden answer: it cuts no section, names no category, and the question's code and options above the block stay in its answer
cat > js.md <<'MD'
# Quiz

###### 1. What's logged?

```js
console.log(typeof NaN);
```

- A: `"NaN"`
- B: `"number"`

<details><summary><b>Answer</b></summary>
<p>

#### Answer: B

NaN is a number value.

</p>
</details>

---

###### 2. What's logged?

```js
console.log([] + []);
```

- A: `""`
- B: `"[]"`

<details><summary><b>Answer</b></summary>
<p>

#### Answer: A

Both arrays become empty strings.

</p>
</details>
MD
beq index -o js.idx js.md
echo "rc=$?"
beq --index js.idx categories
beq --index js.idx show 1 2
