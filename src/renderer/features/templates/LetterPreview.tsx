import { Alert, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { TemplateKey, TemplatePreview } from '../../../shared/contract/templates';
import { DateText } from '../../components/DateText';
import { Money } from '../../components/Money';
import nt from '../../components/number-table.module.css';
import classes from './templates.module.css';

interface LetterPreviewProps {
  preview: TemplatePreview;
  /** The wording has moved on (typing, or a problem to fix): the letter on show is the last good one. */
  stale: boolean;
}

/** Why a letter would list nothing, in the owner's words. */
const NOTHING: Record<TemplateKey, string> = {
  courtesy: 'has nothing falling due: every open invoice is already overdue, or none is open',
  friendly: 'has nothing overdue',
  firm: 'has nothing overdue',
  final: 'has nothing overdue',
  statement: 'has nothing open',
};

function daysWords(days: number): string {
  if (days > 0) return `${days} ${days === 1 ? 'day' : 'days'}`;
  return days === 0 ? 'Due today' : 'Not yet due';
}

/** The invoices block: the table the printed letter carries. */
function InvoiceTable({ preview }: { preview: TemplatePreview }) {
  return (
    <Table
      className={classes.invoices}
      verticalSpacing={4}
      horizontalSpacing={6}
      aria-label="Invoices in the letter"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Invoice</Table.Th>
          <Table.Th>Due</Table.Th>
          <Table.Th className={nt.numbers}>Total</Table.Th>
          <Table.Th className={nt.numbers}>Owed</Table.Th>
          <Table.Th className={nt.numbers}>Overdue</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {preview.invoices.map((invoice) => (
          <Table.Tr key={invoice.id}>
            <Table.Td fw={500}>{invoice.number}</Table.Td>
            <Table.Td>
              <DateText value={invoice.dueDate} />
            </Table.Td>
            <Table.Td className={nt.numbers}>
              <Money value={invoice.total} />
            </Table.Td>
            <Table.Td className={nt.numbers}>
              <Money value={invoice.owed} />
            </Table.Td>
            <Table.Td className={nt.numbers}>{daysWords(invoice.daysOverdue)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Under the words, as the printed letter has it: room to sign, who signs, the business. */
function Signature({ signature }: { signature: TemplatePreview['signature'] }) {
  const name = signature.name.trim();
  const business = signature.business.trim();
  if (name === '' && business === '') return null;
  return (
    <div className={classes.signature}>
      {name ? <div>{name}</div> : null}
      {business ? <div className={classes.muted}>{business}</div> : null}
    </div>
  );
}

/** The merged letter as it reads on paper, then the email that carries it. */
export function LetterPreview({ preview, stale }: LetterPreviewProps) {
  const { merged } = preview;
  return (
    <Stack gap="md">
      {preview.invoices.length === 0 ? (
        <Alert variant="light" radius="md" icon={<IconInfoCircle size={18} />} p="sm">
          <Text size="sm">
            {preview.customer.name} {NOTHING[preview.key]} today, so this letter would list no invoices.
          </Text>
        </Alert>
      ) : null}
      <article className={classes.sheet} data-stale={stale} aria-label="The letter" aria-busy={stale}>
        <Title order={3} className={classes.subject}>
          {merged.subject}
        </Title>
        {merged.blocks.map((block, i) =>
          block.kind === 'text' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity but their place.
            <p key={i} className={classes.paragraph}>
              {block.text}
            </p>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: the table's place among the paragraphs.
            <InvoiceTable key={i} preview={preview} />
          ),
        )}
        <Signature signature={preview.signature} />
      </article>
      <Paper withBorder radius="md" p="md" aria-label="The email" component="section" data-stale={stale}>
        <Group gap={6} mb={6}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            Email
          </Text>
          <Text size="xs" c="dimmed">
            · the letter goes as a PDF attachment
          </Text>
        </Group>
        <Text size="sm" fw={600} mb={8}>
          {merged.subject}
        </Text>
        <div className={classes.email}>{merged.emailBody}</div>
      </Paper>
      <Text size="xs" c="dimmed">
        For {preview.customer.name}, as of <DateText value={preview.asOf} />.
      </Text>
    </Stack>
  );
}
