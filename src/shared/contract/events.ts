// Events from main to the screens (IPC in the desktop window, Server-Sent Events in browser mode).

/** A long job's status changed (progress, done, failed, cancelled): payload JobStatus. */
export const JOB_EVENT = 'job';
/** Other books were opened, or these restored: payload BooksStatus; every screen reloads. */
export const BOOKS_EVENT = 'books';
/** A menu item of the desktop app asks for a screen: payload MenuAction. */
export const MENU_EVENT = 'menu';

export type MenuAction = 'new-books' | 'import' | 'settings';
