import { ActionIcon, Alert, Button, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconArrowRight, IconFileSpreadsheet, IconUpload, IconX } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import classes from './import.module.css';
import { formatSize, MAX_TOTAL_BYTES, type PickedFile, readPicked } from './picked-files';

interface ChooseFilesStepProps {
  files: readonly PickedFile[];
  onAdd: (files: PickedFile[]) => void;
  onRemove: (name: string) => void;
  onContinue: () => void;
}

const ACCEPT = { 'text/csv': ['.csv'], 'text/plain': ['.txt'], 'text/tab-separated-values': ['.tsv'] };
const MAX_FILES = 20;

/** Why a file was turned away, with what to do instead. */
function refusal({ file }: FileRejection): string {
  const ext = file.name.split('.').at(-1)?.toLowerCase() ?? '';
  if (['xlsx', 'xls', 'xlsm', 'ods', 'numbers'].includes(ext)) {
    return `${file.name} is a spreadsheet workbook. Save it as CSV first (File → Save As → CSV UTF-8), then choose the CSV.`;
  }
  if (ext === 'pdf') return `${file.name} is a PDF. Export the data from your accounts tool as CSV instead.`;
  return `${file.name} is not a CSV file. Duly reads the CSV exports of accounts tools, tills and spreadsheets.`;
}

/** Step 1: the owner brings the exported files, by dropping them or picking them. */
export function ChooseFilesStep({ files, onAdd, onRemove, onContinue }: ChooseFilesStepProps) {
  const openPicker = useRef<() => void>(null);
  const [reading, setReading] = useState(false);
  const [refused, setRefused] = useState<string[]>([]);

  const take = async (dropped: File[]) => {
    setRefused([]);
    const total = [...files.map((f) => f.size), ...dropped.map((f) => f.size)].reduce((a, b) => a + b, 0);
    if (total > MAX_TOTAL_BYTES) {
      setRefused([
        `That is more than ${formatSize(MAX_TOTAL_BYTES)} at once; import the files in smaller groups.`,
      ]);
      return;
    }
    setReading(true);
    try {
      onAdd(await Promise.all(dropped.map(readPicked)));
    } catch (e) {
      setRefused([e instanceof Error ? e.message : 'A file could not be read.']);
    } finally {
      setReading(false);
    }
  };

  return (
    <Stack gap="lg">
      <Dropzone
        onDrop={(dropped) => void take(dropped)}
        onReject={(rejections) => setRefused(rejections.map(refusal))}
        accept={ACCEPT}
        maxFiles={MAX_FILES}
        openRef={openPicker}
        activateOnClick={false}
        activateOnKeyboard={false}
        loading={reading}
        radius="lg"
        className={classes.dropzone}
      >
        <Stack align="center" gap="sm" py={36} px="md" style={{ pointerEvents: 'none' }}>
          <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
            <Dropzone.Reject>
              <IconX size={28} stroke={1.5} />
            </Dropzone.Reject>
            <Dropzone.Idle>
              <IconUpload size={28} stroke={1.5} />
            </Dropzone.Idle>
            <Dropzone.Accept>
              <IconUpload size={28} stroke={1.5} />
            </Dropzone.Accept>
          </ThemeIcon>
          <Text fw={600} size="lg">
            Drop your exported files here
          </Text>
          <Text size="sm" c="dimmed" ta="center" maw={520}>
            CSV files from QuickBooks, Xero, Sage, Wave, Zoho, FreshBooks, Invoice Ninja, a till or a
            spreadsheet. Several at once is fine: customers, invoices and payments together.
          </Text>
          <Button
            mt="xs"
            variant="default"
            style={{ pointerEvents: 'all' }}
            onClick={() => openPicker.current?.()}
          >
            Choose files…
          </Button>
        </Stack>
      </Dropzone>

      {refused.length > 0 ? (
        <Alert color="orange" variant="light" radius="md" title="Some files were left out">
          <Stack gap={4}>
            {refused.map((r) => (
              <Text key={r} size="sm">
                {r}
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : null}

      {files.length > 0 ? (
        <Paper withBorder radius="lg" component="ul" aria-label="Chosen files" className={classes.fileList}>
          {files.map((f) => (
            <li key={f.name} className={classes.fileRow}>
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <IconFileSpreadsheet size={20} stroke={1.5} aria-hidden style={{ flexShrink: 0 }} />
                <Text size="sm" fw={500} truncate>
                  {f.name}
                </Text>
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {formatSize(f.size)}
                </Text>
              </Group>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Remove ${f.name}`}
                onClick={() => onRemove(f.name)}
              >
                <IconX size={16} />
              </ActionIcon>
            </li>
          ))}
        </Paper>
      ) : null}

      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Nothing is saved until you have seen what Duly found.
        </Text>
        <Button
          rightSection={<IconArrowRight size={16} />}
          disabled={files.length === 0 || reading}
          onClick={onContinue}
        >
          Check {files.length > 1 ? 'these files' : 'this file'}
        </Button>
      </Group>
    </Stack>
  );
}
