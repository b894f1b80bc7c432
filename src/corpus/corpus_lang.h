/* The words the bank reader knows, per language, in one data file
 * (corpus_lang.c): how a question starts, what titles say that an answer,
 * references or page furniture follow. Adding a language is adding words
 * there, never code. */
#ifndef BEQ_CORPUS_LANG_H
#define BEQ_CORPUS_LANG_H

#include <stddef.h>

/* Whether the text s[0..n) asks: it ends in a question mark of any script
 * ("?", "？", "؟", Greek ";"), starts with "¿", starts with an asking or
 * imperative word of a language ("What", "Explain", "Что", "Cómo"), or,
 * in a language written without spaces, holds one ("什么", "とは").
 * Markup, a question label and a number at its start are skipped. */
int lang_asks(const char *s, size_t n);
/* lang_asks without the words that ask inside a sentence: a question
 * mark, "¿", a label or an asking word at its start. */
int lang_asks_plainly(const char *s, size_t n);
/* The rest of lang_asks: a word that asks inside the first sentence, in
 * a language written without spaces. */
int lang_asks_inside(const char *s, size_t n);

/* The length of a question label at the start of s, emphasis, number
 * and the spaces after it included ("Question 3: ", "**Q:** ", "Câu 2: ",
 * "问题："), or 0. */
size_t lang_label(const char *s);

/* The length of an answer label at the start of s, emphasis, colon
 * (ASCII or full-width) and the spaces after it included ("Answer: ",
 * "**A:** ", "回答："), or 0. */
size_t lang_answer_label(const char *s);

/* Whether the title s[0..n) only says "question" or "questions"
 * ("Question", "Q", "問題", "FAQ"): a table's column of them. */
int lang_says_question(const char *s, size_t n);
/* ... less the titles that say questions follow (lang_title's
 * LANG_QUESTIONS): an exercise or a question label. */
int lang_labels_question(const char *s, size_t n);
/* Whether s[0..n) names an exercise ("Challenge", "Exercise", "Task",
 * "Problem", "Ejercicio", "Задача", "练习"): a box, a column or a title
 * that holds one. */
int lang_exercise(const char *s, size_t n);
/* Whether the title s[0..n) only says that the question is stated
 * under it: a question or exercise word, or "Description", "Problem
 * statement", "题目描述". */
int lang_states_question(const char *s, size_t n);

/* Whether the bare title s[0..n) labels a part of a problem's statement:
 * 1 the statement ("Description", "题目描述"), 2 an example, its input or
 * output, or the constraints ("Example 1", "示例 2", "Constraints"). */
int lang_problem_part(const char *s, size_t n);
/* Whether the title s is only a question label, and its number if any
 * ("Question 3", "Questão 1", "Вопрос 12.", "Quiz question"): the
 * question is written below it. */
int lang_numbered_label(const char *s);
/* Whether the title s starts with an exercise word and its number, then
 * a colon or nothing more ("Exercise 2: ...", "Reto #10: La API",
 * "Задача 5"): it names the question under it. */
int lang_exercise_label(const char *s);
/* Whether the title s[0..n) ends in a word that names the one question
 * under it, after words of its own ("Docker Question", "Final
 * Challenge"; not "Question" alone nor "Interview Questions"). */
int lang_names_one_question(const char *s, size_t n);
/* The title s[0..n), bare (its markup, numbering and closing colon
 * gone), without a note in parentheses at its end: "Ejercicios (sin
 * solución)" is "Ejercicios". Sets *n to its length. */
const char *lang_unnoted(const char *s, size_t *n);
/* The length of the Chinese numerals at the start of s ("十二"), or 0. */
size_t lang_cjk_number(const char *s);
/* Whether the title s[0..n) names exercises, whole or before a colon
 * ("Exercises", "Exercícios: Funções"): the lists under it are its
 * exercises. */
int lang_exercises_title(const char *s, size_t n);
/* ... or ends in a word that names them ("Feature Extraction Exercises"). */
int lang_ends_in_exercises(const char *s, size_t n);
/* Whether the title s[0..n) is, whole, one that says questions follow
 * ("Review", "Exercises", "FAQ", "Questions?"; not "Other questions"). */
int lang_questions_title(const char *s, size_t n);

/* Whether the title s[0..n) says that what follows explains the heading
 * above it ("💡 说明"), when it is that heading's first subsection. */
int lang_explains(const char *s, size_t n);
/* Whether s[0..n) is what a toggle says when it explains an answer given
 * above it ("Explanation", "Hint"), not when it holds one ("Answer"). */
int lang_explanation(const char *s, size_t n);
/* Whether the sentence s[0..n) names questions ("Here is a list of
 * questions you can expect:", "Вопросы по теме:"). */
int lang_names_questions(const char *s, size_t n);
/* Whether the question s[0..n) points at what it shows below it ("What
 * does the following code print?", "下面代码输出什么"). */
int lang_points_below(const char *s, size_t n);

/* The length of s[0..n) less a short link at its end, in brackets or
 * not, or its text alone in brackets ("What is X? [[Answer](url)]": the
 * link only leads to the answer); n when there is none. */
size_t lang_before_link(const char *s, size_t n);

/* Whether s ends in a question mark of any script, ignoring closing
 * markup, quotes and brackets after it, and a link after it
 * (lang_before_link). */
int lang_question_mark(const char *s, size_t n);

/* Whether a title only says what follows rather than naming a topic or
 * asking: an answer ("Answer", "Solution", "Ответ", "答案"), references
 * ("References", "See also", "参考资料"), page furniture (a table of
 * contents, contributing, licence, translations), an example that
 * shows the question ("Example", "Ví dụ"), or that questions follow
 * ("FAQ", "Interview Questions", "常见问题": the title, or its last
 * words). */
enum lang_title {
	LANG_TOPIC,
	LANG_ANSWER,
	LANG_REFERENCES,
	LANG_FURNITURE,
	LANG_EXAMPLE,
	LANG_QUESTIONS,
	LANG_CONTENTS /* a table of contents: furniture that heads only
	               * navigation */
};
enum lang_title lang_title(const char *s, size_t n);
/* Whether the title s[0..n) names a quiz question's choices ("Options",
 * "Opciones", "选项"): an example (LANG_EXAMPLE) whose list shows the
 * question, what follows it answering. */
int lang_options(const char *s, size_t n);
/* Whether the title s[0..n) says an answer follows, or names one by its
 * noun at its end ("Quiz answer") or, in a language that puts the noun
 * first, at its start ("Soluzione del quiz"): read so only beside a
 * heading that says a question is written under it. */
int lang_names_answer(const char *s, size_t n);
/* Whether the title s[0..n) is, whole, one of a lesson's furniture
 * ("Learning objectives", "Prerequisites", "Lernziele"): what it teaches
 * and needs, no questions (lang_title says LANG_FURNITURE of it too). */
int lang_lesson_title(const char *s, size_t n);
/* Whether code point c is a pictograph (an emoji, a star, an arrow, a
 * dingbat, and what joins or styles them): what a title shows after its
 * question mark ("... ? 🟢", "...? ★★☆") is no text, nor is a mark before
 * a link ("⭐ [Hello.py](...)"). */
int lang_pictograph(unsigned c);

#endif
