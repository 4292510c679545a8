import { Anchor, Skeleton, Stack, Tabs, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import {
  TEMPLATE_KEYS,
  TEMPLATE_TITLES,
  type TemplateDto,
  type TemplateKey,
} from '../../../shared/contract/templates';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import type { PageProps } from '../../shell/page';
import { hrefTo } from '../../shell/use-route';
import { TemplateWorkbench } from './TemplateWorkbench';
import type { Draft } from './template-draft';

// "Letter wording": the owner's own words for each reminder and the statement's cover note, with
// the letter they make for a real customer beside them. #/templates/firm opens on one of them.
// Unsaved wording is kept per template while the owner moves between them.

const isKey = (s: string | undefined): s is TemplateKey =>
  (TEMPLATE_KEYS as readonly string[]).includes(s ?? '');

export function TemplatesPage({ takeFocus, route }: PageProps) {
  const list = useQuery('templates.list', {});
  const [key, setKey] = useState<TemplateKey>(() => (isKey(route.rest[0]) ? route.rest[0] : 'friendly'));
  const [drafts, setDrafts] = useState<Partial<Record<TemplateKey, Draft>>>({});
  // A save's answer stands until the list is read again, so the editor never shows the old words.
  const [fresh, setFresh] = useState<Partial<Record<TemplateKey, TemplateDto>>>({});
  const [customerId, setCustomerId] = useState<number>();

  const listed = list.data;
  useEffect(() => {
    if (listed) setFresh({});
  }, [listed]);

  const setDraft = useCallback(
    (k: TemplateKey, draft: Draft | undefined) => setDrafts((all) => ({ ...all, [k]: draft })),
    [],
  );
  const saved = (t: TemplateDto) => {
    setFresh((all) => ({ ...all, [t.key]: t }));
    setDraft(t.key, undefined);
  };

  const templateOf = (k: TemplateKey) => fresh[k] ?? listed?.templates.find((t) => t.key === k);

  return (
    <>
      <Anchor
        href={hrefTo('settings')}
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} aria-hidden /> Settings
      </Anchor>
      <PageHeader
        title="Letter wording"
        subtitle="The words of your reminders and of the note that goes with a statement. Duly fills in the fields for each customer."
        takeFocus={takeFocus}
      />
      {list.status === 'error' ? (
        <ErrorAlert error={list.error} title="Could not read your letters’ wording" onRetry={list.reload} />
      ) : (
        <Tabs
          value={key}
          onChange={(v) => isKey(v ?? undefined) && setKey(v as TemplateKey)}
          keepMounted={false}
        >
          <Tabs.List aria-label="Letters">
            {TEMPLATE_KEYS.map((k) => (
              <Tabs.Tab key={k} value={k}>
                {TEMPLATE_TITLES[k].title}
                {drafts[k] ? (
                  <>
                    <span aria-hidden> •</span>
                    <VisuallyHidden> (unsaved changes)</VisuallyHidden>
                  </>
                ) : null}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {TEMPLATE_KEYS.map((k) => {
            const template = templateOf(k);
            return (
              <Tabs.Panel key={k} value={k}>
                <Text size="sm" c="dimmed" mt="md">
                  {TEMPLATE_TITLES[k].when}
                </Text>
                {template ? (
                  <TemplateWorkbench
                    template={template}
                    draft={drafts[k]}
                    onDraft={(d) => setDraft(k, d)}
                    onSaved={saved}
                    customerId={customerId}
                    onCustomer={setCustomerId}
                  />
                ) : (
                  <Stack gap="md" mt="lg" aria-hidden>
                    <Skeleton height={56} />
                    <Skeleton height={280} />
                  </Stack>
                )}
              </Tabs.Panel>
            );
          })}
        </Tabs>
      )}
    </>
  );
}
