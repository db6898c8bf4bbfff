import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferView } from '../../../shared/employers/employer-offers.schemas';
import { useCan } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate } from '../../components/ui/date.format';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { PanelHeading } from '../organisations/PanelHeading';
import { useOfferActions, useOffers } from './api';
import { OfferForm } from './OfferForm';
import { OutcomeForm } from './OutcomeForm';
import { ReasonConfirmDialog } from '../../components/ui/ReasonConfirmDialog';

/** "Erbjudanden" on a job partnership's page (EMP-4): its offers with places, period, units and outcomes; add, close, record outcomes. */
export function OffersSection({ cooperationId }: { cooperationId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canRead = useCan('employers.read');
  const query = useOffers(cooperationId, canRead);
  const { close } = useOfferActions(cooperationId);
  const [adding, setAdding] = useState(false);
  const [closing, setClosing] = useState<OfferView | null>(null);
  const [recording, setRecording] = useState<OfferView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (!canRead) return null;
  const mayWrite = query.data?.mayWrite ?? false;
  const period = (o: OfferView) => `${formatCalendarDate(o.startDate, locale)} – ${o.endDate ? formatCalendarDate(o.endDate, locale) : t('employerOffers.openEnded')}`;

  return (
    <Paper withBorder radius="md" p="md" mt="lg" component="section" aria-labelledby="offers-heading">
      <PanelHeading
        title={t('employerOffers.offersTitle')}
        headingId="offers-heading"
        requirements={['EMP-4']}
        actions={
          mayWrite && !adding ? (
            <Button variant="light" size="sm" onClick={() => setAdding(true)}>
              {t('employerOffers.addOffer')}
            </Button>
          ) : undefined
        }
      />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      <Text size="sm" mb="sm">
        {t('employerOffers.offersIntro')}
      </Text>
      {adding ? (
        <OfferForm
          cooperationId={cooperationId}
          onCancel={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            setMessage(t('employerOffers.offerAdded'));
          }}
        />
      ) : null}
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.items.length === 0 ? <EmptyMessage>{t('employerOffers.noOffers')}</EmptyMessage> : null}
      {query.data && query.data.items.length > 0 ? (
        <Table.ScrollContainer minWidth={900} type="native">
          <Table verticalSpacing="sm" aria-label={t('employerOffers.offersTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('employerOffers.offerTitle')}</Table.Th>
                <Table.Th scope="col">{t('employerOffers.kind')}</Table.Th>
                <Table.Th scope="col">{t('employerOffers.places')}</Table.Th>
                <Table.Th scope="col">{t('employerOffers.placesFilled')}</Table.Th>
                <Table.Th scope="col">{t('employerOffers.periodCol')}</Table.Th>
                <Table.Th scope="col">{t('employerOffers.units')}</Table.Th>
                <Table.Th scope="col">{t('employerOffers.status')}</Table.Th>
                {mayWrite ? <Table.Th scope="col">{t('employerOffers.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>
                    {o.title}
                    {o.jobTrack ? (
                      <Text size="xs">
                        <AnchorLink to="/jobbspar/$id" params={{ id: o.jobTrack.id }} size="xs">
                          {o.jobTrack.title}
                        </AnchorLink>
                      </Text>
                    ) : null}
                    {o.outcomes.length > 0 ? (
                      <Text size="xs" c="dimmed">
                        {o.outcomes.map((x) => t('employerOffers.outcomeLine', { period: x.period, started: x.started.total, employed: x.employed.total })).join(' · ')}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{t(`employerOffers.kind_${o.kind}`)}</Table.Td>
                  <Table.Td>{o.places}</Table.Td>
                  <Table.Td>{o.placesFilled}</Table.Td>
                  <Table.Td>{period(o)}</Table.Td>
                  <Table.Td>{o.units.length === 0 ? '–' : o.units.map((u) => u.name).join(', ')}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={o.status === 'open' ? 'green' : 'gray'}>
                      {t(`employerOffers.offerStatus_${o.status}`)}
                    </Badge>
                    {o.closedReason ? (
                      <Text size="xs" c="dimmed">
                        {o.closedReason}
                      </Text>
                    ) : null}
                  </Table.Td>
                  {mayWrite ? (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="light" onClick={() => setRecording(o)} aria-label={t('employerOffers.recordOutcomeFor', { title: o.title })}>
                          {t('employerOffers.recordOutcome')}
                        </Button>
                        {o.status === 'open' ? (
                          <Button size="xs" variant="default" color="red" onClick={() => setClosing(o)} aria-label={t('employerOffers.closeOfferFor', { title: o.title })}>
                            {t('employerOffers.closeOffer')}
                          </Button>
                        ) : null}
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {closing ? (
        <ReasonConfirmDialog
          opened
          reasonLabel={t('employerOffers.reason')}
          title={t('employerOffers.closeOfferTitle', { title: closing.title })}
          text={t('employerOffers.closeOfferText')}
          confirmLabel={t('employerOffers.closeOffer')}
          pending={close.isPending}
          error={close.error}
          onClose={() => {
            close.reset();
            setClosing(null);
          }}
          onConfirm={(reason) =>
            close.mutate(
              { id: closing.id, version: closing.version, reason },
              {
                onSuccess: () => {
                  setClosing(null);
                  setMessage(t('employerOffers.offerClosed'));
                },
              },
            )
          }
        />
      ) : null}
      {recording ? (
        <OutcomeForm
          offer={recording}
          cooperationId={cooperationId}
          onClose={(saved) => {
            setRecording(null);
            if (saved) setMessage(t('employerOffers.outcomeSaved'));
          }}
        />
      ) : null}
    </Paper>
  );
}
