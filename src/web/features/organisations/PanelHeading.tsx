import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type PanelHeadingProps = { title: string; description?: ReactNode; actions?: ReactNode; order?: 2 | 3 };

/** The heading of a tab or a section on the organisation page (the page's h1 is the name). */
export function PanelHeading({ title, description, actions, order = 2 }: PanelHeadingProps) {
  return (
    <Group justify="space-between" align="flex-end" gap="md" mb="md" wrap="wrap">
      <Stack gap={4} maw={760}>
        <Title order={order} fz={order === 2 ? 'h3' : 'h4'}>
          {title}
        </Title>
        {description ? (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
