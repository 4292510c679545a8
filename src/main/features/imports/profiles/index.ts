import { canonicalCreditNotes, canonicalCustomers, canonicalInvoices, canonicalPayments } from './canonical';
import { freshbooksInvoices } from './freshbooks';
import { invoiceNinjaInvoices } from './invoice-ninja';
import { quickbooksAgingDetail, quickbooksInvoiceList, quickbooksJournal } from './quickbooks';
import { sageCustomers, sageTransactions } from './sage';
import { spreadsheetCustomers, spreadsheetInvoices, spreadsheetPayments } from './spreadsheet';
import { tillJournal } from './till';
import type { Profile } from './types';
import { waveTransactions } from './wave';
import { xeroAgedReceivables, xeroInvoices } from './xero';
import { zohoInvoices, zohoPayments } from './zoho';

/** Every layout Duly recognises. Order only breaks exact ties; the best fit wins. */
export const PROFILES: readonly Profile[] = [
  canonicalCustomers,
  canonicalInvoices,
  canonicalPayments,
  canonicalCreditNotes,
  quickbooksInvoiceList,
  quickbooksAgingDetail,
  quickbooksJournal,
  xeroInvoices,
  xeroAgedReceivables,
  waveTransactions,
  zohoInvoices,
  zohoPayments,
  invoiceNinjaInvoices,
  freshbooksInvoices,
  sageCustomers,
  sageTransactions,
  tillJournal,
  spreadsheetInvoices,
  spreadsheetCustomers,
  spreadsheetPayments,
];
