import type { TemplateKey } from '../../../shared/contract/templates';

/** The owner's own wording of a letter; a key without a row uses Duly's default. */
export interface LetterTemplatesTable {
  key: TemplateKey;
  subject: string;
  body: string;
  email_body: string;
  updated_at: string;
}
