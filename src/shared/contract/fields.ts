import { z } from 'zod';
import { isIsoDate } from '../dates';

export const isoDateField = z
  .string()
  .trim()
  .refine(isIsoDate, { message: 'Use a real calendar date, written YYYY-MM-DD.' });

/** Amounts cross the contract in minor units (pence, cents): integers, never floats. */
export const minorAmount = z.number().int('Amounts are whole minor units (pence, cents).');
export const positiveAmount = minorAmount.positive('The amount must be more than zero.');

export const idField = z.number().int().positive();
