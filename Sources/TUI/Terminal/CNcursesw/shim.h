// curses.h declares the wide-character API (get_wch, mvaddnwstr, cchar_t) only when
// NCURSES_WIDECHAR is set, and Swift's importer does not set it.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <ncursesw/curses.h>
