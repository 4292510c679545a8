import { Modal, type ModalProps, Text } from '@mantine/core';
import { useState } from 'react';

/**
 * The customer screens' dialogs, alike: a clear title, soft corners, and the form mounted only from
 * opening until the closing animation ends, so every opening starts afresh from what is saved.
 */
export function FormModal({ opened, children, onExitTransitionEnd, ...props }: ModalProps) {
  const [mounted, setMounted] = useState(opened);
  if (opened && !mounted) setMounted(true);
  return (
    <Modal
      opened={opened}
      radius="lg"
      padding="lg"
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      onExitTransitionEnd={() => {
        setMounted(false);
        onExitTransitionEnd?.();
      }}
      {...props}
    >
      {mounted ? children : null}
    </Modal>
  );
}

/** "New invoice" over "for Mason Property Maintenance": short titles, whatever the name's length. */
export function FormTitle({ title, customer }: { title: string; customer: string }) {
  return (
    // Spans: the modal puts its title in a heading, where blocks do not belong.
    <>
      <Text component="span" display="block" inherit>
        {title}
      </Text>
      <Text component="span" display="block" size="sm" c="dimmed" fw={400}>
        {customer}
      </Text>
    </>
  );
}
