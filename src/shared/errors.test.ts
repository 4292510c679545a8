import { describe, expect, it } from 'vitest';
import { DulyError, errorData } from './errors';

describe('errors as data', () => {
  it('come back from their data with field and problems', () => {
    const sent = new DulyError('import_invalid', 'Two rows are wrong.', {
      field: 'total',
      problems: [{ file: 'i.csv', row: 4, field: 'total', message: 'Not an amount.' }],
    }).toData();
    const back = DulyError.fromData(sent);
    expect(back).toBeInstanceOf(DulyError);
    expect(back.toData()).toEqual(sent);
    expect(DulyError.fromData({ code: 'cancelled', message: 'Stopped.' }).toData()).toEqual({
      code: 'cancelled',
      message: 'Stopped.',
    });
  });

  it('turn anything thrown into data: a DulyError as it is, the rest as internal with context', () => {
    expect(errorData(new DulyError('not_found', 'No such job.'), 'The job stopped')).toEqual({
      code: 'not_found',
      message: 'No such job.',
    });
    expect(errorData(new Error('disk full'), 'The job stopped unexpectedly')).toEqual({
      code: 'internal',
      message: 'The job stopped unexpectedly: disk full',
    });
    expect(errorData('odd', 'Drawing stopped')).toEqual({
      code: 'internal',
      message: 'Drawing stopped: odd',
    });
  });
});
