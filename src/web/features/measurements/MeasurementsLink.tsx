import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { ButtonLink } from '../../components/ui/RouterLinks';
import { PanelHeading } from '../organisations/PanelHeading';

/** The cooperation page's way to its measurements of this year (AGR-6); nothing for those who may not read them. */
export function MeasurementsLink({ cooperationId }: { cooperationId: string }) {
  const { t } = useTranslation();
  const allowed = useCan('measurements.read');
  if (!allowed) return null;
  const year = new Date().getFullYear();
  return (
    <Paper withBorder radius="md" p="md" mt="lg" component="section" aria-labelledby="measurements-link-heading">
      <PanelHeading title={t('measurements.linkTitle')} headingId="measurements-link-heading" requirements={['AGR-6']} />
      <Text size="sm" mb="sm">
        {t('measurements.linkIntro')}
      </Text>
      <ButtonLink to="/samverkan/$id/matningar" params={{ id: cooperationId }} search={{ year }} variant="light">
        {t('measurements.linkAction', { year })}
      </ButtonLink>
    </Paper>
  );
}
