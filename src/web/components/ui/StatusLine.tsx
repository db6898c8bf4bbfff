import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** "Status: <badge>" under a record's page heading. */
export function StatusLine({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" mt={-8} mb="lg">
      <Text size="sm" fw={600}>
        {label}:
      </Text>
      {children}
    </Group>
  );
}
