import type { AllocationsTable } from '../features/allocation/allocations.table';
import type { CustomersTable, CustomerTagsTable } from '../features/customers/customers.table';
import type {
  DocumentFilesTable,
  DocumentInvoicesTable,
  DocumentsTable,
} from '../features/documents/documents.table';
import type { ImportsTable } from '../features/imports/imports.table';
import type { InvoicesTable } from '../features/invoices/invoices.table';
import type {
  CreditNotesTable,
  PaymentsTable,
  PaymentTargetsTable,
} from '../features/payments/payments.table';
import type { BusinessLogoTable, SettingsTable } from '../features/settings/settings.table';
import type { LetterTemplatesTable } from '../features/templates/templates.table';

/** Today's shape of the books, for typed queries. Migrations never import this. */
export interface DB {
  settings: SettingsTable;
  imports: ImportsTable;
  customers: CustomersTable;
  customer_tags: CustomerTagsTable;
  invoices: InvoicesTable;
  payments: PaymentsTable;
  payment_targets: PaymentTargetsTable;
  credit_notes: CreditNotesTable;
  allocations: AllocationsTable;
  business_logo: BusinessLogoTable;
  letter_templates: LetterTemplatesTable;
  document_files: DocumentFilesTable;
  documents: DocumentsTable;
  document_invoices: DocumentInvoicesTable;
}
