import { Box, Button, Center, FileButton, Group, Image, Skeleton, Stack, Text } from '@mantine/core';
import { IconPhoto, IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { LOGO_MAX_BYTES } from '../../../../shared/contract/settings';
import { useMutation } from '../../../api/use-mutation';
import { useQuery } from '../../../api/use-query';
import { useAppData } from '../../../app-data';
import { notifyDone } from '../../../components/notify';
import { formatBytes } from '../backups/backup-words';
import { readAsBase64 } from '../backups/read-file';

// The logo at the head of letters and statements: a preview, and a file to choose or remove. It is
// kept as soon as it is chosen (it is a file, not a field of the form below); main checks that it is
// a PNG or JPEG of at most 1 MB by its bytes and says plainly, naming the file, when it is not.

const PREVIEW = { width: 240, height: 96 };

export function LogoField({ hasLogo }: { hasLogo: boolean }) {
  const { settings } = useAppData();
  const logo = useQuery('settings.logo', {});
  const upload = useMutation('settings.logoSet');
  const remove = useMutation('settings.logoClear');
  const [tooLarge, setTooLarge] = useState<string>();
  const locale = settings?.locale ?? 'en-GB';

  const choose = async (file: File | null) => {
    if (!file) return;
    upload.reset();
    remove.reset();
    // Said before sending: the file would be refused anyway, and a large one is slow to send.
    if (file.size > LOGO_MAX_BYTES) {
      setTooLarge(
        `“${file.name}” is ${formatBytes(file.size, locale)}; a logo can be at most 1 MB. Save it smaller (a logo prints well at 1000 pixels wide) and choose it again.`,
      );
      return;
    }
    setTooLarge(undefined);
    const answer = await upload.run({ fileName: file.name, base64: await readAsBase64(file) });
    if (answer) {
      notifyDone({
        id: 'logo-saved',
        title: 'Logo saved',
        message: `“${file.name}” heads your letters and statements from now on.`,
      });
    }
  };

  const clear = async () => {
    upload.reset();
    setTooLarge(undefined);
    if (await remove.run({})) {
      notifyDone({ id: 'logo-saved', title: 'Logo removed', message: 'Letters print without a logo.' });
    }
  };

  const problem = tooLarge ?? upload.error?.message ?? remove.error?.message;
  const shown = hasLogo && logo.data ? logo.data : null;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        Logo
      </Text>
      <Group gap="lg" align="center" wrap="wrap">
        <Box
          w={PREVIEW.width}
          h={PREVIEW.height}
          p="xs"
          style={{
            border: '1px dashed var(--mantine-color-default-border)',
            borderRadius: 'var(--mantine-radius-md)',
            background: 'var(--mantine-color-white)',
          }}
        >
          {hasLogo && logo.status === 'error' ? (
            <Center h="100%">
              <Text size="xs" c="dimmed" ta="center">
                The logo could not be shown; choose it again if letters print without it.
              </Text>
            </Center>
          ) : hasLogo && !shown ? (
            <Skeleton h="100%" />
          ) : shown ? (
            <Image
              src={`data:${shown.mimeType};base64,${shown.base64}`}
              alt="Your logo, as letters print it"
              fit="contain"
              h="100%"
              w="100%"
            />
          ) : (
            <Center h="100%">
              <Stack gap={2} align="center">
                <IconPhoto size={22} stroke={1.4} color="var(--mantine-color-dimmed)" aria-hidden />
                <Text size="xs" c="dimmed">
                  No logo yet
                </Text>
              </Stack>
            </Center>
          )}
        </Box>
        <Stack gap="xs">
          <Group gap="xs">
            <FileButton
              accept="image/png,image/jpeg"
              onChange={choose}
              inputProps={{ 'aria-label': 'Logo file' }}
            >
              {(props) => (
                <Button
                  variant="default"
                  leftSection={<IconPhotoUp size={16} stroke={1.6} />}
                  loading={upload.pending}
                  {...props}
                >
                  {hasLogo ? 'Replace the logo…' : 'Choose a logo…'}
                </Button>
              )}
            </FileButton>
            {hasLogo ? (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} stroke={1.6} />}
                loading={remove.pending}
                onClick={clear}
              >
                Remove
              </Button>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed" maw={360}>
            A PNG or JPEG file of up to 1 MB, printed at the top of every letter and statement.
            {shown ? ` This one is ${shown.width} × ${shown.height} pixels.` : ''}
          </Text>
        </Stack>
      </Group>
      {problem ? (
        <Text size="sm" c="red.8" role="alert">
          {problem}
        </Text>
      ) : null}
    </Stack>
  );
}
