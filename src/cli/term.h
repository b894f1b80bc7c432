/* The terminal beq quiz runs on: keys read one at a time without echo,
 * and the terminal put back as it was on every way out (quit, Ctrl-C,
 * SIGTERM, SIGHUP, Ctrl-Z, exit). One terminal per process. */
#ifndef BEQ_TERM_H
#define BEQ_TERM_H

#include <stddef.h>

enum {
	TERM_KEY, /* key holds a byte that was typed */
	TERM_REDRAW, /* resized, or continued after a stop: draw again */
	TERM_SIGNAL, /* sig (SIGINT, SIGTERM, SIGHUP) asks to end */
	TERM_EOF, /* the terminal is gone */
	TERM_FAILED /* an error; err says what */
};

/* The keys beyond a byte that TERM_KEY reports: arrows and pages, read
 * from their escape sequences (other sequences are skipped whole). */
enum {
	TERM_KEY_UP = 0x100,
	TERM_KEY_DOWN,
	TERM_KEY_PAGE_UP,
	TERM_KEY_PAGE_DOWN
};

struct term_event {
	int kind;
	int key; /* a byte typed, or a TERM_KEY_* */
	int sig;
};

/* Saves the settings of the terminal on fd, installs the signal handlers
 * and puts it in cbreak mode (no echo, no line editing; Ctrl-C and Ctrl-Z
 * still send their signals). Returns 0, or -1 with err set. */
int term_open(int fd, char *err, size_t errsz);

/* Waits for a key or a signal. On Ctrl-Z it restores the terminal,
 * stops, and on fg enters cbreak mode again and reports TERM_REDRAW. */
void term_next(struct term_event *ev, char *err, size_t errsz);

/* Returns the terminal's width in columns, or 0 when unknown. */
int term_width(void);

/* Returns the terminal's height in rows, or 0 when unknown. */
int term_height(void);

/* Restores the saved settings and the signal handlers; safe to call more
 * than once, and called at exit as a backstop. */
void term_close(void);

#endif
