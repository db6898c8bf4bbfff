import { Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { AreaIcon, type IconArea } from '../../components/ui/AreaIcon';
import { UnstyledLink } from '../../components/ui/RouterLinks';

type AreaCardProps = {
  icon: IconArea;
  title: string;
  text: string;
  to: string;
};

/** A card that links to an area, with what the area holds. */
export function AreaCard({ icon, title, text, to }: AreaCardProps) {
  return (
    <UnstyledLink to={to} className="area-card">
      <Paper withBorder p="lg" radius="md" h="100%" className="area-card">
        <Stack gap="sm">
          <ThemeIcon size={44} radius="md" variant="light" aria-hidden="true">
            <AreaIcon area={icon} size={24} />
          </ThemeIcon>
          <Text component="h3" fw={650} fz="lg" c="brand.8" m={0}>
            {title}
          </Text>
          <Text size="sm" c="dimmed">
            {text}
          </Text>
        </Stack>
      </Paper>
    </UnstyledLink>
  );
}
