import { Anchor, Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileImport, IconFolderOpen, IconPlus } from '@tabler/icons-react';
import { useAppData } from '../../app-data';
import { PageHeader } from '../../components/PageHeader';
import type { PageProps } from '../../shell/page';
import { hrefTo } from '../../shell/use-route';
import { RecentBooksList } from '../books/RecentBooksList';
import { useBooksActions } from '../books/use-books-actions';
import { ChoiceCard } from './ChoiceCard';
import { DemoChoice } from './DemoChoice';
import classes from './welcome.module.css';
import { dismissWelcome } from './welcome-gate';

/** The tools whose exports the importer reads (docs/import-formats.md). */
const TOOLS = [
  'QuickBooks',
  'Xero',
  'Sage',
  'Wave',
  'Zoho',
  'FreshBooks',
  'Invoice Ninja',
  'Tills',
  'Spreadsheets',
];

/**
 * The first thing an owner sees with empty books (and what the desktop menu's "New books" opens):
 * two ways to begin, and a way back to books they already have.
 */
export function WelcomePage({ takeFocus, route }: PageProps) {
  const { books } = useAppData();
  const actions = useBooksActions();
  const open = books?.open;
  const recent = (books?.recent ?? []).filter((r) => r.path !== open?.path);
  // Shown in place of the dashboard (first run), rather than asked for at #/welcome.
  const standingIn = route.page === 'dashboard';

  return (
    <>
      <PageHeader
        title="Welcome to Duly"
        subtitle="Let’s get your books ready. Everything stays on this computer; nothing is sent anywhere."
        takeFocus={takeFocus}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <ChoiceCard
          icon={<IconFileImport size={26} stroke={1.5} />}
          title="Your own data"
          footer={
            <Button size="md" component="a" href={hrefTo('import')}>
              Start with my own data
            </Button>
          }
        >
          <Text inherit>
            Bring in the customers, invoices and payments you already keep
            {open && !open.empty ? ` into ${open.name}` : ''}. Export them as CSV files from your accounts
            tool; Duly checks every row and shows you what it found before anything is saved.
          </Text>
          <div className={classes.tools}>
            {TOOLS.map((tool) => (
              <Badge key={tool} variant="default" radius="sm" fw={500} tt="none">
                {tool}
              </Badge>
            ))}
          </div>
        </ChoiceCard>
        <DemoChoice />
      </SimpleGrid>

      <Stack gap="sm" mt={40}>
        <Title order={2} fz="md">
          Books you already have
        </Title>
        {recent.length > 0 ? (
          <RecentBooksList
            recent={recent}
            onOpen={(p) => void actions.openPath(p)}
            opening={actions.opening}
          />
        ) : null}
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconFolderOpen size={16} stroke={1.6} />}
            onClick={() => void actions.chooseAndOpen()}
          >
            Open books…
          </Button>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} stroke={1.6} />}
            onClick={actions.startNew}
          >
            New books…
          </Button>
        </Group>
      </Stack>

      {standingIn && open ? (
        <Text size="sm" c="dimmed" mt={40}>
          Rather start from an empty dashboard?{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => dismissWelcome(open.path)}>
            Not now
          </Anchor>
        </Text>
      ) : null}
      {actions.dialogs}
    </>
  );
}
