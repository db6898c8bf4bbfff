import { Badge, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AreaIcon, type IconArea } from '../../components/ui/AreaIcon';
import { UnstyledLink } from '../../components/ui/RouterLinks';

type AreaCardProps = {
  icon: IconArea;
  title: string;
  text: string;
  to: string;
  underConstruction?: boolean;
};

/** A card that links to an area, saying honestly when the area is not built yet. */
export function AreaCard({ icon, title, text, to, underConstruction }: AreaCardProps) {
  const { t } = useTranslation();
  return (
    <UnstyledLink to={to} className="area-card">
      <Paper withBorder p="lg" radius="md" h="100%" className="area-card">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <ThemeIcon size={44} radius="md" variant="light" aria-hidden="true">
              <AreaIcon area={icon} size={24} />
            </ThemeIcon>
            {underConstruction ? (
              <Badge variant="light" color="gray" size="sm">
                {t('areas.underConstruction')}
              </Badge>
            ) : null}
          </Group>
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
