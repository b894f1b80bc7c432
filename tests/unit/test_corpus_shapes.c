/* The reader's recognisers, table-driven: for each shape, markdown in and
 * the records out, one "line|category|question|body|answer" line each
 * (bodies and answers cut at their first line break). A new shape is a
 * row here. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "corpus.h"
#include "t.h"

struct shape {
	const char *name;
	int layout; /* enum corpus_layout */
	const char *md;
	const char *records;
};

/* Eight pictographs, each with a space after it. */
#define PINS8 \
	"\xf0\x9f\x93\x8c \xf0\x9f\x93\x8c \xf0\x9f\x93\x8c \xf0\x9f\x93\x8c " \
	"\xf0\x9f\x93\x8c \xf0\x9f\x93\x8c \xf0\x9f\x93\x8c \xf0\x9f\x93\x8c "

static const struct shape shapes[] = {
	{ "a heading that asks outright", 0,
	    "# Go\n\n## What is a goroutine?\n\nA light thread.\n",
	    "3|Go|What is a goroutine?||A light thread.\n" },
	{ "a level where most headings ask takes the one that does not", 0,
	    "# DB\n\n### What is an index?\n\nA tree.\n\n"
	    "### Explain MVCC.\n\nVersions.\n\n### Deadlocks\n\nWaits.\n",
	    "3|DB|What is an index?||A tree.\n"
	    "7|DB|Explain MVCC.||Versions.\n"
	    "11|DB|Deadlocks||Waits.\n" },
	{ "a page of topics: no level asks", 0,
	    "# Java\n\n## Collection\n\nLists and maps.\n\n"
	    "## Generic\n\nTypes as parameters.\n",
	    "3|Java|Collection||Lists and maps.\n"
	    "7|Java|Generic||Types as parameters.\n" },
	{ "a heading that is only a template's tag is page furniture", 0,
	    "## Is the Service there?\n\nCheck it.\n\n## Does DNS work?\n\n"
	    "Ask it.\n\n## {{% heading \"whatsnext\" %}}\n\nRead more.\n",
	    "1|t|Is the Service there?||Check it.\n"
	    "5|t|Does DNS work?||Ask it.\n" },
	{ "... the rest of the quote is the body; a quote of a list asks "
	  "nothing",
	    0,
	    "## 12.1-1\n\n> Draw the trees.\n>\n> Hint: start small.\n\n"
	    "Here.\n\n## 12.1-2\n\n> - a\n> - b\n\nThere.\n",
	    "1|t|Draw the trees.|Hint: start small.|Here.\n"
	    "9|t|12.1-2||> - a\n" },
	{ "a heading that is a number only: the quote under it asks", 0,
	    "## 12.1-1\n\n> Draw the trees of heights 2 and 3.\n\nHere.\n\n"
	    "## 12.1-2\n\n> What is the difference?\n\nThere.\n",
	    "1|t|Draw the trees of heights 2 and 3.||Here.\n"
	    "7|t|What is the difference?||There.\n" },
	{ "a run of bold titles, each with its task after a dash", 0,
	    "# Projects\n\n## Numbers\n\n**Find PI** - Enter a number "
	    "and print PI.\n\n**Fibonacci** - Print the sequence.\n\n"
	    "## Text\n\n**Reverse a String** - Enter a string.\n\n"
	    "**Note**: solutions are elsewhere.\n",
	    "5|Numbers|Find PI|Enter a number and print PI.|\n"
	    "7|Numbers|Fibonacci|Print the sequence.|\n"
	    "11|Text|Reverse a String|Enter a string.|\n" },
	{ "a number in brackets before a bold question or a heading is "
	  "numbering",
	    0,
	    "# FAQ\n\n**(0) How do I use it?**\n\nRun it.\n\n"
	    "**(1) Can it protect me?**\n\nNo.\n\n"
	    "**(2) Does it use battery?**\n\nLittle.\n\n"
	    "## (3) What is a VPN?\n\nA tunnel.\n",
	    "3|FAQ|How do I use it?||Run it.\n"
	    "7|FAQ|Can it protect me?||No.\n"
	    "11|FAQ|Does it use battery?||Little.\n"
	    "15|FAQ|What is a VPN?||A tunnel.\n" },
	{ "a link that ends an item points to its answer: the text before "
	  "it asks",
	    0,
	    "# Bank\n\n## Memory\n\n- Closures and scope? - [link](a.md)\n"
	    "- Hoisting in loops? [link](b.md)\n"
	    "- 内存中的五大区分别是什么？ - [链接](c.md)\n",
	    "5|Memory|Closures and scope? - link||\n"
	    "6|Memory|Hoisting in loops? link||\n"
	    "7|Memory|内存中的五大区分别是什么？ - 链接||\n" },
	{ "a number glued to an item's question is numbering; a version is "
	  "not",
	    0,
	    "# Bank\n\n## Runloop\n\n- 1.What is a run loop?\n"
	    "- 2.`ARC` 的原则？\n- 3.x or 4.x, which is newer?\n"
	    "- 2.5 GB is it a lot?\n- 3 个线程如何同步？\n- 4、什么是 ARC？\n\n"
	    "## 4.Why a mode?\n\nTo filter.\n",
	    "5|Runloop|What is a run loop?||\n"
	    "6|Runloop|`ARC` 的原则？||\n"
	    "7|Runloop|3.x or 4.x, which is newer?||\n"
	    "8|Runloop|2.5 GB is it a lot?||\n"
	    "9|Runloop|3 个线程如何同步？||\n"
	    "10|Runloop|什么是 ARC？||\n"
	    "12|Bank|Why a mode?||To filter.\n" },
	{ "a section's number glued to a word is numbering; a factor and "
	  "an address are not",
	    0,
	    "# Docker\n\n## 1.1什么是docker镜像\n\n只读模板。\n\n"
	    "## 1.2docker的原则是什么\n\n分层。\n\n"
	    "## 1.5x faster with layers?\n\nYes.\n\n"
	    "## 127.0.0.1和localhost的区别是什么?\n\n一个是地址。\n",
	    "3|Docker|什么是docker镜像||只读模板。\n"
	    "7|Docker|docker的原则是什么||分层。\n"
	    "11|Docker|1.5x faster with layers?||Yes.\n"
	    "15|Docker|127.0.0.1和localhost的区别是什么?||一个是地址。\n" },
	{ "a heading that names an exercise by a name in code, as by a "
	  "number, asks outright: the lesson's headings over such "
	  "exercises are their categories, no topics",
	    0,
	    "# Book\n\n## Naturals\n\nText about naturals.\n\n#### Exercise "
	    "`seven` (practice)\n\nWrite out 7.\n\n## Plus\n\nText about "
	    "plus.\n\n#### Exercise `plus` (recommended)\n\nCompute 3 + 4.\n"
	    "\n## More\n\nMore text.\n",
	    "7|Naturals|Exercise `seven` (practice)|Write out 7.|\n"
	    "15|Plus|Exercise `plus` (recommended)|Compute 3 + 4.|\n" },
	{ "a page titled in its front matter whose 'Question' section asks: "
	  "that paragraph is the question, at its heading, the sections "
	  "after it the answer; a title over a description stays the "
	  "question",
	    0,
	    "---\ntitle: \"How do Services route?\"\n---\n\n## Question\n\n"
	    "Walk through how a Service routes to its Pods.\n\n"
	    "## Short Answer\n\nBy selector.\n",
	    "5|How do Services route?|Walk through how a Service routes to "
	    "its Pods.||## Short Answer\n" },
	{ "... but under a visible title the statement is the title's body", 0,
	    "# Two Sum\n\n## Question\n\nWalk through how to find two "
	    "numbers.\n\n## Answer\n\nUse a map.\n",
	    "1|Two Sum|Two Sum|Walk through how to find two numbers.|## "
	    "Answer\n" },
	{ "a number and a hyphen before a Chinese title is numbering; in a "
	  "Korean or English title it makes a compound",
	    0,
	    "# Go\n\n## 1-make与new有什么区别?\n\n一个分配。\n\n"
	    "## 2-Golang 中如何使用 goto 语句？\n\n跳转。\n\n"
	    "## 3-way handshaking이란?\n\n연결.\n\n"
	    "## 3-tier apps?\n\nLayers.\n",
	    "3|Go|make与new有什么区别?||一个分配。\n"
	    "7|Go|Golang 中如何使用 goto 语句？||跳转。\n"
	    "11|Go|3-way handshaking이란?||연결.\n"
	    "15|Go|3-tier apps?||Layers.\n" },
	{ "an HTML box whose class name ends in a part that names a "
	  "question ('quiz-question') holds one, its number numbering",
	    0,
	    "# Go\n\n<div class=\"quiz-container\">\n"
	    "  <div class=\"quiz-question\">1. Why are interfaces "
	    "implicit?</div>\n"
	    "  <div class=\"quiz-option\">Ducks</div>\n</div>\n\n"
	    "<div class=\"quiz-container\">\n"
	    "  <div class=\"quiz-question\">2. What is any?</div>\n"
	    "  <div class=\"quiz-option\">An empty interface</div>\n</div>\n",
	    "4|Go|Why are interfaces implicit?||\n"
	    "9|Go|What is any?||\n" },
	{ "a bold item's question reads as the page shows it: a link as its "
	  "text",
	    0,
	    "# JS\n\n- **[6.4](#strict) What is the difference between `==` "
	    "and `===`?**\n  Types.\n- **What is [hoisting](h.md)?**\n"
	    "  Moving up.\n",
	    "3|JS|6.4 What is the difference between `==` and `===`?||Types.\n"
	    "5|JS|What is hoisting?||Moving up.\n" },
	{ "under a heading that names exercises, a leaf with text names "
	  "its exercise, whatever its title: its text is the task; the "
	  "page's other headings are its lesson",
	    0,
	    "# Variables\n\n## Types\n\nInts and floats.\n\n## Names\n\n"
	    "Letters first.\n\n## Exercices\n\nUse the interpreter.\n\n"
	    "### Friedman numbers\n\nIs 7 + 3^6 one?\n\n"
	    "### Predict the result\n\n- `5 // 2`\n- `5 % 2`\n",
	    "15|Exercices|Friedman numbers|Is 7 + 3^6 one?|\n"
	    "19|Exercices|Predict the result|- `5 // 2`|\n" },
	{ "a note in parentheses after a title that names exercises says "
	  "how they come: the list under it holds them",
	    0,
	    "# Lab\n\n## Ejercicios (sin soluci\xc3\xb3n)\n\n1. Escribir "
	    "un programa que sume.\n2. Crear un programa que reste.\n",
	    "5|Ejercicios (sin soluci\xc3\xb3n)|Escribir un programa que "
	    "sume.||\n"
	    "6|Ejercicios (sin soluci\xc3\xb3n)|Crear un programa que "
	    "reste.||\n" },
	{ "... a title that names problems, noted or not, is no title of "
	  "questions: its list is no list of them",
	    0,
	    "# Tool\n\nNotes.\n\n## Problems (known)\n\n1. The build breaks "
	    "on Windows.\n2. Paths are long.\n",
	    "5|Tool|Problems (known)||1. The build breaks on Windows.\n" },
	{ "a question mark inside a word, an address's query, asks nothing: "
	  "the list after it holds the questions",
	    0,
	    "# PostgreSQL\n\nhttps://www.youtube.com/watch?v=knUitQQ\n\n"
	    "1. What is a database cluster?\n2. What does initdb do?\n",
	    "5|PostgreSQL|What is a database cluster?||\n"
	    "6|PostgreSQL|What does initdb do?||\n" },
	{ "lettered options one after another in a paragraph, as a soft "
	  "line break shows them, are the question's options, its body",
	    0,
	    "# Quiz\n\n## Multiple Choice\n\n### Question 1\nWhat are the "
	    "levels?\n\na) High, Medium, Low\nb) P0, P1, P2\n\n---\n\n"
	    "### Question 2\nWhich technique divides input?\n\na) Boundary\n"
	    "b) Equivalence\n",
	    "5|Multiple Choice|What are the levels?|a) High, Medium, Low b) "
	    "P0, P1, P2|\n"
	    "13|Multiple Choice|Which technique divides input?|a) Boundary b) "
	    "Equivalence|\n" },
	{ "... over them, numbered stems that end in a colon are the "
	  "questions, the options below each its body: the heading above is "
	  "their category",
	    0,
	    "# Stats\n\n### Significance\n\n11. Significance means:\n\n"
	    "A)  The effect is large\nB)  The effect is unlikely\n\n"
	    "12. Practical significance is:\n\nA)  Whether it matters\n"
	    "B)  The p-value\n\n### Power\n\n13. Power is:\n\nA)  One\n"
	    "B)  Two\n\n14. Beta is:\n\nA)  One\nB)  Two\n",
	    "5|Significance|Significance means:|A)  The effect is large B)  "
	    "The effect is unlikely|\n"
	    "10|Significance|Practical significance is:|A)  Whether it "
	    "matters B)  The p-value|\n"
	    "17|Power|Power is:|A)  One B)  Two|\n"
	    "22|Power|Beta is:|A)  One B)  Two|\n" },
	{ "a heading that counts the items of the list under it as problems "
	  "or questions ('(3 Problems)') holds them, asking or not",
	    0,
	    "# Go\n\nProblems to practise.\n\n## Basics (3 Problems)\n\n"
	    "1. Print Hello World\n2. Greet the user by name\n3. Sum two "
	    "numbers\n",
	    "7|Basics (3 Problems)|Print Hello World||\n"
	    "8|Basics (3 Problems)|Greet the user by name||\n"
	    "9|Basics (3 Problems)|Sum two numbers||\n" },
	{ "... a count that is not theirs says nothing of them", 0,
	    "# Go\n\nProblems to practise.\n\n## Maps (4 Problems)\n\n"
	    "1. Count words\n2. Invert a map\n3. Merge two maps\n",
	    "5|Go|Maps (4 Problems)||1. Count words\n" },
	{ "under a heading that asks outright, a subsection that holds three "
	  "questions that ask outright is a run of its own, not the parts of "
	  "its answer",
	    0,
	    "# Go\n\n## 1. What is a channel?\nA pipe.\n\n## 2. What is "
	    "context used for?\nDeadlines.\n\n### Follow-up Questions on "
	    "context\n\n**1. How do you cancel a context?**  \nCall cancel."
	    "\n\n**2. How do you pass it?**  \nAs the first parameter.\n\n"
	    "**3. What does ctx.Err() return?**  \nCanceled.\n\n## 3. What "
	    "is iota?\nA counter.\n",
	    "3|Go|What is a channel?||A pipe.\n"
	    "6|Go|What is context used for?||Deadlines.\n"
	    "11|Follow-up Questions on context|How do you cancel a context?||"
	    "Call cancel.\n"
	    "14|Follow-up Questions on context|How do you pass it?||As the "
	    "first parameter.\n"
	    "17|Follow-up Questions on context|What does ctx.Err() return?||"
	    "Canceled.\n"
	    "20|Go|What is iota?||A counter.\n" },
	{ "... prose that counts its points, or names people by initials, is "
	  "no options: each option's text ends no sentence before more",
	    0,
	    "# Ops\n\n## Name the three pillars of observability\n\na) logs, "
	    "b) metrics, c) traces. Each one answers a question.\n\n## Who "
	    "proposed it?\n\nA. B. Cooper and C. Dwork proposed it.\n",
	    "3|Ops|Name the three pillars of observability||a) logs, b) "
	    "metrics, c) traces. Each one answers a question.\n"
	    "7|Ops|Who proposed it?||A. B. Cooper and C. Dwork proposed "
	    "it.\n" },
	{ "... options one a line keep their marks, mixed or not", 0,
	    "# Net\n\n## Which layer routes packets?\n\nPick one.\n\n"
	    "a) Network  \nb. Transport\n\nThe network layer routes.\n",
	    "3|Net|Which layer routes packets?|Pick one.|The network layer "
	    "routes.\n" },
	{ "a pictograph before a heading's numbering marks it: both go", 0,
	    "# LLM\n\n## \xf0\x9f\x93\x8c Q1: Why do transformers use "
	    "positions?\n\nOrder.\n\n## \xe2\x9c\x85 2. Explain KV "
	    "caching.\n\nReuse.\n",
	    "3|LLM|Why do transformers use positions?||Order.\n"
	    "7|LLM|Explain KV caching.||Reuse.\n" },
	{ "at a level that asks by numbers, a heading with none after the "
	  "last numbered one (or before the first) that does not ask is no "
	  "question of the run; between them it is one",
	    0,
	    "# LLM\n\n## Q1: Why positions?\n\nOrder.\n\n## Toolkit"
	    "\n\nRead more.\n\n## Q2: What is a KV cache?\n\nReuse.\n\n"
	    "## \xf0\x9f\x9a\x80 Newsletter\n\nSubscribe.\n",
	    "3|LLM|Why positions?||Order.\n"
	    "7|LLM|Toolkit||Read more.\n"
	    "11|LLM|What is a KV cache?||Reuse.\n" },
	{ "... read past many pictographs at once", 0,
	    "# B\n\n## " PINS8 PINS8 PINS8 PINS8 PINS8 PINS8 PINS8 PINS8
	    "Q1: What is X?\n\nA.\n",
	    "3|B|What is X?||A.\n" },
	{ "... by numbers is by those that ask: numbered headings that do "
	  "not ask leave a topic of the level a question",
	    0,
	    "# JS\n\n## Event loop\n\nTasks.\n\n## What is a closure?"
	    "\n\nA function.\n\n## What is hoisting?\n\nDeclarations."
	    "\n\n## Why use strict mode?\n\nMistakes.\n\n## 1. Setup "
	    "notes\n\nInstall.\n\n## 2. Further notes\n\nRead.\n",
	    "3|JS|Event loop||Tasks.\n"
	    "7|JS|What is a closure?||A function.\n"
	    "11|JS|What is hoisting?||Declarations.\n"
	    "15|JS|Why use strict mode?||Mistakes.\n"
	    "19|JS|Setup notes||Install.\n"
	    "23|JS|Further notes||Read.\n" },
	{ "a tick mark ending an option ticks it: the option's text answers", 0,
	    "# Quiz\n\n### Q1: What is WSL2?\n\n- A) A library\n- B) A "
	    "subsystem \xe2\x9c\x93\n- C) A server\n",
	    "3|Quiz|What is WSL2?|- A) A library|A subsystem\n" },
	{ "... a lone X set apart by two spaces, on a line of a numbered "
	  "item, under a stem its options complete (ends in a colon)",
	    0,
	    "# Stats\n\n1. A p-value is the probability of:  \nA) The null "
	    "being true  \nB) Data this extreme  X\nC) A type 1 error\n\n"
	    "2. Which test compares two means?  \nA) t-test  X  \nB) "
	    "chi-square\n",
	    "3|Stats|A p-value is the probability of:|A) The null being "
	    "true|Data this extreme\n"
	    "8|Stats|Which test compares two means?|A) t-test  X|t-test\n" },
	{ "... not an X after one space ('Mac OS X'); in a list an item's "
	  "text is one option whatever letters it holds ('c. 5')",
	    0,
	    "# Quiz\n\n### Q1: Which is not Unix?\n\n- A) Windows\n- B) Mac "
	    "OS X\n- C) Linux\n\n### Q2: What is the median?\n\n- A) Mean\n"
	    "- B) The middle value, c. 5 \xe2\x9c\x93\n- C) Mode\n",
	    "3|Quiz|Which is not Unix?|- A) Windows|\n"
	    "9|Quiz|What is the median?|- A) Mean|The middle value, c. 5\n" },
	{ "... a mark after a colon ticks too", 0,
	    "# Quiz\n\n1. Which are valid?\n\nA: git \xe2\x9c\x93\nB: make\n"
	    "C: cc \xe2\x9c\x93\n",
	    "3|Quiz|Which are valid?|A: git \xe2\x9c\x93 B: make C: cc "
	    "\xe2\x9c\x93|git\n" },
	{ "... options in a paragraph below a question item show it, after a "
	  "sentence's full stop too",
	    0,
	    "# Tests\n\n1. What is the null hypothesis?\n\nA. There is an "
	    "increase.\nB. There is no difference.  X\nC. There is a "
	    "decrease.\n",
	    "3|Tests|What is the null hypothesis?|A. There is an increase. B. "
	    "There is no difference.  X C. There is a decrease.|There is no "
	    "difference.\n" },
	{ "... not when every option has one (a list of what is done), nor a "
	  "small x after one space (a variable)",
	    0,
	    "# Done\n\n### Q1: Which tools?\n\n- A) git \xe2\x9c\x85\n- B) "
	    "make \xe2\x9c\x85\n\nBoth ship.\n\n### Q2: Which is the "
	    "identity?\n\nA) f(x) = 2  \nB) f(x) = x\n",
	    "3|Done|Which tools?|- A) git \xe2\x9c\x85|Both ship.\n"
	    "10|Done|Which is the identity?|A) f(x) = 2|\n" },
	{ "in a question item, a paragraph that asks right after what shows "
	  "the question (code it points to, a list under its colon) goes on "
	  "with it, a note in brackets after its question mark aside: the "
	  "answer follows",
	    0,
	    "# NumPy\n\n1. Consider the following arrays:\n\n    ```\n"
	    "    c = a + b\n    ```\n\n    What is the shape of c?\n\n    It "
	    "is (2, 3).\n\n2. You train a model:\n\n    - Train error 4%\n"
	    "    - Dev error 5%\n\n    Do you agree? (Check (a) or (b).)\n\n"
	    "    - "
	    "No.\n\n3. What is broadcasting?\n\n    Copying.\n",
	    "3|NumPy|Consider the following arrays:|```|It is (2, 3).\n"
	    "13|NumPy|You train a model: Train error 4%; Dev error 5%|Do you "
	    "agree? (Check (a) or (b).)|- No.\n"
	    "22|NumPy|What is broadcasting?||Copying.\n" },
	{ "a run of paragraphs under the one heading of its level that holds "
	  "one is still a run of questions when the other headings there "
	  "only group headings of their own",
	    0,
	    "# SOC\n\n## L1\n\n### Vocab\n\nWhat is CIA?\n```\nTriad\n```"
	    "\n\nWhat is MAC spoofing?\n```\nMasking\n```\n\n## L2\n\n"
	    "Can you write a Yara rule?\n\nWhat is a mutex?\n\nCan you "
	    "configure IP tables?\n",
	    "7|Vocab|What is CIA?||```\n"
	    "12|Vocab|What is MAC spoofing?||```\n"
	    "19|L2|Can you write a Yara rule?||\n"
	    "21|L2|What is a mutex?||\n"
	    "23|L2|Can you configure IP tables?||\n" },
	{ "a paragraph whose every line asks is one question of a run, asked "
	  "at once",
	    0,
	    "# Net\n\nWhat is SNMP?\n```\nA protocol\n```\n\nWhat is ARP?\n"
	    "  Describe ARP poisoning?\n```\nAddress resolution\n```\n\n"
	    "What is DNS?\n```\nNames\n```\n",
	    "3|Net|What is SNMP?||```\n"
	    "8|Net|What is ARP? Describe ARP poisoning?||```\n"
	    "14|Net|What is DNS?||```\n" },
	{ "in a run, a paragraph that reads as a question without a question "
	  "mark is one when the kind of block that answers most of the run "
	  "(code here, one answer a paragraph) answers it",
	    0,
	    "# SOC\n\nWhat is CIA?\n```\nTriad\n```\n\nWhat is an IoC?\n```"
	    "\nEvidence\n```\n\nWhat is an IoA?\n\nAn attack.\n\nList some "
	    "event codes.\n```\n4624 logon\n```\n\nWhat is EDR?\n```\n"
	    "Endpoint\n```\n",
	    "3|SOC|What is CIA?||```\n"
	    "8|SOC|What is an IoC?||```\n"
	    "13|SOC|What is an IoA?||An attack.\n"
	    "17|SOC|List some event codes.||```\n"
	    "22|SOC|What is EDR?||```\n" },
	{ "... over options, one whose first sentence asks, the image it asks "
	  "about between them",
	    0,
	    "# Jest\n\nWhat runs Jest? There is more than one response.\n- "
	    "[ ] npm test\n- [ ] jest\n\nWhat is a matcher? There is more "
	    "than one response.\n- [ ] toBe\n- [ ] expect\n\nWhat does this "
	    "report test? There is more than one response.\n\n<img "
	    "alt=\"report\" src=\"r.png\">\n\n- [ ] The header\n- [ ] The "
	    "footer\n",
	    "3|Jest|What runs Jest? There is more than one response.|- [ ] npm "
	    "test|\n"
	    "7|Jest|What is a matcher? There is more than one response.|- [ ] "
	    "toBe|\n"
	    "11|Jest|What does this report test? There is more than one "
	    "response.|<img alt=\"report\" src=\"r.png\">|\n" },
	{ "... the note in brackets aside as a title's is, a full stop after "
	  "it too",
	    0,
	    "# ML\n\n1. You train a model:\n\n    - Train error 4%\n\n    "
	    "Which are true? (Check all that apply).\n\n    - Bias.\n\n2. "
	    "What is variance?\n\n    Spread.\n\n3. What is bias?\n\n    "
	    "Offset.\n",
	    "3|ML|You train a model: Train error 4%|Which are true? (Check all "
	    "that apply).|- Bias.\n"
	    "11|ML|What is variance?||Spread.\n"
	    "15|ML|What is bias?||Offset.\n" },
	{ "outside a section named for questions (at its title's end) that "
	  "holds questions asking outright, the deeper headings are the "
	  "lesson's parts, no topics",
	    0,
	    "# Equality\n\n## Operators\n\n### Primitive types\n\nCompared "
	    "by value.\n\n### Reference types\n\nCompared by address.\n\n## "
	    "Java interview questions\n\n**What does == compare?**\n\nThe "
	    "values.\n\n**Why override hashCode?**\n\nHash maps need it.\n",
	    "15|Java interview questions|What does == compare?||The values.\n"
	    "19|Java interview questions|Why override hashCode?||Hash maps "
	    "need it.\n" },
	{ "... but not when none of its questions asks outright: the deeper "
	  "headings stay topics",
	    0,
	    "# Equality\n\n## Operators\n\n### Primitive types\n\nCompared "
	    "by value.\n\n### Reference types\n\nCompared by address.\n\n## "
	    "Java interview questions\n\n**Compare the two equality "
	    "operators**\n\nThe values.\n\n**Describe how hashCode relates to "
	    "equals**\n\nHash maps need it.\n",
	    "5|Operators|Primitive types||Compared by value.\n"
	    "9|Operators|Reference types||Compared by address.\n"
	    "15|Java interview questions|Compare the two equality operators||"
	    "The values.\n"
	    "19|Java interview questions|Describe how hashCode relates to "
	    "equals||Hash maps need it.\n" },
	{ "... its peers may still be topics", 0,
	    "# iOS\n\n## App Life Cycle\n\nStates of an app.\n\n## Frame vs "
	    "Bounds\n\nTwo rectangles.\n\n## Other questions\n\n- Where are "
	    "blocks created?\n- What is ARC?\n",
	    "3|iOS|App Life Cycle||States of an app.\n"
	    "7|iOS|Frame vs Bounds||Two rectangles.\n"
	    "13|Other questions|Where are blocks created?||\n"
	    "14|Other questions|What is ARC?||\n" },
	{ "a paragraph that reads as a question without a question mark, "
	  "answered by the block after it, starts a run of paragraphs that "
	  "ask; '12 - ' before a word is numbering",
	    0,
	    "# Interview\n\n### Common Questions\n\n1 - Tell me about "
	    "yourself.\n\nI lead teams.\n\n2 - What is your strength?\n\n"
	    "Consensus.\n\n3 – Why should we hire you?\n\nOwnership.\n\n4 - "
	    "Why here?\n\nThe mission.\n",
	    "5|Common Questions|Tell me about yourself.||I lead teams.\n"
	    "9|Common Questions|What is your strength?||Consensus.\n"
	    "13|Common Questions|Why should we hire you?||Ownership.\n"
	    "17|Common Questions|Why here?||The mission.\n" },
	{ "... and '3 - 1' is arithmetic, '404 - ' a code's name (a number "
	  "of three digits), no numbering",
	    0,
	    "# Math\n\n## Sums\n\nWhat is 3 - 1?\n\nTwo.\n\n3 - 1 = ?\n\n"
	    "Two again.\n\n404 - What does it mean?\n\nNot found.\n\nWhat is "
	    "2 + 2?\n\nFour.\n",
	    "5|Sums|What is 3 - 1?||Two.\n"
	    "9|Sums|3 - 1 = ?||Two again.\n"
	    "13|Sums|404 - What does it mean?||Not found.\n"
	    "17|Sums|What is 2 + 2?||Four.\n" },
	{ "under a heading that says answers follow, a heading that names a "
	  "question asked above it (its note in brackets aside, in any case) "
	  "answers it, no question of its own",
	    0,
	    "# Quiz\n\n## Short answer\n\n### Question 1\n\nName two mocks.\n"
	    "\n### Question 2\n\nWhat is a stub?\n\n## Answer Key\n\n### "
	    "Question 1 (5 points)\n\nA database and a clock.\n\n### question "
	    "2 (5 points)\n\nA canned reply.\n",
	    "5|Short answer|Name two mocks.||A database and a clock.\n"
	    "9|Short answer|What is a stub?||A canned reply.\n" },
	{ "a list under a heading that names a lesson's furniture holds no "
	  "questions, unless an item asks outright",
	    0,
	    "# Module 1\n\n## Learning Outcomes\n\nAfter this module you can:"
	    "\n\n1. **Compare** the exam formats.\n2. **Design** a study "
	    "plan.\n3. **Explain** the domains.\n\n## Quiz\n\n1. What is a "
	    "Pod?\n2. What is a Service?\n",
	    "13|Quiz|What is a Pod?||\n"
	    "14|Quiz|What is a Service?||\n" },
	{ "... an item that asks outright makes it one", 0,
	    "# Module 1\n\n## Prerequisites\n\n- Do you know Linux?\n- "
	    "Can you use a shell?\n",
	    "5|Prerequisites|Do you know Linux?||\n"
	    "6|Prerequisites|Can you use a shell?||\n" },
	{ "an ordinal in CJK labels a question ('第 3 题：', '第十二题'), as "
	  "'Question 3:' does",
	    0,
	    "# 每日一题\n\n**第 0000 题：** 将头像加上红色的数字。\n\n用 "
	    "Pillow 画字。\n\n**第 0001 题：** 生成 200 个激活码。\n\n用 "
	    "uuid。\n\n第十二题 把激活码存进 MySQL。\n\n用事务。\n\n"
	    "第\xef\xbc\x91\xef\xbc\x93問. 日本語で書け。\n\n省略。\n",
	    "3|每日一题|将头像加上红色的数字。||用 Pillow 画字。\n"
	    "7|每日一题|生成 200 个激活码。||用 uuid。\n"
	    "11|每日一题|把激活码存进 MySQL。||用事务。\n"
	    "15|每日一题|日本語で書け。||省略。\n" },
	{ "'問3' labels a question (a label of one character beyond ASCII "
	  "ends at the space after its number, or an ideographic space); "
	  "'Question 3 - ' does, the dash (or an en dash) its colon",
	    0,
	    "# 演習\n\n問1 次の式を計算せよ。\n\n2です。\n\n問2\xe3\x80\x80"
	    "次の関数を書け。\n\n省略。\n\n## Drills\n\nQuestion 1 - "
	    "Write a parser.\n\nUse a stack.\n\nQuestion 2 \xe2\x80\x93 "
	    "Write a lexer.\n\nUse a table.\n",
	    "3|演習|次の式を計算せよ。||2です。\n"
	    "7|演習|次の関数を書け。||省略。\n"
	    "13|Drills|Write a parser.||Use a stack.\n"
	    "17|Drills|Write a lexer.||Use a table.\n" },
	{ "... but a number in the title's words is no label's: '问题 2 "
	  "个线程' (two threads), '第3题的解析' (an ordinal, then no "
	  "colon, space or end), '第一章' (a chapter)",
	    0,
	    "# FAQ\n\n## 问题 2 个线程如何同步？\n\n用锁。\n\n## "
	    "第3题的解析是什么？\n\n见下。\n\n## 第一章 讲了什么？\n\n"
	    "概述。\n",
	    "3|FAQ|问题 2 个线程如何同步？||用锁。\n"
	    "7|FAQ|第3题的解析是什么？||见下。\n"
	    "11|FAQ|第一章 讲了什么？||概述。\n" },
	{ "a number in full-width brackets is numbering ('（1）')", 0,
	    "# OS\n\n## （1）什么是进程？\n\n运行中的程序。\n\n## "
	    "（2）什么是线程？"
	    "\n\n调度的单位。\n",
	    "3|OS|什么是进程？||运行中的程序。\n"
	    "7|OS|什么是线程？||调度的单位。\n" },
	{ "a label after the number is numbering too ('1. **Question 1**: "
	  "What is X?'); a bold label whose emphasis closes after its "
	  "number, the question on the next line, labels it",
	    0,
	    "# Quiz\n\n## 1. **Question 1**: What is a Pod?\n\n- [x] A "
	    "group\n- [ ] A node\n\n## Practice\n\n1. **Question 1**\n"
	    "   What is a Service?\n   - [x] An address\n   - [ ] A disk\n",
	    "3|Quiz|What is a Pod?|- [x] A group|A group\n"
	    "10|Practice|What is a Service?|- [x] An address|An address\n" },
	{ "a later list of another kind than a file's lists of questions is "
	  "read as one only when its items are answered: a bulleted reading "
	  "list beside numbered exercises is none",
	    0,
	    "# Course\n\n## Exercises 1\n\n1. Create a tensor.\n2. Why is it "
	    "slow?\n3. Find its shape.\n\n## Reading 1\n\n* Watch the "
	    "lecture.\n* Read chapter one.\n\n## Exercises 2\n\n1. Build a "
	    "model.\n2. How does it fit?\n\n## Exercises 3\n\n* Tune it.\n\n"
	    "  Try a lower rate.\n\n* Plot it.\n\n  Use a chart.\n",
	    "5|Exercises 1|Create a tensor.||\n"
	    "6|Exercises 1|Why is it slow?||\n"
	    "7|Exercises 1|Find its shape.||\n"
	    "16|Exercises 2|Build a model.||\n"
	    "17|Exercises 2|How does it fit?||\n"
	    "21|Exercises 3|Tune it.||Try a lower rate.\n"
	    "25|Exercises 3|Plot it.||Use a chart.\n" },
	{ "under a heading that says answers follow, the sections below "
	  "it hold answers too: an answer key's bold lines under '### Part "
	  "1' ask nothing",
	    0,
	    "# Quiz\n\n## Questions\n\n**Question 1**\nWhat is a Pod?\n\n"
	    "A) A group\nB) A node\n\n**Question 2**\nWhat is a Service?\n\n"
	    "A) An address\nB) A disk\n\n**Question 3**\nWhat is a Node?\n\n"
	    "A) A machine\nB) A disk\n\n## Answer Key\n\n### Part 1\n\n"
	    "**1. A) A group**\n*Explanation:* Pods group containers.\n\n"
	    "**2. A) An address**\n*Explanation:* It is stable.\n\n"
	    "**3. A) A machine**\n*Explanation:* It runs pods.\n",
	    "5|Questions|What is a Pod?|A) A group B) A node|\n"
	    "11|Questions|What is a Service?|A) An address B) A disk|\n"
	    "17|Questions|What is a Node?|A) A machine B) A disk|\n" },
	{ "bullets indented too little to nest, between two parts of one "
	  "numbered list (its numbers run on past them), are the item's "
	  "sub-points, as if nested",
	    0,
	    "# Ex\n\n## Exercises\n\n1. Create a dataset.\n2. Try these:\n"
	    "  * A bigger model.\n  * More units.\n3. Import the data.\n",
	    "5|Exercises|Create a dataset.||\n"
	    "6|Exercises|Try these: A bigger model.; More units.||\n"
	    "9|Exercises|Import the data.||\n" },
	{ "a bold question's line over a label in emphasis on the next "
	  "('*Why asked:*') is the question: the label heads a part of its "
	  "answer and asks nothing",
	    0,
	    "# Prep\n\n## Interview\n\n**Q1. What is an SLI?**\n*Why "
	    "asked:* It is basic.\n*Answer:* A measure.\n\n**Q2. Explain "
	    "error budgets.**\n*Answer:* Spendable.\n",
	    "5|Interview|What is an SLI?||*Why asked:* It is basic. "
	    "*Answer:* A measure.\n"
	    "9|Interview|Explain error budgets.||Spendable.\n" },
	{ "an answer key in the first subsection of a heading over numbered "
	  "questions answers them by number, and does not make that heading "
	  "a question",
	    0,
	    "# Lesson\n\n## Servers\n\nA server listens.\n\n## Routes\n\n"
	    "A route maps a path.\n\n### Check for Understanding\n\nNothing "
	    "to submit.\n\n1. What is Node?\n\n2. What is npm?\n\n### "
	    "Answers\n\n1. A runtime.\n\n2. A package manager.\n",
	    "15|Check for Understanding|What is Node?||A runtime.\n"
	    "17|Check for Understanding|What is npm?||A package manager.\n" },
	{ "a page that marks its questions (a list of them that an answer "
	  "key answers, whatever the heading over them says) reads its "
	  "other headings, at any level, as its lesson, no topics",
	    0,
	    "# Lesson\n\n## Servers\n\nA server listens.\n\n## Routes\n\n"
	    "A route maps a path.\n\n## Errors\n\nAn error is thrown.\n\n"
	    "### Check for Understanding\n\n1. What is Node?\n\n2. What is "
	    "npm?\n\n### Answers\n\n1. A runtime.\n\n2. A package "
	    "manager.\n",
	    "17|Check for Understanding|What is Node?||A runtime.\n"
	    "19|Check for Understanding|What is npm?||A package manager.\n" },
	{ "a page with a section of exercises, none read (a plugin's tags "
	  "around each task), is a lesson: its other headings are no topics",
	    0,
	    "# Chapter 5\n\n## Pointfree\n\nNo data named.\n\n## "
	    "Debugging\n\nTrace it.\n\n## Exercises\n\n{% exercise %}\n"
	    "Use compose to rewrite it.\n",
	    "" },
	{ "a heading that labels one question, its label in emphasis and a "
	  "note after it ('### **Question 1** (1 point)'), asks outright: "
	  "the headings of a scoring guide at its level are no run of "
	  "questions",
	    0,
	    "# Quiz: IP\n\n## Multiple Choice (2 points)\n\n### **Question "
	    "1** (1 point)\nWhat is a broadcast address?\n- A) The last\n- B) "
	    "The first\n\n### **Question 2** (1 point)\nWhat is a subnet?\n"
	    "- A) A part\n- B) A whole\n\n## Scoring Guide\n\n### **Grade "
	    "Scale:**\n- **90%:** Excellent\n\n### **Total Points: 2**\n- "
	    "One a question\n",
	    "5|Multiple Choice (2 points)|**Question 1** (1 point)|What is a "
	    "broadcast address?|\n"
	    "10|Multiple Choice (2 points)|**Question 2** (1 point)|What is a "
	    "subnet?|\n" },
	{ "a table of contents groups nothing: the questions under it, at a "
	  "deeper level, take the heading above it as their category",
	    0,
	    "# Tool FAQ\n\n## Contents\n\n- [Why is it slow?](#why-is-it-slow)"
	    "\n- [How do I stop it?](#how-do-i-stop-it)\n\n### Why is it "
	    "slow?\n\nDebug build.\n\n### How do I stop it?\n\nPress q.\n",
	    "8|Tool FAQ|Why is it slow?||Debug build.\n"
	    "12|Tool FAQ|How do I stop it?||Press q.\n" },
	{ "a bold item that is a link alone is an entry of the contents, "
	  "as a plain one is",
	    0,
	    "# FAQ\n\n## Index\n\n- **[How do I build it?](#build)**\n"
	    "- [Why is it slow?](#slow)\n\n## How do I build it?\n\n"
	    "Run make.\n\n## Why is it slow?\n\nDebug build.\n",
	    "8|FAQ|How do I build it?||Run make.\n"
	    "12|FAQ|Why is it slow?||Debug build.\n" },
	{ "a bold item that is a link with an answer under it is a "
	  "question, answered here",
	    0,
	    "# Go\n\n## Closures\n\n- **[What is a closure?](#closure)**\n\n"
	    "  A function value with its variables.\n\n- **[What is a "
	    "goroutine?](#goroutine)**\n\n  A light thread.\n",
	    "5|Closures|What is a closure?||A function value with its "
	    "variables.\n"
	    "9|Closures|What is a goroutine?||A light thread.\n" },
	{ "... in a title of words, a number glued to a word is a version, "
	  "an emoji beside it or not",
	    0,
	    "# Changelog\n\n## 2.0beta\n\nFixes.\n\n"
	    "## 1.2rc1 \xf0\x9f\x9a\x80\n\nFeatures.\n",
	    "3|Changelog|2.0beta||Fixes.\n"
	    "7|Changelog|1.2rc1 \xf0\x9f\x9a\x80||Features.\n" },
	{ "... a class name whose first part names no quiz is no box "
	  "('known-problems')",
	    0,
	    "# Tool\n\n## Setup\n\n<div class=\"known-problems\">\n\n"
	    "What happens on Windows? Paths break.\n\n</div>\n\n"
	    "## Usage\n\n<div class=\"build-task\">\n\nWhy lint first? "
	    "It finds errors.\n\n</div>\n\nSome text.\n",
	    "" },
	{ "an item that asks plainly among bold questions is one too", 0,
	    "# Linux\n\n* **What is a zombie?**\n  A dead child.\n"
	    "* What is nohup used for?\n* See the man pages.\n"
	    "* Which shell do you use?\n",
	    "3|Linux|What is a zombie?||A dead child.\n"
	    "5|Linux|What is nohup used for?||\n"
	    "7|Linux|Which shell do you use?||\n" },
	{ "a word that softens a question's first word stands before it", 0,
	    "# DB\n\n1. **What is MVCC?**\n   Versions.\n"
	    "2. **Briefly explain WAL.**\n   A log.\n",
	    "3|DB|What is MVCC?||Versions.\n"
	    "5|DB|Briefly explain WAL.||A log.\n" },
	{ "a clause (an asking word, then its subject) asks nothing", 0,
	    "# Go\n\n## Notes\n\n* When a value outlives its function.\n"
	    "* How the compiler sizes it.\n\n## Quiz\n\n"
	    "1. What is an escape?\n2. When does a value escape\n",
	    "10|Quiz|What is an escape?||\n"
	    "11|Quiz|When does a value escape||\n" },
	{ "a page's exercises are its questions, its other sections its "
	  "lesson",
	    0,
	    "## Constants\n\nTyped or not.\n\n## Notes\n\n"
	    "* Kinds are implicit.\n\n## Exercises\n\n### Exercise 1\n\n"
	    "Declare a constant.\n\n[Answer](a.go)\n",
	    "11|Exercises|Exercise 1|Declare a constant.|[Answer](a.go)\n" },
	{ "a question box whose text ends asking states its question", 0,
	    "# Ch\n\n## Quiz\n\n!!! question \"Moving directories\"\n\n"
	    "    cp needs -r for a directory.\n\n    Why does mv not?\n\n"
	    "??? question \"What is a pipe?\"\n\n    A channel.\n",
	    "5|Quiz|Moving directories|cp needs -r for a directory.|\n"
	    "11|Quiz|What is a pipe?||A channel.\n" },
	{ "a list its paragraph counts as questions: its items, asking or "
	  "not",
	    0,
	    "# React\n\n### Core\n<sub>2 questions</sub>\n\n"
	    "- Virtual DOM\n- Fragments\n\n### Notes\n\nRead the docs.\n",
	    "6|Core|Virtual DOM||\n"
	    "7|Core|Fragments||\n" },
	{ "an imperative that is a noun too, before a word in title case, "
	  "names a topic",
	    0,
	    "# React\n\n### State Management\n<sub>2 questions</sub>\n\n"
	    "- Redux\n- Zustand\n\n### Core\n<sub>2 questions</sub>\n\n"
	    "- Virtual DOM\n- Fragments\n",
	    "6|State Management|Redux||\n"
	    "7|State Management|Zustand||\n"
	    "12|Core|Virtual DOM||\n"
	    "13|Core|Fragments||\n" },
	{ "a section that says twice that questions follow: the lists of "
	  "its subsections",
	    0,
	    "# ML\n\n## Sample Questions\n\nBelow are the common "
	    "questions:\n\n### Search\n\n- **Text search** (semantic)\n"
	    "- **Image search**\n\n### NLP\n\n- **Chatbot system**\n"
	    "- **Sentiment system**\n",
	    "9|Search|**Text search** (semantic)||\n"
	    "10|Search|Image search||\n"
	    "14|NLP|Chatbot system||\n"
	    "15|NLP|Sentiment system||\n" },
	{ "lettered options, a line each, show a labelled question; its "
	  "answer key is no question",
	    0,
	    "# AZ-700\n\n**Question 1:** Which protocol does ExpressRoute "
	    "use?\n\nA) BGP  \nB) RIP  \nC) OSPF\n\n**Question 2:** Which "
	    "SKU is basic?\n\nA) Basic  \nB) Standard\n\n## Answer Key\n\n"
	    "**Q1: A) BGP**\n- Explanation: only BGP.\n\n**Q2: A) Basic**\n",
	    "3|AZ-700|Which protocol does ExpressRoute use?|A) BGP|\n"
	    "9|AZ-700|Which SKU is basic?|A) Basic|\n" },
	{ "(guard) a clause before a comma and an asking word asks; a task "
	  "that names a proper noun asks",
	    0,
	    "# Week 3\n\nRead chapter 3, then:\n\n"
	    "- When a process forks, what does the child inherit\n"
	    "- Name Python keywords that open a block\n"
	    "- Design Twitter\n",
	    "5|Week 3|When a process forks, what does the child inherit||\n"
	    "6|Week 3|Name Python keywords that open a block||\n"
	    "7|Week 3|Design Twitter||\n" },
	{ "(guard) a folded question box answers, though its text ends "
	  "asking",
	    0,
	    "# FAQ\n\n??? question \"Why is the build slow?\"\n"
	    "    It compiles twice. Have you enabled ccache?\n",
	    "3|FAQ|Why is the build slow?||It compiles twice. Have you "
	    "enabled ccache?\n" },
	{ "(guard) after a labelled pair, a heading that asks outright is a "
	  "question when the answer heading has text",
	    0,
	    "### Question\nWhy does a container exit?\n\n### Answer\n\n"
	    "Its process ends.\n\n### What is a layer?\n\nA diff.\n",
	    "1|t|Why does a container exit?||Its process ends.\n"
	    "8|t|What is a layer?||A diff.\n" },
	{ "(guard) under a section that says twice that questions follow, a "
	  "list after text of its subsection is that text's",
	    0,
	    "# Tool\n\n## Common Questions\n\nHere are the questions:\n\n"
	    "### Deployment\n\nCan I deploy to Heroku?\n\n- a Procfile\n"
	    "- a Postgres add-on\n",
	    "7|Common Questions|Deployment|Can I deploy to Heroku?|"
	    "- a Procfile\n" },
	{ "one \"#\" heading of several that ask is a question, not the "
	  "page's title",
	    0,
	    "# Q1. What is bias?\n\nAns: A skew.\n\n# Q2. Explain variance\n"
	    "\nAns: A spread.\n",
	    "1|t|What is bias?||Ans: A skew.\n"
	    "5|t|Explain variance||Ans: A spread.\n" },
	{ "a \"#\" heading after the page's first questions titles none of "
	  "them",
	    0,
	    "- What is a firewall?\n- What is a VPN?\n\n# VAPT questions\n\n"
	    "- What is XSS?\n",
	    "1|t|What is a firewall?||\n"
	    "2|t|What is a VPN?||\n"
	    "6|VAPT questions|What is XSS?||\n" },
	{ "a paragraph led by a question label under a question heading "
	  "says the question again: its body",
	    0,
	    "# RN\n\n### Q3: WHAT IS REACT NATIVE?\n\n**Question:** *Explain "
	    "what React Native is.*\n\nA framework by Meta.\n",
	    "3|RN|WHAT IS REACT NATIVE?|**Question:** *Explain what React "
	    "Native is.*|A framework by Meta.\n" },
	{ "a number after a hash, in a code span or not, is numbering", 0,
	    "# Q\n\n<details>\n<summary><code>#1</code> Why us?</summary>\n\n"
	    "Growth.\n</details>\n\n<details>\n<summary>#2 Why now?</summary>"
	    "\n\nTiming.\n</details>\n",
	    "4|Q|Why us?||Growth.\n"
	    "10|Q|Why now?||Timing.\n" },
	{ "HTML boxes of an exercise, its problem and its solution", 0,
	    "# Cells\n\n### Review Questions\n\n<div data-type=\"exercise\">\n"
	    "<div data-type=\"problem\" markdown=\"1\">\nThe smallest unit "
	    "is a(n) ____.\n\n1.  cell\n2.  organ\n\n</div>\n"
	    "<div data-type=\"solution\" markdown=\"1\">\nA\n\n</div>\n"
	    "</div>\n\n### Critical Thinking Questions\n\n"
	    "<div class=\"exercise\">\nName the six levels.\n</div>\n"
	    "<div class=\"solution\">\nChemical, cellular.\n</div>\n",
	    "7|Review Questions|The smallest unit is a(n) ____.|1. cell|A\n"
	    "22|Critical Thinking Questions|Name the six levels.||Chemical, "
	    "cellular.\n" },
	{ "a run of untitled exercise boxes, each a question", 0,
	    "# Overview\n\n### Practice\n\n::: {.exercise}\n\nWhich "
	    "specialty studies the ankle?\n\n:::\n\n::: {.solution}\n\n"
	    "Regional anatomy.\n\n:::\n\n::: {.exercise}\n\nName three "
	    "reasons to study anatomy.\n\n:::\n\n::: {.solution}\n\nHealth."
	    "\n\n:::\n",
	    "7|Practice|Which specialty studies the ankle?||Regional anatomy.\n"
	    "19|Practice|Name three reasons to study anatomy.||Health.\n" },
	{ "a deck of cards whose colons stand between letters", 0,
	    "# DAX\n\n## Cards\n\nWhat is DAX::a managed cache\n"
	    "<!--SR:!2024-08-05,51,250-->\n\nWhich platform runs DAX:: EC2\n\n"
	    "Does DAX speed up writes::No - just reads\n",
	    "5|Cards|What is DAX||a managed cache\n"
	    "8|Cards|Which platform runs DAX||EC2\n"
	    "10|Cards|Does DAX speed up writes||No - just reads\n" },
	{ "a card under a heading that says questions follow", 0,
	    "# Ellipse\n\nAn ellipse has two foci.\n\n# Questions\n\n"
	    "In terms of its foci, define an ellipse::The points whose "
	    "distances to them sum to a constant.\n",
	    "7|Questions|In terms of its foci, define an ellipse||The points "
	    "whose distances to them sum to a constant.\n" },
	{ "names' colons in prose that asks make no deck", 0,
	    "# C++ notes\n\n## Sorting\n\nHow std::sort works: it uses "
	    "introsort.\n\nWhen std::vector grows, it reallocates.\n\n"
	    "Why std::list is slow: its nodes are scattered.\n",
	    "3|C++ notes|Sorting|How std::sort works: it uses introsort.|When "
	    "std::vector grows, it reallocates.\n" },
	{ "a hint in an HTML exercise box is an aside", 0,
	    "# Quiz\n\n## Review Questions\n\n<div class=\"exercise\">\n\n"
	    "<div class=\"hint\">\n\nThink of the skeleton.\n\n</div>\n\n"
	    "Which of these is a bone?\n\n<div class=\"solution\">\n\n"
	    "The femur.\n\n</div>\n\n</div>\n\n<div class=\"exercise\">\n\n"
	    "Which organ pumps blood?\n\n</div>\n",
	    "13|Review Questions|Which of these is a bone?||The femur.\n"
	    "25|Review Questions|Which organ pumps blood?||\n" },
	{ "bold questions, each with its answer after a dash", 0,
	    "# Pods\n\n**What is a pod?** - The smallest unit.\n\n"
	    "**What is a node?** - A machine.\n\n**What is a service?** - A "
	    "stable address.\n",
	    "3|Pods|What is a pod?||The smallest unit.\n"
	    "5|Pods|What is a node?||A machine.\n"
	    "7|Pods|What is a service?||A stable address.\n" },
	{ "a placeholder among quiz questions is none", 0,
	    "# Linux\n\n## Quiz\n\nWhich command lists files?\n\n"
	    "## Quiz answer\n\nls\n\n## Quiz\n\nNo questions, skip ahead!\n\n"
	    "## Quiz answer\n\n## Quiz\n\nWhich command copies files?\n\n"
	    "## Quiz answer\n\ncp\n",
	    "3|Linux|Which command lists files?||ls\n"
	    "17|Linux|Which command copies files?||cp\n" },
	{ "told that toggles hold the questions, every toggle does",
	    CORPUS_DETAILS,
	    "# Q\n\n<details><summary>Clean up</summary>\n\nans\n</details>"
	    "\n\n<details><summary>Set up</summary>\n\nans\n</details>\n",
	    "3|Q|Clean up||ans\n"
	    "8|Q|Set up||ans\n" },
	{ "a quiz heading over its question, the answer heading beside", 0,
	    "# cat\n\n## Quiz question\n\nWhat reads a file?\n\n"
	    "## Quiz answer\n\ncat\n",
	    "3|cat|What reads a file?||cat\n" },
	{ "... and over a placeholder, no question", 0,
	    "# Distros\n\n## Quiz question\n\nNo questions, skip ahead!\n\n"
	    "## Quiz answer\n",
	    "" },
	{ "a paragraph that completes a title is its body", 0,
	    "## Patterns\n\n#### Globals\n\nWhy are globals evil?\n\n"
	    "#### Singleton\n\nTell me about singletons.\n",
	    "3|Patterns|Globals|Why are globals evil?|\n"
	    "7|Patterns|Singleton|Tell me about singletons.|\n" },
	{ "an Answer heading ends the body", 0,
	    "# Explain load average\n\nWhat does it count?\n\n"
	    "## Answer guide\n\nRunnable tasks.\n",
	    "1|Explain load average|Explain load average|What does it "
	    "count?|## Answer guide\n" },
	{ "a quiz: the options are the body, the ticked one the answer", 0,
	    "## TS\n\n#### Q1. What compiles TypeScript?\n\n"
	    "- [ ] node\n- [x] tsc\n",
	    "3|TS|What compiles TypeScript?|- [ ] node|tsc\n" },
	{ "a quiz as LiaScript writes it: \"[(X)]\" and \"[[X]]\" tick "
	  "choices",
	    0,
	    "## TS\n\n#### Q1. What compiles TypeScript?\n\n"
	    "- [( )] node\n- [(X)] tsc\n\n#### Q2. Which are types?\n\n"
	    "- [[x]] string\n- [[ ]] let\n- [[X]] never\n",
	    "3|TS|What compiles TypeScript?|- [ ] node|tsc\n"
	    "8|TS|Which are types?|- [x] string|string\n" },
	{ "a quiz whose lettered options are lines of a paragraph", 0,
	    "## Git\n\n### Q1: Init\n\nWhat does git init do?\n\n"
	    "a) Clones  \nb) Creates a repository\n\n### Q2: Stage\n\n"
	    "Which adds a file?\n\na) git commit  \nb) git add\n",
	    "3|Git|Init|What does git init do?|\n"
	    "10|Git|Stage|Which adds a file?|\n" },
	{ "a quiz whose boxes are written on lines of a paragraph", 0,
	    "## Rust\n\n#### Q21. Which type borrows?\n\n[ ] &mut\n[ ] const\n"
	    "[x] &\n",
	    "3|Rust|Which type borrows?|[ ] &mut [ ] const [x] &|&\n" },
	{ "a flash card: a paragraph that asks, a rule, the answer", 0,
	    "## Arrays\n\nWhy are arrays fast?\n\n---\n\nContiguous.\n",
	    "1|t|Arrays|Why are arrays fast?|Contiguous.\n" },
	{ "an Answer toggle under a heading with code", 0,
	    "## 1. What does this print?\n\n```js\nlog(1)\n```\n\n"
	    "<details><summary>Answer</summary>\n\nIt prints 1.\n</details>\n",
	    "1|t|What does this print?|```js|It prints 1.\n" },
	{ "two toggles that hold the answer of one heading: one question", 0,
	    "## What is a lock?\n\nTwo kinds.\n\n<details><summary>Show"
	    "</summary>\n\nShared.\n</details>\n\n<details><summary>Show"
	    "</summary>\n\nExclusive.\n</details>\n",
	    "1|t|What is a lock?|Two kinds.|Shared.\n" },
	{ "a list that does not ask, after a question alone in a numbered "
	  "list (indented too little to be in its item), is its answer",
	    0,
	    "# Flutter\n\n1. What are the build modes?\n\n  * Debug\n  * "
	    "Release\n\n2. What is hot reload?\n\n  * A fast refresh.\n",
	    "3|Flutter|What are the build modes?||- Debug\n"
	    "8|Flutter|What is hot reload?||- A fast refresh.\n" },
	{ "... under a heading that says questions follow too", 0,
	    "# Flutter\n\n## Questions\n\n1. What are the build modes?\n\n"
	    "  * Debug\n  * Release\n\n2. What is hot reload?\n\n  * A fast "
	    "refresh.\n",
	    "5|Questions|What are the build modes?||- Debug\n"
	    "10|Questions|What is hot reload?||- A fast refresh.\n" },
	{ "... but not after a question that ends in a colon: the list "
	  "completes it (bullets indented too little to nest, the numbers "
	  "running on past them), and is none of them",
	    0,
	    "# Build\n\n1. What is make?\n2. What is cmake?\n\nSome prose."
	    "\n\n3. What does this program print:\n\n  * 1\n  * 2\n\n4. What "
	    "is a linker?\n\n  * It joins objects.\n",
	    "3|Build|What is make?||\n"
	    "4|Build|What is cmake?||\n"
	    "8|Build|What does this program print: 1; 2||\n"
	    "13|Build|What is a linker?||- It joins objects.\n" },
	{ "... but after a task under a heading that names exercises, it "
	  "says more of the task",
	    0,
	    "# Course\n\n## Transfer Learning Exercises\n\n1. What is the "
	    "best model on ImageNet?\n  * Hint: check the leaderboard.\n2. "
	    "Name three models.\n",
	    "5|Transfer Learning Exercises|What is the best model on "
	    "ImageNet?|- Hint: check the leaderboard.|\n"
	    "7|Transfer Learning Exercises|Name three models.||\n" },
	{ "... as a list nested in a task does: its body, not its answer", 0,
	    "# Course\n\n## Exercises\n\n1. Train a model.\n   * Use ten "
	    "epochs.\n   * Plot the loss.\n2. Name three models.\n",
	    "5|Exercises|Train a model.|- Use ten epochs.|\n"
	    "8|Exercises|Name three models.||\n" },
	{ "in a file of lists of questions, a list under a heading below a "
	  "heading of the page's furniture is no more of them",
	    0,
	    "# Go questions\n\n1. What is a goroutine?\n2. What is a "
	    "channel?\n\n## Contributing\n\n### Steps\n\n1. Fork the repo.\n"
	    "2. Open a pull request.\n",
	    "3|Go questions|What is a goroutine?||\n"
	    "4|Go questions|What is a channel?||\n" },
	{ "in a file of lists of questions, a list under a heading of the "
	  "page's furniture is no more of them",
	    0,
	    "# Go questions\n\n1. What is a goroutine?\n2. What is a "
	    "channel?\n\n## Contributing\n\n1. Fork the repo.\n2. Open a pull "
	    "request.\n",
	    "3|Go questions|What is a goroutine?||\n"
	    "4|Go questions|What is a channel?||\n" },
	{ "a <details> question", 0,
	    "## Net\n\n<details><summary>What is TCP?</summary>\n\n"
	    "A stream.\n</details>\n",
	    "3|Net|What is TCP?||A stream.\n" },
	{ "toggles that do not ask, where most do not, fold the page", 0,
	    "# Setup\n\n## What is a pod?\n\nA group.\n\n## Tools\n\n"
	    "<details><summary>Install kubectl</summary>\n\nRun apt.\n"
	    "</details>\n\n<details><summary>Install helm</summary>\n\n"
	    "Run snap.\n</details>\n",
	    "3|Setup|What is a pod?||A group.\n" },
	{ "... and hide the answer of a heading whose task is stated", 0,
	    "## Tasks\n\n### 01. Scale the web deployment\n\n* to 5 "
	    "replicas\n\n<details><summary>kubectl scale - change replicas"
	    "</summary>\n\nkubectl scale deploy web\n</details>\n\n"
	    "### 02. Delete the web deployment\n\n* and its pods\n\n"
	    "<details><summary>kubectl delete - remove objects</summary>\n\n"
	    "kubectl delete deploy web\n</details>\n",
	    "3|Tasks|Scale the web deployment|- to 5 replicas|kubectl scale "
	    "deploy web\n"
	    "12|Tasks|Delete the web deployment|- and its pods|kubectl delete "
	    "deploy web\n" },
	{ "... whose summary, ending in a colon, leads the answer", 0,
	    "## Perf\n\nHow do you speed up the first paint?\n\n<details>"
	    "<summary>Here are the ways:</summary>\n\n- split code\n"
	    "</details>\n",
	    "3|Perf|How do you speed up the first paint?||Here are the "
	    "ways:\n" },
	{ "a toggle that names the toggles in it is their category", 0,
	    "# Q\n\n<details>\n<summary>Databases</summary>\n\n<details>\n"
	    "<summary>What is MVCC?</summary>\n\nVersions.\n</details>\n\n"
	    "</details>\n",
	    "7|Databases|What is MVCC?||Versions.\n" },
	{ "toggles with no blank line between them", 0,
	    "## Net\n\n<details><summary>What is TCP?</summary>\nA stream.\n"
	    "</details>\n<details><summary>What is UDP?</summary>\nDatagrams."
	    "\n</details>\n",
	    "3|Net|What is TCP?||A stream.\n6|Net|What is UDP?||Datagrams.\n" },
	{ "a numbered heading: a list of one item that holds a heading", 0,
	    "## Go\n\n1. #### Is a channel safe?\n\nYes, it locks.\n\n"
	    "* one\n* two\n\n2. #### What is a goroutine?\n\nA thread.\n",
	    "3|Go|Is a channel safe?||Yes, it locks.\n"
	    "10|Go|What is a goroutine?||A thread.\n" },
	{ "numbered headings in one list, each answered by the items after it",
	    0,
	    "## DB\n\n1. #### How does replication work?\n\n"
	    "2. The primary logs.\n\n3. The replica replays.\n\n"
	    "4. #### What is a redo log?\n\n5. A log of pages.\n",
	    "3|DB|How does replication work?||The primary logs.\n"
	    "9|DB|What is a redo log?||A log of pages.\n" },
	{ "an answer glued to its question by lazy continuation", 0,
	    "## Go\n\n- What is a goroutine?\nA light thread.\n"
	    "- What is a channel?\nA typed pipe.\n- Why use select?\n",
	    "3|Go|What is a goroutine?||A light thread.\n"
	    "5|Go|What is a channel?||A typed pipe.\n"
	    "7|Go|Why use select?||\n" },
	{ "an anchor above a heading is no text of the heading above it", 0,
	    "# Git\n\n## Commits\n\n<a name=\"x\"></a>\n### I want to undo\n\n"
	    "Run reset.\n\n## Branches\n\n<a name=\"y\"></a>\n"
	    "### I want to amend\n\nWhen you want to, run:\n\n"
	    "```\ngit commit --amend\n```\n",
	    "6|Commits|I want to undo||Run reset.\n"
	    "13|Branches|I want to amend||When you want to, run:\n" },
	{ "a toggle under a table of contents is no question", 0,
	    "## Table of Contents\n\n<details open>\n<summary>\n"
	    "Hide/Show table of contents\n</summary>\n\n| No. | Question |\n"
	    "|---|---|\n| 1 | [What is JSX?](#jsx) |\n</details>\n\n"
	    "## Core\n\n### What is JSX?\n\nSyntax for elements.\n",
	    "15|Core|What is JSX?||Syntax for elements.\n" },
	{ "toggles written alike hide answers: the headings are the questions",
	    0,
	    "## Pods\n\n### Create a pod named web\n\n<details><summary>show"
	    "</summary>\n\nkubectl run web\n</details>\n\n### Delete it\n\n"
	    "<details><summary>show</summary>\n\nkubectl delete po web\n"
	    "</details>\n",
	    "3|Pods|Create a pod named web||kubectl run web\n"
	    "10|Pods|Delete it||kubectl delete po web\n" },
	{ "toggles written alike in list items hide the items' answers", 0,
	    "## K8s\n\n1. Create a pod named web\n\n   <details><summary>show"
	    "</summary>\n\n   kubectl run web\n   </details>\n\n"
	    "2. Delete the pod\n\n   <details><summary>show</summary>\n\n"
	    "   kubectl delete po web\n   </details>\n",
	    "3|K8s|Create a pod named web||kubectl run web\n"
	    "10|K8s|Delete the pod||kubectl delete po web\n" },
	{ "numbered tasks under a heading that says questions follow", 0,
	    "# Interview questions\n\nWhy do you want this job?\n\n"
	    "**3)** Write a function that reverses a list.\n\n"
	    "```python\ndef rev(xs): ...\n```\n\n"
	    "**4)** Write a query that finds duplicates.\n\n"
	    "```sql\nSELECT 1;\n```\n",
	    "5|Interview questions|Write a function that reverses a list.||"
	    "```python\n"
	    "11|Interview questions|Write a query that finds duplicates.||"
	    "```sql\n" },
	{ "a label that says questions follow, over tasks and a solution", 0,
	    "## Deployments\n\nQuestions:\n- Create a deployment.\n"
	    "- Scale it to 5 replicas.\n\n<details><summary>Solution"
	    "</summary>\n\nkubectl scale\n</details>\n\nDocs:\n"
	    "- https://kubernetes.io/docs/\n- Helm: https://helm.sh/docs/\n",
	    "4|Deployments|Create a deployment.||\n"
	    "5|Deployments|Scale it to 5 replicas.||kubectl scale\n" },
	{ "a bold label that says questions follow, under topic links", 0,
	    "## Modules\n\n* [Require](m.md#require)\n* [Cache](m.md#cache)\n\n"
	    "**常见问题**\n\n* a.js 和 b.js 互相 require 会死循环吗 "
	    "[[more]](m.md)\n"
	    "* 热更新一个文件 [[more]](m.md)\n",
	    "8|Modules|a.js 和 b.js 互相 require 会死循环吗 [more]||\n"
	    "9|Modules|热更新一个文件 [more]||\n" },
	{ "bold questions one a line, <br/> between them", 0,
	    "# About you\n\n**“What’s your weakness?”** 🤔\n<br/>\n"
	    "**Where will you be in five years — honestly?**\n<br/>\n"
	    "**Why leave your job?**\nI want to grow.\n",
	    "3|About you|“What’s your weakness?”||\n"
	    "5|About you|Where will you be in five years — honestly?||\n"
	    "7|About you|Why leave your job?||I want to grow.\n" },
	{ "hints under a question are no questions of their own", 0,
	    "## DB\n\n1. Explain MVCC.\n   - what readers see\n"
	    "2. Compare two locks.\n   * Why would you pick one?\n",
	    "3|DB|Explain MVCC.||- what readers see\n"
	    "5|DB|Compare two locks.||\n"
	    "6|DB|Why would you pick one?||\n" },
	{ "a toggle inside a numbered list is an aside of the answer", 0,
	    "# Net\n\n## What differs between TCP and UDP?\n\n"
	    "1. TCP connects.\n<details>\n<summary>What is a connection?"
	    "</summary>\n\nState at both ends.\n</details>\n\n"
	    "2. UDP does not.\n\n## What is DNS?\n\nNames.\n",
	    "3|Net|What differs between TCP and UDP?||1. TCP connects.\n"
	    "14|Net|What is DNS?||Names.\n" },
	{ "a reading list at a level that asks is no question", 0,
	    "## OOP\n\n#### What is SRP?\n\nOne reason to change.\n\n"
	    "#### What is OCP?\n\nOpen, closed.\n\n#### Further books\n\n"
	    "* (book) [Clean Code](https://example.com/cc)\n\n"
	    "[Back](../README.md)/[Up](#oop)\n",
	    "3|OOP|What is SRP?||One reason to change.\n"
	    "7|OOP|What is OCP?||Open, closed.\n" },
	{ "a question alone in its list, its answer at the margin below", 0,
	    "## Básico\n\n1. ¿Qué es un closure?\n\nUna función con su "
	    "entorno.\n\n2. ¿Qué es el hoisting?\n\nSource: [Blog](https://"
	    "example.com)\n",
	    "3|Básico|¿Qué es un closure?||Una función con su entorno.\n"
	    "7|Básico|¿Qué es el hoisting?||\n" },
	{ "a nested item labelled Answer answers the item, asking or not", 0,
	    "## Kotlin\n\n- **Question**: What is an inline function?\n"
	    "    - **Answer**: [What is an inline function?](https://e.com/1)\n"
	    "- **Question**: Why use const?\n"
	    "    - **Answer**: [Why use const?](https://e.com/2)\n",
	    "3|Kotlin|What is an inline function?||[What is an inline "
	    "function?](https://e.com/1)\n"
	    "5|Kotlin|Why use const?||[Why use const?](https://e.com/2)\n" },
	{ "under a FAQ heading, a list of items that each hold an answer", 0,
	    "## FAQ\n\nWe list common errors.\n\n### Installation\n\n"
	    "- KeyError: 'x'\n\n  Import the module first.\n\n"
	    "- No module named 'ops'\n\n  Install the full build.\n",
	    "7|Installation|KeyError: 'x'||Import the module first.\n"
	    "11|Installation|No module named 'ops'||Install the full "
	    "build.\n" },
	{ "under a FAQ heading, a list of options is no list of questions", 0,
	    "## FAQ\n\n### Which port does it use?\n\n- 80\n- 443\n",
	    "3|FAQ|Which port does it use?||- 80\n" },
	{ "a list of questions", 0,
	    "## Go\n\n* What is a channel?\n* Explain select.\n* defer\n",
	    "3|Go|What is a channel?||\n4|Go|Explain select.||\n"
	    "5|Go|defer||\n" },
	{ "a link to another site whose text asks is a question", 0,
	    "## Node\n\n- [How do I read a file?](https://x.org/issues/1)\n"
	    "- [What is npx?](https://x.org/issues/2)\n",
	    "3|Node|How do I read a file?||\n4|Node|What is npx?||\n" },
	{ "a table of contents is no question", 0,
	    "# Go\n\n- [Basics](#basics)\n- [Maps](#maps)\n\n"
	    "## What is a map?\n\nA hash table.\n",
	    "6|Go|What is a map?||A hash table.\n" },
	{ "the built-in format", 0,
	    "## DB\n\n1. **What is an index?**\n   **Explanation**: A tree.\n",
	    "3|DB|What is an index?||A tree.\n" },
	{ "a bold item that asks without a question mark", 0,
	    "## DB\n\n1. **Explain MVCC.**\n   Versions.\n",
	    "3|DB|Explain MVCC.||Versions.\n" },
	{ "a bold term explained in a list is no question", 0,
	    "## What is a collection?\n\n* **List**\n  ordered\n* **Map**\n"
	    "  keyed\n",
	    "1|t|What is a collection?||- **List** ordered\n" },
	{ "a labelled question paragraph", 0,
	    "## Go\n\nQuestion: What is a slice?\n\nA view of an array.\n",
	    "3|Go|What is a slice?||A view of an array.\n" },
	{ "a labelled question on its line, its answer on the next ones", 0,
	    "# Node\n\n**Q1:** What is npm?\nA package manager.\n\n"
	    "**Q2. What is a stream?**  \nData piece by piece.\n",
	    "3|Node|What is npm?||A package manager.\n"
	    "6|Node|What is a stream?||Data piece by piece.\n" },
	{ "a question on its line, a bold answer label on the next", 0,
	    "# JS\n\nQuestion: What is x?\n**Answer: \"bar\"** if unset.\n",
	    "3|JS|What is x?||\"bar\" if unset.\n" },
	{ "a table of numbered questions: the column headed Question", 0,
	    "# SQL\n\n| # | Question | Answer |\n|---|---|---|\n"
	    "| 1 | What is a key? | An id. |\n| 2 | What is a join? | A "
	    "product. |\n",
	    "5|SQL|What is a key?||An id.\n6|SQL|What is a join?||A "
	    "product.\n" },
	{ "a table whose first column mostly asks, no header says so", 0,
	    "# SQL\n\n| Term | Meaning |\n|---|---|\n"
	    "| What is a key? | An id. |\n| What is a join? | A product. |\n",
	    "5|SQL|What is a key?||An id.\n6|SQL|What is a join?||A "
	    "product.\n" },
	{ "... but a column of questions after a topic is examples", 0,
	    "# Levels\n\n| Level | Asked |\n|---|---|\n"
	    "| Junior | What is val? |\n| Senior | What does inline do? |\n",
	    "1|Levels|Levels||| Level | Asked |\n" },
	{ "... and a column of links within the page is contents", 0,
	    "## Go\n\n| No. | Question |\n|---|---|\n"
	    "| 1 | [What is a map?](#map) |\n\n## What is a map?\n\nA hash.\n",
	    "1|t|Go||| No. | Question |\n7|t|What is a map?||A hash.\n" },
	{ "a run of paragraphs that ask, each answered below; a quote too", 0,
	    "# OS\n\nWhat is a process?\n\nA program running.\n\n"
	    "> What is a thread?\n\nA path in a process.\n\nIts stack.\n\n"
	    "What is a deadlock?\n\nA wait forever.\n",
	    "3|OS|What is a process?||A program running.\n"
	    "7|OS|What is a thread?||A path in a process.\n"
	    "13|OS|What is a deadlock?||A wait forever.\n" },
	{ "... its answer may be on its next lines", 0,
	    "# Locks\n\nWhat is a mutex?\n: One holder.\n\n"
	    "What is a semaphore?\nA counter.\n\nWhat is a monitor?\n\n"
	    "A mutex and a condition.\n",
	    "3|Locks|What is a mutex?||: One holder.\n"
	    "6|Locks|What is a semaphore?||A counter.\n"
	    "9|Locks|What is a monitor?||A mutex and a condition.\n" },
	{ "... its first line may be only an anchor, which shows nothing", 0,
	    "# Locks\n\n<a name=\"mutex\"></a>\nWhat is a mutex?\n"
	    ": One holder.\n\nWhat is a semaphore?\n: A counter.\n\n"
	    "What is a monitor?\n: A mutex and a condition.\n",
	    "4|Locks|What is a mutex?||: One holder.\n"
	    "7|Locks|What is a semaphore?||: A counter.\n"
	    "10|Locks|What is a monitor?||: A mutex and a condition.\n" },
	{ "... under headings that each hold one: they are categories", 0,
	    "# OS\n\n## Tasks\n\nWhat is a process?\n\nA program.\n\n"
	    "What is a thread?\n\nA path.\n\n## Memory\n\nWhat is a page?"
	    "\n\nA block.\n\nWhat is a TLB?\n\nA cache.\n",
	    "5|Tasks|What is a process?||A program.\n"
	    "9|Tasks|What is a thread?||A path.\n"
	    "15|Memory|What is a page?||A block.\n"
	    "19|Memory|What is a TLB?||A cache.\n" },
	{ "... but one heading's alone among its level: its parts", 0,
	    "# JS\n\n## Closures\n\nWhy use them?\n\nTo keep state.\n\n"
	    "When do they leak?\n\nIn loops.\n\nWhat do they cost?\n\n"
	    "Memory.\n\n## Hoisting\n\nDeclarations move up.\n",
	    "3|JS|Closures|Why use them?|To keep state.\n"
	    "17|JS|Hoisting||Declarations move up.\n" },
	{ "... in a run, a line that reads as a question is one too", 0,
	    "# RAM\n\nQuelle taille ?\n\n```\n8 Go\n```\n\nC'est quoi la "
	    "ECC.\n\n```\nCorrige.\n```\n\nPourquoi deux ?\n\n```\nVite."
	    "\n```\n\nQuel type ?\n\n```\nDDR5\n```\n\nVoir aussi.\n\n"
	    "Donne un exemple.\n\nLe bus.\n",
	    "3|RAM|Quelle taille ?||```\n"
	    "9|RAM|C'est quoi la ECC.||```\n"
	    "15|RAM|Pourquoi deux ?||```\n"
	    "21|RAM|Quel type ?||```\n" },
	{ "... but a question in the middle of prose is the prose's", 0,
	    "# GC\n\n## Marking\n\nFirst the roots.\n\nWhat is a root?\n\n"
	    "A global.\n\nWhy mark?\n\nTo keep.\n\n## Sweeping\n\nThen "
	    "sweep.\n\nWhat is freed?\n\nThe rest.\n",
	    "3|GC|Marking||First the roots.\n"
	    "15|GC|Sweeping||Then sweep.\n" },
	{ "a quiz page: its front matter's question, options with code", 0,
	    "---\nquestion: \"Which runs one at a time?\"\n---\n\n"
	    "- [x] concurrency\n```yaml\nconcurrency: 1\n```\n- [ ] queue\n"
	    "> No such key.\n",
	    "2|t|Which runs one at a time?|- [x] concurrency|concurrency\n" },
	{ "a front matter's title, its key in capitals", 0,
	    "---\nTitle: Networking\n---\n\n- What is DNS?\n- What is DHCP?\n",
	    "5|Networking|What is DNS?||\n6|Networking|What is DHCP?||\n" },
	{ "a heading over an Options heading asks; its answer after them", 0,
	    "## Quiz\n\n### 1) Git es un ___\n\n#### Opciones\n\n1. editor\n"
	    "2. VCS\n\n<p>2</p>\n\n### 2) Un commit es ___\n\n#### Opciones"
	    "\n\n1. foto\n2. rama\n\n<p>1</p>\n",
	    "3|Quiz|Git es un ___|#### Opciones|2\n"
	    "12|Quiz|Un commit es ___|#### Opciones|1\n" },
	{ "an exercise heading: with no solution, all its text is the task", 0,
	    "# Parcial\n\n## Ejercicio 1\n\nEscribir un m\xc3\xa9todo.\n\n"
	    "```java\nint f();\n```\n\n## Ejercicio 2\n\nExplicar.\n",
	    "3|Parcial|Ejercicio 1|Escribir un m\xc3\xa9todo.|\n"
	    "11|Parcial|Ejercicio 2|Explicar.|\n" },
	{ "... an answer label at its start answers it", 0,
	    "# Lab\n\n## Exercise 1.3: versions\n\n**A:** 0.4.2 and later.\n",
	    "3|Lab|Exercise 1.3: versions||0.4.2 and later.\n" },
	{ "a heading that names one exercise over its parts: one question", 0,
	    "# Problem: Money\n\nConvert coins.\n\n## Input Data\n\nTwo "
	    "numbers.\n\n## Hints and Guidelines\n\nMultiply.\n\n"
	    "## Testing\n\nSubmit it.\n",
	    "1|Problem: Money|Problem: Money|Convert coins.|## Hints and "
	    "Guidelines\n" },
	{ "... a statement that asks: the parts up to one that names its "
	  "solution show the task",
	    0,
	    "# Problem: Money\n\nWrite a program that converts coins.\n\n"
	    "## Sample Input and Output\n\n| In | Out |\n| --- | --- |\n"
	    "| 1 | 2 |\n\n## Hints and Guidelines\n\nMultiply.\n",
	    "1|Problem: Money|Problem: Money|Write a program that converts "
	    "coins.|## Hints and Guidelines\n" },
	{ "... with no part that names a solution, all of them show it", 0,
	    "# Problem: Grade\n\nWrite a program that prints a grade.\n\n"
	    "## Sample Input and Output\n\n| In | Out |\n| --- | --- |\n"
	    "| 6 | Excellent! |\n\n## Testing in the Judge System\n\n"
	    "Submit it.\n",
	    "1|Problem: Grade|Problem: Grade|Write a program that prints a "
	    "grade.|\n" },
	{ "questions nested under an item that ends in a colon follow up "
	  "on it; terms are part of its question",
	    0,
	    "# Lead\n\n- How do you plan?\n- If you lead a team:\n"
	    "    + How do you hire?\n    + What culture do you build?\n"
	    "- Explain these headers:\n    + ETag\n    + Vary\n",
	    "3|Lead|How do you plan?||\n"
	    "4|Lead|If you lead a team:||\n"
	    "5|Lead|How do you hire?||\n"
	    "6|Lead|What culture do you build?||\n"
	    "7|Lead|Explain these headers: ETag; Vary||\n" },
	{ "an item that says questions follow, among notes, over them", 0,
	    "# Feed\n\n## Formulation\n\nshow a feed of posts\n\n"
	    "* Clarifying questions\n  * What is the goal?\n  * Do we show "
	    "ads?\n* Scale\n  * 1B users\n",
	    "8|Formulation|What is the goal?||\n"
	    "9|Formulation|Do we show ads?||\n" },
	{ "a bold and italic question under a topic heading", 0,
	    "## FAQ\n\n### SSL\n\n***How do I use certs?***\n\nBuy one.\n\n"
	    "### Prose\n\n***What we want is balance.***\n\nSo.\n",
	    "5|SSL|How do I use certs?||Buy one.\n" },
	{ "a paragraph that only labels the question below it", 0,
	    "# Go\n\n**Question 1**\n\nWhat is a goroutine?\n\n**Answer**\n\n"
	    "A light thread.\n\n**Question 2**\n\nWhat is a channel?\n\n"
	    "**Answer**\n\nA pipe.\n",
	    "5|Go|What is a goroutine?||A light thread.\n"
	    "13|Go|What is a channel?||A pipe.\n" },
	{ "an item whose bold part only labels its question", 0,
	    "# Go\n\n* **Q1:** What is a goroutine?\n  * **A:** A light thread."
	    "\n* **Q2:** What is a channel?\n  * **A:** A pipe.\n",
	    "3|Go|What is a goroutine?||A light thread.\n"
	    "5|Go|What is a channel?||A pipe.\n" },
	{ "a Chinese question label of one character", 0,
	    "# OS\n\n\xe9\x97\xae\xef\xbc\x9aWhat is a process?\n"
	    "\xe7\xad\x94\xef\xbc\x9a"
	    "A program.\n",
	    "3|OS|What is a process?||A program.\n" },
	{ "a README: its furniture is its level's most, no topics", 0,
	    "# fastcsv\n\nA parser.\n\n## Features\n\n- Fast\n\n"
	    "## Installation\n\nGet it.\n\n## Benchmarks\n\n2 s.\n\n"
	    "## License\n\nMIT\n",
	    "" },
	{ "a reference page's Options over settings is no quiz", 0,
	    "# Configuration\n\nYAML.\n\n## Options\n\n### timeout\n\n"
	    "Seconds.\n\n### retries\n\nHow many.\n\n## FAQ\n\n"
	    "### Can I use JSON?\n\nYes.\n\n### Why no load?\n\nThe path.\n",
	    "17|FAQ|Can I use JSON?||Yes.\n21|FAQ|Why no load?||The path.\n" },
	{ "a kramdown box: a quote that opens with an exercise heading", 0,
	    "# Vars\n\n> ## Challenge 1\n>\n> What is x?\n>\n"
	    "> > ## Solution\n> >\n> > 6.\n> {: .solution}\n{: .challenge}\n\n"
	    "More prose.\n",
	    "3|Vars|Challenge 1|What is x?|## Solution\n" },
	{ "a question paragraph whose answer is behind an Answer toggle", 0,
	    "# Docker\n\n**1. What is a container?**\n\n<details><summary>"
	    "Answer</summary>\n\nA process.\n\n</details>\n\n"
	    "**2. What is an image?**\n\n<details><summary>Answer</summary>"
	    "\n\nA template.\n\n</details>\n",
	    "3|Docker|What is a container?||A process.\n"
	    "11|Docker|What is an image?||A template.\n" },
	{ "site theme toggles: Hugo shortcodes that fold their text", 0,
	    "# FAQ\n\n{{< details \"How do I install it?\" >}}\nRun it.\n"
	    "{{< /details >}}\n\n{{% expand \"Where are logs?\" %}}\n\n"
	    "In /var/log.\n\n{{% /expand %}}\n",
	    "3|FAQ|How do I install it?||Run it.\n"
	    "7|FAQ|Where are logs?||In /var/log.\n" },
	{ "MDX components that fold, whose title asks, are toggles; cards and "
	  "code are not",
	    0,
	    "# FAQ\n\n<Accordion title=\"What is X?\">\nA thing.\n"
	    "</Accordion>\n\n<ExpandableCard\ntitle=\"Why is Y slow?\"\n"
	    "event=\"a > b\">\n\nBecause of Z.\n\n</ExpandableCard>\n\n"
	    "<Card title=\"Is it a card?\" />\n\n<Card title=\"How does it "
	    "work?\">\nIt works.\n</Card>\n\n```jsx\n<Accordion title=\"Is "
	    "it code?\">"
	    "a</Accordion>\n```\n\n<Collapsible title=\"Can a line hold it?\">"
	    "Yes.</Collapsible>\n",
	    "3|FAQ|What is X?||A thing.\n"
	    "7|FAQ|Why is Y slow?||Because of Z.\n"
	    "25|FAQ|Can a line hold it?||Yes.\n" },
	{ "a label above a toggle that says Answer states the question; "
	  "above one that says Explanation, it starts the answer",
	    0,
	    "# Az\n\n### Question 2\n\nYou host a web app.\n\n"
	    "**Solution:** You deploy a scale set.\n\nDoes this meet the "
	    "goal?\n\n<details>\n<summary>Answer</summary>\n\n**B. No**\n\n"
	    "</details>\n\n### Question 3\n\nWhat is a pod?\n\n"
	    "**Answer: B**\n\n<details>\n<summary>Explanation</summary>\n\n"
	    "A pod runs containers.\n\n</details>\n",
	    "3|Az|Question 2|You host a web app.|**B. No**\n"
	    "18|Az|Question 3|What is a pod?|**Answer: B**\n" },
	{ "an MDX quiz component's choices are the question's options, the "
	  "correct ones its answer; in code it is code",
	    0,
	    "# Quiz\n\n### 1. What task does it perform?\n\n<Question\n"
	    "\tchoices={[\n\t\t{\n\t\t\ttext: \"Summarization\",\n"
	    "\t\t\texplain: \"No {really}.\"\n\t\t},\n\t\t{\n"
	    "\t\t\ttext: \"Text \\\"classification\\\"\",\n"
	    "\t\t\tcorrect: true\n\t\t}\n\t]}\n/>\n\n"
	    "### 2. Which is code?\n\n```jsx\n<Question\n"
	    "  choices={[{ text: \"C\", correct: true },\n"
	    "  { text: \"D\" }]} />\n```\n\n### 3. Which are right?\n\n"
	    "<Question choices={[{ text: \"E\", correct: true },\n"
	    "  { text: \"F\\\nF\" }, { text: \"G\", correct: trueish }]}\n"
	    "/>\n\n### 4. Last?\n\nYes.\n",
	    "3|Quiz|What task does it perform?|- [ ] Summarization|Text "
	    "\"classification\"\n"
	    "18|Quiz|Which is code?||```jsx\n"
	    "26|Quiz|Which are right?|- [x] E|E\n"
	    "33|Quiz|Last?||Yes.\n" },
	{ "lists whose numbers run on past a heading are a run of tasks", 0,
	    "# Rust\n\n### Binding\n1. Fix the error.\n```rust\nlet x;\n```"
	    "\n\n2. Fill the blank.\n```rust\nlet _ = 1;\n```\n\n"
	    "### Scope\n\nA scope is a range.\n\n3. Fix the scope.\n"
	    "```rust\n{}\n```\n",
	    "4|Binding|Fix the error.|```rust|\n"
	    "9|Binding|Fill the blank.|```rust|\n"
	    "18|Scope|Fix the scope.|```rust|\n" },
	{ "... nor are a guide's steps, which show no task", 0,
	    "# Installing\n\n## Download\n\n1. Download the tarball.\n"
	    "2. Unpack it.\n\n## Configure\n\n3. Edit config.yml.\n"
	    "4. Set the port.\n\n## Run\n\n5. Start the server.\n"
	    "6. Open the page.\n",
	    "3|Installing|Download||1. Download the tarball.\n"
	    "8|Installing|Configure||3. Edit config.yml.\n"
	    "13|Installing|Run||5. Start the server.\n" },
	{ "... steps whose numbers run on in one answer are not", 0,
	    "# Setup\n\n## How do I install it?\n\n1. Open it.\n```sh\nopen\n"
	    "```\n2. Close it.\n```sh\nclose\n```\n3. Done.\n\n"
	    "## How do I remove it?\n\nDelete it.\n",
	    "3|Setup|How do I install it?||1. Open it.\n"
	    "15|Setup|How do I remove it?||Delete it.\n" },
	{ "an exercise's closing paragraph of links only, one to a file, "
	  "points "
	  "to its solution: its answer; a reading list does not",
	    0,
	    "# Go\n\n## Exercises\n\n### Exercise 1\n\nDeclare a constant.\n\n"
	    "[Template](t1.go) | [Answer](a1.go)\n\n### Exercise 2\n\n"
	    "Print it.\n\n\xe2\xad\x90 [Print.go](p.go)\n\n### Exercise 3\n\n"
	    "Loop.\n\n[Go Tour](https://go.dev/tour/2)\n\n___\n"
	    "All material is licensed.\n",
	    "5|Exercises|Exercise 1|Declare a constant.|[Template](t1.go) | "
	    "[Answer](a1.go)\n"
	    "11|Exercises|Exercise 2|Print it.|\xe2\xad\x90 "
	    "[Print.go](p.go)\n"
	    "17|Exercises|Exercise 3|Loop.|\n" },
	{ "after a list of questions, a list first in its section, at the "
	  "level of that list's or after one is one; steps after prose are not",
	    0,
	    "# Notes\n\n## Java\n\n- What is the JVM?\n- Why use generics?\n\n"
	    "## Go\n\n- Goroutines\n- Channels\n\n### Setup\n\n"
	    "Install it first.\n\n- Download the archive\n- Unpack it\n\n"
	    "### Tools\n\nThey help.\n\n- What is gofmt?\n```sh\ngofmt\n```\n"
	    "- Vet the code\n",
	    "5|Java|What is the JVM?||\n6|Java|Why use generics?||\n"
	    "10|Go|Goroutines||\n11|Go|Channels||\n"
	    "24|Tools|What is gofmt?|```sh|\n28|Tools|Vet the code||\n" },
	{ "boxes in paragraphs of their own are options, the ticked ones the "
	  "answer",
	    0,
	    "# Quiz\n\n## Is TLS enough?\n\nA service is attacked. True or "
	    "False?\n\n(x) True\n\n( ) False\n\n[Explanation]\n\n"
	    "It is true.\n\n## Which checks?\n\n[x] The minimum\n[ ] The "
	    "colour\n[X] The maximum\n",
	    "3|Quiz|Is TLS enough?|A service is attacked. True or False?|True\n"
	    "15|Quiz|Which checks?|[x] The minimum [ ] The colour [X] The "
	    "maximum|The minimum\n" },
	{ "paragraphs that ask, some with no answer: one after another, or "
	  "before a heading",
	    0,
	    "# SOC\n\nWhat is SNMP?\n\nA protocol.\n\nWhat is ARP?\n\n"
	    "It maps addresses.\n\n## Open questions\n\nCan you write a "
	    "rule?\n\nWhat is a mutex?\n",
	    "3|SOC|What is SNMP?||A protocol.\n"
	    "7|SOC|What is ARP?||It maps addresses.\n"
	    "13|Open questions|Can you write a rule?||\n"
	    "15|Open questions|What is a mutex?||\n" },
	{ "lettered options glued on under an item's question, a line each: "
	  "its body",
	    0,
	    "# Review\n\n1.  Who has superuser rights?\n    a.  sudo\n"
	    "    b.  root\n1.  What runs as root?\n    a.  su\n    b.  sudo\n"
	    "    c.  none\n",
	    "3|Review|Who has superuser rights?|a.  sudo b.  root|\n"
	    "6|Review|What runs as root?|a.  su b.  sudo c.  none|\n" },
	{ "no topics at a level with fewer headings than ask outright below it",
	    0,
	    "# Course\n\n## Part one\n\nText one.\n\n### What is a key?\n\n"
	    "A name.\n\n### Keys in practice\n\nText.\n\n### Hashing notes\n\n"
	    "Text.\n\n### Why hash?\n\nTo spread.\n\n## Part two\n\n"
	    "Text two.\n\n### What is a lock?\n\nA guard.\n\n### Locks\n\n"
	    "Text.\n\n### Latches\n\nText.\n\n### Queues\n\nText.\n",
	    "7|Part one|What is a key?||A name.\n"
	    "11|Part one|Keys in practice||Text.\n"
	    "15|Part one|Hashing notes||Text.\n"
	    "19|Part one|Why hash?||To spread.\n"
	    "27|Part two|What is a lock?||A guard.\n"
	    "31|Part two|Locks||Text.\n35|Part two|Latches||Text.\n"
	    "39|Part two|Queues||Text.\n" },
	{ "a list under a label that names a lesson's furniture is no "
	  "questions",
	    0,
	    "# Basics\n\nLearning objectives:\n\n1. Explain what security "
	    "means.\n2. Discuss risk.\n\n## What is risk?\n\nA chance of "
	    "loss.\n\n## What is a threat?\n\nA cause of loss.\n",
	    "8|Basics|What is risk?||A chance of loss.\n"
	    "12|Basics|What is a threat?||A cause of loss.\n" },
	{ "over options, a paragraph that asks and then says how to answer; "
	  "the image asked about is the body",
	    0,
	    "# Quiz\n\n_Share your answers._\n\nWhat is true of Jest? There is "
	    "more than one response.\n- [ ] It runs tests\n- [ ] It lints "
	    "code\n"
	    "\nWhat is tested here?\n\n![report](r.png)\n\n- [ ] A header\n"
	    "- [ ] A footer\n\nWhich flag adds coverage?\n- [ ] --coverage\n"
	    "- [ ] --watch\n",
	    "5|Quiz|What is true of Jest? There is more than one response.|- [ "
	    "] "
	    "It runs tests|\n"
	    "9|Quiz|What is tested here?|![report](r.png)|\n"
	    "16|Quiz|Which flag adds coverage?|- [ ] --coverage|\n" },
	{ "a first paragraph that asks among labelled question paragraphs does "
	  "not make its heading ask",
	    0,
	    "# Net\n\n## IP\n\nHow many addresses in a /24?\n\nA: 254\n\n"
	    "*Q: How many in a /31?*\n\nA: Two\n\n*Q: How large is a /16?*\n"
	    "\nA: 65536\n",
	    "9|IP|How many in a /31?||Two\n"
	    "13|IP|How large is a /16?||65536\n" },
	{ "a question paragraph, its code, then an answer label: the body", 0,
	    "# JS\n\n**Question:** What does this print?\n\n```js\nf()\n```\n\n"
	    "**Answer:** 1\n\n**Question:** Why?\n\nIt prints.\n\n"
	    "**Answer:** no\n",
	    "3|JS|What does this print?|```js|1\n"
	    "11|JS|Why?||It prints.\n" },
	{ "a numbered question in bold", 0,
	    "# SQL\n\n**3)** Write a query for the top salary.\n\n"
	    "```sql\nSELECT 1;\n```\n",
	    "3|SQL|Write a query for the top salary.||```sql\n" },
	{ "a bold question after a symbol", 0,
	    "# DB\n\n\xf0\x9f\x93\x8c **What is a key?**\nAn identifier.\n",
	    "3|DB|What is a key?||An identifier.\n" },
	{ "a run of bold leads that mostly do not ask is steps", 0,
	    "# ML\n\n## Workflow\n\n- **Specify the goal.** Revenue.\n"
	    "- **Define the problem.** Where the gap is.\n"
	    "- **Partition data.** Three sets.\n- **Preprocess.** Clean.\n",
	    "3|ML|Workflow||- **Specify the goal.** Revenue.\n" },
	{ "a list of notes among lists of questions asks nothing", 0,
	    "# Zero trust\n\n- What is zero trust?\n- How does it differ?\n\n"
	    "## Principles\n\n- **Verify identity**: every user, every time."
	    "\n- **Least privilege**: the minimum access.\n",
	    "3|Zero trust|What is zero trust?||\n"
	    "4|Zero trust|How does it differ?||\n" },
	{ "a term and its definition on one line is a note", 0,
	    "# ML\n\n## L1 vs L2\n\n- **Difference**: L2 shrinks all.\n"
	    "- **Which to choose**: ridge, when all features count.\n"
	    "- A graph shows the regions.\n",
	    "3|ML|L1 vs L2||- **Difference**: L2 shrinks all.\n" },
	{ "a topic over bold lines that do not ask outright", 0,
	    "# ML\n\n## Bagging\n\nMany trees.\n\n## Stacking\n\nModels."
	    "\n\n## Boosting\n\n**How it works**\n\nIn turn.\n\n## SVM\n\n"
	    "Margins.\n\n## KNN\n\nNeighbours.\n",
	    "3|ML|Bagging||Many trees.\n7|ML|Stacking||Models.\n"
	    "11|ML|Boosting||**How it works**\n17|ML|SVM||Margins.\n"
	    "21|ML|KNN||Neighbours.\n" },
	{ "Chinese tasks and how-many questions make a level ask", 0,
	    "## \xe6\xaf\x8f\xe6\x97\xa5\n\nOne a day.\n\n"
	    "## \xe6\xb1\x87\xe6\x80\xbb\n\nAll of them.\n\n"
	    "### \xe5\x86\x99\xe4\xb8\x80\xe4\xb8\xaa debounce\n\ntag: JS\n\n"
	    "### \xe5\xae\x9e\xe7\x8e\xb0 querySelector\n\ntag: DOM\n\n"
	    "### Canvas \xe5\xa4\x9a\xe5\xa4\xa7\n\ntag: 2D\n\n"
	    "### Number 0\n\ntag: JS\n",
	    "9|\xe6\xb1\x87\xe6\x80\xbb|\xe5\x86\x99\xe4\xb8\x80\xe4\xb8\xaa "
	    "debounce||tag: JS\n"
	    "13|\xe6\xb1\x87\xe6\x80\xbb|\xe5\xae\x9e\xe7\x8e\xb0 "
	    "querySelector||tag: DOM\n"
	    "17|\xe6\xb1\x87\xe6\x80\xbb|Canvas \xe5\xa4\x9a\xe5\xa4\xa7||tag: "
	    "2D\n"
	    "21|\xe6\xb1\x87\xe6\x80\xbb|Number 0||tag: JS\n" },
	{ "an answer label of any language ends a question paragraph", 0,
	    "## JS\n\nQuestion: What is ~~3.14?\n**\xe5\x9b\x9e\xe7\xad\x94: "
	    "3**\n\n"
	    "Q: Is [] true?\n**Answer:** yes\n",
	    "3|JS|What is ~~3.14?||3\n6|JS|Is [] true?||yes\n" },
	{ "a list of the questions answered below is their index", 0,
	    "# Java\n\n## Questions:\n\n1. What is X?\n2. Why Y?\n\n"
	    "## Answers:\n\n### 1. What is X?\n\nX is.\n\n### 2. Why Y?\n\n"
	    "Because.\n",
	    "10|Answers|What is X?||X is.\n14|Answers|Why Y?||Because.\n" },
	{ "an item that ends in a colon introduces the text below it", 0,
	    "# Risk\n\n## Assessing risks\n\nHow it is done:\n\n"
	    "1. **Identify Assets and Threats**:\n\nThe assets.\n\n"
	    "2. **Assess Vulnerabilities**:\n\nThe weak spots.\n",
	    "3|Risk|Assessing risks||How it is done:\n" },
	{ "a page titled in its front matter: the title is its heading", 0,
	    "---\nweight: 1\ntitle: \"What is CSP\"\n---\n\nSequential "
	    "processes.\n",
	    "3|What is CSP|What is CSP||Sequential processes.\n" },
	{ "a front matter's title is above the page's own first level", 0,
	    "---\ntitle: \"What is CSP\"\n---\n\nSequential processes.\n\n"
	    "# Source\n\nThe code.\n\n# Cases\n\nMore.\n",
	    "2|What is CSP|What is CSP||Sequential processes.\n" },
	{ "a paragraph that only says the question again is no body", 0,
	    "# Go\n\n## What is a channel\n\nWhat is a channel?\n\nA typed "
	    "pipe.\n\n## What is a map\n\nA hash table.\n",
	    "3|Go|What is a channel||What is a channel?\n"
	    "9|Go|What is a map||A hash table.\n" },
	{ "a heading numbered 01-02. loses its number", 0,
	    "# K8s\n\n### 01-01. Docker Question\n\nBuild an image.\n\n"
	    "### 01-02. Pod Question\n\nRun a pod.\n",
	    "3|K8s|Docker Question||Build an image.\n"
	    "7|K8s|Pod Question||Run a pod.\n" },
	{ "a marker paragraph starts the answer: ---ANSWER---", 0,
	    "# What is X?\nExplain X in a line.\n\n---ANSWER---\n\nX is y.\n",
	    "1|What is X?|What is X?|Explain X in a line.|X is y.\n" },
	{ "a bold line that ends in a colon heads a part of an answer", 0,
	    "# What is N+1?\n\nOne query, then N.\n\n**Why it happens:**\n\n"
	    "Lazy loading.\n\n### Key Points\n\n- Use a join.\n",
	    "1|What is N+1?|What is N+1?||One query, then N.\n" },
	{ "a question that points below shows the code there", 0,
	    "## JS\n\n### What does the following code print?\n\n```js\n"
	    "log(1)\n```\n\nIt prints 1.\n",
	    "3|JS|What does the following code print?|```js|It prints 1.\n" },
	{ "CJK numbering, code shown, an answer label of its own", 0,
	    "## \xe8\xaf\xad\xe6\xb3\x95\n\n### "
	    "1\xe3\x80\x81\xe4\xb8\x8b\xe9\x9d\xa2"
	    "\xe4\xbb\xa3\xe7\xa0\x81\xe8\x83\xbd\xe8\xbf\x90\xe8\xa1\x8c\xe5"
	    "\x90\x97"
	    "\xef\xbc\x9f\n\n```go\nfunc main1() {}\n```\n\n"
	    "**\xe8\xa7\xa3\xe6\x9e\x90\xef\xbc\x9a**\n\nNo digits.\n",
	    "3|\xe8\xaf\xad\xe6\xb3\x95|"
	    "\xe4\xb8\x8b\xe9\x9d\xa2\xe4\xbb\xa3\xe7\xa0\x81"
	    "\xe8\x83\xbd\xe8\xbf\x90\xe8\xa1\x8c\xe5\x90\x97\xef\xbc\x9f|```"
	    "go|"
	    "**\xe8\xa7\xa3\xe6\x9e\x90\xef\xbc\x9a**\n" },
	{ "a marker below a list of questions: the answer follows", 0,
	    "## Redis\n\n\xe3\x80\x90Q\xe3\x80\x91\n\n"
	    "- What types does Redis have?\n- When is each one used?\n\n"
	    "---\n\n\xe3\x80\x90\xe8\xa7\xa3\xe7\xad\x94\xe3\x80\x91\n\n"
	    "- String: KV cache\n- Hash: objects\n",
	    "5|Redis|What types does Redis have?||\n"
	    "6|Redis|When is each one "
	    "used?||\xe3\x80\x90\xe8\xa7\xa3\xe7\xad\x94"
	    "\xe3\x80\x91\n" },
	{ "a table whose first column is headed Question", 0,
	    "## Design\n\n| Question | |\n|---|---|\n"
	    "| Design a URL shortener | [Solution](s/url.md) |\n"
	    "| Design a web crawler | [Solution](s/crawl.md) |\n",
	    "5|Design|Design a URL shortener||[Solution](s/url.md)\n"
	    "6|Design|Design a web crawler||[Solution](s/crawl.md)\n" },
	{ "a bold label with a colon, its text on the next line", 0,
	    "# What is N+1?\n\nOne query, then N.\n\n**Why it happens:**\n"
	    "Lazy loading.\n\n### Key Points\n\n- Use a join.\n",
	    "1|What is N+1?|What is N+1?||One query, then N.\n" },
	{ "a toggle whose summary says Solution - X holds an answer", 0,
	    "## K8s\n\n### Pod task\n\n- Create a pod called web.\n"
	    "- Expose it on port 80.\n\n<details><summary>Solution - Pod"
	    "</summary>\n\nkubectl run web\n</details>\n",
	    "3|K8s|Pod task|- Create a pod called web.|kubectl run web\n" },
	{ "references and furniture are never questions", 0,
	    "# Go\n\n## What is Go?\n\nA language.\n\n### References\n\n"
	    "- [go.dev](https://go.dev)\n\n## Contributing\n\nSend a PR.\n",
	    "3|Go|What is Go?||A language.\n" },
	{ "a heading that asks, with text of its own, keeps the toggles "
	  "after it in its answer",
	    0,
	    "# DB\n\n### What is A?\n\nA is a thing.\n\n### What is B?\n\n"
	    "- B one\n- B two\n\n<details>\n<summary>What is C?</summary>"
	    "\n\nC is a thing.\n\n</details>\n\n### What is D?\n\nD is a "
	    "thing.\n\n### What is E?\n\nE is a thing.\n",
	    "3|DB|What is A?||A is a thing.\n"
	    "7|DB|What is B?||- B one\n"
	    "19|DB|What is D?||D is a thing.\n"
	    "23|DB|What is E?||E is a thing.\n" },
	{ "headings under an Examples heading are examples, no run", 0,
	    "# Go\n\n## Channels\n\n### Examples\n\n#### 1. Send\n\n"
	    "ch <- 1\n\n#### 2. Receive\n\nv := <-ch\n\n## Locks\n\n"
	    "#### What is a mutex?\n\nA lock.\n\n#### What is a RWMutex?"
	    "\n\nA lock for readers.\n",
	    "17|Locks|What is a mutex?||A lock.\n"
	    "21|Locks|What is a RWMutex?||A lock for readers.\n" },
	{ "an HTML heading whose text is on the lines inside it", 0,
	    "## FAQ\n\n<h3 name=\"config\">\nDoes it read a config file?\n"
	    "</h3>\n\nYes.\n\n<h3 name=\"man\">\nIs there a man page?\n"
	    "</h3>\n\nNo.\n",
	    "3|FAQ|Does it read a config file?||Yes.\n"
	    "9|FAQ|Is there a man page?||No.\n" },
	{ "a page with a FAQ: a heading outside it asks on its own", 0,
	    "# Tool\n\n## Usage\n\n### Install\n\nRun make.\n\n"
	    "### Configure\n\nEdit the file.\n\n## FAQ\n\n### Why is it "
	    "slow?\n\nIt is not.\n\n### Does it run on Windows?\n\nYes.\n\n"
	    "### Can I script it?\n\nYes.\n\n### Config errors\n\nCheck "
	    "the path.\n",
	    "15|FAQ|Why is it slow?||It is not.\n"
	    "19|FAQ|Does it run on Windows?||Yes.\n"
	    "23|FAQ|Can I script it?||Yes.\n"
	    "27|FAQ|Config errors||Check the path.\n" },
	{ "a question mark inside code asks nothing", 0,
	    "# Tool\n\n## Formats\n\n- Absolute dates: `YYYYMMDD`\n"
	    "- Relative dates: `(now|today)(s)?`\n\n## What is a date?\n\n"
	    "A day.\n\n## What is a week?\n\nSeven days.\n",
	    "3|Tool|Formats||- Absolute dates: `YYYYMMDD`\n"
	    "8|Tool|What is a date?||A day.\n"
	    "12|Tool|What is a week?||Seven days.\n" },
	{ "paragraphs that open with numbers glued to their text, in turn, "
	  "are a numbered list; a number whose dot a digit follows is none",
	    0,
	    "# ML\n\n1.Boosting vs bagging\n\n2.What is overfitting\n\n"
	    "https://example.com/x\n\n3.Gradient vanishing\n\n## Notes\n\n"
	    "3.14 is pi.\n\n4.5 and more.\n\n5.6 too.\n",
	    "3|ML|Boosting vs bagging||\n"
	    "5|ML|What is overfitting||\n"
	    "9|ML|Gradient vanishing||\n" },
	{ "on a page of topics that has an exercise box, the box's heading "
	  "is the only topic: the others are its lesson",
	    0,
	    "# Tools\n\n## Python packages\n\nThey bundle code.\n\n## "
	    "Virtual environments\n\nThey isolate code.\n\n## Example\n\n"
	    "::::: challenge\n\n## Make an environment\n\n1. Install "
	    "conda.\n\n:::::\n",
	    "15|Tools|Make an environment|1. Install conda.|\n" },
	{ "on a page of topics, a heading whose only text is a sentence that "
	  "introduces a box's aside is no topic",
	    0,
	    "# Guide\n\n## Closures\n\nA function with its scope.\n\n## "
	    "Generics\n\nTypes as parameters.\n\n## Next steps\n\nRead on:"
	    "\n\n::: tip\n\nSee the docs.\n\n:::\n",
	    "3|Guide|Closures||A function with its scope.\n"
	    "7|Guide|Generics||Types as parameters.\n" },
	{ "on a page of topics, the headings under a project's furniture "
	  "are its parts, no topics",
	    0,
	    "# Tool\n\n## Install\n\n### With cargo\n\nRun cargo install."
	    "\n\n## Usage\n\n### Create a database\n\nRun tool create.\n\n"
	    "### Run migrations\n\nRun tool migrate.\n\n## Concepts\n\n"
	    "### Closures\n\nA function with its scope.\n\n### Generics\n\n"
	    "Types as parameters.\n",
	    "21|Concepts|Closures||A function with its scope.\n"
	    "25|Concepts|Generics||Types as parameters.\n" },
	{ "a page with no title that opens, before any heading, with a "
	  "paragraph that asks is one question: its headings are its "
	  "answer's parts, no topics",
	    0,
	    "How do you count distinct items in a stream? For example, "
	    "unique visitors.\n\n### Option 1: a set\n\nStore each item.\n\n"
	    "### Option 2: a bitmap\n\nSet a bit.\n",
	    "1|t|How do you count distinct items in a stream? For example, "
	    "unique visitors.||### Option 1: a set\n" },
	{ "... its first sentence may ask alone, or as a task ('请设计一个')",
	    0,
	    "\xe8\xaf\xb7\xe8\xae\xbe\xe8\xae\xa1\xe4\xb8\x80\xe4\xb8"
	    "\xaa\xe7\x88\xac\xe8\x99\xab\xe3\x80\x82\n\n### A\n\n"
	    "Queue the links.\n\n### B\n\nDrop the seen ones.\n",
	    "1|t|\xe8\xaf\xb7\xe8\xae\xbe\xe8\xae\xa1\xe4\xb8\x80\xe4"
	    "\xb8\xaa\xe7\x88\xac\xe8\x99\xab\xe3\x80\x82||### A\n" },
	{ "numbered items over options some of which are ticked are a "
	  "quiz's questions, asking or not: the options their body, the "
	  "ticked ones their answer",
	    0,
	    "# Quiz\n\n## IAM\n\n1. True or false: Google manages all "
	    "security.\n\n- [ ] True\n- [x] False\n\n2. Pick the less "
	    "error-prone way.\n\n- [ ] Copy the policies\n- [x] Use a "
	    "folder\n",
	    "5|IAM|True or false: Google manages all security.|- [ ] True|"
	    "False\n"
	    "10|IAM|Pick the less error-prone way.|- [ ] Copy the policies|"
	    "Use a folder\n" },
	{ "a label deeper than the question headings after it, with no text "
	  "of its own, that says questions follow is their category",
	    0,
	    "# Linux\n\n#### General Questions:\n\n### What is DNS?\n\n"
	    "Names.\n\n### What is HTTP?\n\nA protocol.\n\n#### Hard "
	    "Questions:\n\n### What is RAID?\n\nDisks.\n",
	    "5|General Questions|What is DNS?||Names.\n"
	    "9|General Questions|What is HTTP?||A protocol.\n"
	    "15|Hard Questions|What is RAID?||Disks.\n" },
	{ "fenced divs: an exercise box, its solution box, asides", 0,
	    "# Lesson\n\n::::: objectives\n\n- Explain what Git is.\n"
	    "- Describe a commit.\n\n:::::\n\n::::: challenge\n\n## Places "
	    "to Create Repositories\n\nIs git init needed in a subfolder?\n\n"
	    "::: solution\n\n## Solution\n\nNo.\n\n:::\n\n:::::\n\n"
	    "::::: callout\n\n## Staging Area\n\nThink of it as a buffer.\n\n"
	    ":::::\n\n::::: challenge\n\n## Bio Repository\n\nWrite a short "
	    "bio.\n\n:::::\n",
	    "12|Lesson|Places to Create Repositories|Is git init needed in a "
	    "subfolder?|## Solution\n"
	    "36|Lesson|Bio Repository|Write a short bio.|\n" },
	{ "... a box with no title of its own takes the heading right above "
	  "it; a box's title that starts like furniture names its exercise",
	    0,
	    "# Lesson\n\n::::: challenge\n\n## Places\n\nIs git init "
	    "needed?\n\n:::::\n\n## Bio Repository\n\n::::: challenge"
	    "\n\n- Create a repository.\n- Write a bio.\n\n:::::\n\n"
	    "::::: challenge\n\n## Author and Committer\n\nWho committed?"
	    "\n\n:::::\n",
	    "5|Lesson|Places|Is git init needed?|\n"
	    "11|Lesson|Bio Repository|- Create a repository.|\n"
	    "22|Lesson|Author and Committer|Who committed?|\n" },
	{ "... but not the page's title, nor a heading over a box titled on "
	  "its line or by a heading of its own",
	    0,
	    "# Lesson\n\n::::: challenge\n\n- Create a repository.\n\n"
	    ":::::\n\n## Bio\n\n::::: challenge\n\nSome intro.\n\n"
	    "## Task A\n\nDo a.\n\n:::::\n\n## Setup\n\n::::: "
	    "challenge Bio Repository\n\n- Do b.\n\n:::::\n\n## Real\n\n"
	    "::::: challenge\n\n- Make it.\n\n:::::\n",
	    "15|Lesson|Task A|Do a.|\n"
	    "29|Lesson|Real|- Make it.|\n" },
	{ "... a box's title that is only a template's tag is still furniture",
	    0,
	    "# L\n\n::::: challenge\n\n## {{< param x >}}\n\nWho?\n\n"
	    ":::::\n\n::::: challenge\n\n## Real\n\nWhat?\n\n:::::\n",
	    "13|L|Real|What?|\n" },
	{ "numbered headings, answered in their items or below them", 0,
	    "# JS\n\n1. ### What is A?\n\nA is a.\n\n2. ### What is B?\n\n"
	    "   B is b.\n\n3. ### What is C?\n\n   C is c.\n",
	    "3|JS|What is A?||A is a.\n"
	    "7|JS|What is B?||B is b.\n"
	    "11|JS|What is C?||C is c.\n" },
	{ "an item's heading that points below: the code it shows is the "
	  "body",
	    0,
	    "# JS\n\n1. ### What is the output of the statement below?\n\n"
	    "   ```js\n   +\"a\"\n   ```\n\n   NaN: not a number.\n\n"
	    "2. ### What is B?\n\n   B is b.\n",
	    "3|JS|What is the output of the statement below?|```js|NaN: not "
	    "a number.\n"
	    "11|JS|What is B?||B is b.\n" },
	{ "a quote of the questions asked under a heading is its body; one "
	  "led by a label starts the answer",
	    0,
	    "# Java\n\n### Strings\n\n> Can String be subclassed?\n>\n> "
	    "And StringBuilder.\n\nNo, it is final.\n\n### Equality\n\n"
	    "> Why equals when == exists?\n\n== compares references.\n\n"
	    "### Caches\n\n> Related: how to keep hot keys?\n\nEvict "
	    "the rest.\n",
	    "3|Java|Strings|> Can String be subclassed?|No, it is final.\n"
	    "11|Java|Equality|> Why equals when == exists?|== compares "
	    "references.\n"
	    "17|Java|Caches||> Related: how to keep hot keys?\n" },
	{ "under a heading that says questions follow, headings numbered in "
	  "order are its questions, what is read under them their answers; "
	  "one over a heading that asks outright is its category",
	    0,
	    "# Network\n\n## Questions\n\n### 1.Layers\n\n* Pros\n  * "
	    "independent\n* Cons:\n  * slower\n\n### 2.Steps to a page\n\n"
	    "1. The browser parses the URL;\n2. It asks DNS;\n3. It sends the "
	    "request.\n\n### 3.Handshake\n\nThree segments.\n\n#### Why "
	    "three?\n\nTo drop stale ones.\n\n### 4.Teardown\n\nFour "
	    "segments.\n\n#### Why four?\n\nEach side closes.\n\n## "
	    "面试真题\n\n### 1.DNS 的过程\n\n先查缓存。\n\n### 2.ARP\n\n"
	    "广播。\n\n### 3.IPv6\n\n更长。\n",
	    "5|Questions|Layers||- Pros\n"
	    "12|Questions|Steps to a page||1. The browser parses the URL;\n"
	    "22|3.Handshake|Why three?||To drop stale ones.\n"
	    "30|4.Teardown|Why four?||Each side closes.\n"
	    "36|面试真题|DNS 的过程||先查缓存。\n"
	    "40|面试真题|ARP||广播。\n"
	    "44|面试真题|IPv6||更长。\n" },
	{ "a question that asks for the output shows the code under it", 0,
	    "# JS\n\n## What's the output?\n\n```js\nconsole.log(1)\n```\n"
	    "\nIt prints 1.\n\n## Что выведется в консоль?\n\n```js\n"
	    "console.log(2)\n```\n\n2\n",
	    "3|JS|What's the output?|```js|It prints 1.\n"
	    "11|JS|Что выведется в консоль?|```js|2\n" },
	{ "a fenced box of headings, seen to close (a quote's lazy last line "
	  "too), is the page's text; a box's one heading is its title",
	    0,
	    "# Quiz\n\nTen questions.\n\n:::{quizdown}\n\n## What is "
	    "IaaS?\n\n- [ ] Software\n- [x] Machines\n\n> You rent "
	    "machines.\n\n## What is SaaS?\n\n1. [x] Software\n2. [ ] "
	    "Machines\n\n> You rent software.\n:::\n\n::: tip Hint\n\n## "
	    "Read first?\n\nThe guide.\n\n:::\n",
	    "7|Quiz|What is IaaS?|- [ ] Software|Machines\n"
	    "14|Quiz|What is SaaS?|1. [x] Software|Software\n" },
	{ "a fenced box of headings that never closes is an aside", 0,
	    "# Guide\n\n::: warning Note\n\n## Why?\n\nBecause.\n\n## "
	    "How?\n\nSo.\n",
	    "1|Guide|Guide||## Why?\n" },
	{ "a quote box whose closing attribute list names an exercise is "
	  "one, whatever its title; a callout's stays a quote",
	    0,
	    "---\ntitle: Lists\n---\n\nSome prose.\n\n> ## Check your "
	    "understanding\n> What does `x[1:]` give?\n>> ## Answer\n>> "
	    "~~~\n>> [2, 3]\n>> ~~~\n>> {: .output}\n>>\n>> All but the "
	    "first.\n> {: .solution}\n{: .challenge}\n\n> ## Time check\n> "
	    "Ten minutes.\n{: .callout}\n\nMore prose.\n\n> ## Try it\n>\n"
	    "> Print `x`.\n>\n> > ## Answer\n> >\n> > `print(x)`\n> {: "
	    ".solution}\n{: .challenge}\n",
	    "7|Lists|Check your understanding|What does `x[1:]` give?|## "
	    "Answer\n"
	    "25|Lists|Try it|Print `x`.|## Answer\n" },
	{ "a heading's anchor in double brackets is no part of its title", 0,
	    "# Ungraded quiz[[ungraded-quiz]]\n\n### What is RL? "
	    "[[what-is-rl]]\n\nLearning by reward.\n\n### Why [[not]] "
	    "this?\n\nIt is text.\n",
	    "3|Ungraded quiz|What is RL?||Learning by reward.\n"
	    "7|Ungraded quiz|Why [[not]] this?||It is text.\n" },
	{ "a title that asks is furniture only as a whole", 0,
	    "# React\n\n## How to use innerHTML in React?\n\nWith "
	    "dangerouslySetInnerHTML.\n\n## Installation\n\nnpm i react\n",
	    "3|React|How to use innerHTML in React?||With "
	    "dangerouslySetInnerHTML.\n" },
	{ "paragraphs that ask under a label, then an answer marker", 0,
	    "## Redis vs. Memcached\n\n【问题】\n\nRedis 和 Memcached "
	    "有什么区别？"
	    "\n\n为什么单线程的 Redis 不慢？\n\n【解答】\n\nRedis "
	    "支持更多类型。\n",
	    "5|Redis vs. Memcached|Redis 和 Memcached 有什么区别？||\n"
	    "7|Redis vs. Memcached|为什么单线程的 Redis 不慢？||【解答】\n" },
	{ "a run of headings each over one question paragraph: the heading "
	  "names it, the paragraph states it; a toggle of hints answers",
	    0,
	    "# CI\n\n## 1) Clean Builds\n**Question:**\nHow do you keep "
	    "builds clean?\n\n<details>\n<summary>Hints / Key Points"
	    "</summary>\n\n- Fresh agents.\n</details>\n\n"
	    "## 2) Slow Builds\nThe builds are slow.\n\n**What would you "
	    "do?**\n\n<details>\n<summary>Hints</summary>\n\n- Cache."
	    "\n</details>\n\n## 3) Branches\nHow do you protect main?"
	    "\n\nRequire reviews.\n",
	    "3|CI|Clean Builds|**Question:** How do you keep builds "
	    "clean?|- Fresh agents.\n"
	    "13|CI|Slow Builds|The builds are slow.|- Cache.\n"
	    "24|CI|Branches|How do you protect main?|Require reviews.\n" },
	{ "... a topic heading over one labelled question is its category", 0,
	    "# DB\n\n## Caching\n**Q:** What is a cache?\n\n- A fast store."
	    "\n\n## Indexes\n**Q:** What is an index?\n\n- A tree.\n\n"
	    "## Sharding\n**Q:** What is sharding?\n\n- Splitting.\n",
	    "4|Caching|What is a cache?||- A fast store.\n"
	    "9|Indexes|What is an index?||- A tree.\n"
	    "14|Sharding|What is sharding?||- Splitting.\n" },
	{ "... but a heading that asks keeps a list after a paragraph that "
	  "does not say questions follow as its answer",
	    0,
	    "## What should a code review check?\n\nA reviewer should check:"
	    "\n\n- How errors are handled.\n- Why the change is needed.\n"
	    "- What the API looks like.\n- Whether the tests pass.\n",
	    "1|t|What should a code review check?||A reviewer should "
	    "check:\n" },
	{ "a bold code numbers a question; what shows above the toggle that "
	  "hides its answer, code or a note, is its body",
	    0,
	    "## Review\n\n**W1**: Why does the following code fail?\n\n"
	    "```python\nprint(z)\n```\n\n<details>\nz is unset.\n</details>\n\n"
	    "**W2**: How do you quote a quote?\n\nNote: quotes are syntax.\n\n"
	    "<details>\nUse the other quote.\n</details>\n\n"
	    "**W3**: What is True as a number?\n\n<details>\nOne.\n"
	    "</details>\n",
	    "3|Review|Why does the following code fail?|```python|z is "
	    "unset.\n"
	    "13|Review|How do you quote a quote?|Note: quotes are syntax.|Use "
	    "the other quote.\n"
	    "21|Review|What is True as a number?||One.\n" },
	{ "a heading that asks over a paragraph ending in a colon and a list "
	  "most of whose items ask or set a task: their category",
	    0,
	    "# IO\n\n## Streams\n\nBytes flow.\n\n## What should I know "
	    "for the exam?\n\nHere is a list of questions:\n\n"
	    "* Why is the IO API universal?\n"
	    "* Explain the notion of a stream.\n"
	    "* Write a program that copies a file.\n"
	    "* The role of a filter class.\n",
	    "11|What should I know for the exam?|Why is the IO API "
	    "universal?||\n"
	    "12|What should I know for the exam?|Explain the notion of a "
	    "stream.||\n"
	    "13|What should I know for the exam?|Write a program that "
	    "copies a file.||\n"
	    "14|What should I know for the exam?|The role of a filter "
	    "class.||\n" },
	{ "a heading that only reads as a question over labelled questions "
	  "is their category",
	    0,
	    "# SD\n\n## Design concepts\n\n*Q: What is sharding?*\n\n"
	    "A: Splitting data.\n\n*Q: What is the CAP theorem?*\n\nA: "
	    "Pick two.\n",
	    "5|Design concepts|What is sharding?||Splitting data.\n"
	    "9|Design concepts|What is the CAP theorem?||Pick two.\n" },
	{ "a heading's first subsection named for what explains it (说明) "
	  "starts its answer; beside a question it heads notes",
	    0,
	    "# Py\n\n### > Walrus\n\n```py\na := 1\n```\n\n#### 💡 说明\n\n"
	    "An assignment expression.\n\n### > Strings\n\n```py\na is b\n"
	    "```\n\n#### 💡 说明\n\nInterning.\n",
	    "3|Py|> Walrus|```py|#### 💡 说明\n"
	    "13|Py|> Strings|```py|#### 💡 说明\n" },
	{ "a list of clauses that go on a sentence asks nothing, though a "
	  "clause starts with an asking word",
	    0,
	    "# Privacy\n\n## What is a deadlock?\n\nA wait.\n\n## Laws\n\n"
	    "The act requires agencies to:\n\n- explain why data is needed;\n"
	    "- describe how it is kept;\n- collect only what is needed; and\n"
	    "- allow people to see it.\n",
	    "3|Privacy|What is a deadlock?||A wait.\n"
	    "7|Privacy|Laws||The act requires agencies to:\n" },
	{ "a list all of whose items start in lower case after a sentence "
	  "that ends in a colon goes on that sentence, though an item asks",
	    0,
	    "# Data\n\n## Lists\n\n- What is a list?\n- What is an array?\n"
	    "\n## Sets\n\nThey make sense when:\n\n- each element must be "
	    "unique\n- you need to find which are in common?\n",
	    "5|Lists|What is a list?||\n"
	    "6|Lists|What is an array?||\n" },
	{ "a heading whose blocks say where its answer starts", 0,
	    "# Explain locking.\nWhat are the kinds?\n\n---ANSWER---\n"
	    "**Optimistic and pessimistic.**\n\n**When to choose which?**\n"
	    "- Optimistic when reads dominate.\n\n### Key Points\n"
	    "- Versions.\n",
	    "1|Explain locking.|Explain locking.|What are the "
	    "kinds?|---ANSWER--- "
	    "**Optimistic and pessimistic.**\n" },
	{ "a run of tables, each headed by a task's number and title over "
	  "rows of its parts",
	    0,
	    "# Mock exam\n\n| **1** | **Sandbox gVisor** |\n| :---: | :--- |\n"
	    "| Task weight | 4% |\n| Cluster | one |\n\n---\n\n"
	    "| **2** | **Image scanning** |\n| :---: | :--- |\n"
	    "| Task weight | 2% |\n",
	    "3|Mock exam|Sandbox gVisor|Task weight 4%|\n"
	    "10|Mock exam|Image scanning|Task weight 2%|\n" },
	{ "MDX boxes: the headings of <Challenges> are exercises, each "
	  "<Solution> its answer; <Recap> is an aside; a self-closing "
	  "component boxes nothing; an MDX comment is no part of a title",
	    0,
	    "---\ntitle: Components\n---\n\n## Why components? {/*why*/}\n\n"
	    "They compose.\n\n<InDocAd />\n\n<Recap>\n\n* What is a prop?\n"
	    "* What is state?\n\n</Recap>\n\n<Challenges>\n\n"
	    "#### Export the component {/*export*/}\n\nThis sandbox fails.\n\n"
	    "<Solution>\n\nAdd `export default`.\n\n</Solution>\n\n"
	    "#### Fix the return {/*fix*/}\n\nIt returns nothing.\n\n"
	    "<Solution>\n\nReturn the JSX.\n\n</Solution>\n\n</Challenges>\n",
	    "5|Components|Why components?||They compose.\n"
	    "20|Components|Export the component|This sandbox fails.|Add "
	    "`export default`.\n"
	    "30|Components|Fix the return|It returns nothing.|Return the "
	    "JSX.\n" },
	{ "a bold number sign ('**№1**', '**#2**') numbers the question "
	  "after it; its code, then its options, are its body",
	    0,
	    "# JS quiz #2\n\n**№1** What is printed?\n\n```\nlog(typeof {})\n"
	    "```\n\n- [ ] undefined\n- [x] object\n\n---\n\n**#2** Is "
	    "JavaScript "
	    "case-sensitive?\n\n- [ ] No\n- [x] Yes\n",
	    "3|JS quiz #2|What is printed?|```|object\n"
	    "14|JS quiz #2|Is JavaScript case-sensitive?|- [ ] No|Yes\n" },
	{ "an answer key: the numbered list of the Answers section after a "
	  "section of numbered questions answers them by number",
	    0,
	    "# Kafka\n\n## Questions\n\n1. What is a topic?\n"
	    "2. What is a partition?\n3. What is an offset?\n\n## Answers\n\n"
	    "1. A named stream.\n2. An ordered log.\n\n   Of a topic.\n",
	    "5|Questions|What is a topic?||A named stream.\n"
	    "6|Questions|What is a partition?||An ordered log.\n"
	    "7|Questions|What is an offset?||\n" },
	{ "... what a keyed item holds shows its question; the key's item "
	  "is rendered as markdown, a formula's image with it",
	    0,
	    "# Trees\n\n## Questions\n\n1. :star: What is the height?\n"
	    "1. :star::star: Draw the tree after deleting 4.\n\n"
	    "    ![4 is the root](t.svg)\n\n## Answers\n\n"
	    "1. ![log n](https://x/svg.latex?\\Theta(\\log n))\n"
	    "1. [Its root is 5](t2.svg).\n",
	    "5|Questions|What is the height?||![log "
	    "n](https://x/svg.latex?\\Theta(\\log n))\n"
	    "6|Questions|Draw the tree after deleting 4.|![4 is the "
	    "root](t.svg)|[Its root is 5](t2.svg).\n" },
	{ "... a Questions section with an answer key after it is the "
	  "page's quiz, its items asking or not; the sections before are "
	  "its lesson",
	    0,
	    "# Lists\n\n## Arrays\n\nA block of memory.\n\n"
	    "## Linked Nodes\n\nNodes and pointers.\n\n## Iterators\n\n"
	    "A cursor.\n\n## Questions\n\n"
	    "1. Name the operations that take linear time.\n"
	    "1. Describe when a linked list is faster.\n\n## Answers\n\n"
	    "1. addAt and removeAt.\n1. At the front.\n",
	    "17|Questions|Name the operations that take linear time.||addAt "
	    "and removeAt.\n"
	    "18|Questions|Describe when a linked list is faster.||At the "
	    "front.\n" },
	{ "an image in a sentence reads as its text; one that ends a title "
	  "is a badge",
	    0,
	    "# Graphs\n\n## How many edges has a graph with ![v](v.svg) "
	    "vertices?\n\nAt most v(v-1)/2.\n\n"
	    "## What is a cycle? ![new](new.svg)\n\nA closed path.\n",
	    "3|Graphs|How many edges has a graph with v vertices?||At most "
	    "v(v-1)/2.\n"
	    "7|Graphs|What is a cycle?||A closed path.\n" },
	{ "a column headed Question after a topic, its cells asking: its "
	  "rows are questions; one headed Questions over counts is not",
	    0,
	    "# SQL\n\n| Topic | Question | Answer |\n| --- | --- | --- |\n"
	    "| Joins | What is a join? | Combining rows. |\n"
	    "| Indexes | What is an index? | A lookup structure. |\n\n"
	    "## Counts\n\n| Topic | Questions |\n| --- | --- |\n| Joins | 12 "
	    "|\n"
	    "| Indexes | 8 questions |\n",
	    "5|SQL|What is a join?||Combining rows.\n"
	    "6|SQL|What is an index?||A lookup structure.\n" },
	{ "a table whose first column is headed Challenge", 0,
	    "# Coding\n\n## Intro\n\nHow to run them.\n\n## Challenges\n\n"
	    "### Strings\n\n| Challenge | Notebook |\n|---|---|\n"
	    "| Reverse a string | [Solution](s.ipynb) |\n"
	    "| Compress a string | [Solution](c.ipynb) |\n",
	    "13|Strings|Reverse a string||[Solution](s.ipynb)\n"
	    "14|Strings|Compress a string||[Solution](c.ipynb)\n" },
	{ "a question stated in its first subsection, answered in the next", 0,
	    "# [面试题 01.01. 判定字符是否唯一](https://x)\n\n## 题目描述\n\n"
	    "实现一个算法。\n\n## 解法\n\n用位运算。\n\n# Notes\n\n"
	    "## Questions\n\n## Answers\n\nNone.\n",
	    "1|面试题 01.01. "
	    "判定字符是否唯一|判定字符是否唯一|实现一个算法。|## 解法\n" },
	{ "a heading that is only a label and a number, its question below", 0,
	    "# Quiz\n\n## Questão 1\n\n**Enunciado:**  \nO que acontece sem "
	    "testes?\n\n**Alternativas:**  \na) Bugs.  \nb) Nada.\n\n"
	    "**Resposta correta:** a\n\n## Questão 2\n\n**Enunciado:**  \nO "
	    "que é um mock?\n\n**Resposta correta:** b\n",
	    "3|Quiz|O que acontece sem testes?|**Alternativas:**|**Resposta "
	    "correta:** a\n"
	    "14|Quiz|O que é um mock?||**Resposta correta:** b\n" },
	{ "a heading that names its question: its task, then the toggles that "
	  "answer it",
	    0,
	    "# K8s\n\n## Workloads\n\n### 01-01. Docker Question\n"
	    "* Build the image `app`.\n* Run it on port 8080.\n\n"
	    "<details><summary>Image Creation</summary>\n\nWrite a "
	    "Dockerfile.\n\n</details>\n\n### 01-02. Storage Question\n"
	    "* Create a volume.\n\n<details><summary>Overview</summary>\n\n"
	    "A claim binds it.\n\n</details>\n",
	    "5|Workloads|Docker Question|- Build the image `app`.|Write a "
	    "Dockerfile.\n"
	    "15|Workloads|Storage Question|- Create a volume.|A claim binds "
	    "it.\n" },
	{ "one title that names a question is a title", 0,
	    "# Go\n\n## Interview Question\n\nAsked at every job.\n\n"
	    "### What is a goroutine?\n\nA light thread.\n\n"
	    "### What is a channel?\n\nA pipe.\n",
	    "7|Interview Question|What is a goroutine?||A light thread.\n"
	    "11|Interview Question|What is a channel?||A pipe.\n" },
	{ "admonitions: one whose title asks is a toggle, any other an aside",
	    0,
	    "# Tags\n\n## FAQ\n\n??? question \"How do I tag a folder?\"\n"
	    "    With a `.meta.yml` file.\n\n!!! question \"Why no colours?\"\n"
	    "\n    They clash.\n\n    - Red\n    - Blue\n\n!!! note\n\n"
	    "    - What is shown?\n    - Why is it shown?\n",
	    "5|FAQ|How do I tag a folder?||With a `.meta.yml` file.\n"
	    "8|FAQ|Why no colours?||They clash.\n" },
	{ "a heading's attributes are no part of its title", 0,
	    "# Setup\n\n## How to install? { #install data-toc-label=\"x\" }"
	    "\n\nWith pip.\n",
	    "3|Setup|How to install?||With pip.\n" },
	{ "items that start with an auxiliary verb and no question mark "
	  "state",
	    0,
	    "Remote servers:\n\n- Are accessed via HTTP\n"
	    "- Can be shared across teams\n- Run on remote machines\n",
	    "" },
	{ "a list of questions in a language that ends them with the word "
	  "that asks, under a heading that says questions follow",
	    0,
	    "# 면접 질문\n\n## 기술 질문\n\n### 운영체제\n"
	    "- 프로세스와 스레드의 차이\n- 메모리 구조에서 스택의 역할\n"
	    "- 데드락에 대해 설명\n- 유닉스의 fork 함수\n\n### 웹\n"
	    "- Spring의 장단점\n- Java 8에서 추가된 것\n",
	    "6|운영체제|프로세스와 스레드의 차이||\n"
	    "7|운영체제|메모리 구조에서 스택의 역할||\n"
	    "8|운영체제|데드락에 대해 설명||\n"
	    "9|운영체제|유닉스의 fork 함수||\n"
	    "12|웹|Spring의 장단점||\n"
	    "13|웹|Java 8에서 추가된 것||\n" },
	{ "a heading that names its exercise and number; the page's title is "
	  "the category of its one question",
	    0, "# Reto #10: La API\n\n## Enunciado\n\nLlama a una API.\n",
	    "1|Reto #10: La API|Reto #10: La API|Llama a una API.|\n" },
	{ "a label heading over a statement and options, the right one in "
	  "bold: the options are the body, the bold one and what follows "
	  "the answer; a list of links is no options",
	    0,
	    "# Quiz\n\n### Question 1\n\nA flood of traffic is a ____ "
	    "attack.\n\n* Injection\n* **Denial of Service**\n* Malware\n\n"
	    "> A classic one.\n\n### Question 2\n\nWhere to read more?\n\n"
	    "See these:\n\n* [Intro](intro.md)\n* **Guides**\n",
	    "3|Quiz|A flood of traffic is a ____ attack.|- Injection|Denial "
	    "of Service\n"
	    "13|Quiz|Where to read more?||See these:\n" },
	{ "answered bold leads parted by <br>, most of which ask: the one "
	  "that does not is a question too; an attribute list after the "
	  "bold is markup",
	    0,
	    "# FAQ\n\n- **Why does it fail?**{ #fail }\n\n  Check the log.\n\n"
	    "<br>\n\n- **My app does not compile.**{ #compile }\n\n"
	    "  Update sass.\n\n<br>\n\n- **How do I upgrade?** { #up }\n\n"
	    "  Run the installer.\n",
	    "3|FAQ|Why does it fail?||Check the log.\n"
	    "9|FAQ|My app does not compile.||Update sass.\n"
	    "15|FAQ|How do I upgrade?||Run the installer.\n" },
	{ "a label heading over a statement that asks: the paragraph after "
	  "it answers it; over a task, all it shows is the task",
	    0,
	    "# Quiz\n\n## Question 1\n\nWhat does `ls` list?\n\n"
	    "The files of a directory.\n\n## Question 2\n\n"
	    "Write a loop.\n\nUse `for`.\n",
	    "3|Quiz|What does `ls` list?||The files of a directory.\n"
	    "9|Quiz|Write a loop.|Use `for`.|\n" },
	{ "question headings with a note on their points, each over the "
	  "paragraph it asks in and a toggle of its answer",
	    0,
	    "# Exam\n\n## Question 1 (2 points)\n\nRead the log below.\n\n"
	    "<details><summary>Answer</summary>\n\nIt fails.\n</details>\n\n"
	    "## Question 2 (3 points)\n\nWhat is a fork?\n\n"
	    "<details><summary>Answer</summary>\n\nA copy.\n</details>\n",
	    "3|Exam|Question 1 (2 points)|Read the log below.|It fails.\n"
	    "12|Exam|Question 2 (3 points)|What is a fork?|A copy.\n" },
	{ "exercise headings under the one that groups them; an Answer box "
	  "after the prompt",
	    0,
	    "# AWK\n\n## Exercise 1: fields\n\nRead the text.\n\n"
	    "### Exercise 1.1: the first part\n\nRun it. What do you see?\n\n"
	    "??? tip \"Answer\"\n\n    The columns.\n\n"
	    "### Exercise 1.2: the awk part\n\nRun it.\n\n"
	    "??? tip \"Answer\"\n\n    Sizes.\n",
	    "7|Exercise 1: fields|Exercise 1.1: the first part|Run it. What do "
	    "you see?|The columns.\n"
	    "15|Exercise 1: fields|Exercise 1.2: the awk part|Run "
	    "it.|Sizes.\n" },
	{ "a chapter that ends in exercises, after an introduction, that ask "
	  "no word beq knows",
	    0,
	    "# Dữ liệu\n\n## Đọc dữ liệu\n\nĐọc tệp CSV.\n\n## Tóm tắt\n\n"
	    "* Pandas đọc dữ liệu.\n\n## Bài tập\n\nTạo một tập dữ liệu."
	    "\n\n1. Xóa cột thiếu.\n2. Chuyển sang tensor.\n",
	    "15|Bài tập|Xóa cột thiếu.||\n"
	    "16|Bài tập|Chuyển sang tensor.||\n" },
	{ "a bold question and, on its line, a follow-up or a remark in "
	  "brackets",
	    0,
	    "## General\n1. **What is SOLID?** (Every developer knows it).\n"
	    "2. **What is DI?** Why use it?\n3. **What is a heap?** Memory "
	    "from the allocator.\n",
	    "2|General|What is SOLID? (Every developer knows it).||\n"
	    "3|General|What is DI? Why use it?||\n"
	    "4|General|What is a heap?||Memory from the allocator.\n" },
	{ "a bullet around a numbered question; a checklist is no list of "
	  "questions",
	    0,
	    "# Backend\n\n## Level 1\n\n- [ ] **SQL**: what is a join?\n"
	    "- [ ] **NoSQL**: why documents?\n\n## ❓ Mülakat "
	    "Soruları\n- 1. SQL ve NoSQL farkı nedir?\n"
	    "- 2. ACID nedir?\n",
	    "9|❓ Mülakat Soruları|SQL ve NoSQL farkı "
	    "nedir?||\n"
	    "10|❓ Mülakat Soruları|ACID nedir?||\n" },
	{ "a heading that asks over nothing but questions is their category", 0,
	    "# Идеальный день\n\n## Шпаргалка\n\n### Как начинается день?\n"
	    "- Где я просыпаюсь?\n- Что делаю утром?\n\n### Как я работаю?\n"
	    "- Что я делаю на работе?\n- С кем я обедаю?\n",
	    "6|Как начинается день?|Где я просыпаюсь?||\n"
	    "7|Как начинается день?|Что делаю утром?||\n"
	    "10|Как я работаю?|Что я делаю на работе?||\n"
	    "11|Как я работаю?|С кем я обедаю?||\n" },
	{ "questions followed by a link to their answer; a toggle whose "
	  "summary stands apart",
	    0,
	    "# 面试\n\n### 百安居\n\n1. 项目中遇到的难点？ [[查看](a.md#x)]\n"
	    "2. 低代码有了解吗？ [[查看](a.md#y)]\n\n### "
	    "数组合并有哪些方法？\n\n"
	    "<details>\n\n<summary>答案：</summary>\n\n用 concat。\n\n"
	    "</details>\n",
	    "5|百安居|项目中遇到的难点？||\n"
	    "6|百安居|低代码有了解吗？||\n"
	    "8|面试|数组合并有哪些方法？||用 concat。\n" },
	{ "a numbered question over its options, one ticked", 0,
	    "# Quiz\n\n1. Em que ano o Go foi lançado?\n    - [ ] 2007\n"
	    "    - [x] 2009\n\n2. Quem criou o Go?\n    - [x] Pike\n"
	    "    - [ ] Jobs\n",
	    "3|Quiz|Em que ano o Go foi lançado?|- [ ] 2007|2009\n"
	    "7|Quiz|Quem criou o Go?|- [x] Pike|Pike\n" },
	{ "the lists of a page of exercises are its exercises", 0,
	    "# Exercícios: Funções\n\n### Nível: Básico\n\n"
	    "1. **Sintaxe**: Crie uma função `saudar`.\n"
	    "2. **Retornos**: Retorne a soma e a subtração.\n",
	    "5|Nível: Básico|**Sintaxe**: Crie uma função `saudar`.||\n"
	    "6|Nível: Básico|**Retornos**: Retorne a soma e a subtração.||\n" },
	{ "a toggle that asks, with a toggle inside that hides its answer", 0,
	    "# AWK\n\n## Can awk do it?\n\n"
	    "??? seealso \"Can awk display all columns?\"\n\n"
	    "    Or the whole line?\n\n    ??? tip \"Answer\"\n\n"
	    "        Use `$0`.\n\n"
	    "??? seealso \"Can awk count lines?\"\n\n    Try it.\n\n"
	    "    ??? tip \"Answer\"\n\n        Use `NR`.\n",
	    "5|Can awk do it?|Can awk display all columns?|Or the whole "
	    "line?|Use `$0`.\n"
	    "13|Can awk do it?|Can awk count lines?|Try it.|Use `NR`.\n" },
	{ "a quiz that hides its answers: none ticked, the options are the "
	  "body and there is no answer; an intro above the run asks nothing",
	    0,
	    "# Quiz\n\n_Share your answers with staff._\n\n"
	    "Why use hooks?\n- [ ] Speed\n- [ ] State without classes\n\n"
	    "What does useState return?\n- [ ] A value\n- [ ] A pair\n\n"
	    "What is HTTP?\n- [ ] A protocol\n- [ ] A file\n\n"
	    "## 2. What is JSX?\n\n- [ ] A syntax\n- [ ] A library\n",
	    "5|Quiz|Why use hooks?|- [ ] Speed|\n"
	    "9|Quiz|What does useState return?|- [ ] A value|\n"
	    "13|Quiz|What is HTTP?|- [ ] A protocol|\n"
	    "17|Quiz|What is JSX?|- [ ] A syntax|\n" },
	{ "items answered on their next line, after an answer label: "
	  "questions however they are put",
	    0,
	    "# Cloud\n\n## Chapter 3\n\n1. Which tier is cheapest?\n"
	    "   Answer: Archive\n2. A runbook is used for:\n"
	    "   Answer: automation\n3. Scaling out is called:\n"
	    "   Answer: horizontal scaling\n4. A load balancer spreads:\n"
	    "   Answer: traffic\n",
	    "5|Chapter 3|Which tier is cheapest?||Archive\n"
	    "7|Chapter 3|A runbook is used for:||automation\n"
	    "9|Chapter 3|Scaling out is called:||horizontal scaling\n"
	    "11|Chapter 3|A load balancer spreads:||traffic\n" },
	{ "an item that points below shows the code under it, then its "
	  "options, its body",
	    0,
	    "# Python\n\n1. What does the following code print?\n\n"
	    "   ```python\n   print(1 if [] else 2)\n   ```\n\n"
	    "   **Answer:** `2`.\n\n2. Which is logged by the code below?\n\n"
	    "   ```js\n   log(0 == '')\n   ```\n\n   - [x] true\n   - [ ] "
	    "false\n",
	    "3|Python|What does the following code print?|```python|`2`.\n"
	    "11|Python|Which is logged by the code below?|```js|true\n" },
	{ "flash cards: 'Q::A' on a line, or the question, a '?' line, "
	  "the answer; a name's '::' is no card",
	    0,
	    "# DB\n\nWhat is an index?::A lookup structure.\n\n"
	    "What is a deadlock?\n?\nTwo waits.\n\n"
	    "What is MVCC?\n??\nRow versions.\n\n"
	    "What does std::move do?\n\nHow is `a::b` read?\n",
	    "3|DB|What is an index?||A lookup structure.\n"
	    "5|DB|What is a deadlock?||Two waits.\n"
	    "9|DB|What is MVCC?||Row versions.\n" },
	{ "callouts whose titles ask are toggles; one with no title is an "
	  "aside",
	    0,
	    "# Net\n\n> [!question] What is TCP?\n> A byte stream.\n\n"
	    "> [!faq]- Why UDP for DNS?\n> Small queries.\n>\n> No "
	    "handshake.\n\n> [!NOTE]\n> Ports are 16 bits.\n",
	    "3|Net|What is TCP?||A byte stream.\n"
	    "6|Net|Why UDP for DNS?||Small queries.\n" },
	{ "a note box that holds questions, each over a box that hides its "
	  "answer: a toggle that groups them",
	    0,
	    "# AWK\n\n??? note \"For teachers\"\n\n    What is AWK?\n\n"
	    "    ??? tip \"Answer\"\n\n        A language.\n\n"
	    "    When not to use AWK?\n\n    ??? tip \"Answer\"\n\n"
	    "        For simple problems.\n",
	    "5|For teachers|What is AWK?||A language.\n"
	    "11|For teachers|When not to use AWK?||For simple problems.\n" },
	{ "under a heading that names a topic, the prose above an Answer "
	  "toggle states the question",
	    0,
	    "# AWK\n\n## Fields\n\n### awk versus cut\n\nTry `cut` on the "
	    "same columns. Observe what you see.\n\n<details><summary>Answer"
	    "</summary>\n\nThe spaces differ.\n\n</details>\n\n### awk and "
	    "commas\n\nZoom in on the print part.\n\n<details><summary>Answer"
	    "</summary>\n\nCommas add spaces.\n\n</details>\n",
	    "5|Fields|awk versus cut|Try `cut` on the same columns. Observe "
	    "what you see.|The spaces differ.\n"
	    "15|Fields|awk and commas|Zoom in on the print part.|Commas add "
	    "spaces.\n" },
	{ "VitePress details boxes whose titles ask are toggles, written "
	  "apart or in one paragraph",
	    0,
	    "# FAQ\n\n::: details How do I reset it?\n\nHold the button.\n\n"
	    ":::\n\n::: details Why is it slow?\nThe cache is cold.\n:::\n\n"
	    "::: details The full table\n\n| a |\n|---|\n| b |\n\n:::\n",
	    "3|FAQ|How do I reset it?||Hold the button.\n"
	    "9|FAQ|Why is it slow?||The cache is cold.\n" },
	{ "a page's first heading over nothing, then one of a higher level: "
	  "the page's title, its question stated in the subsection",
	    0,
	    "> Follow me.\n\n#### [1. Two Sum](https://leetcode.com/)\n\n"
	    "## Description\n\nFind two numbers that add up to a target.\n\n"
	    "### Hash map\n\nKeep what you saw.\n",
	    "3|1. Two Sum|Two Sum|Find two numbers that add up to a "
	    "target.|\n" },
	{ "bold question paragraphs numbered the Chinese way ('1、'): the "
	  "number is no part of the question",
	    0,
	    "# Q\n\n**1\xe3\x80\x81\xe4\xbb\x80\xe4\xb9\x88\xe6\x98\xaf RAID"
	    "\xef\xbc\x9f**\n\n> Disks.\n\n**2\xe3\x80\x81ping \xe7\x94\xa8"
	    "\xe5\x93\xaa\xe4\xb8\xaa\xe7\xab\xaf\xe5\x8f\xa3\xef\xbc\x9f**\n\n"
	    "> None.\n",
	    "3|Q|\xe4\xbb\x80\xe4\xb9\x88\xe6\x98\xaf RAID\xef\xbc\x9f||> "
	    "Disks.\n"
	    "7|Q|ping "
	    "\xe7\x94\xa8\xe5\x93\xaa\xe4\xb8\xaa\xe7\xab\xaf\xe5\x8f\xa3"
	    "\xef\xbc\x9f||> None.\n" },
	{ "a list with one bold item under a question that names no label "
	  "is its answer, no options; a bold lead that goes on after its "
	  "bold text is no part of a run; {.class} after the bold is markup",
	    0,
	    "# FAQ\n\n## Which databases are supported?\n\n- **PostgreSQL**\n"
	    "- MySQL\n\n## More\n\n- **Why A?**{.note}\n\n  a\n\n<br>\n\n"
	    "- **Why B?**\n\n  b\n\n<br>\n\n- **My app fails.**\n\n  c\n\n"
	    "<br>\n\n- **Term** is a thing\n\n  d\n",
	    "3|FAQ|Which databases are supported?||- **PostgreSQL**\n"
	    "10|More|Why A?||a\n"
	    "16|More|Why B?||b\n"
	    "22|More|My app fails.||c\n" },
	{ "a page titled in its front matter keeps that title over a first "
	  "heading over nothing",
	    0,
	    "---\ntitle: Front\n---\n\n#### [1. Two Sum](x)\n\n"
	    "## Description\n\nFind two numbers.\n",
	    "2|Front|Front|Find two numbers.|\n" },
	{ "a VitePress box in one paragraph whose lines end in hard breaks "
	  "(two blanks)",
	    0,
	    "# FAQ\n\n::: details Why is it slow?  \nThe cache is cold.  \n"
	    ":::  \n\n::: details How do I reset it?  \nHold it.  \n:::\n",
	    "3|FAQ|Why is it slow?||The cache is cold.\n"
	    "7|FAQ|How do I reset it?||Hold it.\n" },
	{ "a page titled by a topic that starts with a paragraph that asks; "
	  "an answer after a comment that says so",
	    0,
	    "---\ntitle: A Set of Objects\n---\n\nWhat gets logged?\n\n"
	    "```js\nconsole.log([...new Set([{}, {}])]);\n```\n\n"
	    "<!-- explanation -->\n\nTwo objects: different references.\n",
	    "2|A Set of Objects|What gets logged?|```js|Two objects: different "
	    "references.\n" },
	{ "under a FAQ heading a bold line is a question, asking or not", 0,
	    "# FAQ\n\n**Can I write MPP files?**\n\nNot at present.\n\n"
	    "**I have an MPP 98 file and some flags are wrong.**\n\nA known "
	    "issue.\n",
	    "3|FAQ|Can I write MPP files?||Not at present.\n"
	    "7|FAQ|I have an MPP 98 file and some flags are wrong.||A known "
	    "issue.\n" },
	{ "bold labels: the statement, then the answer", 0,
	    "## 交替打印数字和字母\n\n**问题描述**\n\n使用两个 goroutine "
	    "交替打印。"
	    "\n\n**解题思路**\n\n用两个 channel。\n",
	    "1|t|交替打印数字和字母|**问题描述**|**解题思路**\n" },
	{ "a heading that asks weakly at a level that asks, with no answer", 0,
	    "# Web\n\n##### ¿Qué es el DOM?\n\nUn árbol.\n\n##### Mencione "
	    "tres formas de cargar rápido.\n##### ¿Qué es el FOUC?\n\nUn "
	    "destello.\n",
	    "3|Web|¿Qué es el DOM?||Un árbol.\n"
	    "7|Web|Mencione tres formas de cargar rápido.||\n"
	    "8|Web|¿Qué es el FOUC?||Un destello.\n" },
	{ "a page of one topic, its references under it", 0,
	    "---\ntitle: Go 语言与鸭子类型的关系\n---\n\n先看定义。\n\n"
	    "## 参考资料\n\n- [wiki](https://x)\n",
	    "2|Go 语言与鸭子类型的关系|Go 语言与鸭子类型的关系||先看定义。\n" },
	{ "a heading's id at its end is not shown", 0,
	    "## Structure\n\n### Which layout do you recommend? "
	    "{#which-layout}\n\nNone.\n\n#### Group by feature "
	    "{#grouping}\n\nOne folder a feature.\n",
	    "3|Structure|Which layout do you recommend?||None.\n" },
	{ "a heading over lettered options asks; the options end its body", 0,
	    "## 并发题目测试\n\n### 1 Mutex\n\n```go\nmu.Lock()\n```\n\n"
	    "- A: 不能编译\n- B: panic\n\n### 2 Pool\n\n- A: 1\n- B: 2\n"
	    "\n## 答案\n\n### 1. B\n\n死锁。\n",
	    "3|并发题目测试|1 Mutex|```go|\n"
	    "12|并发题目测试|2 Pool|- A: 1|\n" },
	{ "a bold question with a link reads as the page shows it", 0,
	    "# FAQ\n\n**Is the [driver](d.md) on GitHub the same?**\n\nYes.\n",
	    "3|FAQ|Is the driver on GitHub the same?||Yes.\n" },
	{ "a chapter's sections, then its review questions", 0,
	    "# Getting started\n\n## Where to find it\n\nIn the menu.\n\n"
	    "## Execution policy\n\nIt is restricted.\n\n## Review\n\n"
	    "1. How do you find the version?\n1. What is the default policy?\n",
	    "13|Review|How do you find the version?||\n"
	    "14|Review|What is the default policy?||\n" },
	{ "an answer label at the margin answers one item, not the rest", 0,
	    "# Net\n\n1. What is a MAC address?\n\nAnswer: A card's address."
	    "\n\n2. What does ARP do?\n\nAnswer: It maps IP to MAC.\n",
	    "3|Net|What is a MAC address?||Answer: A card's address.\n"
	    "7|Net|What does ARP do?||Answer: It maps IP to MAC.\n" },
	{ "an Answer toggle between numbered items answers the one above", 0,
	    "# OS\n\n1. What is a mutex?\n\n<details><summary>Answer</summary>"
	    "\n\nA lock.\n\n</details>\n\n2. What is a semaphore?\n\n"
	    "<details><summary>Answer</summary>\n\nA counter.\n\n"
	    "</details>\n",
	    "3|OS|What is a mutex?||A lock.\n"
	    "11|OS|What is a semaphore?||A counter.\n" },
	{ "nested bullets that answer, one starting with an asking word", 0,
	    "# Caching\n\n1. What is a cache stampede?\n"
	    "   - Many requests miss at once.\n"
	    "   - How to avoid it? Request coalescing.\n"
	    "2. What is a CDN?\n   - Edge servers.\n"
	    "   - Which content gains most is static content.\n",
	    "3|Caching|What is a cache stampede?||"
	    "- Many requests miss at once.\n"
	    "6|Caching|What is a CDN?||- Edge servers.\n" },
	{ "a toggle's numbered summary: the number is no part of it", 0,
	    "# React\n\n<details><summary><b>1. What is JSX?</b></summary>"
	    "\n\nA syntax.\n\n</details>\n\n"
	    "<details><summary><b>2. What is a hook?</b></summary>\n\n"
	    "A function.\n\n</details>\n",
	    "3|React|What is JSX?||A syntax.\n"
	    "9|React|What is a hook?||A function.\n" },
	{ "Chinese section numerals, and a summary that is furniture", 0,
	    "# JVM \xe7\xac\x94\xe8\xae\xb0\n\n"
	    "## \xe4\xb8\x80\xe3\x80\x81\xe5\x86\x85\xe5\xad\x98\n\n"
	    "Heap and stack.\n\n"
	    "## \xe4\xba\x8c\xe3\x80\x81GC\n\nMark and sweep.\n\n"
	    "## \xe6\x80\xbb\xe7\xbb\x93\n\nThat is all.\n",
	    "3|JVM \xe7\xac\x94\xe8\xae\xb0|\xe5\x86\x85\xe5\xad\x98||"
	    "Heap and stack.\n"
	    "7|JVM \xe7\xac\x94\xe8\xae\xb0|GC||Mark and sweep.\n" },
	{ "numbered paragraphs, a line answered by a label on the next", 0,
	    "# Java\n\n1\xe3\x80\x81What is the JVM?\n"
	    "\xe7\xad\x94\xef\xbc\x9a"
	    "A VM.\n\n"
	    "2\xe3\x80\x81What is equals?\n"
	    "\xe7\xad\x94\xef\xbc\x9a"
	    "A method.\n\n"
	    "3\xe3\x80\x81The final keyword\n"
	    "\xe7\xad\x94\xef\xbc\x9a"
	    "No reassignment.\n",
	    "3|Java|What is the JVM?||\xe7\xad\x94\xef\xbc\x9a"
	    "A VM.\n"
	    "6|Java|What is equals?||\xe7\xad\x94\xef\xbc\x9a"
	    "A method.\n"
	    "9|Java|The final keyword||"
	    "\xe7\xad\x94\xef\xbc\x9a"
	    "No reassignment.\n" },
	{ "a problem page: statement, examples, approach, then code", 0,
	    "# 206. Reverse a list\n\n## Description\n\nReverse it.\n\n"
	    "## Example\n\n```\n1 2 -> 2 1\n```\n\n## Solution\n\n"
	    "Three pointers.\n\n## Code\n\n```java\nprev = null;\n```\n",
	    "1|206. Reverse a list|Reverse a list|Reverse it.|## Solution\n" },
	{ "lines that alternate, a question and its answer", 0,
	    "# HTTP\n\nWhat is a 401?  \nUnauthenticated.  \n"
	    "What is a 403?  \nNot allowed.\n",
	    "3|HTTP|What is a 401?||Unauthenticated.\n"
	    "5|HTTP|What is a 403?||Not allowed.\n" },
	{ "a list of topics, each over a list of its questions", 0,
	    "# Questions\n\n- Java\n  - What is the JVM?\n"
	    "  - What is a class?\n- SQL\n  - What is a join?\n"
	    "  - Explain indexes.\n",
	    "4|Java|What is the JVM?||\n5|Java|What is a class?||\n"
	    "7|SQL|What is a join?||\n8|SQL|Explain indexes.||\n" },
	{ "labels in the brackets that mark one", 0,
	    "# FE\n\n\xe3\x80\x90\xe9\x97\xae\xe9\xa2\x98\xe3\x80\x91"
	    "What happens after a URL is typed?\n\n"
	    "\xe3\x80\x90\xe7\xad\x94\xe6\xa1\x88\xe3\x80\x91"
	    "DNS first.\n\n"
	    "\xe3\x80\x90\xe9\x97\xae\xe9\xa2\x98\xe3\x80\x91"
	    "Debounce or throttle\n\n"
	    "\xe3\x80\x90\xe7\xad\x94\xe6\xa1\x88\xe3\x80\x91It depends.\n",
	    "3|FE|What happens after a URL is typed?||"
	    "\xe3\x80\x90\xe7\xad\x94\xe6\xa1\x88\xe3\x80\x91"
	    "DNS first.\n"
	    "7|FE|Debounce or throttle||"
	    "\xe3\x80\x90\xe7\xad\x94\xe6\xa1\x88\xe3\x80\x91It depends.\n" },
	{ "(guard) a heading that asks over one labelled question: its body", 0,
	    "# MySQL\n\n## Why does the file not shrink\n\n"
	    "\xe3\x80\x90\xe9\x97\xae\xe9\xa2\x98\xe3\x80\x91"
	    "Half the rows are gone; why is the file as big?\n\n"
	    "Pages are reused, not freed.\n\n## Why is count slow\n\n"
	    "It scans.\n",
	    "3|MySQL|Why does the file not shrink|"
	    "\xe3\x80\x90\xe9\x97\xae\xe9\xa2\x98\xe3\x80\x91"
	    "Half the rows are gone; why is the file as big?|"
	    "Pages are reused, not freed.\n"
	    "9|MySQL|Why is count slow||It scans.\n" },
	{ "Question and Answer heading pairs, again and again", 0,
	    "# Statistics\n\n### Question\n\nWhat is the median of 3, 1, 4?"
	    "\n\n### Answer\n\n3\n\n### Question\n\nWhat is the variance "
	    "of a constant?\n\n### Answer\n\n0\n",
	    "3|Statistics|What is the median of 3, 1, 4?||3\n"
	    "11|Statistics|What is the variance of a constant?||0\n" },
	{ "a labelled question's answer runs to the next label, its "
	  "headings its parts",
	    0,
	    "### Question\nWhy does a container exit?\n\n---\n\n"
	    "### Answer\n\n---\n\n### 1. Definition\n\nIts process ends."
	    "\n\n### 2. What is PID 1?\n\nThe first process.\n\n"
	    "### Question\nWhat is a layer?\n\n### Answer\n\nA diff.\n",
	    "1|t|Why does a container exit?||### 1. Definition\n"
	    "18|t|What is a layer?||A diff.\n" },
	{ "a bold exercise label alone over its task", 0,
	    "# Lab 2\n\nLoad the data.\n\n**Exercise 1**\n\n"
	    "Show the first rows.\n\n```python\ndf.head()\n```\n\n"
	    "**Exercise 2**\n\nPlot revenue.\n",
	    "7|Lab 2|Show the first rows.||```python\n"
	    "15|Lab 2|Plot revenue.||\n" },
	{ "a bold exercise label and number before its task", 0,
	    "# Algebra\n\n**Exercise 2.1.** Show that QR is orthogonal.\n\n"
	    "*Solution.* Multiply.\n\n**Exercise 2.2.** Find the "
	    "eigenvalues.\n",
	    "3|Algebra|Show that QR is orthogonal.||*Solution.* Multiply.\n"
	    "7|Algebra|Find the eigenvalues.||\n" },
	{ "a labelled question over its options, not the heading's", 0,
	    "# Kotlin quiz\n\n**Q1.** Which keyword is read-only?\n\n"
	    "- [ ] var\n- [x] val\n\n**Q2.** What does `?.` do?\n\n"
	    "- [x] A safe call\n- [ ] A throw\n",
	    "3|Kotlin quiz|Which keyword is read-only?|- [ ] var|val\n"
	    "8|Kotlin quiz|What does `?.` do?|- [x] A safe call|A safe "
	    "call\n" },
	{ "paragraphs that ask, each over options, between rules", 0,
	    "# Econ quiz\n\nWhat happens to demand when price rises?\n\n"
	    "- [x] It falls\n- [ ] It rises\n\nThe law of demand.\n\n---\n\n"
	    "Which market has one seller?\n\n- [ ] Oligopoly\n"
	    "- [x] Monopoly\n\n---\n\nWhat does GDP measure?\n\n"
	    "- [x] Output\n- [ ] Spending\n",
	    "3|Econ quiz|What happens to demand when price rises?|"
	    "- [x] It falls|It falls\n"
	    "12|Econ quiz|Which market has one seller?|- [ ] Oligopoly|"
	    "Monopoly\n"
	    "19|Econ quiz|What does GDP measure?|- [x] Output|Output\n" },
	{ "a heading that is only an answer label", 0,
	    "# Terraform\n\n#### Q: What is a provider?\n\n#### A:\n\n"
	    "A plugin.\n\n#### Q: What is a module?\n\n#### A:\n\n"
	    "A folder of files.\n",
	    "3|Terraform|What is a provider?||A plugin.\n"
	    "9|Terraform|What is a module?||A folder of files.\n" },
	{ "labels with a space before the colon, as French sets them", 0,
	    "# SQL\n\n**Q :** Qu'est-ce qu'une jointure ?\n"
	    "**R\xc3\xa9ponse :** Un produit filtr\xc3\xa9.\n\n"
	    "**Q :** \xc3\x80 quoi sert un index ?\n"
	    "**R\xc3\xa9ponse :** \xc3\x80 chercher vite.\n",
	    "3|SQL|Qu'est-ce qu'une jointure ?||Un produit filtr\xc3\xa9.\n"
	    "6|SQL|\xc3\x80 quoi sert un index ?||\xc3\x80 chercher vite.\n" },
	{ "Ques and Ans labels", 0,
	    "# DBMS\n\n**Ques:** Define normalization.\n\n"
	    "**Ans:** Removing redundancy.\n\n"
	    "**Ques:** Define a key.\n\n**Ans:** What identifies a row.\n",
	    "3|DBMS|Define normalization.||**Ans:** Removing redundancy.\n"
	    "7|DBMS|Define a key.||**Ans:** What identifies a row.\n" },
	{ "an exercise's L\xc3\xb6sung heading starts its answer", 0,
	    "# Blatt 3\n\n## Aufgabe 1\n\nBerechnen Sie n!.\n\n"
	    "### L\xc3\xb6sung\n\n```java\nfak(n)\n```\n\n"
	    "## Aufgabe 2\n\nBerechnen Sie fib(n).\n\n"
	    "### L\xc3\xb6sung\n\n```java\nfib(n)\n```\n",
	    "3|Blatt 3|Aufgabe 1|Berechnen Sie n!.|### L\xc3\xb6sung\n"
	    "13|Blatt 3|Aufgabe 2|Berechnen Sie fib(n).|### L\xc3\xb6sung\n" },
	{ "a lesson whose quiz heading marks its one question", 0,
	    "# cat\n\n## Lesson Content\n\nThe cat command prints files.\n\n"
	    "## Exercise\n\nRun cat on a few files.\n\n## Quiz Question\n\n"
	    "What reads a small file?\n\n## Quiz Answer\n\ncat\n",
	    "11|cat|What reads a small file?||cat\n" },
	{ "an HTML list of links under Exercises is a reading list", 0,
	    "# Linux history\n\n## Exercises\n\nFurther reading:\n"
	    "<li><a href='https://gnu.org'>GNU</a></li>\n"
	    "<li><a href='https://kernel.org'>Linux</a></li>\n\n"
	    "## Quiz\n\nWho wrote the Linux kernel?\n\n"
	    "## Quiz Answer\n\nLinus Torvalds\n",
	    "9|Linux history|Who wrote the Linux kernel?||Linus Torvalds\n" },
	{ "a list right under Exercises: its items, asking or not", 0,
	    "# Calculus\n\n## Derivatives\n\nRates of change.\n\n"
	    "## Exercises\n\n1. Prove the product rule.\n"
	    "1. Calculate the derivative of x^x.\n",
	    "9|Exercises|Prove the product rule.||\n"
	    "10|Exercises|Calculate the derivative of x^x.||\n" },
	{ "a heading that says questions follow asks nothing, whatever "
	  "its first word",
	    0,
	    "# System Design\n\n## Design questions\n\n"
	    "* Design a URL shortener\n* Design a web crawler\n\n"
	    "## Concepts\n\n**What is sharding?**\n\nSplitting data.\n",
	    "5|Design questions|Design a URL shortener||\n"
	    "6|Design questions|Design a web crawler||\n"
	    "10|Concepts|What is sharding?||Splitting data.\n" },
	{ "a heading that says questions follow with a question mark asks "
	  "nothing",
	    0,
	    "# Go\n\n## Questions?\n\n1. What is Go?\n2. What is a slice?\n\n"
	    "## Answers:\n\n### 1. What is Go?\n\nA language.\n\n"
	    "### 2. What is a slice?\n\nA view.\n",
	    "10|Answers|What is Go?||A language.\n"
	    "14|Answers|What is a slice?||A view.\n" },
	{ "a box whose type is a question's is one, whatever its title", 0,
	    "# Eval\n\n??? question \"Confusion Matrix\"\n"
	    "    A table of counts.\n\n??? question \"Precision\"\n"
	    "    TP over TP+FP.\n\n!!! note \"Remember\"\n    Read it.\n",
	    "3|Eval|Confusion Matrix||A table of counts.\n"
	    "6|Eval|Precision||TP over TP+FP.\n" },
	{ "a callout whose type is a question's is one, whatever its title", 0,
	    "# Eval\n\n> [!faq]- Confusion matrix\n> A table of counts.\n\n"
	    "> [!faq]- Precision\n> TP over TP+FP.\n\n"
	    "> [!note] Remember\n> Read it twice.\n",
	    "3|Eval|Confusion matrix||A table of counts.\n"
	    "6|Eval|Precision||TP over TP+FP.\n" },
	{ "options as lettered paragraphs in a question's item are its body", 0,
	    "# Cloud\n\n1. Who built ARPANET?\n\n    A. DARPA\n\n"
	    "    B. Bell Labs\n\nAnswer: A\n\n2. Which model is IaaS?\n\n"
	    "    A. FaaS\n\n    B. VMs\n\nAnswer: B\n",
	    "3|Cloud|Who built ARPANET?|A. DARPA|Answer: A\n"
	    "11|Cloud|Which model is IaaS?|A. FaaS|Answer: B\n" },
	{ "ticked options above a toggle that explains them start the answer",
	    0,
	    "# Azure\n\n### 1. Which service stores secrets?\n\n"
	    "- [ ] Azure Bastion\n- [x] Azure Key Vault\n\n"
	    "<details><summary>Explanation</summary>\n\nKey Vault keeps keys.\n"
	    "</details>\n\n### 2. Which is IaaS?\n\n- [x] VMs\n- [ ] "
	    "Functions\n\n<details><summary>Explanation</summary>\n\nYou "
	    "manage the OS.\n</details>\n",
	    "3|Azure|Which service stores secrets?|- [ ] Azure Bastion|Azure "
	    "Key Vault\n"
	    "13|Azure|Which is IaaS?|- [x] VMs|VMs\n" },
	{ "a run of paragraphs that ask after a block that asks nothing", 0,
	    "# SOC\n\n### Vocab\n```\nasset - a thing\n```\n\n"
	    "What is the CIA Triad?\n```\nC I A\n```\n\nWhat is an IoC?\n"
	    "```\nA sign.\n```\n\nWhat is an IoA?\n```\nAn attack.\n```\n\n"
	    "### Detection\nWhat is EDR?\n```\nEndpoint.\n```\n\n"
	    "What is IDS?\n```\nDetect.\n```\n",
	    "8|Vocab|What is the CIA Triad?||```\n"
	    "13|Vocab|What is an IoC?||```\n"
	    "18|Vocab|What is an IoA?||```\n"
	    "24|Detection|What is EDR?||```\n"
	    "29|Detection|What is IDS?||```\n" },
	{ "under a title that is only a link, a quote states the problem", 0,
	    "# Lists\n\n### [reverse-list](https://leetcode.com/problems/"
	    "reverse-list/)\n\n> Reverse a singly linked list.\n\nWalk it, "
	    "turning each link.\n\n### [merge-lists](https://leetcode.com/"
	    "problems/merge-lists/)\n\n> Merge two sorted lists.\n\nA dummy "
	    "head helps.\n",
	    "3|Lists|reverse-list|> Reverse a singly linked list.|Walk it, "
	    "turning each link.\n"
	    "9|Lists|merge-lists|> Merge two sorted lists.|A dummy head "
	    "helps.\n" },
	{ "a label with a full-width colon is no part of the question", 0,
	    "# Node\n\n## Q1\xef\xbc\x9aWhat is the event loop?\n\nA loop.\n\n"
	    "## Q2: What is a stream?\n\nData over time.\n",
	    "3|Node|What is the event loop?||A loop.\n"
	    "7|Node|What is a stream?||Data over time.\n" },
	{ "an item's next line that goes on with the task is no answer", 0,
	    "## Exercises\n\n1. What does f'(x) = 0 mean?\n"
	    "   Give an example of such an f.\n1. Prove the sum rule.\n",
	    "3|Exercises|What does f'(x) = 0 mean? Give an example of such an "
	    "f.||\n"
	    "5|Exercises|Prove the sum rule.||\n" },
	{ "exercises labelled among a lesson's headings: the rest is the "
	  "lesson, no topics",
	    0,
	    "# Wallets\n\n## Wallets on a chain\n\nAn account on a chain.\n\n"
	    "## Knowledge Check 1\n\nWhat holds your keys?\n\n## Seed "
	    "phrases\n\nTwelve words.\n\n## Knowledge Check 2\n\nShould you "
	    "share it?\n",
	    "7|Wallets|Knowledge Check 1|What holds your keys?|\n"
	    "15|Wallets|Knowledge Check 2|Should you share it?|\n" },
	{ "a level that asks by its labels takes no heading that does not "
	  "ask",
	    0,
	    "# Wallets\n\n## Wallets on a chain\n\nAn account on a chain.\n\n"
	    "## Knowledge Check 1\n\nWhat holds your keys?\n\n## Seed "
	    "phrases\n\nTwelve words.\n\n## Knowledge Check 2\n\nShould you "
	    "share it?\n\n## Is it hard?\n\nNo.\n\n## Knowledge Check 3\n\n"
	    "Who holds the seed?\n\n## 3.1-2\n\n> Show that it holds.\n\n"
	    "It does.\n",
	    "7|Wallets|Knowledge Check 1|What holds your keys?|\n"
	    "15|Wallets|Knowledge Check 2|Should you share it?|\n"
	    "19|Wallets|Is it hard?||No.\n"
	    "23|Wallets|Knowledge Check 3|Who holds the seed?|\n"
	    "27|Wallets|Show that it holds.||It does.\n" },
	{ "an answer's label over a toggle that explains it starts the "
	  "answer; a label's word and a note on it name a question",
	    0,
	    "# Exam\n\n### Question 1\n\nWhich command cordons a node?\n\n"
	    "A. drain\nB. cordon\n\n**Answer: B**\n\n<details>\n<summary>"
	    "Explanation</summary>\n\nCordon stops new pods.\n\n</details>\n\n"
	    "### Question 2\n\nWhat runs first?\n\nA. init\nB. main\n\n"
	    "**Answer: A**\n\n<details>\n<summary>Explanation</summary>\n\n"
	    "Init containers.\n\n</details>\n\n### Question (2 points)\n\n"
	    "Explain a pod.\n\n<details>\n<summary>Answer</summary>\n\nA "
	    "group of containers.\n\n</details>\n",
	    "3|Exam|Question 1|Which command cordons a node?|**Answer: B**\n"
	    "19|Exam|Question 2|What runs first?|**Answer: A**\n"
	    "35|Exam|Question (2 points)|Explain a pod.|A group of "
	    "containers.\n" },
	{ "paragraphs that are one link over a quote are problems' titles, "
	  "a run under the headings that group them",
	    0,
	    "# Stacks\n\n## Stack\n\n[min-stack](https://leetcode.com/"
	    "problems/min-stack/)\n\n> Design a stack with min.\n\nUse two "
	    "stacks.\n\n[decode-string](https://leetcode.com/problems/"
	    "decode-string/)\n\n> Decode it.\n\nUse a stack.\n\n## Queue\n\n"
	    "First in, first out.\n\n[queue-by-stacks](https://leetcode.com/"
	    "problems/q/)\n\n> Make a queue.\n\nTwo stacks.\n\n## Practice\n\n"
	    "- [ ] [min-stack](https://leetcode.com/problems/min-stack/)\n",
	    "5|Stack|min-stack|> Design a stack with min.|Use two stacks.\n"
	    "11|Stack|decode-string|> Decode it.|Use a stack.\n"
	    "21|Queue|queue-by-stacks|> Make a queue.|Two stacks.\n" },
	{ "a list of phrases in lower case that ask nothing goes on the "
	  "sentence above it, in a file of lists of questions",
	    0,
	    "# Guide\n\n## Questions to ask\n\n* What is the problem?\n* "
	    "Why solve it?\n\n## Example: a shop\n\nA stylist recommends "
	    "items based on the following:\n\n* generally popular items\n* "
	    "items bought by similar customers\n\nThat gives us data:\n\n* "
	    "item sales data\n* customer histories\n",
	    "5|Questions to ask|What is the problem?||\n"
	    "6|Questions to ask|Why solve it?||\n" },
	{ "a problem's statement, numbered examples and constraints show "
	  "the question; its answer follows them",
	    0,
	    "# Arrays\n\n## Two Sum\n\n**Description:**\n\nGiven nums, "
	    "find two that add up to target.\n\n**Example 1:**\n\n```\n"
	    "Input: [2,7], 9\nOutput: [0,1]\n```\n\n**Constraints:**\n\n"
	    "- 2 <= n\n\nA hash map finds each complement.\n\n## Max "
	    "Ones\n\nCount the longest run of ones.\n\n示例 1：\n\n> 输入："
	    "[1,1,0]\n> 输出：2\n\n提示：\n\n- 1 <= n\n\n一次遍历即可。\n",
	    "3|Arrays|Two Sum|**Description:**|A hash map finds each "
	    "complement.\n"
	    "22|Arrays|Max Ones|Count the longest run of ones.|"
	    "一次遍历即可。\n" },
	{ "... and a paragraph after them that asks, or a heading that "
	  "says the answer starts below them; an example without a number "
	  "is an answer's",
	    0,
	    "# Py\n\n## Chains\n\n**Example 1:**\n\n```py\na == b\n```\n\n"
	    "Why is it so?\n\nBecause of identity.\n\n## Order\n\n"
	    "**Example 1:**\n\n```py\nd == e\n```\n\nIt is transitive, "
	    "right (if a, b)?\n\n### 💡 说明\n\nNot always.\n\n## "
	    "Closures\n\nA closure keeps its scope.\n\n**Example:**\n\n"
	    "```js\nf()\n```\n\nMore.\n",
	    "3|Py|Chains|**Example 1:**|Because of identity.\n"
	    "15|Py|Order|**Example 1:**|### 💡 说明\n"
	    "29|Py|Closures||A closure keeps its scope.\n" },
	{ "a page titled for one exercise: the text under a heading that "
	  "does not ask is the task, with no answer",
	    0,
	    "---\ntitle: Exercise\n---\n\n## Sum\n\nImplement a function "
	    "that sums prices.\n\nUse `sum` on a list.\n\n## Is it fast?\n\n"
	    "Yes.\n",
	    "5|Exercise|Sum|Implement a function that sums prices.|\n"
	    "11|Exercise|Is it fast?||Yes.\n" },
	{ "a table whose header names its problems and, after them, their "
	  "solutions: a question a row, whatever the columns before and "
	  "however many links",
	    0,
	    "# SQL\n\n## Select\n\n| # | Level | Problem | Solution |\n"
	    "|---|---|---|---|\n| 595 | Easy | [Big Countries](https://"
	    "x.com/a) | [Code](a.sql) |\n| 1683 | Easy | [Invalid Tweets]"
	    "(https://x.com/b) | [Code](b.sql) |\n",
	    "7|Select|Big Countries||[Code](a.sql)\n"
	    "8|Select|Invalid Tweets||[Code](b.sql)\n" },
	{ "under a heading that asks, a numbered example is its answer's; "
	  "parts that run to the end of the file leave no answer",
	    0,
	    "# Py\n\n## What is a closure?\n\nA closure keeps its scope.\n\n"
	    "**Example 1:**\n\n```js\nf()\n```\n\n## Two Sum\n\n"
	    "**Description:**\n\nGiven nums.\n\n**Example 1:**\n\n```\n"
	    "Input: [2]\n```\n",
	    "3|Py|What is a closure?||A closure keeps its scope.\n"
	    "13|Py|Two Sum|**Description:**|\n" },
	{ "a header of problems over counts, or of links within the page, "
	  "is no table of questions, though a column of answers follow",
	    0,
	    "# T\n\n| Topic | Problems | Solutions |\n|---|---|---|\n| Arrays "
	    "| 12 | 10 |\n\n## Index\n\n| # | Problem | Solution |\n|---|---|"
	    "---|\n| 1 | [Sum](#sum) | [A](#a) |\n| 2 | [Max](#max) | [B](#b) "
	    "|\n",
	    "1|T|T||| Topic | Problems | Solutions |\n" },
	{ "the layout given: the headings of one level", 3,
	    "# Notes\n\n## Net\n\n### TCP\n\nA stream.\n\n- one\n- two\n",
	    "5|Net|TCP||A stream.\n" },
	{ "the layout given in a comment: every list", 0,
	    "<!-- beq: questions=list -->\n## Topics\n\n- Caching\n- "
	    "Sharding\n",
	    "4|Topics|Caching||\n5|Topics|Sharding||\n" },
};

/* The records of c, one line each, fields up to their first line break. */
static void
describe(const struct corpus *c, struct buf *out)
{
	for (size_t i = 0; i < c->nrecords; i++) {
		const struct corpus_record *r = &c->records[i];
		const char *f[3] = { r->question,
			r->body != NULL ? r->body : "", r->answer };

		buf_printf(out, "%u|%s", r->line, c->categories[r->category]);
		for (int k = 0; k < 3; k++)
			buf_printf(
			    out, "|%.*s", (int)strcspn(f[k], "\n"), f[k]);
		buf_addc(out, '\n');
	}
}

/* Shapes whose file's name says something: "task.md" names one
 * exercise, as a title does. */
#define FAQ_PAGE \
	"# Build\n\n## How do I build it?\n\nRun make.\n\n## Linker error: " \
	"undefined reference to sqrt\n\nAdd -lm.\n\n## Why is the binary so " \
	"large?\n\nStrip it.\n\n# Usage FAQ\n\n## How do I run it?\n\nRun " \
	"./app.\n\n## Can it read stdin?\n\nYes.\n"
static const struct {
	const char *name, *file, *md, *records;
} named[] = {
	{ "a file named for one exercise: the text under its heading is the "
	  "task",
	    "Sum/task.md",
	    "## Sum\n\nImplement a function that sums prices.\n\nUse "
	    "`sum` on a list.\n",
	    "1|task|Sum|Implement a function that sums prices.|\n" },
	{ "... but not one named for many ('problems.md')", "Sum/problems.md",
	    "## Sum\n\nUse `sum` on a list.\n",
	    "1|problems|Sum||Use `sum` on a list.\n" },
	{ "... nor a title that asks, a how-to", "Run/task.md",
	    "## How to run the tests\n\nRun make test.\n",
	    "1|task|How to run the tests||Run make test.\n" },
	{ "... and one named for what it is about is answered", "Sum/notes.md",
	    "## Sum\n\nImplement a function that sums prices.\n\nUse "
	    "`sum` on a list.\n",
	    "1|notes|Sum|Implement a function that sums prices.|Use `sum` on a "
	    "list.\n" },
	{ "a file named for questions: its headings are read as under a "
	  "title that says questions follow, a stated problem among those "
	  "that ask a question too",
	    "docs/faq.md", FAQ_PAGE,
	    "3|Build|How do I build it?||Run make.\n"
	    "7|Build|Linker error: undefined reference to sqrt||Add -lm.\n"
	    "11|Build|Why is the binary so large?||Strip it.\n"
	    "17|Usage FAQ|How do I run it?||Run ./app.\n"
	    "21|Usage FAQ|Can it read stdin?||Yes.\n" },
	{ "... and one named with words between ('interview-questions.md')",
	    "interview-questions.md", FAQ_PAGE,
	    "3|Build|How do I build it?||Run make.\n"
	    "7|Build|Linker error: undefined reference to sqrt||Add -lm.\n"
	    "11|Build|Why is the binary so large?||Strip it.\n"
	    "17|Usage FAQ|How do I run it?||Run ./app.\n"
	    "21|Usage FAQ|Can it read stdin?||Yes.\n" },
	{ "... but not one named for a review ('review.md': code review "
	  "guidelines)",
	    "review.md", FAQ_PAGE,
	    "3|Build|How do I build it?||Run make.\n"
	    "11|Build|Why is the binary so large?||Strip it.\n"
	    "17|Usage FAQ|How do I run it?||Run ./app.\n"
	    "21|Usage FAQ|Can it read stdin?||Yes.\n" },
	{ "... nor one with a heading that says, whole, where its questions "
	  "are ('## FAQ' after '## Setup')",
	    "faq.md",
	    "# Tool\n\n## Setup\n\n### Requirements\n\nPython 3.\n\n### "
	    "Configuration\n\nEdit tool.toml.\n\n## FAQ\n\n### What is X?\n\n"
	    "A tool.\n\n### Is it free?\n\nYes.\n\n### Does it run on "
	    "Windows?\n\nYes.\n",
	    "15|FAQ|What is X?||A tool.\n"
	    "19|FAQ|Is it free?||Yes.\n"
	    "23|FAQ|Does it run on Windows?||Yes.\n" },
	{ "... where a page named for what it is about asks outright outside "
	  "its FAQ",
	    "docs/notes.md", FAQ_PAGE,
	    "3|Build|How do I build it?||Run make.\n"
	    "11|Build|Why is the binary so large?||Strip it.\n"
	    "17|Usage FAQ|How do I run it?||Run ./app.\n"
	    "21|Usage FAQ|Can it read stdin?||Yes.\n" },
};

/* Counts the readings --explain gives as a question's. */
static void
count_question(void *ctx, unsigned line, const char *what, const char *text,
    const char *reading)
{
	(void)line, (void)what, (void)text;
	*(size_t *)ctx += strncmp(reading, "question:", 9) == 0;
}

/* Fails unless file name, laid out as layout, reads into records, and
 * --explain tells how each of them was read, once. */
static void
check(const char *what, const char *name, int layout, const char *md,
    const char *records)
{
	struct corpus c = { 0 }, e = { 0 };
	struct buf got = { 0 };
	char err[256];
	size_t told = 0;

	c.layout = e.layout = layout;
	corpus_parse(&c, name, md, strlen(md), NULL, NULL, err, sizeof err);
	describe(&c, &got);
	if (strcmp(buf_cstr(&got), records) != 0)
		t_fail(__FILE__, __LINE__, "%s:\ngot:\n%swant:\n%s", what,
		    buf_cstr(&got), records);
	corpus_explain(&e, name, name, md, strlen(md), count_question, NULL,
	    &told, err, sizeof err);
	if (told != c.nrecords)
		t_fail(__FILE__, __LINE__,
		    "%s: --explain tells %zu questions for %zu records", what,
		    told, c.nrecords);
	buf_free(&got);
	corpus_free(&c);
	corpus_free(&e);
}

void test_corpus_shapes_read_by_file_name(void);
void
test_corpus_shapes_read_by_file_name(void)
{
	for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
		check(named[i].name, named[i].file, 0, named[i].md,
		    named[i].records);
}

void test_corpus_shapes_read_into_exact_records(void);
void
test_corpus_shapes_read_into_exact_records(void)
{
	for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++)
		check(shapes[i].name, "t.md", shapes[i].layout, shapes[i].md,
		    shapes[i].records);
}
