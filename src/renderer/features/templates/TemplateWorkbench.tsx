import { Badge, Button, Grid, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconRestore } from '@tabler/icons-react';
import { TEMPLATE_TITLES, type TemplateDto } from '../../../shared/contract/templates';
import { useMutation } from '../../api/use-mutation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifyDone } from '../../components/notify';
import { CustomerPicker } from './CustomerPicker';
import { LetterPreview } from './LetterPreview';
import { ResetModal } from './ResetModal';
import { TemplateEditor } from './TemplateEditor';
import { type Draft, draftOf, isPartError, partErrors, sameDraft } from './template-draft';
import classes from './templates.module.css';
import { useTemplatePreview } from './use-template-preview';

interface TemplateWorkbenchProps {
  /** The wording as saved (the owner's, or Duly's). */
  template: TemplateDto;
  /** What is being typed; undefined: the saved wording, untouched. */
  draft: Draft | undefined;
  onDraft(draft: Draft | undefined): void;
  /** Main's answer to a save or reset: the wording the books now hold. */
  onSaved(template: TemplateDto): void;
  customerId: number | undefined;
  onCustomer(id: number): void;
}

/** One template: its editor on the left, the letter it makes for a customer on the right, live. */
export function TemplateWorkbench(props: TemplateWorkbenchProps) {
  const { template, onDraft, onSaved, customerId, onCustomer } = props;
  const { title } = TEMPLATE_TITLES[template.key];
  const saved = draftOf(template);
  const draft = props.draft ?? saved;
  const dirty = !sameDraft(draft, saved);
  const save = useMutation('templates.save');
  const reset = useMutation('templates.reset');
  const [confirming, confirm] = useDisclosure(false);
  const preview = useTemplatePreview(template.key, draft, customerId);

  // A refused save speaks until the next edit; the preview checks the wording as it is typed.
  const errors = { ...partErrors(preview.error), ...partErrors(save.error) };
  const previewProblem = preview.error && !isPartError(preview.error) ? preview.error : undefined;

  const edit = (next: Draft) => {
    save.reset();
    onDraft(sameDraft(next, saved) ? undefined : next);
  };

  const submit = async () => {
    const answer = await save.run({ key: template.key, ...draft });
    if (!answer) return;
    onSaved(answer);
    notifyDone({
      id: 'template-saved',
      title: 'Saved',
      message: answer.isDefault
        ? `The ${title.toLowerCase()} uses Duly’s wording.`
        : `Letters use your wording of the ${title.toLowerCase()} from now on.`,
    });
  };

  const putBack = async () => {
    const answer = await reset.run({ key: template.key });
    if (!answer) return;
    confirm.close();
    save.reset();
    onSaved(answer);
    notifyDone({
      id: 'template-saved',
      title: 'Reset',
      message: `The ${title.toLowerCase()} uses Duly’s wording again.`,
    });
  };

  return (
    <Grid gap="xl" mt="lg">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="lg">
          <Group gap="xs">
            <Badge variant="light" color={template.isDefault ? 'gray' : 'petrol'} radius="sm">
              {template.isDefault ? 'Duly’s wording' : 'Your wording'}
            </Badge>
            {dirty ? (
              <Badge variant="outline" color="orange" radius="sm">
                Unsaved changes
              </Badge>
            ) : null}
          </Group>
          <TemplateEditor draft={draft} onChange={edit} errors={errors} />
          {save.error && !isPartError(save.error) ? (
            <ErrorAlert error={save.error} title="Your wording was not saved" />
          ) : null}
          <Group justify="space-between" gap="sm">
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconRestore size={16} />}
              onClick={confirm.open}
              disabled={template.isDefault || save.pending}
            >
              Reset to Duly’s wording
            </Button>
            <Group gap="sm">
              {dirty ? (
                <Button variant="default" onClick={() => edit(saved)} disabled={save.pending}>
                  Discard changes
                </Button>
              ) : null}
              <Button onClick={submit} loading={save.pending} disabled={!dirty}>
                Save
              </Button>
            </Group>
          </Group>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="md" className={classes.previewColumn}>
          <CustomerPicker customerId={customerId} onChange={onCustomer} />
          {previewProblem ? <ErrorAlert error={previewProblem} title="No preview" /> : null}
          {preview.preview && preview.preview.key === template.key ? (
            <LetterPreview
              preview={preview.preview}
              stale={preview.updating || preview.error !== undefined}
            />
          ) : customerId === undefined ? (
            <Paper withBorder radius="md" p="lg">
              <Text size="sm" c="dimmed">
                Add a customer to see the letter as it will read.
              </Text>
            </Paper>
          ) : (
            <Skeleton height={420} radius="sm" />
          )}
        </Stack>
      </Grid.Col>
      <ResetModal
        opened={confirming}
        title={title}
        pending={reset.pending}
        error={reset.error}
        onConfirm={putBack}
        onClose={confirm.close}
      />
    </Grid>
  );
}
