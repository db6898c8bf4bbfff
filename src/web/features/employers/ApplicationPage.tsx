import { Alert, Badge, Button, Checkbox, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBERSHIP_STATEMENTS } from '../../../shared/employers/membership.rules';
import type { ApplicationView } from '../../../shared/employers/membership.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { formatDateTime } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { PanelHeading } from '../organisations/PanelHeading';
import { ReasonConfirmDialog } from '../../components/ui/ReasonConfirmDialog';
import { useApplication, useCheckApplication, useDecideApplication, useLinkApplication, useWithdrawApplication } from './api';

const LEGAL_FORMS = ['limited_company', 'trading_partnership', 'limited_partnership', 'sole_trader', 'economic_association'] as const;

/** An application for membership (EMP-1): the applicant, the commitments, the link to the register, the simpler check and the decision. */
export function ApplicationPage() {
  const { t } = useTranslation();
  return useCan('employers.read') ? <Application /> : <ForbiddenPage text={t('employers.forbidden')} />;
}

function Application() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/app/arbetsgivare/ansokningar/$id' });
  const query = useApplication(id);
  const [message, setMessage] = useState<string | null>(null);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const a = query.data;
  return (
    <>
      <PageHeading
        title={t('employers.applicationTitle', { reference: a.reference })}
        description={
          <Group gap="xs">
            <Badge variant="light">{t(`employers.appStatus_${a.status}`)}</Badge>
            <Text size="sm">{t(`employers.source_${a.source}`)}</Text>
          </Group>
        }
        actions={<AnchorLink to="/arbetsgivare">{t('employers.back')}</AnchorLink>}
      />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      <Stack gap="lg">
        <Applicant a={a} />
        <Organisation a={a} onDone={setMessage} />
        <Check a={a} onDone={setMessage} />
        <Decision a={a} onDone={setMessage} />
      </Stack>
    </>
  );
}

function Applicant({ a }: { a: ApplicationView }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="applicant-heading">
      <PanelHeading title={t('employers.applicantHeading')} headingId="applicant-heading" />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <dl className="facts">
          <div className="fact"><dt>{t('employers.organisationName')}</dt><dd>{a.organisationName}</dd></div>
          <div className="fact"><dt>{t('employers.orgNumber')}</dt><dd>{a.orgNumber}</dd></div>
          <div className="fact"><dt>{t('employers.employerType')}</dt><dd>{t(`employers.type_${a.employerType}`)}</dd></div>
          <div className="fact"><dt>{t('employers.contactName')}</dt><dd>{a.contactName}</dd></div>
          <div className="fact"><dt>{t('employers.contactEmail')}</dt><dd>{a.contactEmail}</dd></div>
          <div className="fact"><dt>{t('employers.contactPhone')}</dt><dd>{a.contactPhone ?? '–'}</dd></div>
        </dl>
        <Stack gap="xs">
          <Text fw={600}>{t('employers.motivation')}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{a.motivation}</Text>
          <Text fw={600} mt="sm">
            <WithRequirements ids={['EMP-1']}>{t('employers.statementsHeading')}</WithRequirements>
          </Text>
          <List size="sm" spacing={2}>
            {MEMBERSHIP_STATEMENTS.map((s) => (
              <List.Item key={s}>
                {t(`employers.statement_${s}`)}: <strong>{a.statements[s] ? t('employers.statementGiven') : t('employers.statementMissing')}</strong>
              </List.Item>
            ))}
          </List>
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}

const isOpen = (a: ApplicationView) => a.status === 'submitted' || a.status === 'checked';

function Organisation({ a, onDone }: { a: ApplicationView; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const canWrite = useCan('employers.write');
  const link = useLinkApplication(a.id);
  const [legalForm, setLegalForm] = useState<string>('limited_company');
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="organisation-heading">
      <PanelHeading title={t('employers.organisationHeading')} headingId="organisation-heading" />
      {a.organisation ? (
        <Group gap="md">
          <AnchorLink to="/arbetsgivare/$organisationId" params={{ organisationId: a.organisation.id }}>
            {a.organisation.name}
          </AnchorLink>
          <Text size="sm">{a.organisation.orgNumber ?? '–'}</Text>
        </Group>
      ) : (
        <Stack gap="sm">
          <Text>{t('employers.notLinked')}</Text>
          {canWrite && isOpen(a) ? (
            <>
              {a.matchingOrganisations.length > 0 ? (
                <Stack gap="xs">
                  <Text size="sm">{t('employers.matchingHint')}</Text>
                  <Group gap="sm">
                    {a.matchingOrganisations.map((o) => (
                      <Button key={o.id} variant="light" loading={link.isPending} onClick={() => link.mutate({ version: a.version, organisationId: o.id }, { onSuccess: () => onDone(t('employers.linked')) })}>
                        {t('employers.linkAction', { name: o.name })}
                      </Button>
                    ))}
                  </Group>
                </Stack>
              ) : null}
              <Text size="sm">{t('employers.createHint')}</Text>
              <Group align="flex-end" gap="sm">
                <NativeSelect label={t('employers.legalForm')} data={LEGAL_FORMS.map((f) => ({ value: f, label: t(`employers.legalForm_${f}`) }))} value={legalForm} onChange={(e) => setLegalForm(e.currentTarget.value)} />
                <Button variant="default" loading={link.isPending} onClick={() => link.mutate({ version: a.version, createWithLegalForm: legalForm }, { onSuccess: () => onDone(t('employers.linked')) })}>
                  {t('employers.createAction')}
                </Button>
              </Group>
              {link.error ? (
                <Alert color="red" variant="light" role="alert">
                  {errorMessage(link.error, t)}
                </Alert>
              ) : null}
            </>
          ) : null}
        </Stack>
      )}
    </Paper>
  );
}

function Check({ a, onDone }: { a: ApplicationView; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canWrite = useCan('employers.write');
  const check = useCheckApplication(a.id);
  const [contactConfirmed, setContactConfirmed] = useState(false);
  const [note, setNote] = useState('');
  const parts = ['orgNumberValid', 'organisationActive', 'contactNamed', 'statementsGiven'] as const;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="check-heading">
      <PanelHeading title={t('employers.checkHeading')} headingId="check-heading" requirements={['EMP-1']} />
      <Stack gap="sm">
        <Text size="sm">{t('employers.checkIntro')}</Text>
        {a.check ? (
          <Stack gap="xs">
            <List size="sm" spacing={2}>
              {parts.map((p) => (
                <List.Item key={p}>
                  {t(`employers.check_${p}`)}: <strong>{a.check?.[p] ? t('employers.checkPassed') : t('employers.checkFailed')}</strong>
                </List.Item>
              ))}
            </List>
            <Text>
              {t('employers.checkResult')}: <Badge color={a.check.passed ? 'green' : 'red'} variant="light">{a.check.passed ? t('employers.checkPassed') : t('employers.checkFailed')}</Badge>
            </Text>
            {a.check.note ? <Text size="sm">{a.check.note}</Text> : null}
            <Text size="sm" c="dimmed">
              {t('employers.checkedBy', { name: a.check.checkedBy ?? '–', date: formatDateTime(a.check.checkedAt, locale) })}
            </Text>
          </Stack>
        ) : (
          <Text size="sm">{t('employers.notChecked')}</Text>
        )}
        {canWrite && isOpen(a) ? (
          <Stack gap="sm" maw={640}>
            <Checkbox id="contactConfirmed" label={t('employers.contactConfirmed')} checked={contactConfirmed} onChange={(e) => setContactConfirmed(e.currentTarget.checked)} />
            <Textarea id="checkNote" label={t('employers.checkNote')} autosize minRows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            {check.error ? (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(check.error, t)}
              </Alert>
            ) : null}
            <div>
              <Button loading={check.isPending} onClick={() => check.mutate({ version: a.version, contactConfirmed, note }, { onSuccess: () => onDone(t('employers.checkDone')) })}>
                {t('employers.checkAction')}
              </Button>
            </div>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

function Decision({ a, onDone }: { a: ApplicationView; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canDecide = useCan('employers.decide');
  const canWrite = useCan('employers.write');
  const decide = useDecideApplication(a.id);
  const withdraw = useWithdrawApplication(a.id);
  const [confirming, setConfirming] = useState<'approve' | 'reject' | 'withdraw' | null>(null);
  const approvable = a.status === 'checked' && a.check?.passed === true && a.organisation !== null;
  const close = () => {
    setConfirming(null);
    decide.reset();
    withdraw.reset();
  };
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="decision-heading">
      <PanelHeading title={t('employers.decisionHeading')} headingId="decision-heading" requirements={['EMP-1']} />
      <Stack gap="sm">
        {a.decision ? (
          <>
            <Text>
              <Badge variant="light">{t(`employers.appStatus_${a.status}`)}</Badge>
            </Text>
            {a.decision.reason ? <Text size="sm">{t('employers.endedReason', { reason: a.decision.reason })}</Text> : null}
            <Text size="sm" c="dimmed">
              {t('employers.decidedBy', { name: a.decision.decidedBy ?? '–', date: formatDateTime(a.decision.decidedAt, locale) })}
            </Text>
          </>
        ) : null}
        {a.membership ? (
          <AnchorLink to="/samverkan/$id" params={{ id: a.membership.cooperationId }}>
            {t('employers.membershipLink', { caseNumber: a.membership.caseNumber })}
          </AnchorLink>
        ) : null}
        {isOpen(a) ? (
          canDecide ? (
            <>
              {!approvable ? <Text size="sm">{t('employers.decisionNeedsCheck')}</Text> : null}
              <Group gap="sm">
                <Button disabled={!approvable} onClick={() => setConfirming('approve')}>
                  {t('employers.approveAction')}
                </Button>
                <Button variant="default" color="red" onClick={() => setConfirming('reject')}>
                  {t('employers.rejectAction')}
                </Button>
              </Group>
            </>
          ) : (
            <Text size="sm">{t('employers.decisionManagerOnly')}</Text>
          )
        ) : null}
        {isOpen(a) && canWrite ? (
          <div>
            <Button variant="subtle" size="xs" onClick={() => setConfirming('withdraw')}>
              {t('employers.withdrawAction')}
            </Button>
          </div>
        ) : null}
      </Stack>
      <ConfirmDialog
        opened={confirming === 'approve'}
        title={t('employers.approveConfirmTitle')}
        confirmLabel={t('employers.approveAction')}
        pending={decide.isPending}
        error={decide.error}
        onClose={close}
        onConfirm={() => decide.mutate({ version: a.version, decision: 'approve' }, { onSuccess: () => { close(); onDone(t('employers.approved')); } })}
      >
        {t('employers.approveConfirmText')}
      </ConfirmDialog>
      <ReasonConfirmDialog
        opened={confirming === 'reject'}
        title={t('employers.rejectConfirmTitle')}
        reasonLabel={t('employers.rejectReason')}
        confirmLabel={t('employers.rejectAction')}
        pending={decide.isPending}
        error={decide.error}
        onClose={close}
        onConfirm={(reason) => decide.mutate({ version: a.version, decision: 'reject', reason }, { onSuccess: () => { close(); onDone(t('employers.rejected')); } })}
      />
      <ReasonConfirmDialog
        opened={confirming === 'withdraw'}
        title={t('employers.withdrawConfirmTitle')}
        reasonLabel={t('employers.withdrawReason')}
        confirmLabel={t('employers.withdrawAction')}
        pending={withdraw.isPending}
        error={withdraw.error}
        onClose={close}
        onConfirm={(reason) => withdraw.mutate({ version: a.version, reason }, { onSuccess: () => { close(); onDone(t('employers.withdrawn')); } })}
      />
    </Paper>
  );
}
