import { Alert, Badge, Button, Group, List, NativeSelect, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VidaPayoutList, VidaPayoutView } from '../../../shared/followup/vida.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { formatCalendarDate } from '../../components/ui/date.format';
import { NoValue } from '../../components/ui/NoValue';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { formatAmount } from '../cooperations/cooperation.format';
import { PanelHeading } from '../organisations/PanelHeading';
import { localToday } from '../thresholds/threshold.format';
import { exportHref, useDeleteVidaPayout, useVidaPayouts } from './api';
import { VidaPayoutEditModal } from './VidaPayoutEditModal';
import { VidaPayoutForm } from './VidaPayoutForm';
import { VidaRatesSection } from './VidaRatesSection';
import { currentSemester, semesterLabel, semesterOptions } from './vida.format';

/** VIDA payouts per semester (FRM-5): the payout list with totals and warnings, registration, export and rates. */
export function VidaPayoutsPage() {
  const { t } = useTranslation();
  return useCan('vida.read') ? <VidaPayouts /> : <ForbiddenPage text={t('vida.forbidden')} />;
}

function VidaPayouts() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const locale = currentLocale();
  const canWrite = useCan('vida.write');
  const today = localToday();
  const [period, setPeriod] = useState(currentSemester(today));
  const [message, setMessage] = useState<string | null>(null);
  const query = useVidaPayouts(period);
  const words = { spring: t('vida.spring'), autumn: t('vida.autumn') };
  const label = semesterLabel(period, words);

  return (
    <>
      <PageHeading title={t('vida.title')} description={<WithRequirements ids={['FRM-5']}>{t('vida.intro')}</WithRequirements>} />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      <Stack gap="lg">
        <Group align="flex-end" gap="lg">
          <NativeSelect
            id="period"
            label={t('vida.period')}
            data={semesterOptions(today).map((key) => ({ value: key, label: semesterLabel(key, words) }))}
            value={period}
            onChange={(e) => setPeriod(e.currentTarget.value)}
            w={200}
          />
          {query.data ? (
            <Text size="sm" pb={6}>
              {query.data.rate
                ? t('vida.rateForPeriod', { amount: formatAmount(query.data.rate.amountSek, lang), date: formatCalendarDate(query.data.rate.validFrom, locale) })
                : null}
            </Text>
          ) : null}
        </Group>
        {query.data && !query.data.rate ? (
          <Alert color="yellow" variant="light">
            {t('vida.noRateForPeriod')}
          </Alert>
        ) : null}
        {query.isPending ? <LoadingState /> : null}
        {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.data ? <PayeeWarnings list={query.data} /> : null}
        {query.data ? <PayoutList list={query.data} period={period} periodLabel={label} canWrite={canWrite} onMessage={setMessage} /> : null}
        {canWrite ? <VidaPayoutForm period={period} periodLabel={label} rateSek={query.data?.rate?.amountSek ?? null} onRegistered={setMessage} /> : null}
        <VidaRatesSection onMessage={setMessage} />
      </Stack>
    </>
  );
}

/** The associations whose numbers must be fixed, each linking to its organisation (FRM-5). */
function PayeeWarnings({ list }: { list: VidaPayoutList }) {
  const { t } = useTranslation();
  if (list.warnings.length === 0) return null;
  return (
    <Alert color="orange" variant="light" title={t('vida.warningsHeading')}>
      <Text size="sm" mb="xs">
        {t('vida.warningsIntro')}
      </Text>
      <List size="sm" spacing={4}>
        {list.warnings.map((w) => (
          <List.Item key={w.organisationId}>
            <AnchorLink to="/organisationer/$id" params={{ id: w.organisationId }}>
              {w.organisationName}
            </AnchorLink>
            {': '}
            {w.problems.map((p) => t(`vida.problem_${p}`)).join(', ')}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

type PayoutListProps = { list: VidaPayoutList; period: string; periodLabel: string; canWrite: boolean; onMessage: (text: string) => void };

function PayoutList({ list, period, periodLabel, canWrite, onMessage }: PayoutListProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const remove = useDeleteVidaPayout();
  const [removing, setRemoving] = useState<VidaPayoutView | null>(null);
  const [editing, setEditing] = useState<VidaPayoutView | null>(null);

  const exportButtons = (
    <Group gap="xs" role="group" aria-label={t('vida.exportLabel')}>
      <Button component="a" href={exportHref(period, 'xlsx', lang)} variant="default" size="sm" download>
        {t('vida.exportExcel')}
      </Button>
      <Button component="a" href={exportHref(period, 'csv', lang)} variant="default" size="sm" download>
        {t('vida.exportCsv')}
      </Button>
    </Group>
  );

  return (
    <Paper withBorder radius="md" p="lg">
      <PanelHeading title={`${t('vida.listHeading')} ${periodLabel}`} actions={list.items.length > 0 ? exportButtons : undefined} />
      {list.items.length > 0 && list.warnings.length > 0 ? (
        <Text size="sm" c="orange.9" mb="sm">
          {t('vida.exportWarning', { count: list.warnings.length })}
        </Text>
      ) : null}
      {list.items.length === 0 ? (
        <EmptyMessage>{t('vida.empty')}</EmptyMessage>
      ) : (
        <Table.ScrollContainer minWidth={900} type="native">
          <Table verticalSpacing="sm" aria-label={`${t('vida.listHeading')} ${periodLabel}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('vida.colAssociation')}</Table.Th>
                <Table.Th scope="col">{t('vida.colOrgNumber')}</Table.Th>
                <Table.Th scope="col">{t('vida.colGiro')}</Table.Th>
                <Table.Th scope="col">{t('vida.colCooperation')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>{t('vida.colParticipants')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>{t('vida.colOccasions')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>{t('vida.colRate')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>{t('vida.colAmount')}</Table.Th>
                {canWrite ? <Table.Th scope="col">{t('vida.colActions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Th scope="row" fw={500}>
                    <AnchorLink to="/organisationer/$id" params={{ id: p.organisationId }}>
                      {p.organisationName}
                    </AnchorLink>
                  </Table.Th>
                  <Table.Td className="nowrap">{p.orgNumber ?? <NoValue />}</Table.Td>
                  <Table.Td className="nowrap">
                    {p.bankgiro ? <div>{t('vida.bg', { value: p.bankgiro })}</div> : null}
                    {p.plusgiro ? <div>{t('vida.pg', { value: p.plusgiro })}</div> : null}
                    {!p.bankgiro && !p.plusgiro ? <NoValue /> : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{p.caseNumber}</Text>
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{p.participants}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    <Group gap={6} justify="flex-end" wrap="nowrap">
                      {p.exception ? (
                        <Tooltip label={t('vida.exceptionBy', { name: p.exception.byName ?? '', motivation: p.exception.motivation })} multiline w={280}>
                          <Badge color="yellow" variant="light" size="sm" style={{ textTransform: 'none' }} tabIndex={0}>
                            {t('vida.outsideFrame')}
                          </Badge>
                        </Tooltip>
                      ) : null}
                      {p.occasions}
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }} className="nowrap">{formatAmount(p.rateSek, lang)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }} className="nowrap">{formatAmount(p.amountSek, lang)}</Table.Td>
                  {canWrite ? (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button variant="subtle" size="compact-sm" onClick={() => setEditing(p)} aria-label={t('vida.editLabel', { name: p.organisationName })}>
                          {t('vida.edit')}
                        </Button>
                        <Button variant="subtle" color="red" size="compact-sm" onClick={() => setRemoving(p)} aria-label={t('vida.removeLabel', { name: p.organisationName })}>
                          {t('vida.remove')}
                        </Button>
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row" colSpan={4}>
                  {t('vida.total')} ({t('vida.totalPayouts', { count: list.totals.payouts })})
                </Table.Th>
                <Table.Td style={{ textAlign: 'right' }} fw={600}>{list.totals.participants}</Table.Td>
                <Table.Td />
                <Table.Td />
                <Table.Td style={{ textAlign: 'right' }} fw={600} className="nowrap">{formatAmount(list.totals.amountSek, lang)}</Table.Td>
                {canWrite ? <Table.Td /> : null}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
      <VidaPayoutEditModal
        payout={editing}
        onClose={() => setEditing(null)}
        onSaved={(text) => {
          setEditing(null);
          onMessage(text);
        }}
      />
      <ConfirmDialog
        opened={removing !== null}
        title={t('vida.removeTitle')}
        confirmLabel={t('vida.remove')}
        destructive
        pending={remove.isPending}
        error={remove.error}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(
            { id: removing.id, version: removing.version },
            {
              onSuccess: () => {
                setRemoving(null);
                onMessage(t('vida.removed'));
              },
            },
          );
        }}
      >
        {removing ? t('vida.removeText', { name: removing.organisationName, period: periodLabel }) : null}
      </ConfirmDialog>
    </Paper>
  );
}
