import { ActionIcon, Button, Group, Menu } from '@mantine/core';
import { IconChevronDown, IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { AgeingExportInput } from '../../../shared/contract/reports';
import { invoke, problemMessage } from '../../api/client';
import { useAppData } from '../../app-data';
import { useDateFormat } from '../../components/DateText';
import { notifyDone, notifyProblem } from '../../components/notify';
import { saveDownload, whereSaved } from '../../components/save-download';
import { formatBytes } from '../settings/backups/backup-words';

type Kind = 'csv' | 'pdf' | 'pdf-detail';

const INPUTS: Record<Kind, Omit<AgeingExportInput, 'asOf'>> = {
  csv: { format: 'csv' },
  pdf: { format: 'pdf', detail: false },
  'pdf-detail': { format: 'pdf', detail: true },
};

const WHAT: Record<Kind, string> = {
  csv: 'what each customer owes by age, with the totals, for a spreadsheet or your accountant',
  pdf: 'the aged receivables summary, ready to print',
  'pdf-detail': "the aged receivables summary with each customer's open invoices, ready to print",
};

/**
 * The aged receivables as of the dashboard's date: a CSV file, or a PDF to print (the summary, or
 * with each customer's invoices). Main makes the file; the screen saves it as a download.
 */
export function ExportButtons({ asOf }: { asOf: string | undefined }) {
  const { info, settings } = useAppData();
  const formatDate = useDateFormat();
  const [busy, setBusy] = useState<Kind | null>(null);

  const run = async (kind: Kind) => {
    setBusy(kind);
    try {
      const file = await invoke('reports.ageingExport', { ...INPUTS[kind], ...(asOf ? { asOf } : {}) });
      saveDownload(file);
      const day = asOf ?? info?.today;
      notifyDone({
        id: 'dashboard-export',
        title: `Saved “${file.fileName}”`,
        message:
          `${formatBytes(file.size, settings?.locale ?? 'en-GB')}: ${WHAT[kind]}` +
          `${day ? `, as of ${formatDate(day)}` : ''}. ` +
          whereSaved(info?.transport),
      });
    } catch (e) {
      notifyProblem({
        id: 'dashboard-export',
        title: 'The report was not saved',
        message: problemMessage(e),
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        variant="default"
        leftSection={<IconFileSpreadsheet size={16} stroke={1.6} />}
        loading={busy === 'csv'}
        disabled={busy !== null && busy !== 'csv'}
        onClick={() => run('csv')}
      >
        Export CSV
      </Button>
      {/* A split button: the summary at once, the longer PDF with every invoice one click away. */}
      <Group gap={0} wrap="nowrap">
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} stroke={1.6} />}
          loading={busy === 'pdf'}
          disabled={busy !== null && busy !== 'pdf'}
          onClick={() => run('pdf')}
          style={{ borderTopRightRadius: 0, borderBottomRightRadius: 0 }}
        >
          Print PDF
        </Button>
        <Menu position="bottom-end" shadow="md" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="default"
              size={36}
              aria-label="More ways to print"
              loading={busy === 'pdf-detail'}
              disabled={busy !== null && busy !== 'pdf-detail'}
              style={{ borderTopLeftRadius: 0, borderBottomLeftRadius: 0, borderLeftWidth: 0 }}
            >
              <IconChevronDown size={16} stroke={1.6} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => run('pdf')}>Print PDF: the summary</Menu.Item>
            <Menu.Item onClick={() => run('pdf-detail')}>Print PDF with each customer's invoices</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Group>
  );
}
