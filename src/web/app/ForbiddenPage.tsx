import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/ui/PageHeading';
import { ButtonLink } from '../components/ui/RouterLinks';

/** What a page the user's roles do not reach shows; the server refuses the data as well. */
export function ForbiddenPage({ text }: { text?: string } = {}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" radius="md" maw={640}>
      <Stack gap="md" align="flex-start">
        <PageHeading title={t('errors.forbiddenTitle')} />
        <Text>{text ?? t('errors.forbiddenText')}</Text>
        <ButtonLink to="/">{t('common.toStart')}</ButtonLink>
      </Stack>
    </Paper>
  );
}
