import { Alert, Button, Group, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { type Paper, paperForRegion } from '../../../../shared/contract/settings';
import { useMutation } from '../../../api/use-mutation';
import { notifyDone } from '../../../components/notify';

// When the owner switches their language and region to the United States or Canada while letters are
// set to A4, Duly suggests US Letter, and changes the paper only if the owner says so.

interface PaperSuggestionProps {
  /** The region chosen on screen (saved or not). */
  locale: string;
  /** The paper letters print on now. */
  paper: Paper;
}

export function PaperSuggestion({ locale, paper }: PaperSuggestionProps) {
  const [asked, setAsked] = useState(false);
  const previous = useRef(locale);
  const save = useMutation('settings.update');

  // Only on a switch: the owner who keeps A4 in the US is not asked again each visit.
  useEffect(() => {
    if (previous.current === locale) return;
    previous.current = locale;
    setAsked(paperForRegion(locale) === 'letter');
  }, [locale]);

  if (!asked || paper === 'letter') return null;

  const chooseLetter = async () => {
    const answer = await save.run({ paper: 'letter', envelopeUnit: 'in' });
    if (!answer) return;
    setAsked(false);
    notifyDone({
      id: 'paper-saved',
      title: 'Letters print on US Letter',
      message: 'Envelope offsets are shown in inches. Change either under Letters and statements.',
    });
  };

  return (
    <Alert
      variant="light"
      color="blue"
      radius="md"
      icon={<IconPrinter size={20} stroke={1.6} />}
      title="Print on US Letter?"
    >
      <Text size="sm">
        In the United States and Canada letters are usually printed on US Letter; yours are set to print on
        A4.
      </Text>
      {save.error ? (
        <Text size="sm" c="red.8" mt={4}>
          {save.error.message}
        </Text>
      ) : null}
      <Group gap="xs" mt="sm">
        <Button size="xs" onClick={chooseLetter} loading={save.pending}>
          Use US Letter
        </Button>
        <Button size="xs" variant="subtle" color="gray" onClick={() => setAsked(false)}>
          Keep A4
        </Button>
      </Group>
    </Alert>
  );
}
