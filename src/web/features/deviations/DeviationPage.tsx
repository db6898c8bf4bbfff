import { Alert, Badge, Button, Checkbox, Group, NativeSelect, Paper, Select, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviationView } from '../../../shared/deviations/deviation.schemas';
import { useCan, useCurrentSession } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { DateField } from '../../components/ui/DateField';
import { formatCalendarDate } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { useGovernanceBody } from '../governance/api';
import { PanelHeading } from '../organisations/PanelHeading';
import { useHandleDeviation, useDeviation, useManagerOwners } from './api';
import { handlerLabel, placeLabel } from './deviation.format';

const route = getRouteApi('/app/avvikelser/$id');

/** One deviation (AGR-4): its facts, actions, decision and closing. */
export function DeviationPage() {
  const { t } = useTranslation();
  return useCan('deviations.read') ? <Deviation /> : <ForbiddenPage text={t('deviations.forbidden')} />;
}

function Deviation() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const query = useDeviation(id);
  const [message, setMessage] = useState<string | null>(null);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;
  return (
    <>
      <AnchorLink to="/avvikelser">{t('deviations.back')}</AnchorLink>
      <PageHeading title={t('deviations.detailTitle')} description={<WithRequirements ids={['AGR-4']}>{d.description}</WithRequirements>} />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      <Stack gap="lg">
        <Facts d={d} />
        <Actions d={d} />
        <Decision d={d} onMessage={setMessage} />
        <Close d={d} onMessage={setMessage} />
      </Stack>
    </>
  );
}

function Facts({ d }: { d: DeviationView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rows: [string, string][] = [
    [t('deviations.colStatus'), t(`deviations.status_${d.status}`)],
    [t('deviations.severity'), t(`deviations.severity_${d.severity}`)],
    [t('deviations.occurredOn'), formatCalendarDate(d.occurredOn, locale)],
    [t('deviations.where'), `${t(`deviations.place_${d.placeKind}`)}: ${placeLabel(d)}`],
    [t('deviations.handledBy'), handlerLabel(d, t)],
    [t('deviations.reportedBy'), d.reportedBy?.name ?? '–'],
  ];
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="deviation-facts-heading">
      <PanelHeading title={t('deviations.facts')} headingId="deviation-facts-heading" />
      {d.overdue ? (
        <Badge color="red" variant="filled" mb="sm">
          {t('deviations.overdue')}
        </Badge>
      ) : null}
      <Table>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w={220}>
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function Actions({ d }: { d: DeviationView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canHandle = d.mayHandle && d.status !== 'closed';
  const session = useCurrentSession();
  const canListManagers = useCan('users.directory');
  const managers = useManagerOwners(canHandle && canListManagers);
  const handle = useHandleDeviation(d.id);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState('');
  const [tried, setTried] = useState(false);
  const me = { value: session.user.id, label: session.user.name };
  const owners = [me, ...(managers.data?.items ?? []).filter((u) => u.id !== me.value).map((u) => ({ value: u.id, label: u.name }))];
  const required = (v: string | null) => (tried && !v ? t('deviations.required') : undefined);
  const add = () => {
    setTried(true);
    if (!text.trim() || !owner || !dueDate) return;
    handle.addAction.mutate(
      { version: d.version, text, ownerUserId: owner, dueDate },
      {
        onSuccess: () => {
          setText('');
          setDueDate('');
          setTried(false);
        },
      },
    );
  };
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="deviation-actions-heading">
      <PanelHeading title={t('deviations.actionsHeading')} headingId="deviation-actions-heading" />
      {d.actions.length === 0 ? (
        <Text size="sm">{t('deviations.noActions')}</Text>
      ) : (
        <Table aria-labelledby="deviation-actions-heading">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('deviations.actionText')}</Table.Th>
              <Table.Th scope="col">{t('deviations.owner')}</Table.Th>
              <Table.Th scope="col">{t('deviations.dueDate')}</Table.Th>
              <Table.Th scope="col">{t('deviations.done')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.actions.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.text}</Table.Td>
                <Table.Td>{a.owner.name}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {formatCalendarDate(a.dueDate, locale)}
                    {a.overdue ? (
                      <Badge color="red" variant="filled">
                        {t('deviations.overdue')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`${t('deviations.done')}: ${a.text}`}
                    checked={a.done}
                    disabled={d.status === 'closed' || !(d.mayHandle || a.owner.id === session.user.id) || handle.updateAction.isPending}
                    onChange={(e) => handle.updateAction.mutate({ actionId: a.id, version: a.version, done: e.currentTarget.checked })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canHandle ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <Stack gap="sm" mt="md">
            {handle.addAction.isError || handle.updateAction.isError ? (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(handle.addAction.error ?? handle.updateAction.error, t)}
              </Alert>
            ) : null}
            <TextInput label={t('deviations.actionText')} required value={text} onChange={(e) => setText(e.currentTarget.value)} error={required(text.trim())} />
            <Group align="flex-start" grow>
              <Select label={t('deviations.owner')} placeholder={t('deviations.chooseOwner')} required data={owners} value={owner} onChange={setOwner} error={required(owner)} />
              <DateField label={t('deviations.dueDate')} required value={dueDate} onChange={setDueDate} error={required(dueDate)} />
            </Group>
            <div>
              <Button type="submit" variant="light" loading={handle.addAction.isPending}>
                {t('deviations.addAction')}
              </Button>
            </div>
          </Stack>
        </form>
      ) : null}
    </Paper>
  );
}

function Decision({ d, onMessage }: { d: DeviationView; onMessage: (m: string) => void }) {
  const { t } = useTranslation();
  const canHandle = d.mayHandle && d.status !== 'closed';
  const handle = useHandleDeviation(d.id);
  const [text, setText] = useState(d.decision ?? '');
  const [decisionId, setDecisionId] = useState('');
  const [tried, setTried] = useState(false);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="deviation-decision-heading">
      <PanelHeading title={t('deviations.decisionHeading')} headingId="deviation-decision-heading" />
      {d.decision ? (
        <Text size="sm" mb="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {d.decision}
          {d.decidedBy ? ` — ${d.decidedBy.name}` : ''}
        </Text>
      ) : (
        <Text size="sm" mb="sm">
          {t('deviations.noDecision')}
        </Text>
      )}
      {d.governanceDecision ? <Text size="sm">{d.governanceDecision.text}</Text> : null}
      {canHandle ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setTried(true);
            if (!text.trim()) return;
            handle.decide.mutate({ version: d.version, decision: text, governanceDecisionId: decisionId || null }, { onSuccess: () => onMessage(t('deviations.decided')) });
          }}
        >
          <Stack gap="sm">
            {handle.decide.isError ? (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(handle.decide.error, t)}
              </Alert>
            ) : null}
            <Textarea label={t('deviations.decision')} required autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} error={tried && !text.trim() ? t('deviations.required') : undefined} />
            {d.route.body ? <BodyDecisionSelect bodyId={d.route.body.id} value={decisionId} onChange={setDecisionId} /> : null}
            <div>
              <Button type="submit" variant="light" loading={handle.decide.isPending}>
                {t('deviations.saveDecision')}
              </Button>
            </div>
          </Stack>
        </form>
      ) : null}
    </Paper>
  );
}

/** The routed body's joint decisions, one of which the deviation's decision may refer to. */
function BodyDecisionSelect({ bodyId, value, onChange }: { bodyId: string; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  const body = useGovernanceBody(bodyId);
  const data = [{ value: '', label: t('deviations.noGovernanceDecision') }, ...(body.data?.decisions ?? []).map((x) => ({ value: x.id, label: x.text.length > 90 ? `${x.text.slice(0, 90)}…` : x.text }))];
  return <NativeSelect label={t('deviations.governanceDecision')} data={data} value={value} onChange={(e) => onChange(e.currentTarget.value)} />;
}

function Close({ d, onMessage }: { d: DeviationView; onMessage: (m: string) => void }) {
  const { t } = useTranslation();
  const canHandle = d.mayHandle;
  const handle = useHandleDeviation(d.id);
  const [conclusion, setConclusion] = useState('');
  const [tried, setTried] = useState(false);
  const [confirming, setConfirming] = useState(false);
  if (d.status === 'closed') {
    return (
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="deviation-conclusion-heading">
        <PanelHeading title={t('deviations.conclusionHeading')} headingId="deviation-conclusion-heading" />
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {d.conclusion}
          {d.closedBy ? ` — ${d.closedBy.name}` : ''}
        </Text>
      </Paper>
    );
  }
  if (!canHandle) return null;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="deviation-close-heading">
      <PanelHeading title={t('deviations.closeHeading')} headingId="deviation-close-heading" />
      {d.status !== 'handled' ? (
        <Text size="sm">{t('deviations.closeNeedsDecision')}</Text>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setTried(true);
            if (conclusion.trim()) setConfirming(true);
          }}
        >
          <Stack gap="sm">
            <Textarea
              label={t('deviations.conclusion')}
              required
              autosize
              minRows={2}
              value={conclusion}
              onChange={(e) => setConclusion(e.currentTarget.value)}
              error={tried && !conclusion.trim() ? t('deviations.required') : undefined}
            />
            <div>
              <Button type="submit" color="red" variant="light">
                {t('deviations.closeAction')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('deviations.closeConfirmTitle')}
        confirmLabel={t('deviations.closeAction')}
        destructive
        pending={handle.close.isPending}
        error={handle.close.error}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          handle.close.mutate(
            { version: d.version, conclusion },
            {
              onSuccess: () => {
                setConfirming(false);
                onMessage(t('deviations.closed'));
              },
            },
          )
        }
      >
        {t('deviations.closeConfirmText')}
      </ConfirmDialog>
    </Paper>
  );
}
