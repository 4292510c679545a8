import { z } from 'zod';

/** A books file Duly has opened before. */
export interface RecentBooks {
  path: string;
  /** The file's name without its folder or extension: "My shop". */
  name: string;
  openedAt: string;
  /** False when the file has since been moved or deleted. */
  exists: boolean;
}

export interface OpenBooksDto {
  path: string;
  name: string;
  schemaVersion: string;
  /** True when the books have no customers and no invoices yet: the first-run welcome shows. */
  empty: boolean;
}

export interface BooksStatus {
  open: OpenBooksDto | null;
  recent: RecentBooks[];
  /** Where new books go unless the owner picks another folder. */
  defaultFolder: string;
}

const fileName = z
  .string()
  .trim()
  .min(1, 'Give the books a name, such as the name of your shop.')
  .max(80)
  .refine((n) => !/[\\/:*?"<>|]/.test(n), { message: 'A name cannot contain \\ / : * ? " < > or |.' });

export const booksCreateInput = z.object({
  name: fileName,
  /** Folder for the new file; omitted: the default folder. */
  folder: z.string().trim().min(1).max(1000).optional(),
});
export type BooksCreateInput = z.input<typeof booksCreateInput>;

export const booksOpenInput = z.object({
  path: z.string().trim().min(1, 'Choose a books file.').max(1000),
});
