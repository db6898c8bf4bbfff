import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { ButtonLink } from '../../components/ui/RouterLinks';
import { PanelHeading } from '../organisations/PanelHeading';
import { useWelfareValue } from './api';
import { WelfareValueAlert } from './WelfareValueAlert';

/**
 * On a cooperation page: the way to its economy page (IOP-9) and, for a welfare-service
 * procurement, the warning when its value is near or past a threshold (FRM-7). No charts here.
 */
export function EconomyLinkSection({ cooperation }: { cooperation: { id: string; form: string } }) {
  const { t } = useTranslation();
  const allowed = useCan('economy.read');
  const welfare = useWelfareValue(cooperation.id, allowed && cooperation.form === 'welfare_procurement');
  if (!allowed) return null;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="economy-link-heading" mt="lg">
      <PanelHeading headingId="economy-link-heading" title={t('economy.linkTitle')} requirements={['IOP-9', 'FRM-7']} />
      {welfare.data?.flagged ? <WelfareValueAlert status={welfare.data.status} /> : null}
      <Group justify="space-between" align="center" gap="md">
        <Text size="sm">{t('economy.linkText')}</Text>
        <ButtonLink to="/samverkan/$id/ekonomi" params={{ id: cooperation.id }} variant="default">
          {t('economy.openEconomy')}
        </ButtonLink>
      </Group>
    </Paper>
  );
}
