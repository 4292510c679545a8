import type { Migration } from 'kysely/migration';
import * as initial from './2026-11-23-01-initial';
import * as dashboard from './2026-11-23-02-dashboard';
import * as behaviour from './2026-11-23-03-behaviour';
import * as letters from './2026-11-24-01-letters';

// Listed in code, not read from a folder: a bundled app has no migrations folder to read.
// Names sort in the order they run; never rename, edit or remove one that has shipped.
export const migrations: Record<string, Migration> = {
  '2026-11-23-01-initial': initial,
  '2026-11-23-02-dashboard': dashboard,
  '2026-11-23-03-behaviour': behaviour,
  '2026-11-24-01-letters': letters,
};
