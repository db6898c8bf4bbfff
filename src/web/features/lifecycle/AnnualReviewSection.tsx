import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnualReviewOutcome } from '../../../shared/lifecycle/annual-review.rules';
import type { AgreementAnnualReviewsView } from '../../../shared/lifecycle/lifecycle.schemas';
import { useCan } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { formatCalendarDate } from '../../components/ui/date.format';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { useCooperationAgreements } from '../agreements/api';
import { PanelHeading } from '../organisations/PanelHeading';
import { AnnualReviewModal } from './AnnualReviewModal';
import { useAnnualReviews } from './api';
import { dueStatusColor } from './lifecycle.format';

type AnnualReviewSectionProps = {
  cooperation: { id: string; status: string };
  onMessage: (message: string) => void;
  /** Opens the termination dialog, offered when a review concludes the cooperation should end. */
  onRequestTermination: () => void;
};

/** On a cooperation: the annual review of each of its agreements, with due status, history and the form (IOP-8, AGR-7). */
export function AnnualReviewSection({ cooperation, onMessage, onRequestTermination }: AnnualReviewSectionProps) {
  const { t } = useTranslation();
  const allowed = useCan('annual-reviews.read');
  const query = useCooperationAgreements(cooperation.id);
  if (!allowed) return null;
  const items = query.data?.items;
  return (
    <Paper withBorder radius="md" p="lg" mt="lg" component="section" aria-labelledby="annual-review-heading">
      <PanelHeading
        headingId="annual-review-heading"
        title={t('lifecycle.reviewTitle')}
        description={<WithRequirements ids={['IOP-8', 'AGR-7']}>{t('lifecycle.reviewIntro')}</WithRequirements>}
      />
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {items && items.length === 0 ? <EmptyMessage>{t('lifecycle.reviewNoAgreements')}</EmptyMessage> : null}
      <Stack gap="lg">
        {(items ?? []).map((a) => (
          <AgreementReviews key={a.id} agreement={a} cooperation={cooperation} onMessage={onMessage} onRequestTermination={onRequestTermination} />
        ))}
      </Stack>
    </Paper>
  );
}

function AgreementReviews({
  agreement,
  cooperation,
  onMessage,
  onRequestTermination,
}: {
  agreement: { id: string; title: string };
  cooperation: { id: string; status: string };
  onMessage: (message: string) => void;
  onRequestTermination: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canRecord = useCan('annual-reviews.write');
  const query = useAnnualReviews(agreement.id);
  const [recording, setRecording] = useState(false);
  const [concluded, setConcluded] = useState<AnnualReviewOutcome | null>(null);
  const reviews = query.data;
  const ended = cooperation.status === 'ended';
  return (
    <Stack gap="sm" component="article" aria-label={t('lifecycle.reviewAgreementHeading', { title: agreement.title })}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={3} fz="h5">
          {t('lifecycle.reviewAgreementHeading', { title: agreement.title })}
        </Title>
        {reviews && canRecord && !ended ? (
          <Button variant="default" onClick={() => setRecording(true)}>
            {t('lifecycle.recordReview')}
          </Button>
        ) : null}
      </Group>
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {reviews ? (
        <>
          <Group gap="sm">
            <Badge color={dueStatusColor(reviews.due.status)} variant="light">
              {t(`lifecycle.dueBadge_${reviews.due.status}`)}
            </Badge>
            <Text size="sm">{t(`lifecycle.due_${reviews.due.status}`, { date: formatCalendarDate(reviews.due.dueOn, locale) })}</Text>
          </Group>
          {concluded === 'revise' ? (
            <Alert color="blue" variant="light">
              <Stack gap="xs">
                <Text size="sm">{t('lifecycle.reviseNext')}</Text>
                <AnchorLink to="/samverkan/$id/avtal/$agreementId" params={{ id: cooperation.id, agreementId: agreement.id }}>
                  {t('lifecycle.reviseLink', { title: agreement.title })}
                </AnchorLink>
              </Stack>
            </Alert>
          ) : null}
          {concluded === 'terminate' && !ended ? (
            <Alert color="orange" variant="light">
              <Group justify="space-between" gap="sm">
                <Text size="sm">{t('lifecycle.terminateNext')}</Text>
                <Button variant="outline" color="red" onClick={onRequestTermination}>
                  {t('lifecycle.terminateOpen')}
                </Button>
              </Group>
            </Alert>
          ) : null}
          <ReviewTable reviews={reviews} />
          <AnnualReviewModal
            opened={recording}
            reviews={reviews}
            onClose={() => setRecording(false)}
            onDone={(outcome, year) => {
              setRecording(false);
              setConcluded(outcome);
              onMessage(t('lifecycle.reviewRecorded', { year }));
            }}
          />
        </>
      ) : null}
    </Stack>
  );
}

function ReviewTable({ reviews }: { reviews: AgreementAnnualReviewsView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (reviews.items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('lifecycle.reviewNone')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs">
        <Table.Caption>{t('lifecycle.reviewCaption', { title: reviews.agreementTitle })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('lifecycle.colYear')}</Table.Th>
            <Table.Th scope="col">{t('lifecycle.colTrigger')}</Table.Th>
            <Table.Th scope="col">{t('lifecycle.colReviewedOn')}</Table.Th>
            <Table.Th scope="col">{t('lifecycle.colManager')}</Table.Th>
            <Table.Th scope="col">{t('lifecycle.colConsulted')}</Table.Th>
            <Table.Th scope="col">{t('lifecycle.colOutcome')}</Table.Th>
            <Table.Th scope="col">{t('lifecycle.colReasons')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reviews.items.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{r.reviewYear}</Table.Td>
              <Table.Td>{t(`lifecycle.trigger_${r.trigger}`)}</Table.Td>
              <Table.Td>{formatCalendarDate(r.reviewedOn, locale)}</Table.Td>
              <Table.Td>{r.responsibleManager.name}</Table.Td>
              <Table.Td>{formatCalendarDate(r.reviewGroupConsultedOn, locale)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={r.outcome === 'continue' ? 'green' : r.outcome === 'revise' ? 'blue' : 'red'}>
                  {t(`lifecycle.outcome_${r.outcome}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{r.reasons}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
