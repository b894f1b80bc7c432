/* The words the bank reader knows, one table per use, each grouped by
 * language: data, not code (corpus_lang.h). Words are lower-case; they
 * are compared with ASCII, Latin-1 and Cyrillic capitals folded. The
 * tables are arrays of arrays, not of pointers: pointers cost every start
 * of beq a relocation each. */
#include <string.h>
#include <strings.h>

#include "corpus_lang.h"
#include "utf8.h"

/* Words that start a question, followed by a space or punctuation. */
static const char lead[][32] = {
	/* English: asking words, then the imperatives banks ask with */
	"what",
	"what's",
	"whats",
	"why",
	"how",
	"how's",
	"when",
	"where",
	"which",
	"who",
	"whom",
	"whose",
	"explain",
	"describe",
	"define",
	"compare",
	"list",
	"name",
	"give",
	"tell",
	"write",
	"implement",
	"design",
	"discuss",
	"contrast",
	"outline",
	"differentiate",
	"distinguish",
	"walk",
	"show",
	"provide",
	"illustrate",
	"demonstrate",
	"identify",
	"state",
	"mention",
	"elaborate",
	"summarize",
	"summarise",
	"suggest",
	"difference",
	"differences",
	"pros and cons",
	"advantages and disadvantages",
	/* Russian and Ukrainian */
	"что",
	"чем",
	"как",
	"какие",
	"какой",
	"какая",
	"какое",
	"каким",
	"каких",
	"каков",
	"какова",
	"каковы",
	"зачем",
	"почему",
	"где",
	"когда",
	"кто",
	"сколько",
	"можно ли",
	"есть ли",
	"нужно ли",
	"может ли",
	"для чего",
	"в чем",
	"в чём",
	"расскажите",
	"расскажи",
	"объясните",
	"объясни",
	"опишите",
	"опиши",
	"назовите",
	"назови",
	"перечислите",
	"перечисли",
	"приведите",
	"отличие",
	"отличия",
	"разница",
	"що",
	"як",
	"які",
	"чому",
	"навіщо",
	"поясніть",
	/* Spanish */
	"qué",
	"que",
	"cómo",
	"como",
	"cuál",
	"cuáles",
	"cual",
	"cuales",
	"por qué",
	"porqué",
	"para qué",
	"cuándo",
	"dónde",
	"quién",
	"quiénes",
	"explica",
	"explique",
	"describe",
	"describa",
	"define",
	"defina",
	"menciona",
	"mencione",
	"escriba",
	"escribe",
	"diferencia",
	"diferencias",
	/* Portuguese */
	"o que",
	"o quê",
	"qual",
	"quais",
	"por que",
	"por quê",
	"porque",
	"quando",
	"onde",
	"quem",
	"descreva",
	"diferença",
	"diferenças",
	/* French */
	"qu'est-ce",
	"qu’est-ce",
	"quel",
	"quelle",
	"quels",
	"quelles",
	"comment",
	"pourquoi",
	"quand",
	"où",
	"expliquez",
	"décrivez",
	"définissez",
	"citez",
	"c'est quoi",
	"c’est quoi",
	"donne",
	"donnez",
	"décris",
	"définis",
	"cite",
	"nomme",
	"nommez",
	/* German */
	"was",
	"wie",
	"warum",
	"wieso",
	"weshalb",
	"wann",
	"wo",
	"welche",
	"welcher",
	"welches",
	"wer",
	"erkläre",
	"erklären",
	"beschreibe",
	"beschreiben",
	"nenne",
	"nennen",
	"unterschied",
	/* Italian */
	"cosa",
	"che cosa",
	"perché",
	"quale",
	"quali",
	"dove",
	"chi",
	"spiega",
	"descrivi",
	"differenza",
	/* Polish */
	"co",
	"jak",
	"dlaczego",
	"czym",
	"czy",
	"jakie",
	"wyjaśnij",
	"opisz",
	/* Indonesian and Malay */
	"apa",
	"apakah",
	"bagaimana",
	"mengapa",
	"kenapa",
	"jelaskan",
	"sebutkan",
	/* Vietnamese */
	"tại sao",
	"vì sao",
	"giải thích",
	"hãy",
	/* Turkish */
	"nasıl",
	"neden",
	"hangi",
	/* Arabic, Persian, Hindi */
	"ما",
	"ماذا",
	"كيف",
	"لماذا",
	"متى",
	"أين",
	"هل",
	"اشرح",
	"چیست",
	"چرا",
	"کدام",
	"क्या",
	"कैसे",
	"क्यों",
	/* Chinese, before a space ("实现 querySelector"; "实现原理" is a
	 * topic): implement */
	"实现",
};

/* English imperatives that are nouns too: followed by words all in title
 * case, the last a plural or an abstract noun, they make a name ("State
 * Management", "Design Patterns"), not a task ("State the rule", "Name
 * Python keywords that open a block", "Design Twitter"). */
static const char noun_verbs[][8] = {
	"state",
	"list",
	"name",
	"show",
	"outline",
	"walk",
	"contrast",
	"design",
};

/* English asking words that, followed by a subject, start a clause that
 * asks nothing: "When a value escapes.", "How the scheduler works." (a
 * question puts its verb first: "When does a value escape"). */
static const char clause_words[][8] = {
	"what",
	"why",
	"how",
	"when",
	"where",
	"which",
	"who",
};

/* The subjects that make such a clause: an article, a determiner, a
 * personal pronoun. */
static const char clause_subjects[][8] = {
	"a",
	"an",
	"the",
	"this",
	"these",
	"those",
	"i",
	"you",
	"we",
	"he",
	"she",
	"it",
	"they",
	"my",
	"your",
	"our",
	"his",
	"its",
	"their",
};

/* Words that soften a question's first word and may stand before it:
 * "Briefly explain WAL.", "Please describe", "Кратко опишите". */
static const char softeners[][24] = {
	/* English */
	"briefly",
	"please",
	"kindly",
	"shortly",
	"concisely",
	/* Russian and Ukrainian */
	"кратко",
	"коротко",
	"вкратце",
	"пожалуйста",
	"будь ласка",
	/* Spanish, Portuguese, Italian */
	"brevemente",
	"por favor",
	/* French */
	"brièvement",
	/* German */
	"kurz",
	"bitte",
};

/* Words that ask wherever they stand, in languages written without
 * spaces between words, or asking at the end: looked for in a first
 * sentence of at most INSIDE_MAX bytes (60 CJK characters). */
enum { INSIDE_MAX = 180 };
static const char inside[][16] = {
	/* Chinese: what, how (three ways), why (two), which (two), whether,
	 * difference, question particles, talk about (two),
	 * introduce, explain, briefly describe, describe; how
	 * many, how big, how long, how many kinds; the tasks: write one,
	 * implement one, design one, write by hand, say, enumerate, find */
	"什么",
	"如何",
	"怎么",
	"怎样",
	"为什么",
	"为何",
	"哪些",
	"哪个",
	"是否",
	"区别",
	"吗",
	"呢",
	"说说",
	"谈谈",
	"介绍",
	"解释",
	"简述",
	"描述",
	"多少",
	"多大",
	"多久",
	"几种",
	"写一个",
	"实现一个",
	"设计一个",
	"手写",
	"说出",
	"列举",
	"找出",
	/* Japanese: what is, what, why, how (two), difference, explain,
	 * polite question endings */
	"とは",
	"何",
	"なぜ",
	"どう",
	"どのように",
	"違い",
	"説明",
	"ですか",
	"ますか",
	/* Korean: what, why, how, difference, explain, pros and cons */
	"무엇",
	"왜",
	"어떻게",
	"차이",
	"설명",
	"장단점",
	/* Russian: the particle that makes a question of its sentence */
	" ли ",
	" ли,",
	/* Vietnamese: what is, how, differ */
	"là gì",
	"như thế nào",
	"khác nhau",
	/* Turkish: what is, what are */
	"nedir",
	"nelerdir",
};

/* Words that end a question in a language that puts its verb last
 * (Korean, Japanese): where English starts one ("Explain X", "Difference
 * between X and Y"), "X에 대해 설명", "X와 Y의 차이" ends. */
static const char final_words[][16] = {
	/* Korean: difference, explain, pros and cons, why, what is (a
	 * comparison, "X 비교", and a way, "X 방법", title topics) */
	"차이", "차이점", "설명", "장단점", "이유", "이란", "무엇",
	/* Japanese: difference, explain, why, what is */
	"違い", "説明", "理由", "とは",
	/* Chinese: "对 X 的理解", one's understanding of X (a goal,
	 * "理解 X", understand X, does not ask); "A 和 B 有何不同", how A
	 * and B differ ("不同的页面" are different pages) */
	"理解", "不同"
};

/* The imperatives a Japanese exercise ends its sentences with, a full
 * stop after them or not ("...を作成せよ．", "求めよ", "答えよ", "用いよ",
 * "調べよ", "示せ"): its task. */
static const char task_endings[][16] = { "せよ", "めよ", "えよ", "いよ", "べよ",
	"得よ", "示せ" };

/* Labels that say a question follows ("Q:", "Question 3.", "问题："):
 * matched with an optional number and then ":", "." or "：". */
static const char labels[][32] = { "question", "ques", "q", "вопрос",
	"pregunta", "pergunta", "questão", "frage", "domanda", "pytanie",
	"soal", "câu hỏi", "câu", "问题", "题目", "面试题", "問題", "質問",
	"질문", "문제", "问", "問", "soru", "pertanyaan", "питання", "प्रश्न",
	"सवाल", "سؤال" };

/* Words with which a question points at what it shows below it ("the
 * following code", "下面代码"): looked for anywhere in it. */
static const char below_words[][32] = { "following", "below", "this code",
	"this snippet", "this program", "下面", "以下", "下列", "如下", "次の",
	"다음", "아래", "ниже", "следующий", "следующего", "следующем",
	"данный код", "siguiente", "seguinte", "suivant", "folgende",
	"the output", "output?", "выведет", "выведется", "输出", "出力",
	"출력" };

/* Labels that say an answer follows ("Answer:", "Ответ:", "回答："), with
 * a colon; "A:" in capitals only ("a:" is a word in a sentence). */
static const char answer_labels[][32] = { "answer", "correct answer",
	"explanation", "solution", "resposta correta", "respuesta correcta",
	"réponse correcte", "правильный ответ", "正确答案", "正解", "ответ",
	"відповідь", "respuesta", "resposta", "réponse", "antwort", "risposta",
	"odpowiedź", "jawaban", "đáp án", "trả lời", "cevap", "答", "答案",
	"回答", "解答", "解析", "参考答案", "答え", "解答例", "답", "답변",
	"정답", "ans", "lösung", "solución", "solução", "soluzione", "उत्तर",
	"जवाब", "جواب", "الإجابة" };

/* Whole titles, by what they say follows; an answer's are also what a
 * toggle that hides one says ("Show answer", "展开"). */
static const char answer_titles[][32] = { "answer", "answers", "answer key",
	"answer keys", "answers key", "show answer", "show the answer",
	"show solution", "click to expand", "click here to expand",
	"click to see the answer", "expand", "reveal", "reveal answer",
	"show explanation", "hint", "hints", "展开", "afficher la réponse",
	"voir la réponse", "afficher la solution", "voir la solution",
	"mostrar respuesta", "ver respuesta", "mostrar solución",
	"ver solución", "mostrar resposta", "ver resposta", "antwort anzeigen",
	"lösung anzeigen", "mostra risposta", "mostra soluzione", "点击展开",
	"查看答案", "显示答案", "показать ответ", "развернуть", "answer guide",
	"the answer", "sample answer", "model answer", "suggested answer",
	"expected answer", "solution", "solutions", "explanation", "ответ",
	"ответы", "решение", "答案", "参考答案", "解答", "回答", "解析", "解法",
	"解题思路", "объяснение", "пояснение", "explicación", "explicação",
	"explication", "erklärung", "spiegazione", "解释", "giải thích", "题解",
	"答え", "解説", "정답", "답변", "해설", "respuesta", "resposta",
	"réponse", "antwort", "jawaban", "đáp án", "trả lời", "cevap", "çözüm",
	"lösung", "lösungen", "musterlösung", "lösungsvorschlag", "solución",
	"soluciones", "solução", "soluções", "soluzione", "soluzioni",
	"rozwiązanie", "odpowiedź", "відповідь", "risposta" };

/* ... and, beside a heading that says a question is under it
 * (lang_names_answer), the nouns that name one at the end of a title
 * ("Quiz Answer", "Quiz Cevabı"; a plural, "Challenge Solutions", heads a
 * section of them), or, in languages that put the noun first, at its
 * start ("Soluzione del quiz"). */
static const char answer_last[][32] = { "answer", "solution", "explanation",
	"cevap", "cevabı" };
static const char answer_first[][32] = { "soluzione", "risposta", "respuesta",
	"solución", "resposta", "solução", "réponse", "ответ", "решение",
	"відповідь", "odpowiedź", "rozwiązanie", "lösung" };

/* ... and, as the first heading under another, the words that say what
 * explains it ("### Example" then "#### 💡 说明"); beside a question
 * they head a page's notes. */
static const char explains_titles[][32] = { "说明", "說明" };

/* What shows a question before its answer ("Example", "Ví dụ"): part of
 * the question, never one itself. */
static const char example_titles[][32] = { "example", "examples", "for example",
	"code example", "sample", "ví dụ", "пример", "примеры", "例", "例子",
	"示例", "예시", "예제", "ejemplo", "exemplo", "beispiel", "exemple",
	"esempio", "contoh" };

/* ... among them, what lists a quiz question's choices ("Options"): the
 * question's, and what follows them answers it */
static const char options_titles[][32] = { "options", "choices", "opciones",
	"opções", "opzioni", "варианты", "варианты ответа", "选项", "選択肢",
	"보기" };

static const char reference_titles[][32] = { "ref", "refs", "ref link",
	"ref links", "reference", "references", "reference link",
	"reference links", "links", "useful links", "further reading",
	"read more", "see also", "source", "sources", "resources",
	"bibliography", "learn more", "more info", "more information",
	"further information", "additional resources", "other resources",
	"more resources", "useful resources", "external resources",
	"external links", "related links", "other links", "参考", "参考资料",
	"参考链接", "参考文献", "出典", "参考リンク", "참고", "참고 자료",
	"ссылки", "полезные ссылки", "источники", "литература", "referencias",
	"referências", "fuentes", "fontes", "tài liệu tham khảo" };

/* What says that questions follow: a title that is one of these, or ends
 * in one ("React Interview Questions", "Docker FAQ"). */
static const char questions_titles[][32] = { "faq", "faqs",
	"frequently asked questions", "questions", "common questions",
	"interview questions", "questions and answers", "q&a", "q & a",
	"常见问题", "面试题", "真题", "问题", "よくある質問", "質問",
	"자주 묻는 질문", "질문", "вопросы", "preguntas",
	"preguntas frecuentes", "perguntas", "perguntas frequentes",
	"questions fréquentes", "foire aux questions",
	"häufig gestellte fragen", "fragen", "câu hỏi", "pertanyaan", "sorular",
	"soruları", "mülakat soruları", "sıkça sorulan sorular",
	"الأسئلة الشائعة", "أسئلة شائعة", "أسئلة مكررة", "प्रश्न", "सवाल" };
/* ... and the plurals that say so first, in languages that put the noun
 * before what it is about ("Вопросы по Java", "Preguntas de React";
 * English says "Go questions", and "Questions about caching" names a
 * topic). */
static const char questions_first[][32] = { "вопросы", "питання", "preguntas",
	"perguntas", "questões", "fragen", "domande", "pytania", "sorular",
	"أسئلة" };
/* ... and titles that say so only whole ("Review", not "Code review"). */
static const char questions_whole[][32] = { "review", "review questions",
	"exercises", "quiz", "quiz question", "quiz sorusu", "self-check",
	"test yourself", "check your understanding", "révision", "exercices",
	"ejercicios", "exercícios", "esercizi", "übungen", "ćwiczenia",
	"latihan", "alıştırmalar", "bài tập", "упражнения", "вправи", "练习",
	"习题", "练习题", "思考题", "演習問題", "검토", "연습 문제" };

/* A table of contents: what it heads is navigation, never questions. */
static const char contents_titles[][32] = { "table of contents", "contents",
	"toc", "目录", "目次", "목차", "содержание", "оглавление", "índice",
	"contenido", "contenidos", "sommaire", "inhaltsverzeichnis", "mục lục",
	"içindekiler", "daftar isi", "المحتويات" };

/* What a title says when it asks about the page itself ("What is this
 * repository?", "How to use this guide"): furniture, no question of the
 * bank's. */
static const char self_words[][32] = { "this repo", "this repository",
	"this project", "this guide", "this list", "this book", "this document",
	"this collection", "this cheatsheet", "these questions", "本项目",
	"这个项目", "本仓库", "这个仓库", "本文档", "このリポジトリ",
	"이 저장소", "этот репозиторий", "этот проект", "este repositorio",
	"este proyecto", "este repositório", "este projeto", "ce dépôt",
	"ce projet", "dieses repository", "dieses projekt" };

static const char furniture_titles[][32] = { "index", "contributing",
	"contribute", "contributors", "contribution", "contributions",
	"how to contribute", "license", "licence", "translations",
	"translation", "acknowledgements", "acknowledgments", "credits",
	"authors", "author", "support", "sponsors", "donate", "changelog",
	"usage", "how to use", "installation", "install", "installing", "about",
	"introduction", "intro", "preface", "foreword", "disclaimer", "legend",
	"лицензия", "许可证", "ライセンス", "라이선스", "licencia", "licença",
	"贡献", "contribuir", "기여", "введение", "前言", "简介", "はじめに",
	"소개", "introducción", "introdução", "comment contribuer",
	"如何参与贡献", "如何貢獻", "总结", "小结", "结语", "后记", "致谢",
	"まとめ", "요약", "마무리", "如何贡献", "المساهمون", "كيف تساهم",
	"الرخصة", "conclusion", "conclusions", "conclusión", "conclusão",
	"fazit", "kết luận", "заключение", "结论" };
/* ... and a lesson's, only whole ("Goals", not "Goals of normalization"):
 * what it teaches and needs, no questions. */
static const char lesson_titles[][32] = { "objectives", "learning objectives",
	"learning goals", "learning outcomes", "goals", "what you'll learn",
	"what you will learn", "prerequisites", "lernziele", "voraussetzungen",
	"objetivos", "objectifs", "prérequis", "学习目标", "学習目標",
	"학습 목표", "цели", "цели обучения" };

static int titled(
    const char *s, size_t n, const char (*names)[32], size_t count, int prefix);

/* The code point at *p (advanced past it): utf8_decode's. */
static unsigned
next_cp(const unsigned char **p, const unsigned char *e)
{
	uint32_t c;

	*p += utf8_decode((const char *)*p, (size_t)(e - *p), &c);
	return c;
}

static unsigned
fold(unsigned c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 0xc0 && c <= 0xde && c != 0xd7) ||
	    (c >= 0x410 && c <= 0x42f))
		return c + 32;
	if (c >= 0x400 && c <= 0x40f)
		return c + 80;
	/* Greek capitals */
	if (c >= 0x391 && c <= 0x3a9 && c != 0x3a2)
		return c + 32;
	/* Turkish dotted İ: i */
	if (c == 0x130)
		return 'i';
	/* Latin Extended-A (Đ, Ł, Ś ...) and Additional (Vietnamese):
	 * a capital, then its small letter */
	if ((c >= 0x100 && c <= 0x137) || (c >= 0x14a && c <= 0x177) ||
	    (c >= 0x1e00 && c <= 0x1eff))
		return c | 1;
	if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e))
		return c & 1 ? c + 1 : c;
	if (c == 0x2019) /* ’ */
		return '\'';
	return c;
}

static int
is_letter(unsigned c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') ||
	    (c >= 0xc0 && c != 0xd7 && c != 0xf7 && c < 0x2000) ||
	    (c >= 0x3040 && c < 0xfe00) || c >= 0x20000;
}

/* starts_folded past its first byte's test. */
static int
folded_rest(const char *s, size_t n, const char *word, size_t *len)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	const unsigned char *w = (const unsigned char *)word, *we;

	we = w + strlen(word);
	while (w < we)
		if (p >= e || fold(next_cp(&p, e)) != next_cp(&w, we))
			return 0;
	*len = (size_t)(p - (const unsigned char *)s);
	return 1;
}

/* Whether s[0..n) starts with word, folded; sets *len to the bytes of
 * s it took. The first bytes tell most words apart at once, here where
 * it is called: fold maps A-Z to a-z, and nothing else to or from ASCII
 * (measured: titles checked against every word list were a tenth of beq
 * index's CPU, and the calls alone, made for every word of every list,
 * 6% of it). */
static inline int
starts_folded(const char *s, size_t n, const char *word, size_t *len)
{
	unsigned w = (unsigned char)word[0], a = n > 0 ? (unsigned char)*s : 0;

	/* (a first byte that differs rules a word out, but for the one
	 * letter beyond ASCII that folds into it: İ, 0xc4 0xb0, is i) */
	if (w != 0 && (w < 0x80 || a < 0x80) && !(a == 0xc4 && w == 'i') &&
	    (a >= 'A' && a <= 'Z' ? a + 32 : a) != w)
		return 0;
	return folded_rest(s, n, word, len);
}

/* Whether s[0..n) starts with word (folded), followed by no letter.
 * Sets *len to the bytes of s it took. */
static int
starts_with_word(const char *s, size_t n, const char *word, size_t *len)
{
	const unsigned char *p;
	const unsigned char *e = (const unsigned char *)s + n;

	if (!starts_folded(s, n, word, len))
		return 0;
	p = (const unsigned char *)s + *len;
	if (p < e) {
		const unsigned char *q = p;

		if (is_letter(next_cp(&q, e)))
			return 0;
	}
	return 1;
}

/* s[0..n) without the markup, symbols and numbering at its start: "**",
 * "#", "12.", "1)", "-", emoji. */
static const char *
skip_lead(const char *s, size_t *n)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + *n;

	while (p < e) {
		const unsigned char *q = p;
		unsigned c = next_cp(&q, e);

		if (c >= '0' && c <= '9') {
			while (q < e && *q >= '0' && *q <= '9')
				q++;
			/* "12. X", "3) X", "4 - X": numbering; "2PC" is not */
			if (q < e && strchr(".):-", *q) == NULL && *q != ' ')
				break;
		} else if (is_letter(c) || c == 0xbf) /* ¿ */
			break;
		p = q;
	}
	*n = (size_t)(e - p);
	return (const char *)p;
}

/* Whether s[0..n) holds a letter or digit: more words after a first. */
static int
has_more(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;

	while (p < e)
		if (is_letter(next_cp(&p, e)))
			return 1;
	return 0;
}

size_t
lang_before_link(const char *s, size_t n)
{
	size_t m = n, open, text;
	int wrapped = 0;

	while (m > 0 && (s[m - 1] == ' ' || s[m - 1] == '\t'))
		m--;
	if (m > 0 && s[m - 1] == ']')
		m--, wrapped = 1;
	if (wrapped && m > 0 && s[m - 1] != ')') {
		/* the link's text alone in brackets: "X? [Answer]" */
		for (text = m; text > 0 && s[text - 1] != '['; text--)
			if (s[text - 1] == '?' || m - text > 32)
				return n;
		return text > 1 ? text - 1 : n;
	}
	if (m == 0 || s[m - 1] != ')')
		return n;
	for (open = m - 1; open > 0 && s[open - 1] != '('; open--)
		if (s[open - 1] == ' ' || s[open - 1] == ')')
			return n;
	if (open < 2 || s[open - 2] != ']')
		return n;
	for (text = open - 2; text > 0 && s[text - 1] != '['; text--)
		if (s[text - 1] == '?' || open - 2 - text > 32)
			return n;
	if (text == 0)
		return n;
	m = text - 1;
	if (wrapped) {
		if (m == 0 || s[m - 1] != '[')
			return n;
		m--;
	}
	return m;
}

int
lang_pictograph(unsigned c)
{
	return (c >= 0x2190 && c <= 0x2bff) || (c >= 0x1f000 && c <= 0x1faff) ||
	    c == 0xfe0f || c == 0x200d || c == 0x20e3;
}

/* The length of s[0..n) without the pictograph that ends it, if any. */
static size_t
drop_pictograph(const char *s, size_t n)
{
	size_t k = n;
	uint32_t c;

	while (k > 0 && n - k < 4 && ((unsigned char)s[k - 1] & 0xc0) == 0x80)
		k--;
	if (k == 0 || k == n || (unsigned char)s[k - 1] < 0xc0)
		return n;
	k--;
	return utf8_decode(s + k, n - k, &c) == n - k && lang_pictograph(c) ?
	    k :
	    n;
}

/* Whether s[0..n) ends in a full-width or an Arabic question mark
 * ("？", "؟"). */
static int
wide_question_mark(const char *s, size_t n)
{
	return (n >= 3 && memcmp(s + n - 3, "\xef\xbc\x9f", 3) == 0) ||
	    (n >= 2 && memcmp(s + n - 2, "\xd8\x9f", 2) == 0);
}

/* The length of s[0..n) less an aside in emphasis after a question
 * mark and a space ("How would you prevent it? *@enddo*", "... ? _(if
 * they did not answer)_", "**Is it fast?** *(easy)*"): who asked it or a
 * note, no part of the question; else n. An aside names someone ("@")
 * or is in brackets, or is a phrase with no sentence's end: "Is it
 * selective? *Use a B-tree.*" answers. */
static size_t
drop_aside(const char *s, size_t n)
{
	size_t m = n, o, in;
	char mark;

	while (m > 0 && (s[m - 1] == ' ' || s[m - 1] == '\t'))
		m--;
	if (m == 0 || (s[m - 1] != '*' && s[m - 1] != '_'))
		return n;
	mark = s[m - 1];
	while (m > 0 && s[m - 1] == mark)
		m--;
	for (o = m; o > 0 && m - o < 48; o--)
		if (s[o - 1] == '?' || s[o - 1] == '\n' || s[o - 1] == mark)
			break;
	if (o == 0 || s[o - 1] != mark || o == m)
		return n;
	/* (a sentence's end inside: an answer, unless it names someone or
	 * is in brackets) */
	in = o;
	if (s[in] != '@' && s[in] != '(' &&
	    (memchr(s + in, '.', m - in) != NULL ||
	        memchr(s + in, '!', m - in) != NULL))
		return n;
	for (o--; o > 0 && s[o - 1] == mark; o--)
		;
	if (o == 0 || (s[o - 1] != ' ' && s[o - 1] != '\t'))
		return n;
	while (o > 0 && (s[o - 1] == ' ' || s[o - 1] == '\t'))
		o--;
	/* (the bold that closes a question before it) */
	while (o > 0 && (s[o - 1] == '*' || s[o - 1] == '_'))
		o--;
	return (o > 0 && s[o - 1] == '?') || wide_question_mark(s, o) ? o : n;
}

int
lang_question_mark(const char *s, size_t n)
{
	int code = 0;
	size_t m;

	n = drop_aside(s, lang_before_link(s, n));
	for (;;) {
		while (n > 0 && strchr(" \t\n*_)\"'`]>", s[n - 1]) != NULL &&
		    s[n - 1] != '\0')
			code ^= s[--n] == '`';
		if ((m = drop_pictograph(s, n)) == n)
			break;
		n = m;
	}
	/* "Dates in the format `(now|today)[+-]0-9(s)?`": a mark in code
	 * is code */
	if (n >= 1 && s[n - 1] == '?')
		return !code;
	if (n >= 1 && s[n - 1] == ';') {
		/* ";" asks in Greek only: in a text with Greek letters */
		for (size_t i = 0; i + 1 < n; i++)
			if ((unsigned char)s[i] >= 0xce &&
			    (unsigned char)s[i] <= 0xcf &&
			    (unsigned char)s[i + 1] >= 0x80)
				return 1;
		return 0;
	}
	return wide_question_mark(s, n) ||
	    (n >= 2 && memcmp(s + n - 2, ";", 2) == 0);
}

/* The end of the colon at q that closes a label: ":", full-width "：",
 * or ":" after spaces, as French sets it ("Q :", "Réponse :", with a
 * space or a no-break space before it); NULL when there is none. */
static const char *
label_colon(const char *q)
{
	const char *c = q;

	if (strncmp(c, "\xef\xbc\x9a", 3) == 0)
		return c + 3;
	for (;;)
		if (*c == ' ')
			c++;
		else if (strncmp(c, "\xc2\xa0", 2) == 0)
			c += 2;
		else if (strncmp(c, "\xe2\x80\xaf", 3) == 0)
			c += 3;
		else
			break;
	return *c == ':' ? c + 1 : NULL;
}

/* The length of a label word of words[0..count) in the brackets that
 * mark one at the start of s ("【问题】", "【答案】"), the spaces after it
 * included, or 0. */
static size_t
bracketed(const char *s, const char (*words)[32], size_t count)
{
	const char *open = "\xe3\x80\x90", *shut = "\xe3\x80\x91";
	size_t k;

	if (strncmp(s, open, 3) != 0)
		return 0;
	for (size_t i = 0; i < count; i++)
		if (starts_folded(s + 3, strlen(s + 3), words[i], &k) &&
		    strncmp(s + 3 + k, shut, 3) == 0) {
			k += 6;
			while (s[k] == ' ')
				k++;
			return k;
		}
	return 0;
}

/* Whether s[0..n) opens with German's polite imperative, a verb and
 * "Sie" ("Geben Sie ... aus.", "Ermitteln Sie, wie ..."): a task. */
static int
polite_imperative(const char *s, size_t n)
{
	size_t k = 0;

	if (n < 8 || s[0] < 'A' || s[0] > 'Z')
		return 0;
	while (k < n &&
	    ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') ||
	        (unsigned char)s[k] >= 0x80))
		k++;
	/* the infinitive's ending: "-en", "-ln", "-rn" */
	if (k < 3 || s[k - 1] != 'n' ||
	    (s[k - 2] != 'e' && s[k - 2] != 'l' && s[k - 2] != 'r'))
		return 0;
	return n - k >= 5 && memcmp(s + k, " Sie", 4) == 0 &&
	    (s[k + 4] == ' ' || s[k + 4] == ',');
}

/* The length of a bold code that numbers a question, whatever its
 * letters stand for ("**W1**: ", "__T12__. "): one or two capitals and
 * a number of up to three digits, between two pairs of the same marks,
 * then a colon or a full stop and a space, before text that asks or
 * sets a task in German's polite imperative ("Geben Sie ... aus."); p is
 * past the marks that open it in s. "**A1**:" answers "**Q1**:", and
 * "**V2**: the new API." is a note. Else 0. */
static size_t
bold_code(const char *s, const char *p)
{
	const char *q = p, *r;

	if (p - s != 2 || s[0] != s[1] || *p == 'A')
		return 0;
	while (q - p < 2 && *q >= 'A' && *q <= 'Z')
		q++;
	if (q == p || *q < '0' || *q > '9')
		return 0;
	for (p = q; q - p < 3 && *q >= '0' && *q <= '9'; q++)
		;
	if (q[0] != s[0] || q[1] != s[0])
		return 0;
	q += 2;
	if ((*q != ':' && *q != '.') || q[1] != ' ')
		return 0;
	for (q++; *q == ' '; q++)
		;
	for (r = q; *r != '\0' && *r != '\n'; r++)
		;
	return lang_asks(q, (size_t)(r - q)) ||
	        polite_imperative(q, (size_t)(r - q)) ?
	    (size_t)(q - s) :
	    0;
}

size_t
lang_cjk_number(const char *s)
{
	static const char digits[][4] = { "一", "二", "三", "四", "五", "六",
		"七", "八", "九", "十", "百", "零" };
	size_t n = 0, i;

	for (;;) {
		for (i = 0; i < sizeof digits / sizeof digits[0]; i++)
			if (strncmp(s + n, digits[i], 3) == 0)
				break;
		if (i == sizeof digits / sizeof digits[0])
			return n;
		n += 3;
	}
}

/* The length of a dash between spaces at s (" - ", " – ", " — "), the
 * space after it aside, or 0. */
static size_t
spaced_dash(const char *s)
{
	size_t k;

	if (s[0] != ' ')
		return 0;
	k = s[1] == '-'                                                ? 1 :
	    strncmp(s + 1, "–", 3) == 0 || strncmp(s + 1, "—", 3) == 0 ? 3 :
	                                                                 0;
	return k > 0 && s[1 + k] == ' ' ? 1 + k : 0;
}

/* The length of the space at s, ' ' or the ideographic space U+3000, or
 * 0. */
static size_t
space_width(const char *s)
{
	return *s == ' ' ? 1 : strncmp(s, "\xe3\x80\x80", 3) == 0 ? 3 : 0;
}

/* The length of an ordinal label in CJK, "第 3 题：", "第十二题", "第1問"
 * (the ordinal's mark, a number, a counter of questions), the
 * punctuation and spaces after it included, or 0. */
static size_t
ordinal_label(const char *s)
{
	static const char counters[][8] = { "题目", "问题", "問題", "题", "題",
		"问", "問" };
	const char *q;
	size_t i, k, digits = 0;

	if (strncmp(s, "第", 3) != 0)
		return 0;
	for (q = s + 3; *q == ' '; q++)
		;
	for (;;) {
		if (*q >= '0' && *q <= '9') {
			q++, digits++;
			continue;
		}
		/* (full-width digits, U+FF10 to U+FF19) */
		if ((unsigned char)q[0] == 0xef &&
		    (unsigned char)q[1] == 0xbc &&
		    (unsigned char)q[2] >= 0x90 &&
		    (unsigned char)q[2] <= 0x99) {
			q += 3, digits++;
			continue;
		}
		if ((k = lang_cjk_number(q)) == 0)
			break;
		q += k, digits++;
	}
	if (digits == 0)
		return 0;
	while (*q == ' ')
		q++;
	for (i = 0; i < sizeof counters / sizeof counters[0]; i++)
		if (strncmp(q, counters[i], k = strlen(counters[i])) == 0)
			break;
	if (i == sizeof counters / sizeof counters[0])
		return 0;
	/* then a colon, a full stop, a space or nothing: "第3题的解析"
	 * (the third question's analysis) is a title */
	q += k;
	if (*q == ':' || *q == '.')
		q++;
	else if (strncmp(q, "\xef\xbc\x9a", 3) == 0 || /* "：" */
	    strncmp(q, "、", 3) == 0 || strncmp(q, "．", 3) == 0)
		q += 3;
	else if (*q != '\0' && space_width(q) == 0)
		return 0;
	while ((k = space_width(q)) > 0)
		q += k;
	return (size_t)(q - s);
}

size_t
lang_label(const char *s)
{
	const char *p = s;
	size_t n, b;

	while (*p == '*' || *p == '_')
		p++;
	if ((b = bracketed(p, labels, sizeof labels / sizeof labels[0])) > 0)
		return (size_t)(p - s) + b;
	if ((b = ordinal_label(p)) > 0) {
		p += b;
		while (*p == '*' || *p == '_')
			p++;
		while (*p == ' ')
			p++;
		return (size_t)(p - s);
	}
	n = strnlen(p, 128); /* (a label's length at most) */
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		const char *q, *r, *closed;
		size_t k;
		int digits = 0, part = 0;

		/* "问题：", "Q1:": no letter boundary needed after these,
		 * but "Quick" is no "Q" */
		if (!starts_folded(p, n, labels[i], &k))
			continue;
		q = p + k;
		if ((unsigned char)labels[i][0] < 0x80 &&
		    ((*q | 32) >= 'a' && (*q | 32) <= 'z'))
			continue;
		while (*q == '*' || *q == '_')
			q++;
		if (*q == ' ' && q[1] >= '0' && q[1] <= '9')
			q++;
		/* "Question B-12:": a part's letter before the number */
		else if (*q == ' ' && q[1] >= 'A' && q[1] <= 'Z' &&
		    q[2] == '-' && q[3] >= '0' && q[3] <= '9')
			q += 3, part = 1;
		/* "面试题 01.01.", "Question C-9-1:": a number in parts
		 * ("Q1-5:" is a range of them, no label) */
		while ((*q >= '0' && *q <= '9') ||
		    (digits && (*q == '.' || (part && *q == '-')) &&
		        q[1] >= '0' && q[1] <= '9'))
			q++, digits = 1;
		/* "Question 17a." */
		if (digits && *q >= 'a' && *q <= 'z')
			q++;
		closed = q;
		while (*q == '*' || *q == '_')
			q++;
		closed = digits && p > s && q > closed ? q : NULL;
		if (*q == '.' || (digits && *q == ')'))
			q++;
		/* "Question 3 - Write ...", "問3 次の ..." (a label of
		 * one character beyond ASCII ends at the space after its
		 * number; "问题 2 个线程" counts two threads) */
		else if (digits && (b = spaced_dash(q)) > 0)
			q += b;
		else if (digits && (unsigned char)labels[i][0] >= 0x80 &&
		    strlen(labels[i]) == 3 && (b = space_width(q)) > 0)
			q += b;
		/* "**Question 1**" then the question: the emphasis that
		 * opened before the label closes after its number, and what
		 * follows asks ("**Question 2** is worth five points" is a
		 * sentence) */
		else if ((r = label_colon(q)) != NULL)
			q = r;
		else if (closed != NULL &&
		    (*closed == '\n' || *closed == ' ') &&
		    lang_asks(closed + 1, strcspn(closed + 1, "\n")))
			q = closed;
		else
			continue;
		while (*q == '*' || *q == '_')
			q++;
		/* an ASCII label ends its word: "Q. What", "Q:", not "Q.js"
		 * (a full-width colon ends it whatever follows: "Q1：What") */
		if (*q != ' ' && *q != '\0' && (q != closed || *q != '\n') &&
		    (unsigned char)*q < 0x80 &&
		    (unsigned char)labels[i][0] < 0x80 &&
		    !(q - p >= 3 && strncmp(q - 3, "\xef\xbc\x9a", 3) == 0))
			continue;
		while (*q == ' ' || (q == closed && *q == '\n'))
			q++;
		return (size_t)(q - s);
	}
	return bold_code(s, p);
}

/* Whether s[0..n) (its lead skipped) starts with a question label. */
static int
labelled(const char *s, size_t n)
{
	char buf[64];

	if (n >= sizeof buf)
		n = sizeof buf - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return lang_label(buf) > 0;
}

size_t
lang_answer_label(const char *s)
{
	const char *p = s, *q = NULL;
	size_t n, k;

	while (*p == '*' || *p == '_')
		p++;
	if ((k = bracketed(p, answer_labels,
	         sizeof answer_labels / sizeof answer_labels[0])) > 0)
		return (size_t)(p - s) + k;
	/* (a label's length at most: called at every space of a long
	 * line, strlen would make that quadratic) */
	n = strnlen(p, 128);
	if (p[0] == 'A' && (p[1] == ':' || p[1] == '*' || p[1] == '_'))
		q = p + 1;
	for (size_t i = 0;
	     q == NULL && i < sizeof answer_labels / sizeof answer_labels[0];
	     i++)
		if (starts_folded(p, n, answer_labels[i], &k))
			q = p + k;
	if (q == NULL)
		return 0;
	/* "**A**. It is y.": the bold letter and a full stop after it, as
	 * "**Q**. What ...?" asks (a bold option is "**A.** 2007") */
	if (q == p + 1 && p > s && (*q == '*' || *q == '_')) {
		const char *r = q;

		while (*r == '*' || *r == '_')
			r++;
		if (r[0] == '.' && r[1] == ' ') {
			for (r++; *r == ' '; r++)
				;
			return (size_t)(r - s);
		}
	}
	while (*q == '*' || *q == '_')
		q++;
	if ((q = label_colon(q)) == NULL)
		return 0;
	while (*q == '*' || *q == '_' || *q == ' ')
		q++;
	return (size_t)(q - s);
}

int
lang_asks(const char *s, size_t n)
{
	return lang_asks_plainly(s, n) || lang_asks_inside(s, n);
}

/* Whether s[0..n), after a word, goes on with a colon, emphasis aside:
 * the word labels a field ("Name: ...", "**Design**: ..."). */
static int
labels_field(const char *s, size_t n)
{
	size_t k = 0;

	while (k < n && (s[k] == '*' || s[k] == '_'))
		k++;
	return k < n && s[k] == ':';
}

/* Whether s[0..n) ends in one of words[0..count), after more text. */
static int
ends_in(const char *s, size_t n, const char (*words)[16], size_t count)
{
	for (size_t i = 0; i < count; i++) {
		size_t w = strlen(words[i]);

		if (n > w && memcmp(s + n - w, words[i], w) == 0)
			return 1;
	}
	return 0;
}

/* Whether s[0..n) ends in one of final_words, full stops and spaces
 * after it aside. */
static int
ends_asking(const char *s, size_t n)
{
	while (n > 0 && strchr(" .*_", s[n - 1]) != NULL)
		n--;
	if (ends_in(
	        s, n, final_words, sizeof final_words / sizeof final_words[0]))
		return 1;
	/* a full stop, full-width ("．") or ideographic ("。"), after a
	 * task's imperative */
	if (n >= 3 &&
	    (memcmp(s + n - 3, "\xef\xbc\x8e", 3) == 0 ||
	        memcmp(s + n - 3, "\xe3\x80\x82", 3) == 0))
		n -= 3;
	return ends_in(
	    s, n, task_endings, sizeof task_endings / sizeof task_endings[0]);
}

/* The endings of an English plural or abstract noun. */
static const char noun_endings[][16] = {
	"s",
	"ment",
	"tion",
	"sion",
	"ing",
	"ity",
	"ance",
	"ence",
};

/* Whether s[0..n), which asks nothing with a mark, is a name: one of
 * noun_verbs, then words that each start with a capital and go on in
 * lower case, one at least, the last ending as a plural or abstract noun
 * does (noun_endings; not "ss", "Access"). */
static int
name_of(const char *s, size_t n)
{
	size_t k, words = 0;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.'))
		n--;
	if (n < 2 || (s[n - 1] == 's' && s[n - 2] == 's') ||
	    !ends_in(s, n, noun_endings,
	        sizeof noun_endings / sizeof noun_endings[0]))
		return 0;

	for (size_t i = 0; i < sizeof noun_verbs / sizeof noun_verbs[0]; i++)
		if (starts_with_word(s, n, noun_verbs[i], &k)) {
			while (k < n) {
				while (k < n && s[k] == ' ')
					k++;
				if (k == n)
					break;
				if (k + 1 >= n || s[k] < 'A' || s[k] > 'Z' ||
				    s[k + 1] < 'a' || s[k + 1] > 'z')
					return 0;
				while (k < n && s[k] != ' ')
					k++;
				words++;
			}
			return words > 0;
		}
	return 0;
}

/* Whether s[0..n), which asks nothing with a mark, starts with a clause:
 * one of clause_words, then one of clause_subjects, and no such word
 * after its first comma ("When you type a URL, what happens" asks). A
 * title such as "Why the file does not shrink" is one too: measured on
 * the banks, reading those as questions invented more than it found. */
static int
clause(const char *s, size_t n)
{
	size_t k, j;
	const char *comma = memchr(s, ',', n);

	if (comma != NULL) {
		const char *r = comma + 1;
		size_t m = n - (size_t)(r - s);

		while (m > 0 && *r == ' ')
			r++, m--;
		for (j = 0; j < sizeof clause_words / sizeof clause_words[0];
		     j++)
			if (starts_with_word(r, m, clause_words[j], &k))
				return 0;
	}

	for (size_t i = 0; i < sizeof clause_words / sizeof clause_words[0];
	     i++)
		if (starts_with_word(s, n, clause_words[i], &k)) {
			while (k < n && s[k] == ' ')
				k++;
			for (j = 0; j <
			     sizeof clause_subjects / sizeof clause_subjects[0];
			     j++) {
				size_t m;

				if (starts_with_word(
				        s + k, n - k, clause_subjects[j], &m) &&
				    k + m < n && s[k + m] == ' ')
					return 1;
			}
			return 0;
		}
	return 0;
}

int
lang_asks_plainly(const char *s, size_t n)
{
	size_t k;

	if (lang_question_mark(s, n))
		return 1;
	s = skip_lead(s, &n);
	if (n >= 2 && memcmp(s, "¿", 2) == 0)
		return 1;
	if (labelled(s, n) || ends_asking(s, n))
		return 1;
	/* "How to contribute", "What you'll learn" ask nobody */
	if (titled(s, n, furniture_titles,
	        sizeof furniture_titles / sizeof furniture_titles[0], 1) ||
	    lang_lesson_title(s, n))
		return 0;
	/* "Briefly explain ...": the word after a softener starts it */
	for (size_t i = 0; i < sizeof softeners / sizeof softeners[0]; i++)
		if (starts_with_word(s, n, softeners[i], &k) && k < n &&
		    (s[k] == ' ' || s[k] == ',')) {
			while (k < n && (s[k] == ' ' || s[k] == ','))
				k++;
			s += k;
			n -= k;
			break;
		}
	for (size_t i = 0; i < sizeof lead / sizeof lead[0]; i++) {
		unsigned char w = (unsigned char)lead[i][0];

		/* most words differ in their first byte: told apart
		 * without decoding either (an ASCII letter in any case;
		 * a word of another script after an ASCII one) */
		if (n == 0 ||
		    (w < 0x80 ? ((unsigned char)s[0] | 32) != w :
		                (unsigned char)s[0] < 0x80))
			continue;
		/* a word alone ("Show", "List") asks nothing, nor one
		 * that labels what follows ("**Name**: the MCP's name") */
		if (starts_with_word(s, n, lead[i], &k) &&
		    has_more(s + k, n - k) && !labels_field(s + k, n - k))
			return !clause(s, n) && !name_of(s, n);
	}
	return 0;
}

int
lang_asks_inside(const char *s, size_t n)
{
	s = skip_lead(s, &n);
	/* a question is one sentence: the words that ask inside it are
	 * looked for in the first line, up to a full stop, of a length a
	 * question has (a paragraph about a topic holds them too) */
	for (size_t i = 0; i < n && i < INSIDE_MAX; i++)
		if (s[i] == '\n' ||
		    (n - i >= 3 && memcmp(s + i, "。", 3) == 0) ||
		    (s[i] == '.' && (i + 1 == n || s[i + 1] == ' '))) {
			n = i;
			break;
		}
	if (n > INSIDE_MAX)
		return 0;
	/* a byte that starts no word is passed over at once (comparing
	 * every word at every byte was a tenth of beq index's CPU) */
	unsigned char starts[256] = { 0 };

	for (size_t i = 0; i < sizeof inside / sizeof inside[0]; i++)
		starts[(unsigned char)inside[i][0]] = 1;
	for (const char *p = s; p < s + n; p++) {
		if (!starts[(unsigned char)*p])
			continue;
		for (size_t i = 0; i < sizeof inside / sizeof inside[0]; i++) {
			size_t w = strlen(inside[i]);

			if (inside[i][0] == *p && w <= (size_t)(s + n - p) &&
			    memcmp(p, inside[i], w) == 0)
				return 1;
		}
	}
	return 0;
}

/* s[0..*n) without the markup and numbering at its start (skip_lead) and
 * a colon, emphasis and spaces at its end; *n set to what is left. */
static const char *
bare_title(const char *s, size_t *n)
{
	s = skip_lead(s, n);
	while (*n > 0 && strchr(" *_:.", s[*n - 1]) != NULL)
		(*n)--;
	if (*n >= 3 && memcmp(s + *n - 3, "：", 3) == 0)
		*n -= 3;
	while (*n > 0 && strchr(" *_", s[*n - 1]) != NULL)
		(*n)--;
	return s;
}

/* s[0..n), bare, without a note in parentheses at its end, which says
 * how, not what ("Ejercicios (sin solución)", "Exercises (optional)") */
const char *
lang_unnoted(const char *s, size_t *n)
{
	size_t k;

	s = bare_title(s, n);
	if (*n > 0 && s[*n - 1] == ')') {
		size_t depth = 1;

		/* back to the '(' that opens it, past notes in it ("(see
		 * (a) below)"): then s[k] is that '(' */
		for (k = *n - 1; k > 0 && depth > 0; k--)
			if (s[k - 1] == ')')
				depth++;
			else if (s[k - 1] == '(')
				depth--;
		if (depth == 0 && k > 1 && s[k] == '(' && s[k - 1] == ' ')
			for (*n = k; *n > 0 && strchr(" *_:", s[*n - 1]);)
				(*n)--;
	}
	return s;
}

/* Whether the title s[0..n), bare, is one of names[0..count), or with
 * prefix set starts with one ("Comment contribuer (en)"). */
static int
titled(
    const char *s, size_t n, const char (*names)[32], size_t count, int prefix)
{
	size_t k;

	s = bare_title(s, &n);
	for (size_t i = 0; i < count; i++)
		if (starts_with_word(s, n, names[i], &k) && (prefix || k == n))
			return 1;
	return 0;
}

/* Whether s[0..n) holds one of words[0..count), starting a word. */
static int
holds_words(const char *s, size_t n, const char (*words)[32], size_t count)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	int after_letter = 0;

	/* a title, not a page of text */
	if (n > 160)
		return 0;
	while (p < e) {
		const unsigned char *at = p;
		unsigned c = next_cp(&p, e);
		size_t k;

		/* CJK words have no spaces around them */
		if (!after_letter || c >= 0x2e80)
			for (size_t i = 0; i < count; i++)
				if (c >= 0x2e80 ?
				        starts_folded((const char *)at,
				            (size_t)(e - at), words[i], &k) :
				        starts_with_word((const char *)at,
				            (size_t)(e - at), words[i], &k))
					return 1;
		after_letter = is_letter(c);
	}
	return 0;
}

/* Whether the title s[0..n) is one of names[0..count) or ends in one,
 * after a character that is no letter. */
static int
ends_titled(const char *s, size_t n, const char (*names)[32], size_t count)
{
	const unsigned char *p, *e;
	int after_letter = 0;

	if (titled(s, n, names, count, 0))
		return 1;
	s = bare_title(s, &n);
	p = (const unsigned char *)s;
	e = p + n;
	while (p < e) {
		const unsigned char *at = p;
		unsigned c = next_cp(&p, e);

		/* CJK writes no spaces: "Java面试题" ends in one; a name
		 * is shorter than 32 bytes */
		if ((!after_letter || c >= 0x2e80) && e - at < 32 &&
		    at != (const unsigned char *)s &&
		    titled((const char *)at, (size_t)(e - at), names, count, 0))
			return 1;
		after_letter = is_letter(c);
	}
	return 0;
}

/* What names one exercise, and what names several. */
static const char exercise_one[][32] = { "challenge", "exercise", "question",
	"quiz", "task", "problem", "ejercicio", "desafío", "exercício",
	"desafio", "exercice", "défi", "aufgabe", "übung", "esercizio",
	"задача", "задание", "упражнение", "练习", "习题", "題目", "演習",
	"問題", "연습", "연습 문제", "bài tập", "reto", "zadanie", "ćwiczenie",
	"úloha", "cvičení", "knowledge check" };
static const char exercise_many[][32] = { "challenges", "exercises", "tasks",
	"problems", "ejercicios", "exercícios", "exercices", "aufgaben",
	"задачи", "zadania", "ćwiczenia", "úlohy", "knowledge checks" };

int
lang_exercise(const char *s, size_t n)
{
	return titled(s, n, exercise_one,
	           sizeof exercise_one / sizeof exercise_one[0], 0) ||
	    titled(s, n, exercise_many,
	        sizeof exercise_many / sizeof exercise_many[0], 0);
}

/* What a title ends in when it names the one question under it ("Docker
 * Question", "Storage Exercise"): the singular of a language that writes
 * a plural, after a word of the title's own. */
static const char named_one[][32] = { "question", "exercise", "challenge",
	"pregunta", "ejercicio", "pergunta", "exercício", "exercice", "domanda",
	"esercizio" };

int
lang_names_one_question(const char *s, size_t n)
{
	s = bare_title(s, &n);
	return !titled(s, n, named_one, sizeof named_one / sizeof named_one[0],
	           0) &&
	    ends_titled(
	        s, n, named_one, sizeof named_one / sizeof named_one[0]);
}

/* Where the number after a word of words[0..count) at the start of
 * t[0..e) ends ("Question 3", "Q3"), or NULL when there is no such word
 * and number. With exercise, an exercise's label: a space or a "#"
 * between them ("Exercise 1.2", "Reto #10", "Zadanie. 1."), and "quiz"
 * is passed over
 * ("Quiz 2" holds a quiz's questions). */
static const char *
word_number(const char *t, const char *e, const char (*words)[32], size_t count,
    int exercise)
{
	for (size_t i = 0; i < count; i++) {
		const char *q;
		size_t k;

		if ((exercise && strcmp(words[i], "quiz") == 0) ||
		    !starts_folded(t, (size_t)(e - t), words[i], &k))
			continue;
		/* ("Zadanie. 1.": a full stop after the word, then a
		 * space) */
		q = t + k;
		if (exercise && q + 1 < e && q[0] == '.' && q[1] == ' ')
			q++;
		while (q < e && (*q == ' ' || (exercise && *q == '#')))
			q++;
		if (q == e || *q < '0' || *q > '9' || (exercise && q == t + k))
			continue;
		while (q < e && ((*q >= '0' && *q <= '9') || *q == '.'))
			q++;
		return q;
	}
	return NULL;
}

int
lang_exercise_label(const char *s)
{
	size_t n = strlen(s);
	const char *t = bare_title(s, &n), *e = t + n;
	const char *q = word_number(t, e, exercise_one,
	    sizeof exercise_one / sizeof exercise_one[0], 1);

	if (q == NULL) {
		/* "Problem: Money": the word and a colon, then its name;
		 * "Question (6 points)": the word and a note on it */
		for (size_t i = 0;
		     i < sizeof exercise_one / sizeof exercise_one[0]; i++) {
			size_t k;

			if (strcmp(exercise_one[i], "quiz") == 0 ||
			    !starts_folded(t, n, exercise_one[i], &k))
				continue;
			if (k + 1 < n && t[k] == ' ' && t[k + 1] == '(')
				return 1;
			/* "Exercise `seven` (practice)": named in code, as
			 * a number would */
			if (k + 2 < n && t[k] == ' ' && t[k + 1] == '`' &&
			    memchr(t + k + 2, '`', n - k - 2) != NULL)
				return 1;
			if (k < n && t[k] == ':')
				k++;
			else if (n - k >= 3 && strncmp(t + k, "：", 3) == 0)
				k += 3;
			else
				continue;
			while (k < n && t[k] == ' ')
				k++;
			return k < n;
		}
		return 0;
	}
	/* "Question 3 (2 points)", "Task 4 [easy]": a note on it; the
	 * label in emphasis and the note not ("**Question 1** (1 point)")
	 * reads the same */
	while (q < e && (*q == '*' || *q == '_'))
		q++;
	return q == e || *q == ':' || *q == ')' ||
	    (*q == ' ' && q + 1 < e &&
	        (q[1] == '-' || q[1] == ':' || q[1] == '(' || q[1] == '[')) ||
	    strncmp(q, "：", 3) == 0;
}

int
lang_exercises_title(const char *s, size_t n)
{
	size_t k;

	s = bare_title(s, &n);
	for (size_t i = 0; i < sizeof exercise_many / sizeof exercise_many[0];
	     i++)
		if (starts_with_word(s, n, exercise_many[i], &k) &&
		    (k == n || s[k] == ':' ||
		        (n - k >= 3 && memcmp(s + k, "：", 3) == 0)))
			return 1;
	return 0;
}

int
lang_ends_in_exercises(const char *s, size_t n)
{
	s = bare_title(s, &n);
	return lang_exercises_title(s, n) ||
	    ends_titled(s, n, exercise_many,
	        sizeof exercise_many / sizeof exercise_many[0]);
}

/* What heads the statement of a question. */
static const char statement_words[][32] = { "description",
	"problem description", "problem statement", "statement", "题目描述",
	"问题描述", "题目", "描述", "descripción", "descrição", "описание",
	"условие", "условие задачи", "문제 설명", "enunciado" };

/* What labels the other parts of a problem's statement: its examples,
 * their input and output, its constraints ("**示例 1：**", "Example 2:",
 * "Constraints:"). */
static const char problem_parts[][32] = { "example", "examples", "sample",
	"sample input", "sample output", "input", "output", "constraints",
	"follow up", "follow-up", "示例", "样例", "例", "例子", "输入", "输出",
	"提示", "限制", "进阶", "ejemplo", "ejemplos", "entrada", "salida",
	"saída", "restricciones", "exemplo", "exemplos", "restrições", "пример",
	"примеры", "ограничения", "예시", "예제", "입력", "출력", "제한",
	"제약 조건", "例題", "入力例", "出力例", "入力", "出力", "制約" };

int
lang_problem_part(const char *s, size_t n)
{
	size_t k, m;

	s = bare_title(s, &n);
	m = n;
	/* ("Example 1", "示例1", "Example #2": its number) */
	while (n > 0 && s[n - 1] >= '0' && s[n - 1] <= '9')
		n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '#'))
		n--;
	if (titled(s, n, statement_words,
	        sizeof statement_words / sizeof statement_words[0], 0))
		return 1;
	for (size_t i = 0; i < sizeof problem_parts / sizeof problem_parts[0];
	     i++)
		if (starts_with_word(s, n, problem_parts[i], &k) && k == n)
			/* (an example without a number, an input or output
			 * may be an answer's) */
			return n < m &&
			        titled(s, n, example_titles,
			            sizeof example_titles /
			                sizeof example_titles[0],
			            0) ?
			    2 :
			    3;
	return 0;
}

/* Whether the bare title s[0..n) is only a question label ("Question",
 * "Q", "问题"). */
static int
only_label(const char *s, size_t n)
{
	size_t k;

	s = bare_title(s, &n);
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (starts_folded(s, n, labels[i], &k) && k == n)
			return 1;
	return 0;
}

int
lang_states_question(const char *s, size_t n)
{
	/* one question: "Questions" heads many */
	if (lang_title(s, n) == LANG_QUESTIONS)
		return 0;
	if (titled(s, n, exercise_one,
	        sizeof exercise_one / sizeof exercise_one[0], 0) ||
	    titled(s, n, statement_words,
	        sizeof statement_words / sizeof statement_words[0], 0))
		return 1;
	return only_label(s, n);
}

int
lang_questions_title(const char *s, size_t n)
{
	/* "Questions?" says so too: a question mark after the word asks
	 * nothing of the reader */
	s = bare_title(s, &n);
	if (n >= 1 && s[n - 1] == '?')
		n--;
	else if (n >= 3 && memcmp(s + n - 3, "\xef\xbc\x9f", 3) == 0)
		n -= 3;
	return titled(s, n, questions_titles,
	           sizeof questions_titles / sizeof questions_titles[0], 0) ||
	    titled(s, n, questions_whole,
	        sizeof questions_whole / sizeof questions_whole[0], 0);
}

int
lang_numbered_label(const char *s)
{
	size_t n = strlen(s);
	const char *t = bare_title(s, &n), *e = t + n;

	return word_number(t, e, labels, sizeof labels / sizeof labels[0], 0) ==
	    e;
}

int
lang_labels_question(const char *s, size_t n)
{
	return lang_exercise(s, n) || only_label(s, n);
}

int
lang_says_question(const char *s, size_t n)
{
	return lang_title(s, n) == LANG_QUESTIONS || lang_labels_question(s, n);
}

/* What a toggle says when it explains an answer given above it rather
 * than holding it ("Explanation" under "**Answer: B**"). */
static const char explanation_titles[][32] = { "explanation", "explanations",
	"show explanation", "hint", "hints", "explication", "explicación",
	"explicação", "erklärung", "spiegazione", "объяснение", "пояснение",
	"解释", "解析", "解説", "해설", "giải thích" };

int
lang_explanation(const char *s, size_t n)
{
	return titled(s, n, explanation_titles,
	    sizeof explanation_titles / sizeof explanation_titles[0], 0);
}

int
lang_explains(const char *s, size_t n)
{
	return titled(s, n, explains_titles,
	    sizeof explains_titles / sizeof explains_titles[0], 0);
}

int
lang_names_questions(const char *s, size_t n)
{
	return holds_words(s, n, questions_titles,
	           sizeof questions_titles / sizeof questions_titles[0]) ||
	    holds_words(s, n, questions_first,
	        sizeof questions_first / sizeof questions_first[0]);
}

int
lang_points_below(const char *s, size_t n)
{
	return holds_words(
	    s, n, below_words, sizeof below_words / sizeof below_words[0]);
}

int
lang_names_answer(const char *s, size_t n)
{
	return lang_title(s, n) == LANG_ANSWER ||
	    (!lang_question_mark(s, n) &&
	        (ends_titled(s, n, answer_last,
	             sizeof answer_last / sizeof answer_last[0]) ||
	            titled(s, n, answer_first,
	                sizeof answer_first / sizeof answer_first[0], 1)));
}

int
lang_options(const char *s, size_t n)
{
	return titled(s, n, options_titles,
	    sizeof options_titles / sizeof options_titles[0], 0);
}

/* Whether the title s[0..n) is one of names[0..count) joined to more
 * by "and" ("Hints and Guidelines", "Solution & explanation", "Hints /
 * Key Points"). */
static int
titled_and(const char *s, size_t n, const char (*names)[32], size_t count)
{
	size_t k;

	s = bare_title(s, &n);
	/* (most titles join nothing: look no further) */
	for (k = 0; k + 3 <= n; k++)
		if (s[k] == ' ' &&
		    (s[k + 1] == '&' || s[k + 1] == '/' ||
		        (k + 5 <= n && strncasecmp(s + k + 1, "and ", 4) == 0)))
			break;
	if (k + 3 > n)
		return 0;
	for (size_t i = 0; i < count; i++)
		if (starts_with_word(s, n, names[i], &k) &&
		    ((n - k > 5 && strncasecmp(s + k, " and ", 5) == 0) ||
		        (n - k > 3 &&
		            (strncmp(s + k, " & ", 3) == 0 ||
		                strncmp(s + k, " / ", 3) == 0))))
			return 1;
	return 0;
}

enum lang_title
lang_title(const char *s, size_t n)
{
	char label[64];

	/* a title in a code span is a name ("`ref`", "`usage`"), unless it
	 * says an answer follows ("### `Answer`") */
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n > 2 && s[0] == '`' && s[n - 1] == '`' &&
	    memchr(s + 1, '`', n - 2) == NULL)
		return titled(s + 1, n - 2, answer_titles,
		           sizeof answer_titles / sizeof answer_titles[0], 0) ?
		    LANG_ANSWER :
		    LANG_TOPIC;

	/* "#### A:", "### Ответ:": only an answer label */
	if (n < sizeof label) {
		if (n > 0) /* (an empty heading's text may be NULL) */
			memcpy(label, s, n);
		label[n] = '\0';
		if (n > 0 && lang_answer_label(label) == n)
			return LANG_ANSWER;
	}
	if (titled(s, n, answer_titles,
	        sizeof answer_titles / sizeof answer_titles[0], 0) ||
	    titled_and(s, n, answer_titles,
	        sizeof answer_titles / sizeof answer_titles[0]))
		return LANG_ANSWER;
	if (titled(s, n, example_titles,
	        sizeof example_titles / sizeof example_titles[0], 0) ||
	    lang_options(s, n))
		return LANG_EXAMPLE;
	if (titled(s, n, reference_titles,
	        sizeof reference_titles / sizeof reference_titles[0], 0))
		return LANG_REFERENCES;
	/* (the whole title, "Questions?" too, or its last words) */
	if (lang_questions_title(s, n) ||
	    ends_titled(s, n, questions_titles,
	        sizeof questions_titles / sizeof questions_titles[0]) ||
	    (titled(s, n, questions_first,
	         sizeof questions_first / sizeof questions_first[0], 1) &&
	        !lang_question_mark(s, n)))
		return LANG_QUESTIONS;
	if (titled(s, n, contents_titles,
	        sizeof contents_titles / sizeof contents_titles[0], 0))
		return LANG_CONTENTS;
	/* "Installation on Windows" is furniture, "How to use innerHTML in
	 * React?" asks: a title that asks is one only as a whole */
	if (titled(s, n, furniture_titles,
	        sizeof furniture_titles / sizeof furniture_titles[0],
	        !lang_question_mark(s, n)) ||
	    holds_words(
	        s, n, self_words, sizeof self_words / sizeof self_words[0]) ||
	    lang_lesson_title(s, n))
		return LANG_FURNITURE;
	return LANG_TOPIC;
}

int
lang_lesson_title(const char *s, size_t n)
{
	s = bare_title(s, &n);
	/* ("What you'll learn (Part 1)": a part in brackets after it) */
	if (n > 0 && s[n - 1] == ')')
		for (size_t k = n - 1; k > 0; k--)
			if (s[k] == '(') {
				for (n = k; n > 0 && s[n - 1] == ' '; n--)
					;
				break;
			}
	return titled(s, n, lesson_titles,
	    sizeof lesson_titles / sizeof lesson_titles[0], 0);
}
