import { Alert, Stack } from '@mantine/core';
import { IconBook2 } from '@tabler/icons-react';
import { useAppData } from '../../app-data';
import { PageHeader } from '../../components/PageHeader';
import type { PageProps } from '../../shell/page';
import { LetterWordingCard } from '../templates/LetterWordingCard';
import { AgeingBucketsCard } from './ageing/AgeingBucketsCard';
import { BooksCard } from './BooksCard';
import { BackupsCard } from './backups/BackupsCard';
import { BusinessDetailsCard } from './business/BusinessDetailsCard';
import { LettersCard } from './letters/LettersCard';

// Settings, top to bottom in the order an owner needs them: who the business is and how money and
// dates look; how what is owed is grouped by age; keeping the books safe (backups, restore); and
// which file and which Duly this is.

export function SettingsPage({ takeFocus }: PageProps) {
  const { books } = useAppData();
  const noBooks = books !== undefined && books.open === null;
  return (
    <>
      <PageHeader
        title="Settings"
        subtitle="Your business details, how amounts and dates look, and keeping your books safe."
        takeFocus={takeFocus}
      />
      <Stack gap="lg">
        {noBooks ? (
          <Alert
            variant="light"
            radius="lg"
            icon={<IconBook2 size={20} stroke={1.6} />}
            title="No books are open"
          >
            Open or create books first; their details and backups are set here.
          </Alert>
        ) : (
          <>
            <BusinessDetailsCard />
            <LettersCard />
            <LetterWordingCard />
            <AgeingBucketsCard />
            <BackupsCard />
          </>
        )}
        <BooksCard />
      </Stack>
    </>
  );
}
