import type { CustomerCreateInput, CustomerDto } from '../../../../shared/contract/customers';
import { customerCreateInput } from '../../../../shared/contract/customers';
import type { MoneyReading } from '../../../components/money-text';
import { type FieldErrors, mergeErrors, schemaErrors } from './form-support';

/** The customer form as typed: every field text (or tags), read into the contract's input on saving. */
export interface CustomerFormValues {
  name: string;
  ref: string;
  contactName: string;
  email: string;
  phone: string;
  addressLine1: string;
  addressLine2: string;
  postcode: string;
  city: string;
  country: string;
  paymentTermsDays: string;
  creditLimit: string;
  tags: string[];
}

export const CUSTOMER_FIELDS = [
  'name',
  'ref',
  'contactName',
  'email',
  'phone',
  'addressLine1',
  'addressLine2',
  'postcode',
  'city',
  'country',
  'paymentTermsDays',
  'creditLimit',
  'tags',
] as const;

export function blankCustomer(): CustomerFormValues {
  return {
    name: '',
    ref: '',
    contactName: '',
    email: '',
    phone: '',
    addressLine1: '',
    addressLine2: '',
    postcode: '',
    city: '',
    country: '',
    paymentTermsDays: '',
    creditLimit: '',
    tags: [],
  };
}

export function customerToValues(c: CustomerDto, moneyText: (minor: number) => string): CustomerFormValues {
  return {
    name: c.name,
    ref: c.ref,
    contactName: c.contactName,
    email: c.email,
    phone: c.phone,
    addressLine1: c.addressLine1,
    addressLine2: c.addressLine2,
    postcode: c.postcode,
    city: c.city,
    country: c.country,
    paymentTermsDays: c.paymentTermsDays === null ? '' : String(c.paymentTermsDays),
    creditLimit: c.creditLimit === null ? '' : moneyText(c.creditLimit),
    tags: c.tags,
  };
}

type ReadMoney = (text: string, options?: { allowZero?: boolean }) => MoneyReading;

/** Typed values → the contract's input, with every problem at its field (empty when none). */
export function readCustomerForm(
  values: CustomerFormValues,
  readMoney: ReadMoney,
): { input: CustomerCreateInput; errors: FieldErrors } {
  const typed: FieldErrors = {};
  let paymentTermsDays: number | null = null;
  const terms = values.paymentTermsDays.trim();
  if (terms !== '') {
    if (/^\d{1,4}$/.test(terms)) paymentTermsDays = Number(terms);
    else typed.paymentTermsDays = 'Write a whole number of days, such as 30.';
  }
  let creditLimit: number | null = null;
  if (values.creditLimit.trim() !== '') {
    const read = readMoney(values.creditLimit, { allowZero: true });
    if (read.ok) creditLimit = read.minor;
    else typed.creditLimit = read.message;
  }
  const input: CustomerCreateInput = {
    name: values.name,
    ref: values.ref,
    contactName: values.contactName,
    email: values.email,
    phone: values.phone,
    addressLine1: values.addressLine1,
    addressLine2: values.addressLine2,
    postcode: values.postcode,
    city: values.city,
    country: values.country,
    paymentTermsDays,
    creditLimit,
    tags: values.tags,
  };
  return { input, errors: mergeErrors(typed, schemaErrors(customerCreateInput, input)) };
}
