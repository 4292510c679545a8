import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';

interface PageHeaderProps {
  title: string;
  subtitle?: string;
  /** Move keyboard focus here when the page opens, so screen readers announce the new page. */
  takeFocus?: boolean;
}

export function PageHeader({ title, subtitle, takeFocus = false }: PageHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus({ preventScroll: true });
  }, [takeFocus]);
  return (
    <Stack gap={4} mb="xl">
      <Title order={1} fz={26} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
        {title}
      </Title>
      {subtitle ? (
        <Text c="dimmed" size="sm">
          {subtitle}
        </Text>
      ) : null}
    </Stack>
  );
}
