import { Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AREAS } from '../../app/areas.config';
import { ConstructionIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { ButtonLink } from '../../components/ui/RouterLinks';

/** An area that is planned but not in this version: says so plainly, and what it will hold. */
export function UnderConstructionPage() {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const area = AREAS.find((a) => pathname === a.path || pathname.startsWith(`${a.path}/`));
  if (!area) return null;

  return (
    <Stack gap="lg">
      <PageHeading title={t(`areas.${area.key}`)} />
      <Paper withBorder p="xl" radius="md" maw={720}>
        <Stack gap="md" align="flex-start">
          <ThemeIcon size={52} radius="xl" variant="light" color="yellow" aria-hidden="true">
            <ConstructionIcon size={28} />
          </ThemeIcon>
          <Text fw={650} fz="lg">
            {t('areas.underConstruction')}
          </Text>
          <Text>{t('areas.underConstructionText')}</Text>
          <Text>
            {t('areas.plannedContent')} {t(`areas.${area.key}Text`)}
          </Text>
          <ButtonLink to="/" variant="default">
            {t('common.toStart')}
          </ButtonLink>
        </Stack>
      </Paper>
    </Stack>
  );
}
