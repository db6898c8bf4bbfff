import { Button, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { ButtonLink } from '../../components/ui/RouterLinks';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { PanelHeading } from '../organisations/PanelHeading';
import { DeviationReportForm } from './DeviationReportForm';

/** The cooperation page's way to report a deviation in it and to the deviation list (AGR-4). */
export function CooperationDeviationsSection({ cooperationId }: { cooperationId: string }) {
  const { t } = useTranslation();
  const canRead = useCan('deviations.read');
  const canReport = useCan('deviations.report');
  const [reporting, setReporting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (!canRead) return null;
  return (
    <Paper withBorder radius="md" p="md" mt="lg" component="section" aria-labelledby="deviations-link-heading">
      <PanelHeading title={t('deviations.linkTitle')} headingId="deviations-link-heading" requirements={['AGR-4']} />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      <Text size="sm" mb="sm">
        {t('deviations.linkIntro')}
      </Text>
      {reporting ? (
        <DeviationReportForm
          cooperationId={cooperationId}
          onReported={() => {
            setReporting(false);
            setMessage(t('deviations.reported'));
          }}
        />
      ) : (
        <Group gap="sm">
          {canReport ? (
            <Button variant="light" onClick={() => setReporting(true)}>
              {t('deviations.reportAction')}
            </Button>
          ) : null}
          <ButtonLink to="/avvikelser" variant="default">
            {t('deviations.linkList')}
          </ButtonLink>
        </Group>
      )}
    </Paper>
  );
}
