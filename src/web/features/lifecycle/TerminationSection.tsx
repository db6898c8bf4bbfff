import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationTerminationView, TerminationView } from '../../../shared/lifecycle/lifecycle.schemas';
import { isApiError } from '../../api/client';
import { useCan, useCurrentSession } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { AppModal } from '../../components/ui/AppModal';
import { formatCalendarDate } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { evidenceHref, useTermination, useWithdrawNotice } from './api';
import { TerminationDialog } from './TerminationDialog';

type Cooperation = { id: string; caseNumber: string; status: string; form?: string; responsibleManager?: { id: string } | null };
type TerminationSectionProps = {
  cooperation: Cooperation;
  onMessage: (message: string) => void;
  /** The dialog is opened here or by an annual review that concluded the cooperation should end. */
  dialogOpen: boolean;
  onDialogOpenChange: (open: boolean) => void;
};

const stateColor = { pending: 'orange', effected: 'red', withdrawn: 'gray' } as const;

/** On a cooperation: its notice or rescission in force, earlier ones, and the way to end it (IOP-5, EMP-3). */
export function TerminationSection({ cooperation, onMessage, dialogOpen, onDialogOpenChange }: TerminationSectionProps) {
  const { t } = useTranslation();
  const query = useTermination(cooperation.id);
  const session = useCurrentSession();
  // EMP-3: only a job partnership's own responsible manager ends it (the server checks the same).
  const jobPartnership = cooperation.form === 'job_partnership';
  const canEnd = useCan('cooperations.transition') && (!jobPartnership || cooperation.responsibleManager?.id === session.user.id);
  const view = query.data;
  return (
    <Paper withBorder radius="md" p="lg" mt="lg" component="section" aria-labelledby="termination-heading">
      <div id="termination-heading">
        <PanelHeading
          title={t('lifecycle.terminationTitle')}
          description={t('lifecycle.terminationIntro')}
          actions={
            view?.terminable && canEnd ? (
              <Button variant="outline" color="red" onClick={() => onDialogOpenChange(true)}>
                {t(jobPartnership ? 'lifecycle.jobTerminate' : 'lifecycle.terminate')}
              </Button>
            ) : undefined
          }
        />
      </div>
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {view ? <TerminationState view={view} cooperation={cooperation} canEnd={canEnd} onMessage={onMessage} /> : null}
      {view && view.terminable && !canEnd ? (
        <Text size="sm" c="dimmed" mt="sm">
          {t(jobPartnership ? 'lifecycle.jobManagerOnly' : 'lifecycle.managerOnly')}
        </Text>
      ) : null}
      {view ? (
        <TerminationDialog
          opened={dialogOpen && Boolean(view.terminable) && canEnd}
          cooperation={cooperation}
          termination={view}
          onClose={() => onDialogOpenChange(false)}
          onDone={(message) => {
            onDialogOpenChange(false);
            onMessage(message);
          }}
        />
      ) : null}
    </Paper>
  );
}

function TerminationState({
  view,
  cooperation,
  canEnd,
  onMessage,
}: {
  view: CooperationTerminationView;
  cooperation: Cooperation;
  canEnd: boolean;
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [withdrawing, setWithdrawing] = useState(false);
  const current = view.current;
  const earlier = view.history.filter((h) => h.id !== current?.id);
  return (
    <Stack gap="md">
      {current?.state === 'pending' ? (
        <Alert color="orange" variant="light" title={t('lifecycle.pendingTitle', { date: formatCalendarDate(current.effectiveOn, locale) })}>
          <Stack gap="xs">
            <Text size="sm">{t('lifecycle.pendingText', { givenOn: formatCalendarDate(current.givenOn, locale) })}</Text>
            <TerminationDetails termination={current} cooperationId={cooperation.id} />
            {canEnd ? (
              <Group>
                <Button variant="default" onClick={() => setWithdrawing(true)}>
                  {t('lifecycle.withdraw')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
      {current?.state === 'effected' ? (
        <Alert color="red" variant="light" title={t(`lifecycle.effectedTitle_${current.kind}`, { date: formatCalendarDate(current.effectiveOn, locale) })}>
          <TerminationDetails termination={current} cooperationId={cooperation.id} />
        </Alert>
      ) : null}
      {!current ? <Text c="dimmed">{view.cooperationStatus === 'ended' ? t('lifecycle.terminationEndedOtherwise') : t('lifecycle.terminationNone')}</Text> : null}
      {earlier.length > 0 ? <TerminationHistory items={earlier} cooperationId={cooperation.id} /> : null}
      <WithdrawModal
        opened={withdrawing}
        cooperationId={cooperation.id}
        version={view.cooperationVersion}
        onClose={() => setWithdrawing(false)}
        onDone={() => {
          setWithdrawing(false);
          onMessage(t('lifecycle.withdrawn'));
        }}
      />
    </Stack>
  );
}

function EvidenceLink({ termination, cooperationId }: { termination: TerminationView; cooperationId: string }) {
  const { t } = useTranslation();
  if (!termination.evidenceFile) return null;
  return (
    <Anchor href={evidenceHref(cooperationId, termination.id)} download>
      {t('lifecycle.evidenceDownload', { name: termination.evidenceFile.originalName })}
    </Anchor>
  );
}

function TerminationDetails({ termination, cooperationId }: { termination: TerminationView; cooperationId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm">
        <strong>{t('lifecycle.reason')}:</strong> {termination.reason}
      </Text>
      {termination.evidenceNote ? (
        <Text size="sm">
          <strong>{t('lifecycle.evidenceNote')}:</strong> {termination.evidenceNote}
        </Text>
      ) : null}
      <EvidenceLink termination={termination} cooperationId={cooperationId} />
    </Stack>
  );
}

function TerminationHistory({ items, cooperationId }: { items: TerminationView[]; cooperationId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div>
      <Title order={3} fz="h5" mb="xs">
        {t('lifecycle.history')}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs">
          <Table.Caption>{t('lifecycle.historyCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('lifecycle.colKind')}</Table.Th>
              <Table.Th scope="col">{t('lifecycle.colState')}</Table.Th>
              <Table.Th scope="col">{t('lifecycle.colGivenOn')}</Table.Th>
              <Table.Th scope="col">{t('lifecycle.colEffectiveOn')}</Table.Th>
              <Table.Th scope="col">{t('lifecycle.colReason')}</Table.Th>
              <Table.Th scope="col">{t('lifecycle.colEvidence')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>{t(`lifecycle.kind_${h.kind}`)}</Table.Td>
                <Table.Td>
                  <Badge color={stateColor[h.state]} variant="light">
                    {t(`lifecycle.state_${h.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatCalendarDate(h.givenOn, locale)}</Table.Td>
                <Table.Td>{formatCalendarDate(h.effectiveOn, locale)}</Table.Td>
                <Table.Td>{h.reason}</Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {h.evidenceNote ? <Text size="sm">{h.evidenceNote}</Text> : null}
                    <EvidenceLink termination={h} cooperationId={cooperationId} />
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}

function WithdrawModal(props: { opened: boolean; cooperationId: string; version: number; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawNotice(props.cooperationId);
  const [reason, setReason] = useState('');
  const fields = isApiError(withdraw.error) ? withdraw.error.fieldErrors() : {};
  const general = withdraw.error && !fields.reason ? errorMessage(withdraw.error, t) : null;
  return (
    <AppModal opened={props.opened} onClose={props.onClose} title={t('lifecycle.withdrawTitle')} size="md">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          withdraw.mutate({ version: props.version, reason }, { onSuccess: props.onDone });
        }}
      >
        <Stack gap="md">
          <Text>{t('lifecycle.withdrawText')}</Text>
          {general ? (
            <Alert color="red" variant="light" role="alert">
              {general}
            </Alert>
          ) : null}
          <Textarea
            label={t('lifecycle.withdrawReason')}
            required
            autosize
            minRows={2}
            data-autofocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fields.reason}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose} disabled={withdraw.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={withdraw.isPending}>
              {t('lifecycle.withdraw')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
