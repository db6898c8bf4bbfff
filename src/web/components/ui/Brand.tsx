import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BrandIcon } from './icons';

/** The product mark and name as shown in the header. */
export function Brand({ withTagline = true }: { withTagline?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap">
      <ThemeIcon size={38} radius="md" variant="filled" aria-hidden="true">
        <BrandIcon size={24} strokeWidth={2.2} />
      </ThemeIcon>
      <Stack gap={0} visibleFrom="xs">
        <Text fw={700} fz="lg" lh={1.2} c="brand.9">
          {t('app.name')}
        </Text>
        {withTagline ? (
          <Text fz="xs" c="dimmed" lh={1.3} visibleFrom="sm">
            {t('app.tagline')}
          </Text>
        ) : null}
      </Stack>
    </Group>
  );
}
