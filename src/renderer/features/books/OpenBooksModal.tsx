import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useMutation } from '../../api/use-mutation';
import { useAppData } from '../../app-data';
import { showSwitched } from './show-switched';

interface OpenBooksModalProps {
  opened: boolean;
  onClose: () => void;
}

/**
 * "Open books…" in browser mode. A web page cannot see file paths (a browser only ever hands over a
 * file's content), and books are opened where they lie, so the owner types or pastes the path.
 */
export function OpenBooksModal({ opened, onClose }: OpenBooksModalProps) {
  const { books } = useAppData();
  const open = useMutation('books.open');
  const [path, setPath] = useState('');

  const close = () => {
    setPath('');
    open.reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const status = await open.run({ path });
    if (!status) return;
    close();
    showSwitched(status);
  };

  const example = books
    ? `${books.defaultFolder}${books.defaultFolder.includes('\\') ? '\\' : '/'}My shop.duly`
    : '';
  const otherError = open.error && open.error.field !== 'path' ? open.error.message : undefined;
  return (
    <Modal opened={opened} onClose={close} title="Open books" radius="lg" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            Browsers are not allowed to see where files are on your computer, so paste the full path of the
            books file here (it ends in <strong>.duly</strong>).
          </Text>
          <TextInput
            label="Path to the books file"
            placeholder={example}
            value={path}
            onChange={(e) => setPath(e.currentTarget.value)}
            error={open.fieldError('path')}
            data-autofocus
            spellCheck={false}
            autoComplete="off"
          />
          {otherError ? (
            <Alert color="red" variant="light" radius="md">
              {otherError}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={open.pending}>
              Open
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
