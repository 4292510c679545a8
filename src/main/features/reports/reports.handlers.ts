import { Buffer } from 'node:buffer';
import type { ExportedFile } from '../../../shared/contract/reports';
import type { Handlers } from '../../rpc/dispatch';
import { ageingReport } from '../ageing/ageing.service';
import { pdfFile } from '../documents/document-files';
import { ageingCsv } from './ageing-report.csv';
import { renderAgeingPdf } from './ageing-report.pdf';

export const reportsHandlers = {
  'reports.ageingExport': async (ctx, input): Promise<ExportedFile> => {
    const asOf = input.asOf ?? ctx.clock.today();
    const name = `Aged receivables ${asOf}`;
    if (input.format === 'csv') {
      const bytes = Buffer.from(ageingCsv(ageingReport(ctx, asOf)), 'utf8');
      return {
        fileName: `${name}.csv`,
        mimeType: 'text/csv',
        base64: bytes.toString('base64'),
        size: bytes.length,
      };
    }
    const pdf = await renderAgeingPdf(ctx, {
      asOf,
      detail: input.detail,
      ...(input.paper ? { paper: input.paper } : {}),
    });
    return pdfFile(`${name}${input.detail ? ' with invoices' : ''}.pdf`, pdf);
  },
} satisfies Partial<Handlers>;
