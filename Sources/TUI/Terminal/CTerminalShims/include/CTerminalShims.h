#ifndef CTERMINALSHIMS_H
#define CTERMINALSHIMS_H
#include "../../CNcursesw/shim.h"

// Attribute macros Swift cannot import.
static inline attr_t ts_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t ts_A_BOLD(void) { return A_BOLD; }
static inline attr_t ts_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t ts_A_REVERSE(void) { return A_REVERSE; }
static inline WINDOW *ts_stdscr(void) { return stdscr; }

/// 1 when the current LC_CTYPE codeset is UTF-8.
int ts_is_utf8_locale(void);
/// 1 when the terminal description can address the cursor (TERM=dumb cannot).
int ts_can_address_cursor(void);

/// Saves the terminal modes and installs handlers: SIGINT/SIGTERM/SIGHUP set a flag (without
/// SA_RESTART, so a blocking read returns); crash signals restore the saved modes and re-raise.
void ts_install_handlers(void);
/// 0, or the quit signal that arrived.
int ts_quit_signal(void);
/// Restores the modes saved by ts_install_handlers, stops mouse reporting and leaves the
/// alternate screen.
void ts_restore_saved_modes(void);

/// Turns on reporting of left-button presses and the wheel.
void ts_enable_mouse(void);
/// Reads the mouse event behind a KEY_MOUSE: 1 left press, 2 wheel up, 3 wheel down, 0 anything
/// else; sets the cell it happened in.
int ts_read_mouse(int *x, int *y);
#endif
