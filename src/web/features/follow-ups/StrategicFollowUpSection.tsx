import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate } from '../../components/ui/date.format';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { useAgreementStrategicFollowUp } from './api';

/** On an agreement: its latest strategic follow-up, the basis for the revision the joint beredningsgrupp prepares (AGR-5). */
export function StrategicFollowUpSection({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const allowed = useCan('follow-ups.read');
  const query = useAgreementStrategicFollowUp(agreementId);
  if (!allowed) return null;
  const r = query.data?.record;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="strategic-follow-up-heading">
      <PanelHeading headingId="strategic-follow-up-heading" title={t('followUps.strategicTitle')} requirements={['AGR-5']} />
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && !r ? <EmptyMessage>{t('followUps.strategicNone')}</EmptyMessage> : null}
      {r ? (
        <>
          <Text size="sm" fw={600}>
            {r.period} · {r.body.name} · {formatCalendarDate(r.heldOn, locale)}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mt={4}>
            {r.conclusion}
          </Text>
        </>
      ) : null}
    </Paper>
  );
}
