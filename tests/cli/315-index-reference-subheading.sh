# index: a heading whose only subsections list references ("###### Ref Link:", "### See also") is read as a leaf: it is the question, the references part of its answer, and they are never questions themselves
cat > one.md <<'MD'
##### 1. Difference between `undefined` and `not defined` in JavaScript

A variable that is declared but not defined is `undefined`.

###### Ref Link:
http://example.com/undefined
MD
cat > two.md <<'MD'
# Topics

## Hoisting

Declarations move to the top of their scope.

### See also

http://example.com/hoisting

## Closures

A function keeps the scope it was made in.
MD
beq index -o r.idx one.md two.md
echo "rc=$?"
beq --index r.idx list
beq --index r.idx --json show 1 2
