# index: a paragraph or HTML block that is only a link back up the page ("**[⬆ Back to Top](#table-of-contents)**", "<b><a href="#">↥ back to top</a></b>") is no part of any answer; a link into the page that says something else stays
cat > bank.md <<'MD'
# Java questions

1. ### What is the JVM?

    A virtual machine that runs bytecode.

    **[⬆ Back to Top](#table-of-contents)**

2. ### What is the JRE?

    The JVM and the class library.

    [↑](#top)

## Q. What is a heap?

Where objects live; see [Garbage collection](#garbage-collection).

<div align="right">
    <b><a href="#">↥ back to top</a></b>
</div>

## Q. What is a stack?

Frames of method calls.

<b><a href="#table-of-contents">Back to questions</a></b>

## Q. What is a thread?

[Back to the page about threads](https://example.com/#top)

**[Top of the class hierarchy](#object)**

<div><a href="#top">Top</a> and more text</div>
MD
beq index -o bank.idx bank.md
echo "rc=$?"
beq --index bank.idx --json show 1 2 3 4 5
# a section that holds only such a link has no answer: no question
printf '## What is X?\n\nA thing.\n\n## See also\n\n**[⬆ Back to Top](#toc)**\n' > see.md
beq index -o see.idx see.md
beq --index see.idx list
