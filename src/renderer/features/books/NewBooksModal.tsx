import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconFolder } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { DulyRequestError, invoke } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { useAppData } from '../../app-data';
import { showSwitched } from './show-switched';

interface NewBooksModalProps {
  opened: boolean;
  onClose: () => void;
}

/**
 * New, empty books: a name, and where the file goes. The default folder is Duly's own, which is
 * right for nearly everyone; the desktop app can choose another (a synced folder, say). Browser
 * mode cannot show the computer's folders, so it keeps to the default.
 */
export function NewBooksModal({ opened, onClose }: NewBooksModalProps) {
  const { info, books } = useAppData();
  const create = useMutation('books.create');
  const [name, setName] = useState('');
  const [folder, setFolder] = useState<string>();
  const shownFolder = folder ?? books?.defaultFolder ?? '';

  const close = () => {
    setName('');
    setFolder(undefined);
    create.reset();
    onClose();
  };

  const [folderError, setFolderError] = useState<string>();
  const chooseFolder = async () => {
    setFolderError(undefined);
    try {
      const chosen = await invoke('host.chooseFile', {
        purpose: 'new-books-folder',
        defaultPath: shownFolder,
      });
      if (chosen.path) setFolder(chosen.path);
    } catch (error) {
      setFolderError(error instanceof DulyRequestError ? error.message : 'The folder could not be chosen.');
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const status = await create.run({ name, ...(folder ? { folder } : {}) });
    if (!status) return;
    close();
    showSwitched(status);
  };

  const otherError =
    folderError ?? (create.error && create.error.field !== 'name' ? create.error.message : undefined);
  return (
    <Modal opened={opened} onClose={close} title="New books" radius="lg" size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Books hold one business: its customers, invoices and payments, in one file on this computer.
          </Text>
          <TextInput
            label="Name"
            description="Usually the name of your shop."
            placeholder="e.g. Harbour Lane Hardware"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={create.fieldError('name')}
            data-autofocus
            maxLength={80}
          />
          <div>
            <Text size="sm" fw={500}>
              Folder
            </Text>
            <Group gap="xs" wrap="nowrap" mt={4}>
              <IconFolder size={16} stroke={1.6} aria-hidden style={{ flexShrink: 0 }} />
              <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
                {shownFolder}
              </Text>
            </Group>
            {info?.nativeDialogs ? (
              <Button variant="subtle" size="compact-sm" mt={6} onClick={chooseFolder}>
                Choose folder…
              </Button>
            ) : (
              <Text size="xs" c="dimmed" mt={4}>
                New books go in Duly's own folder; the desktop app can put them anywhere.
              </Text>
            )}
          </div>
          {otherError ? (
            <Alert color="red" variant="light" radius="md">
              {otherError}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.pending}>
              Create books
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
