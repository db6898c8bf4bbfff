import { Button, Paper, Stack, Text, Title } from '@mantine/core';

type DangerZoneProps = {
  /** Unique on the page: names the section. */
  id: string;
  title: string;
  text: string;
  actionLabel: string;
  /** Opens the confirmation; the action itself is never taken on this click. */
  onAction: () => void;
  /** Nested inside a dialog, the heading is one level lower. */
  order?: 2 | 3;
};

/**
 * An irreversible or far-reaching action (closing a body, a member stepping down) kept apart from
 * the edit actions, framed in red and always confirmed in a dialog before it is taken.
 */
export function DangerZone({ id, title, text, actionLabel, onAction, order = 2 }: DangerZoneProps) {
  const headingId = `${id}-heading`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId} style={{ borderColor: 'var(--mantine-color-red-7)' }}>
      <Stack gap="sm" align="flex-start">
        <Title id={headingId} order={order} fz={order === 2 ? 'h3' : 'h4'}>
          {title}
        </Title>
        <Text size="sm">{text}</Text>
        <Button variant="outline" color="red" onClick={onAction}>
          {actionLabel}
        </Button>
      </Stack>
    </Paper>
  );
}
