import type { z } from 'zod';
import { z as zod } from 'zod';
import { type AgeingReport, ageingReportInput } from './ageing';
import { type AppInfo, appInfoInput } from './app';
import { channel } from './channel';
import { type CustomerDto, customerCreateInput, customerUpdateInput } from './customers';
import { idField } from './fields';
import { type InvoiceDto, invoiceCreateInput } from './invoices';
import { type CreditNoteDto, creditNoteCreateInput, type PaymentDto, paymentRecordInput } from './payments';
import { type SettingsDto, settingsUpdateInput } from './settings';

const byId = zod.object({ id: idField });
const none = zod.object({}).strict();

/** Every channel between the renderer (or the command line, or browser mode) and main. */
export const contract = {
  'app.info': channel<AppInfo>()(appInfoInput),
  'settings.get': channel<SettingsDto>()(none),
  'settings.update': channel<SettingsDto>()(settingsUpdateInput),
  'customers.get': channel<CustomerDto>()(byId),
  'customers.create': channel<CustomerDto>()(customerCreateInput),
  'customers.update': channel<CustomerDto>()(customerUpdateInput),
  'invoices.create': channel<InvoiceDto>()(invoiceCreateInput),
  'payments.record': channel<PaymentDto>()(paymentRecordInput),
  'creditNotes.create': channel<CreditNoteDto>()(creditNoteCreateInput),
  'ageing.report': channel<AgeingReport>()(ageingReportInput),
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C]['output'];

export const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);
