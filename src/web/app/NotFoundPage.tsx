import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/ui/PageHeading';
import { ButtonLink } from '../components/ui/RouterLinks';

/** What an unknown address shows. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" radius="md" maw={640}>
      <Stack gap="md" align="flex-start">
        <Text fw={700} c="brand.8" fz={48} lh={1} aria-hidden="true">
          404
        </Text>
        <PageHeading title={t('errors.notFoundTitle')} />
        <Text>{t('errors.notFoundText')}</Text>
        <ButtonLink to="/">{t('common.toStart')}</ButtonLink>
      </Stack>
    </Paper>
  );
}
