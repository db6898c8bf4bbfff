import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { RequirementTags } from '../../components/ui/RequirementTag';

type PanelHeadingProps = {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  order?: 2 | 3;
  /** Rules the section is about, shown as tags beside the heading (not inside its name). */
  requirements?: readonly string[];
  /** The heading's id, for a section named by the heading alone (not by its description and tags). */
  headingId?: string;
};

/** The heading of a tab or a section on the organisation page (the page's h1 is the name). */
export function PanelHeading({ title, description, actions, order = 2, requirements, headingId }: PanelHeadingProps) {
  const heading = (
    <Title order={order} fz={order === 2 ? 'h3' : 'h4'} id={headingId}>
      {title}
    </Title>
  );
  return (
    <Group justify="space-between" align="flex-end" gap="md" mb="md" wrap="wrap">
      <Stack gap={4} maw={760}>
        {requirements ? (
          <Group gap="xs" align="center" wrap="wrap">
            {heading}
            <RequirementTags ids={requirements} />
          </Group>
        ) : (
          heading
        )}
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
