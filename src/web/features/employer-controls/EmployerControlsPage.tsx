import { Alert, Anchor, Badge, Button, Paper, Stack, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlCheckView, EmployerControlsView } from '../../../shared/employers/employer-control.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { AppModal } from '../../components/ui/AppModal';
import { formatCalendarDate } from '../../components/ui/date.format';
import { NoValue } from '../../components/ui/NoValue';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { PanelHeading } from '../organisations/PanelHeading';
import { checkEvidenceHref, useEmployerControls } from './api';
import { RecordCheckForm } from './RecordCheckForm';

const route = getRouteApi('/app/arbetsgivare/$organisationId/kontroller');

const STATE_COLORS: Record<EmployerControlsView['controls'][number]['state'], string> = {
  passed: 'green',
  failed: 'red',
  expired: 'orange',
  no_evidence: 'yellow',
  missing: 'gray',
};

/** An employer's controls (EMP-2): they hold for every job partnership and job track of the employer. */
export function EmployerControlsPage() {
  const allowed = useCan('employers.read');
  return allowed ? <EmployerControls /> : <ForbiddenPage />;
}

function EmployerControls() {
  const { t } = useTranslation();
  const { organisationId } = route.useParams();
  const query = useEmployerControls(organisationId);
  const canWrite = useCan('employers.write');
  const [recording, setRecording] = useState<string | null | false>(false);
  const [message, setMessage] = useState<string | null>(null);
  const view = query.data;

  return (
    <>
      <PageHeading
        title={view ? t('employerControls.titleOf', { name: view.organisationName }) : t('employerControls.title')}
        description={<WithRequirements ids={['EMP-2', 'EMP-3']}>{t('employerControls.intro')}</WithRequirements>}
        actions={
          view && canWrite && view.programme ? (
            <Button onClick={() => setRecording(null)}>{t('employerControls.record')}</Button>
          ) : undefined
        }
      />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {view ? (
        <Stack gap="lg">
          <Summary view={view} />
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="controls-heading">
            <PanelHeading title={t('employerControls.controlsTitle')} headingId="controls-heading" description={view.programme ? t('employerControls.programme', { name: view.programme.name, date: formatCalendarDate(view.programme.validFrom, currentLocale()) }) : undefined} />
            {view.controls.length === 0 ? (
              <EmptyMessage>{t('employerControls.noProgramme')}</EmptyMessage>
            ) : (
              <ControlsTable view={view} canWrite={canWrite} onRecord={(code) => setRecording(code)} />
            )}
          </Paper>
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="history-heading">
            <PanelHeading title={t('employerControls.historyTitle')} headingId="history-heading" description={t('employerControls.historyText')} />
            <History view={view} />
          </Paper>
        </Stack>
      ) : null}
      {view ? (
        <AppModal opened={recording !== false} onClose={() => setRecording(false)} title={t('employerControls.recordTitle')} size="lg">
          {recording !== false ? (
            <RecordCheckForm
              view={view}
              initialControl={recording}
              onCancel={() => setRecording(false)}
              onDone={(text) => {
                setRecording(false);
                setMessage(text);
              }}
            />
          ) : null}
        </AppModal>
      ) : null}
    </>
  );
}

function Summary({ view }: { view: EmployerControlsView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="sm">
      {view.lastReset ? (
        <Alert color="red" variant="light" title={t('employerControls.resetTitle', { date: formatCalendarDate(view.lastReset.resetAt.slice(0, 10), locale) })}>
          <Text size="sm">{t('employerControls.resetText', { reason: view.lastReset.reason })}</Text>
          {view.lastReset.cooperationId ? (
            <Anchor href={`/samverkan/${view.lastReset.cooperationId}`} size="sm">
              {t('employerControls.resetPartnership')}
            </Anchor>
          ) : null}
        </Alert>
      ) : null}
      <Alert color={view.allPassed ? 'green' : 'orange'} variant="light" aria-live="polite">
        {view.allPassed ? t('employerControls.allPassed') : t('employerControls.notAllPassed', { count: view.controls.filter((c) => c.state !== 'passed').length })}
      </Alert>
    </Stack>
  );
}

function Evidence({ organisationId, check }: { organisationId: string; check: ControlCheckView | null }) {
  if (!check || (!check.evidenceFile && !check.evidenceReference)) return <NoValue />;
  return (
    <Stack gap={2}>
      {check.evidenceReference ? <Text size="sm">{check.evidenceReference}</Text> : null}
      {check.evidenceFile ? (
        <Anchor href={checkEvidenceHref(organisationId, check.id)} size="sm">
          {check.evidenceFile.originalName}
        </Anchor>
      ) : null}
    </Stack>
  );
}

function ControlsTable({ view, canWrite, onRecord }: { view: EmployerControlsView; canWrite: boolean; onRecord: (code: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const english = locale.startsWith('en');
  return (
    <Table.ScrollContainer minWidth={860} type="native">
      <Table verticalSpacing="sm" aria-label={t('employerControls.controlsTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('employerControls.control')}</Table.Th>
            <Table.Th scope="col">{t('employerControls.state')}</Table.Th>
            <Table.Th scope="col">{t('employerControls.validUntil')}</Table.Th>
            <Table.Th scope="col">{t('employerControls.latestCheck')}</Table.Th>
            <Table.Th scope="col">{t('employerControls.evidence')}</Table.Th>
            {canWrite ? <Table.Th scope="col">{t('employerControls.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.controls.map((c) => {
            const name = english ? c.nameEn : c.nameSv;
            return (
              <Table.Tr key={c.code}>
                <Table.Th scope="row" fw={500}>
                  <Text size="sm" fw={500}>
                    {name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('employerControls.interval', { count: c.recheckMonths ?? 12 })}
                  </Text>
                </Table.Th>
                <Table.Td>
                  <Badge color={STATE_COLORS[c.state]} variant="light" style={{ textTransform: 'none' }}>
                    {t(`employerControls.state_${c.state}`)}
                  </Badge>
                  {c.latest?.collectiveAgreement ? (
                    <Text size="xs" mt={4}>
                      {t(`employerControls.answer_${c.latest.collectiveAgreement}`)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td className="nowrap">{c.validUntil ? formatCalendarDate(c.validUntil, locale) : <NoValue />}</Table.Td>
                <Table.Td>
                  {c.latest ? (
                    <Text size="sm">
                      {formatCalendarDate(c.latest.checkedOn, locale)}
                      {c.latest.checkedBy ? `, ${c.latest.checkedBy.name}` : ''}
                    </Text>
                  ) : (
                    <NoValue />
                  )}
                </Table.Td>
                <Table.Td>
                  <Evidence organisationId={view.organisationId} check={c.latest} />
                </Table.Td>
                {canWrite ? (
                  <Table.Td>
                    <Button variant="light" size="compact-sm" onClick={() => onRecord(c.code)} aria-label={t('employerControls.recordFor', { control: name })}>
                      {t('employerControls.recordShort')}
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function History({ view }: { view: EmployerControlsView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const english = locale.startsWith('en');
  const names = new Map(view.controls.map((c) => [c.code, english ? c.nameEn : c.nameSv]));
  const checks = [...view.controls.flatMap((c) => c.history), ...view.otherChecks].sort((a, b) => (a.checkedOn === b.checkedOn ? b.recordedAt.localeCompare(a.recordedAt) : b.checkedOn.localeCompare(a.checkedOn)));
  if (checks.length === 0) return <EmptyMessage>{t('employerControls.historyEmpty')}</EmptyMessage>;
  return (
    <Table.ScrollContainer minWidth={860} type="native">
      <Table verticalSpacing="xs" aria-label={t('employerControls.historyTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('employerControls.checkedOn')}</Table.Th>
            <Table.Th scope="col">{t('employerControls.control')}</Table.Th>
            <Table.Th scope="col">{t('employerControls.result')}</Table.Th>
            <Table.Th scope="col">{t('employerControls.evidence')}</Table.Th>
            <Table.Th scope="col">{t('employerControls.checkedBy')}</Table.Th>
            <Table.Th scope="col">{t('employerControls.validUntil')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {checks.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td className="nowrap">{formatCalendarDate(c.checkedOn, locale)}</Table.Td>
              <Table.Td>
                <Text size="sm">{names.get(c.controlCode) ?? c.controlCode}</Text>
                {c.note ? (
                  <Text size="xs" c="dimmed">
                    {c.note}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`employerControls.result_${c.result}`)}</Text>
                {c.collectiveAgreement ? <Text size="xs">{t(`employerControls.answer_${c.collectiveAgreement}`)}</Text> : null}
                {!c.counts ? (
                  <Badge color="gray" variant="outline" size="sm" style={{ textTransform: 'none' }}>
                    {t('employerControls.voided')}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Evidence organisationId={view.organisationId} check={c} />
              </Table.Td>
              <Table.Td>{c.checkedBy ? <Text size="sm">{c.checkedBy.name}</Text> : <NoValue />}</Table.Td>
              <Table.Td className="nowrap">{formatCalendarDate(c.validUntil, locale)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
