import {
  Badge,
  Button,
  Collapse,
  DataList,
  Group,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconFileSpreadsheet, IconFileUnknown } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { ColumnMapping, FileReport } from '../../../shared/contract/imports';
import { useAppData } from '../../app-data';
import { DateText } from '../../components/DateText';
import { ColumnMappingEditor } from './ColumnMappingEditor';
import classes from './import.module.css';
import { PreviewTable } from './PreviewTable';
import type { PickedFile } from './picked-files';
import {
  capitalise,
  countsPhrase,
  datesWords,
  decimalWords,
  delimiterWords,
  encodingWords,
  kindWords,
  plural,
} from './words';

interface FileReportCardProps {
  file: PickedFile;
  report: FileReport | undefined;
  onMapping: (mapping: ColumnMapping | undefined) => void;
}

/**
 * One file as Duly understood it: which tool wrote it and what it holds, how it was read (and
 * why), what it found and left out, its first rows with the field each column becomes, and the
 * column mapping, open from the start when Duly could not recognise the file on its own.
 */
export function FileReportCard({ file, report, onMapping }: FileReportCardProps) {
  const recognised = Boolean(report?.tool);
  const mustMap = !recognised || Boolean(file.mapping);
  const [editing, setEditing] = useState(false);
  // Undoing the owner's mapping starts the editor afresh from what Duly recognises.
  const [resets, setResets] = useState(0);
  const showEditor = mustMap || editing;

  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-label={file.name}>
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <ThemeIcon
              size={40}
              radius="md"
              variant="light"
              color={recognised ? undefined : 'orange'}
              aria-hidden
            >
              {recognised ? (
                <IconFileSpreadsheet size={22} stroke={1.5} />
              ) : (
                <IconFileUnknown size={22} stroke={1.5} />
              )}
            </ThemeIcon>
            <div style={{ minWidth: 0 }}>
              <Title order={3} fz="md" style={{ wordBreak: 'break-all' }}>
                {file.name}
              </Title>
              <Text size="sm" c="dimmed">
                {report?.layout
                  ? `${file.mapping ? 'Read with your columns as a ' : 'Recognised: '}${file.mapping ? report.layout : capitalise(report.layout)}`
                  : 'Duly did not recognise this file yet'}
              </Text>
            </div>
          </Group>
          {recognised && !file.mapping ? (
            <Badge variant="light" size="lg" radius="sm" tt="none">
              {report?.tool}
            </Badge>
          ) : (
            <Badge variant="light" color={recognised ? 'petrol' : 'orange'} size="lg" radius="sm" tt="none">
              {recognised ? 'Your columns' : 'Needs your help'}
            </Badge>
          )}
        </Group>

        {report && recognised ? <Facts report={report} /> : null}

        {!recognised ? (
          <Text size="sm">
            Tell Duly what the file holds, which row has the column names, and which column is which. The rows
            below are shown exactly as the file has them.
          </Text>
        ) : null}

        {report && recognised && !showEditor ? (
          <PreviewTable
            label={`The first rows of ${file.name}`}
            header={report.header}
            rows={report.preview}
            columns={report.columns}
          />
        ) : null}

        {!mustMap ? (
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              rightSection={editing ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
              onClick={() => setEditing((e) => !e)}
              aria-expanded={editing}
            >
              {editing ? 'Keep what Duly recognised' : 'Change how the columns are read'}
            </Button>
          </Group>
        ) : null}
        <Collapse expanded={showEditor} keepMounted={false}>
          {showEditor ? (
            <ColumnMappingEditor
              key={resets}
              file={file}
              report={report}
              onApply={(mapping) => {
                if (!mapping) {
                  setResets((n) => n + 1);
                  setEditing(false);
                }
                onMapping(mapping);
              }}
            />
          ) : null}
        </Collapse>
      </Stack>
    </Paper>
  );
}

/** How the file was read, in a few plain facts. */
function Facts({ report }: { report: FileReport }) {
  const { settings } = useAppData();
  const settled = report.dateReason !== 'cannot tell';
  return (
    <Stack gap="sm">
      <Text size="sm">
        <strong>Found:</strong> {settled ? countsPhrase(report.found) : 'counted once the dates are settled'}
        {report.skipped.length > 0 ? (
          <>
            {' · '}
            <strong>Left out:</strong>{' '}
            {report.skipped.map((s) => `${s.reason} (${plural(s.count, 'row')})`).join(', ')}
          </>
        ) : null}
      </Text>
      <DataList size="sm" gap={6} labelWidth={120} className={classes.facts}>
        <Fact label="What it holds">{kindWords(report.kind)}</Fact>
        <Fact label="Column names on">row {report.headerRow}</Fact>
        <Fact label="Dates">{datesWords(report)}</Fact>
        <Fact label="Decimal mark">{decimalWords(report.decimal)}</Fact>
        <Fact label="Currency">
          {report.currency ?? `Not stated: your books’ currency${settings ? ` (${settings.currency})` : ''}`}
        </Fact>
        <Fact label="Exported on">
          {report.exportDate ? <DateText value={report.exportDate} /> : 'Not stated'}
        </Fact>
        <Fact label="File format">
          {encodingWords(report.encoding)}; {delimiterWords(report.delimiter).toLowerCase()}
        </Fact>
      </DataList>
      {report.notes.map((note) => (
        <Text key={note} size="sm" c="dimmed">
          {note}
        </Text>
      ))}
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}
