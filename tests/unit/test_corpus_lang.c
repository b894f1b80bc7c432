/* The words of corpus_lang.c: what asks and what titles say, in each
 * language, as tables of text and verdict. */
#include <stdio.h>
#include <string.h>

#include "corpus_lang.h"
#include "t.h"

void test_corpus_lang_question_marks(void);
void
test_corpus_lang_question_marks(void)
{
	static const struct {
		const char *text;
		int yes;
	} cases[] = {
		{ "What is X?", 1 },
		{ "What is X？", 1 },
		{ "Tabs or spaces? ★★☆", 1 },
		/* an aside in emphasis after it: who asked, a note */
		{ "How would you prevent it? *@enddo*", 1 },
		{ "Which scan was it? *(if they did not answer)*", 1 },
		{ "**Is it fast?** *(easy)*", 1 },
		{ "什么是闭包？ *@enddo*", 1 },
		{ "Describe a webshell. *@enddo*", 0 },
		/* ... not an answer in emphasis, nor marks glued to it */
		{ "Is the column selective? *Use a B-tree.*", 0 },
		{ "ls a?*b*", 0 },
		{ "Is it *really?* true", 0 },
		{ "`(now|today)?`", 0 },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (lang_question_mark(cases[i].text, strlen(cases[i].text)) !=
		    cases[i].yes)
			t_fail(__FILE__, __LINE__,
			    "lang_question_mark(\"%s\") != %d", cases[i].text,
			    cases[i].yes);
}

void test_corpus_lang_label_lengths(void);
void
test_corpus_lang_label_lengths(void)
{
	static const struct {
		const char *text;
		size_t len;
	} cases[] = {
		{ "Q3: the CAP theorem", 4 },
		{ "**Question 4.** Consistency", 16 },
		{ "Quick: a sort", 0 },
		/* a part's letter before the number, a number in parts */
		{ "Question B-12: Where is it?", 15 },
		{ "Question C-9-1: What is it?", 16 },
		{ "Question B-: What is it?", 0 },
		{ "Q1-5: Basics", 0 }, /* a range of them */
		{ "Question 3-5: Basics", 0 },
		/* a bold code of a capital or two and a number numbers it,
		 * whatever the letters stand for */
		{ "**W1**: What is the CAP theorem?", 8 },
		{ "__T12__. Explain MVCC.", 9 },
		{ "**W3**: Geben Sie das Datum aus.", 8 }, /* a polite task */
		{ "**W1**: the CAP theorem", 0 }, /* asks nothing */
		{ "**V2**: the new API.", 0 }, /* a note */
		{ "**A1**: What is it?", 0 }, /* answers Q1 */
		{ "*W1*: What is it?", 0 }, /* not bold */
		{ "**W1*: What is it?", 0 }, /* marks unmatched */
		{ "W1: What is it?", 0 },
		{ "**HTTP2**: What is it?", 0 },
		{ "**W1**:What is it?", 0 },
		/* a bold label closed after its number, then a question; a
		 * sentence after it is its own ("is worth five points") */
		{ "**Question 1** What is a Pod?", 15 },
		{ "**Question 1**\nWhat is a Pod?", 15 },
		{ "**Question 2** is worth five points.", 0 },
		{ "**Question 2** (1 point)", 0 },
		/* a dash between spaces ends it; a range is no dash */
		{ "Question 3 - Write a parser.", 13 },
		{ "Question 3 \xe2\x80\x94 Write a parser.", 15 },
		{ "Question 3 -Write", 0 },
		/* an ordinal of Chinese or Japanese, in any digits, and
		 * what may follow its counter */
		{ "第 3 题：写一个", 12 },
		{ "第十二题 写一个", 13 },
		{ "第\xef\xbc\x91問\xe3\x80\x80書け", 12 },
		{ "第3题的解析", 0 },
		{ "第一章 概述", 0 },
		{ "第题：", 0 },
		/* a label of one character beyond ASCII ends at the space
		 * after its number; a longer one needs its colon */
		{ "問3 次の式", 5 },
		{ "问题 2 个线程", 0 },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (lang_label(cases[i].text) != cases[i].len)
			t_fail(__FILE__, __LINE__,
			    "lang_label(\"%s\") == %zu, want %zu",
			    cases[i].text, lang_label(cases[i].text),
			    cases[i].len);
}

void test_corpus_lang_asks_in_every_language(void);
void
test_corpus_lang_asks_in_every_language(void)
{
	static const struct {
		const char *text;
		int asks;
	} cases[] = {
		{ "What is a deadlock?", 1 },
		{ "What is a deadlock", 1 },
		{ "**Explain MVCC.**", 1 },
		{ "12. Describe the CAP theorem", 1 },
		{ "Q3: the CAP theorem", 1 },
		{ "Question 4. Consistency", 1 },
		{ "Difference between TCP and UDP", 1 },
		{ "Deadlocks", 0 },
		{ "Whatever works", 0 },
		{ "Isolation levels", 0 },
		{ "2PC and 3PC", 0 },
		{ "Designing patterns", 0 }, /* "design" is a whole word */
		/* a word that labels a field asks nothing; an auxiliary
		 * verb asks only with a question mark */
		{ "**Name**: Give your MCP a name", 0 },
		{ "Design: a tree of services", 0 },
		{ "Can be shared across teams", 0 },
		{ "Can it be shared?", 1 },
		/* Korean puts the word that asks last */
		{ "프로세스와 스레드의 차이", 1 },
		{ "데드락에 대해 설명", 1 },
		{ "HTTP의 GET과 POST 비교", 0 },
		{ "C'est quoi le multichannel de la RAM.", 1 },
		{ "Donne la définition de mémoire vive.", 1 },
		{ "Donnez un exemple", 1 },
		{ "Décris le protocole", 1 },
		{ "Citations choisies", 0 },
		{ "Nommer les fichiers", 0 },
		{ "问：什么是进程？", 1 },
		{ "Soru 3: HTTP nedir", 1 },
		{ "Что такое последовательность", 1 },
		{ "Какие виды строк бывают в питоне", 1 },
		{ "Допустимы ли следующие выражения", 1 },
		{ "Последовательности", 0 },
		{ "ЧТО ТАКОЕ GIL", 1 },
		{ "¿Qué es React", 1 },
		/* a pictograph after the question mark is no text */
		{ "Tabs or spaces ? 🟢", 1 },
		{ "Tabs or spaces? ★★☆", 1 },
		{ "Tabs or spaces 🟢", 0 },
		{ "Cómo funciona el Event Loop", 1 },
		{ "O que é uma goroutine", 1 },
		{ "Apa itu JavaScript", 1 },
		{ "Jelaskan closure", 1 },
		{ "HTTP和HTTPS的区别", 1 },
		{ "如何使用nodejs对base64进行编解码？", 1 },
		{ "TCP三次握手", 0 },
		/* one's understanding of X asks; to understand X is a goal */
		{ "对闭包的理解", 1 },
		{ "理解响应式编程思想", 0 },
		/* how two things differ asks; different things do not */
		{ "进程和线程有何不同", 1 },
		{ "访问不同的示例页面", 0 },
		{ "クロージャとは", 1 },
		/* an exercise's imperative asks, a full stop after it or
		 * not; a Chinese statement that ends in a title's word and a
		 * full stop does not */
		{ "文字列の逆順を得よ．", 1 },
		{ "確認にはwcコマンドを用いよ。", 1 },
		{ "関数cipherを実装せよ", 1 },
		{ "这样每张表的表结构是相同的但是数据不同。", 0 },
		{ "프로세스와 스레드의 차이", 1 },
		{ "Goroutine là gì", 1 },
		{ "Τι είναι το TCP;", 1 },
		{ "Use a semicolon;", 0 },
		{ "ما هو TCP؟", 1 },
		{ "", 0 },
		{ "**", 0 },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (lang_asks(cases[i].text, strlen(cases[i].text)) !=
		    cases[i].asks)
			t_fail(__FILE__, __LINE__, "lang_asks(\"%s\") != %d",
			    cases[i].text, cases[i].asks);
}

void test_corpus_lang_titles_say_what_follows(void);
void
test_corpus_lang_titles_say_what_follows(void)
{
	static const struct {
		const char *text;
		enum lang_title kind;
	} cases[] = {
		{ "Answer", LANG_ANSWER },
		{ "**Answer:**", LANG_ANSWER },
		{ "Answer guide", LANG_ANSWER },
		{ "`Answer`", LANG_ANSWER }, /* a title in a code span */
		{ "`ref`", LANG_TOPIC }, /* ... is a name */
		{ "`usage`", LANG_TOPIC },
		{ "💡 Объяснение:", LANG_ANSWER },
		{ "解题思路", LANG_ANSWER },
		/* "说明" names an answer only as a heading's first subsection
		 * (lang_explains); beside a question it heads notes */
		{ "💡 说明:", LANG_TOPIC },
		{ "Afficher la réponse", LANG_ANSWER }, /* a toggle's */
		{ "Mostrar respuesta", LANG_ANSWER },
		{ "参考答案：", LANG_ANSWER },
		{ "Ответ", LANG_ANSWER },
		{ "Answers to the quiz", LANG_TOPIC },
		{ "References", LANG_REFERENCES },
		{ "📚 Other resources", LANG_REFERENCES },
		{ "External links", LANG_REFERENCES },
		{ "###### Ref Link:", LANG_REFERENCES },
		{ "参考资料", LANG_REFERENCES },
		{ "Tài liệu tham khảo", LANG_REFERENCES },
		{ "Conclusion", LANG_FURNITURE },
		{ "Kết luận", LANG_FURNITURE },
		{ "Table of Contents", LANG_CONTENTS },
		{ "📖 Contents", LANG_CONTENTS },
		{ "Содержание", LANG_CONTENTS },
		{ "İçindekiler", LANG_CONTENTS }, /* a dotted capital I is i */
		{ "Index", LANG_FURNITURE },
		{ "Contents of a JWT", LANG_TOPIC },
		{ "License", LANG_FURNITURE },
		{ "Licensing models", LANG_TOPIC },
		{ "Databases", LANG_TOPIC },
		{ "", LANG_TOPIC },
		{ "What is this repository?", LANG_FURNITURE },
		{ "How to use this guide", LANG_FURNITURE },
		{ "这个项目是什么？", LANG_FURNITURE },
		{ "What is this keyword for?", LANG_TOPIC },
		{ "FAQ", LANG_QUESTIONS },
		{ "## Frequently Asked Questions", LANG_QUESTIONS },
		{ "React Interview Questions:", LANG_QUESTIONS },
		{ "Java面试题", LANG_QUESTIONS },
		{ "Вопросы по Java", LANG_QUESTIONS },
		{ "Preguntas de React", LANG_QUESTIONS },
		{ "Вопросы по Java?", LANG_TOPIC },
		{ "❓ Mülakat Soruları", LANG_QUESTIONS },
		{ "Bài tập", LANG_QUESTIONS },
		{ "常见问题", LANG_QUESTIONS },
		{ "Preguntas frecuentes", LANG_QUESTIONS },
		{ "Learning Objectives", LANG_FURNITURE },
		{ "Lernziele", LANG_FURNITURE },
		{ "What you'll learn (Part 1)", LANG_FURNITURE },
		{ "Goals of normalization", LANG_TOPIC },
		{ "अक्सर पूछे जाने वाले सवाल", LANG_QUESTIONS },
		{ "أسئلة مكررة", LANG_QUESTIONS },
		{ "أسئلة المقابلة", LANG_QUESTIONS },
		{ "What questions to ask?", LANG_TOPIC },
		{ "Questions?", LANG_QUESTIONS },
		{ "常见问题？", LANG_QUESTIONS },
		{ "Questionnaires", LANG_TOPIC },
		{ "Questions about caching", LANG_TOPIC },
		{ "Review", LANG_QUESTIONS },
		{ "Exercises", LANG_QUESTIONS },
		{ "Code review", LANG_TOPIC },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (lang_title(cases[i].text, strlen(cases[i].text)) !=
		    cases[i].kind)
			t_fail(__FILE__, __LINE__, "lang_title(\"%s\") != %d",
			    cases[i].text, (int)cases[i].kind);
}

void test_corpus_lang_answer_labels(void);
void
test_corpus_lang_answer_labels(void)
{
	static const struct {
		const char *s;
		size_t len;
	} cases[] = {
		{ "Answer: it is", 8 },
		{ "**Answer:** it is", 12 },
		{ "**A:** it is", 7 },
		{ "A: it is", 3 },
		{ "**A**. it is", 7 }, /* as "**Q**. what?" asks */
		{ "**A.** 2007", 0 }, /* a bold option */
		{ "A. 2007", 0 },
		{ "a: word", 0 }, /* a word in a sentence */
		{ "**\xe5\x9b\x9e\xe7\xad\x94: 3**", 10 }, /* 回答: */
		{ "\xd0\x9e\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82: \xd0\xb4\xd0\xb0",
		    12 }, /* Ответ: да */
		{ "\xe7\xad\x94\xef\xbc\x9a"
		  "x",
		    6 }, /* 答： */
		{ "Answers are here", 0 }, /* no colon */
		{ "Question: what?", 0 },
		{ "**R\xc3\xa9ponse :** oui", 15 }, /* a space before it */
		{ "\xe3\x80\x90\xe7\xad\x94\xe6\xa1\x88\xe3\x80\x91"
		  "x",
		    12 }, /* 【答案】 */
		{ "\xe0\xa4\x89\xe0\xa4\xa4\xe0\xa5\x8d\xe0\xa4\xa4"
		  "\xe0\xa4\xb0: x",
		    17 }, /* उत्तर: (hi) */
		{ "Ans: 3", 5 },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (lang_answer_label(cases[i].s) != cases[i].len)
			t_fail(__FILE__, __LINE__,
			    "lang_answer_label(\"%s\") == %zu, want %zu",
			    cases[i].s, lang_answer_label(cases[i].s),
			    cases[i].len);
}

void test_corpus_lang_numbered_labels(void);
void
test_corpus_lang_numbered_labels(void)
{
	static const struct {
		const char *s;
		int numbered, exercise;
	} cases[] = {
		{ "Question 3", 1, 1 },
		{ "Q3", 1, 0 },
		{ "Questão 1.", 1, 0 },
		/* the label in emphasis, the note not */
		{ "**Question 1** (5 points)", 0, 1 },
		{ "Question 3: What is X?", 0, 1 },
		{ "Exercise 1.2: the first part", 0, 1 },
		{ "Reto #10: La API", 0, 1 },
		{ "Exercice 3 - Boucles", 0, 1 },
		{ "Zadanie 2.", 0, 1 },
		{ "Zadanie. 1.", 0, 1 }, /* a full stop after the word */
		{ "Zadanie.1", 0, 0 },
		{ "Úloha 4: Cykly", 0, 1 },
		{ "Exercise2: no space", 0, 0 },
		{ "Quiz 2 - Fundamentos", 0, 0 }, /* a quiz's questions */
		{ "Exercise 3 of the book", 0, 0 },
		/* a note on the exercise after it */
		{ "Question 3 (2 points - 2x 1 point)", 0, 1 },
		{ "Task 4 [easy]", 0, 1 },
		{ "Question 3 points", 0, 0 },
		{ "Exercises", 0, 0 },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		if (lang_numbered_label(cases[i].s) != cases[i].numbered)
			t_fail(__FILE__, __LINE__,
			    "lang_numbered_label(\"%s\") != %d", cases[i].s,
			    cases[i].numbered);
		if (lang_exercise_label(cases[i].s) != cases[i].exercise)
			t_fail(__FILE__, __LINE__,
			    "lang_exercise_label(\"%s\") != %d", cases[i].s,
			    cases[i].exercise);
	}
}

void test_corpus_lang_names_answers_beside_questions(void);
void
test_corpus_lang_names_answers_beside_questions(void)
{
	static const struct {
		const char *text;
		int answer;
	} cases[] = {
		{ "Answer", 1 },
		/* an answer noun ends a title, or starts it where the noun
		 * comes first; a plural heads a section of them; a title
		 * that asks is a question */
		{ "Quiz Answer", 1 },
		{ "Quiz Cevabı", 1 },
		{ "Soluzione del Quiz", 1 },
		{ "Challenge Solutions", 0 },
		{ "Which is the right answer?", 0 },
		{ "Lesson content", 0 },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (lang_names_answer(cases[i].text, strlen(cases[i].text)) !=
		    cases[i].answer)
			t_fail(__FILE__, __LINE__,
			    "lang_names_answer(\"%s\") != %d", cases[i].text,
			    cases[i].answer);
}
