import type { z } from 'zod';
import { z as zod } from 'zod';
import { type AgeingReport, ageingReportInput } from './ageing';
import { type AppInfo, appInfoInput } from './app';
import { type BackupDto, type BackupList, backupNowInput, backupRestoreInput } from './backups';
import {
  type BatchCandidates,
  batchCandidatesInput,
  batchCombinedInput,
  batchOpenInput,
  batchStartInput,
} from './batch';
import {
  type BehaviourList,
  behaviourAllInput,
  behaviourCustomerInput,
  type CustomerBehaviour,
} from './behaviour';
import { type BooksStatus, booksCreateInput, booksOpenInput } from './books';
import { channel } from './channel';
import {
  type CustomerDto,
  type CustomerList,
  type CustomerPage,
  customerCreateInput,
  customerListInput,
  customerUpdateInput,
} from './customers';
import { type Dashboard, type Drill, dashboardInput, drillInput } from './dashboard';
import { type DocumentSummary, documentsHistoryInput, documentsReopenInput } from './delivery';
import { documentPreviewInput } from './documents';
import { idField } from './fields';
import { type ChosenFile, chooseFileInput, revealInput } from './host';
import { type ImportAnalysis, importInput } from './imports';
import { type InvoiceDto, invoiceCreateInput } from './invoices';
import { type JobStatus, jobIdInput } from './jobs';
import { documentProduceInput, letterPreviewInput, type ProducedDocument } from './outbox';
import {
  type CreditNoteDto,
  creditNoteCreateInput,
  type PaymentDto,
  type PaymentPreview,
  paymentPreviewInput,
  paymentRecordInput,
} from './payments';
import { ageingExportInput, type ExportedFile } from './reports';
import {
  calibrationPageInput,
  type LogoDto,
  logoSetInput,
  type SettingsDto,
  settingsUpdateInput,
} from './settings';
import {
  type TemplateDto,
  type TemplateList,
  type TemplatePreview,
  templatesPreviewInput,
  templatesResetInput,
  templatesSaveInput,
} from './templates';

const byId = zod.object({ id: idField });
const none = zod.object({}).strict();

/** Every channel between the renderer (or the command line, or browser mode) and main. */
export const contract = {
  'app.info': channel<AppInfo>()(appInfoInput),
  'books.status': channel<BooksStatus>()(none),
  'books.create': channel<BooksStatus>()(booksCreateInput),
  'books.open': channel<BooksStatus>()(booksOpenInput),
  'backups.list': channel<BackupList>()(none),
  'backups.create': channel<BackupDto>()(backupNowInput),
  'backups.restore': channel<BooksStatus>()(backupRestoreInput),
  'host.chooseFile': channel<ChosenFile>()(chooseFileInput),
  'host.reveal': channel<null>()(revealInput),
  'jobs.get': channel<JobStatus>()(jobIdInput),
  'jobs.cancel': channel<JobStatus>()(jobIdInput),
  /** The job running now, whichever window started it; null when none is. */
  'jobs.running': channel<JobStatus | null>()(none),
  'demo.start': channel<JobStatus>()(zod.object({ size: zod.enum(['small', 'large']).default('small') })),
  'import.analyse': channel<ImportAnalysis>()(importInput),
  'import.start': channel<JobStatus>()(importInput),
  'settings.get': channel<SettingsDto>()(none),
  'settings.update': channel<SettingsDto>()(settingsUpdateInput),
  'settings.logo': channel<LogoDto | null>()(none),
  'settings.logoSet': channel<SettingsDto>()(logoSetInput),
  'settings.logoClear': channel<SettingsDto>()(none),
  'settings.calibrationPage': channel<ExportedFile>()(calibrationPageInput),
  'customers.list': channel<CustomerList>()(customerListInput),
  'customers.page': channel<CustomerPage>()(byId),
  'customers.get': channel<CustomerDto>()(byId),
  'customers.create': channel<CustomerDto>()(customerCreateInput),
  'customers.update': channel<CustomerDto>()(customerUpdateInput),
  'invoices.create': channel<InvoiceDto>()(invoiceCreateInput),
  'payments.preview': channel<PaymentPreview>()(paymentPreviewInput),
  'payments.record': channel<PaymentDto>()(paymentRecordInput),
  'creditNotes.create': channel<CreditNoteDto>()(creditNoteCreateInput),
  'ageing.report': channel<AgeingReport>()(ageingReportInput),
  'dashboard.summary': channel<Dashboard>()(dashboardInput),
  'dashboard.drill': channel<Drill>()(drillInput),
  'behaviour.customer': channel<CustomerBehaviour>()(behaviourCustomerInput),
  'behaviour.all': channel<BehaviourList>()(behaviourAllInput),
  'reports.ageingExport': channel<ExportedFile>()(ageingExportInput),
  'documents.preview': channel<ExportedFile>()(documentPreviewInput),
  'documents.history': channel<DocumentSummary[]>()(documentsHistoryInput),
  'documents.reopen': channel<ExportedFile>()(documentsReopenInput),
  'documents.letterPreview': channel<ExportedFile>()(letterPreviewInput),
  'documents.produce': channel<ProducedDocument>()(documentProduceInput),
  'templates.list': channel<TemplateList>()(none),
  'templates.save': channel<TemplateDto>()(templatesSaveInput),
  'templates.reset': channel<TemplateDto>()(templatesResetInput),
  'templates.preview': channel<TemplatePreview>()(templatesPreviewInput),
  'batch.start': channel<JobStatus>()(batchStartInput),
  'batch.candidates': channel<BatchCandidates>()(batchCandidatesInput),
  'batch.combined': channel<ExportedFile>()(batchCombinedInput),
  'batch.open': channel<null>()(batchOpenInput),
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C]['output'];

export const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);
