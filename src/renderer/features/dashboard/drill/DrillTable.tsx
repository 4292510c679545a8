import { ActionIcon, Anchor, Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import type { DrillCustomer } from '../../../../shared/contract/dashboard';
import { Money } from '../../../components/Money';
import nt from '../../../components/number-table.module.css';
import { hrefTo } from '../../../shell/use-route';
import classes from '../dashboard.module.css';
import type { Say } from '../words';
import { DrillInvoices } from './DrillInvoices';

/** Customers shown at first, and added with each "Show more": thousands of rows would only slow the drawer. */
const PAGE = 50;

/** The customers behind a figure; each opens to their invoices, each name to the customer's page. */
export function DrillTable({ customers, say }: { customers: DrillCustomer[]; say: Say }) {
  const [limit, setLimit] = useState(PAGE);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setExpanded((was) => {
      const next = new Set(was);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const shown = customers.slice(0, limit);
  const hidden = customers.length - shown.length;

  return (
    <>
      <Table className={nt.table} verticalSpacing="xs" aria-label="Customers and their invoices">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <VisuallyHidden>Show invoices</VisuallyHidden>
            </Table.Th>
            <Table.Th>Customer</Table.Th>
            <Table.Th className={nt.numbers}>Invoices</Table.Th>
            <Table.Th className={nt.numbers}>Owed</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((c) => {
            const open = expanded.has(c.id);
            const panelId = `drill-invoices-${c.id}`;
            return (
              <Fragment key={c.id}>
                <Table.Tr data-testid="drill-customer">
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-expanded={open}
                      aria-controls={open ? panelId : undefined}
                      aria-label={`${open ? 'Hide' : 'Show'} the invoices of ${c.name}`}
                      onClick={() => toggle(c.id)}
                    >
                      {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td className={nt.wrap}>
                    <Group gap={8} wrap="wrap">
                      <Anchor href={hrefTo(`customers/${c.id}`)} fw={500} size="sm">
                        {c.name}
                      </Anchor>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {c.ref}
                      </Text>
                      {c.tags.map((tag) => (
                        <Badge
                          key={tag}
                          variant="light"
                          color="gray"
                          radius="sm"
                          tt="none"
                          fw={500}
                          size="sm"
                        >
                          {tag}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td className={nt.numbers}>{c.invoices.length.toLocaleString(say.locale)}</Table.Td>
                  <Table.Td className={nt.numbers} fw={600}>
                    <Money value={c.amount} />
                  </Table.Td>
                </Table.Tr>
                {open ? (
                  <Table.Tr id={panelId} className={classes.invoices}>
                    <Table.Td />
                    <Table.Td colSpan={3} py="xs">
                      <DrillInvoices customer={c} say={say} />
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
      {hidden > 0 ? (
        <Group justify="center">
          <Button variant="subtle" size="compact-sm" onClick={() => setLimit((l) => l + PAGE * 4)}>
            Show {Math.min(hidden, PAGE * 4).toLocaleString(say.locale)} more of{' '}
            {hidden.toLocaleString(say.locale)}
          </Button>
        </Group>
      ) : null}
    </>
  );
}
