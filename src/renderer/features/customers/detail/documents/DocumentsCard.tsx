import { Alert, Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconDownload, IconEye, IconMail, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { CustomerPage } from '../../../../../shared/contract/customers';
import type { DeliveryWay, DocumentProduceInput } from '../../../../../shared/contract/outbox';
import type { ExportedFile } from '../../../../../shared/contract/reports';
import { TONES, type Tone } from '../../../../../shared/contract/templates';
import { addMonths } from '../../../../../shared/dates';
import { invoke, problemMessage } from '../../../../api/client';
import { useMutation } from '../../../../api/use-mutation';
import { useAppData } from '../../../../app-data';
import { DateField, useDateReader } from '../../../../components/DateField';
import { EmailDraftNote } from '../../../../components/EmailDraftNote';
import { notifyDone } from '../../../../components/notify';
import { SectionCard } from '../../../../components/SectionCard';
import { openPdfInNewTab, saveDownload } from '../../../../components/save-download';
import { DocumentHistory } from './DocumentHistory';
import { PdfViewer } from './PdfViewer';
import { oldestOverdue, suggestTone, TONE_LABELS, toneReason } from './tone';

type Kind = DocumentProduceInput['kind'];

const KINDS: { value: Kind; label: string }[] = [
  { value: 'statement', label: 'Statement' },
  { value: 'activity', label: 'Activity statement' },
  { value: 'letter', label: 'Reminder letter' },
];

/**
 * "Letters and statements" on a customer's page: choose the document, look at it (drawn here with
 * pdf.js), then save, print or make an email draft of it. Those three go through documents.produce,
 * so each one lands on the history below with its exact file; the preview records nothing.
 */
export function DocumentsCard({ page }: { page: CustomerPage }) {
  const { info, changed } = useAppData();
  const dates = useDateReader();
  const customer = page.customer;
  const oldest = oldestOverdue(page.invoices);
  const today = info?.today ?? page.asOf;
  const [kind, setKind] = useState<Kind>(page.overdue > 0 ? 'letter' : 'statement');
  const [tone, setTone] = useState<Tone>(suggestTone(oldest));
  const [asOfText, setAsOfText] = useState(dates.write(today));
  // An activity statement starts, unless changed, on the first day of the month before.
  const [fromText, setFromText] = useState(dates.write(`${addMonths(today, -1).slice(0, 7)}-01`));
  const [preview, setPreview] = useState<ExportedFile | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [emailed, setEmailed] = useState<string | null>(null);
  const produce = useMutation('documents.produce');

  const asOf = dates.read(asOfText);
  const from = dates.read(fromText);
  const datesProblem =
    asOf === null
      ? dates.hint
      : kind === 'activity' && from === null
        ? `The first day: ${dates.hint}`
        : kind === 'activity' && from !== null && from > asOf
          ? 'The period must start on or before its last day.'
          : null;

  const request = (): Omit<DocumentProduceInput, 'via'> | null => {
    if (datesProblem || asOf === null) return null;
    if (kind === 'letter') return { customerId: customer.id, kind, tone, asOf };
    if (kind === 'activity' && from !== null) return { customerId: customer.id, kind, from, asOf };
    return { customerId: customer.id, kind: 'statement', asOf };
  };

  const choose = (next: () => void) => {
    next();
    setPreview(null);
    setProblem(null);
    setEmailed(null);
  };

  const showPreview = async () => {
    const r = request();
    if (!r) return;
    setPreviewing(true);
    setProblem(null);
    try {
      const file =
        r.kind === 'letter'
          ? await invoke('documents.letterPreview', { customerId: r.customerId, tone, asOf: r.asOf })
          : await invoke('documents.preview', {
              customerId: r.customerId,
              kind: r.kind,
              asOf: r.asOf,
              from: r.from,
            });
      setPreview(file);
    } catch (e) {
      setPreview(null);
      setProblem(problemMessage(e));
    } finally {
      setPreviewing(false);
    }
  };

  const send = async (via: DeliveryWay) => {
    const r = request();
    if (!r) return;
    setProblem(null);
    setEmailed(null);
    // The desktop app hands print and email to the system (its print dialog, the mail program);
    // browser mode cannot reach either, so it opens a tab or downloads the file instead.
    const handOff = info?.handOff === true && via !== 'pdf';
    const done = await produce.run({ ...r, via, handOff });
    // A failed hand-off may still have made and recorded the document (the system then could not
    // open it): the history below reads again, so it shows whatever was kept.
    if (!done) {
      if (handOff) changed();
      return;
    }
    setPreview(done.file);
    if (via === 'pdf') saveDownload(done.file);
    else if (via === 'email' && done.eml && !done.handedOff) {
      saveDownload(done.eml);
      setEmailed(done.eml.fileName);
    } else if (via === 'print' && !done.handedOff) {
      // Browser mode: the browser's own PDF viewer in a new tab, with its Print button; a download
      // when the browser blocks the tab.
      if (!openPdfInNewTab(done.file.base64)) saveDownload(done.file);
    }
    notifyDone({
      id: 'customer-document',
      title: `${done.file.fileName} is on ${customer.name}’s history`,
      message: sentMessage(via, done.handedOff !== undefined),
    });
  };

  const busy = previewing || produce.pending;
  const refusal = problem ?? produce.error?.message ?? null;
  return (
    <SectionCard
      title="Letters and statements"
      description="Look at a statement or a reminder before it goes. Each one you save, print or email is kept on the history below, exactly as it was."
    >
      <Stack gap="md" data-testid="documents-card">
        <SegmentedControl
          aria-label="Which document"
          value={kind}
          onChange={(k) => choose(() => setKind(k as Kind))}
          data={KINDS}
          w="fit-content"
        />
        <Group align="flex-start" gap="md">
          {kind === 'activity' ? (
            <DateField label="From" value={fromText} onChange={(t) => choose(() => setFromText(t))} w={180} />
          ) : null}
          <DateField
            label={kind === 'activity' ? 'To' : kind === 'letter' ? 'Letter date' : 'As of'}
            value={asOfText}
            onChange={(t) => choose(() => setAsOfText(t))}
            error={datesProblem}
            w={180}
          />
          {kind === 'letter' ? (
            <Select
              label="Tone"
              w={280}
              allowDeselect={false}
              value={tone}
              onChange={(t) => t && choose(() => setTone(t as Tone))}
              data={TONES.map((t) => ({ value: t, label: TONE_LABELS[t] }))}
            />
          ) : null}
        </Group>
        {kind === 'letter' ? (
          <Text size="sm" c="dimmed" mt={-8}>
            Suggested: {TONE_LABELS[suggestTone(oldest)]}, as {toneReason(oldest)}.
          </Text>
        ) : null}
        <Group gap="sm">
          <Button
            leftSection={<IconEye size={16} stroke={1.6} />}
            onClick={showPreview}
            loading={previewing}
            disabled={busy || datesProblem !== null}
          >
            Preview
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} stroke={1.6} />}
            onClick={() => send('pdf')}
            disabled={busy || datesProblem !== null}
          >
            Save PDF
          </Button>
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} stroke={1.6} />}
            onClick={() => send('print')}
            disabled={busy || datesProblem !== null}
          >
            Print
          </Button>
          <Button
            variant="default"
            leftSection={<IconMail size={16} stroke={1.6} />}
            onClick={() => send('email')}
            disabled={busy || datesProblem !== null || customer.email.trim() === ''}
            title={customer.email.trim() === '' ? `${customer.name} has no email address yet` : undefined}
          >
            Email draft
          </Button>
        </Group>
        {customer.email.trim() === '' ? (
          <Text size="sm" c="dimmed">
            To make an email draft, add {customer.name}’s email address to their contact details.
          </Text>
        ) : null}
        {refusal ? (
          <Alert color="red" title="Not made">
            {refusal}
          </Alert>
        ) : null}
        {emailed ? (
          <EmailDraftNote title={`Email draft saved: ${emailed}`} openIt="Open it from your downloads." />
        ) : null}
        {preview ? <PdfViewer base64={preview.base64} title={preview.fileName} /> : null}
        <DocumentHistory customerId={customer.id} />
      </Stack>
    </SectionCard>
  );
}

/** Where the document went, in the notice after it was made. */
function sentMessage(via: DeliveryWay, handedOff: boolean): string {
  if (via === 'email') {
    return handedOff
      ? 'The email draft is open in your mail program, with the PDF attached.'
      : 'The email draft is in your downloads, with the PDF attached.';
  }
  if (via === 'print') {
    return handedOff
      ? 'Choose the printer in the print dialog.'
      : 'Print it from the tab that opened (or from your downloads).';
  }
  return 'The PDF is in your downloads.';
}
