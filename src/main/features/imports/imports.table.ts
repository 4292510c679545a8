import type { Generated } from 'kysely';

export interface ImportsTable {
  id: Generated<number>;
  started_at: string;
  /** JSON: the files, with what Duly recognised in each. */
  files: string;
  /** JSON: what was added and what was already there. */
  summary: string;
}
