import { Alert, Text } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';

/**
 * What to do with an .eml file, in one paragraph (from src/main/features/delivery/README.md): which
 * mail programs open it as a draft ready to send, and the one step the others need.
 */
export function EmailDraftNote({ title, openIt }: { title: string; openIt: string }) {
  return (
    <Alert color="petrol" icon={<IconMail size={18} />} title={title}>
      <Text size="sm">
        {openIt} Outlook for Windows and Outlook for Mac open it as a new message, ready to check and send.
        Thunderbird opens it as mail received: choose Message › Edit as New Message. Apple Mail shows it
        read-only: choose Message › Send Again. Web mail such as Gmail cannot open it; save the PDF instead
        and attach it to a new email.
      </Text>
    </Alert>
  );
}
