import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Table, Tabs, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIL_STATUSES, type MailOutboxQuery, type MailStatusValue, type MailSummaryView } from '../../../shared/mail/mail.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { PageNavigation } from '../../components/ui/CursorPager';
import { formatDateTime } from '../../components/ui/date.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { useCursorPages } from '../../components/ui/useCursorPages';
import { PanelHeading } from '../organisations/PanelHeading';
import { useOutbox, useRetryMail } from './api';
import { JobsPanel } from './JobsPanel';
import { MailDetailModal } from './MailDetailModal';
import { MAIL_STATUS_COLOR, mailStatusKey } from './outbox.format';
import { mailKindLabel } from './mail-kind';

const PAGE_SIZE = 50;

/** The outbox (Utkorg) for administrators: outgoing mail with filters and details, and the background jobs. */
export function OutboxPage() {
  const { t } = useTranslation();
  return useCan('mail.read') ? <Outbox /> : <ForbiddenPage text={t('outbox.forbidden')} />;
}

function Outbox() {
  const { t } = useTranslation();
  const canReadJobs = useCan('jobs.read');
  const [tab, setTab] = useState<string | null>('mail');
  return (
    <>
      <PageHeading title={t('outbox.title')} description={t('outbox.intro')} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="mail">{t('outbox.tabMail')}</Tabs.Tab>
          {canReadJobs ? <Tabs.Tab value="jobs">{t('outbox.tabJobs')}</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="mail">
          <MailList />
        </Tabs.Panel>
        {canReadJobs ? (
          <Tabs.Panel value="jobs">
            <JobsPanel />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </>
  );
}

function MailList() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const canRetry = useCan('mail.retry');
  const [filters, setFilters] = useState<Pick<MailOutboxQuery, 'status' | 'kind' | 'recipient'>>({});
  const [recipient, setRecipient] = useState('');
  const pages = useCursorPages(JSON.stringify(filters));
  const query = useOutbox({ ...filters, limit: PAGE_SIZE, ...(pages.cursor ? { cursor: pages.cursor } : {}) });
  const [shown, setShown] = useState<string | null>(null);
  const [retrying, setRetrying] = useState<MailSummaryView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const retry = useRetryMail();
  const delivery = query.data?.delivery;
  const all = { value: '', label: t('outbox.all') };
  const statusLabel = (status: MailStatusValue) => t(mailStatusKey(status, delivery?.smtpConfigured ?? true));

  const confirmRetry = () => {
    if (!retrying) return;
    retry.mutate(retrying.id, {
      onSuccess: () => {
        setRetrying(null);
        setMessage(t('outbox.retried'));
      },
    });
  };

  return (
    <Stack gap="lg">
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      {delivery && !delivery.smtpConfigured ? (
        <Alert color="yellow" variant="light" title={t('outbox.smtpMissingTitle')}>
          {t('outbox.smtpMissing')}
        </Alert>
      ) : null}
      {delivery?.smtpConfigured ? <Alert variant="light">{t('outbox.smtpConfigured', { from: delivery.from ?? '', attempts: delivery.maxAttempts })}</Alert> : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setFilters((f) => ({ ...f, recipient: recipient.trim() === '' ? undefined : recipient.trim() }));
        }}
      >
        <Group align="flex-end" gap="md" role="group" aria-label={t('outbox.filters')}>
          <NativeSelect
            label={t('outbox.filterStatus')}
            data={[all, ...MAIL_STATUSES.map((s) => ({ value: s, label: `${t(`outbox.status_${s}`)}${delivery?.counts[s] ? ` (${delivery.counts[s]})` : ''}` }))]}
            value={filters.status ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setFilters((f) => ({ ...f, status: value === '' ? undefined : (value as MailStatusValue) }));
            }}
          />
          <NativeSelect
            label={t('outbox.filterKind')}
            data={[all, ...(delivery?.kinds ?? []).map((k) => ({ value: k, label: mailKindLabel(k, i18n) }))]}
            value={filters.kind ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setFilters((f) => ({ ...f, kind: value === '' ? undefined : value }));
            }}
          />
          <TextInput
            label={t('outbox.filterRecipient')}
            placeholder={t('outbox.recipientPlaceholder')}
            value={recipient}
            maxLength={200}
            onChange={(e) => setRecipient(e.currentTarget.value)}
            onBlur={() => setFilters((f) => ({ ...f, recipient: recipient.trim() === '' ? undefined : recipient.trim() }))}
          />
        </Group>
      </form>
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        <Paper withBorder radius="md" p="lg">
          <PanelHeading title={t('outbox.listHeading')} headingId="outbox-list-heading" />
          {query.data.items.length === 0 ? (
            <EmptyMessage>{t('outbox.empty')}</EmptyMessage>
          ) : (
            <Table.ScrollContainer minWidth={900} type="native">
              <Table verticalSpacing="sm" aria-labelledby="outbox-list-heading">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('outbox.colQueued')}</Table.Th>
                    <Table.Th scope="col">{t('outbox.colRecipient')}</Table.Th>
                    <Table.Th scope="col">{t('outbox.colSubject')}</Table.Th>
                    <Table.Th scope="col">{t('outbox.colStatus')}</Table.Th>
                    <Table.Th scope="col">{t('outbox.colAttempts')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('outbox.show')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {query.data.items.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(m.queuedAt, locale)}</Table.Td>
                      <Table.Td>{m.recipient}</Table.Td>
                      <Table.Td miw={180}>
                        {m.subject}
                        <Text size="xs" c="dimmed">
                          {t('outbox.colKind')}: {mailKindLabel(m.kind, i18n)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={MAIL_STATUS_COLOR[m.status]} variant="light">
                          {statusLabel(m.status)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{m.attempts}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" justify="flex-end">
                          <Button size="xs" variant="default" onClick={() => setShown(m.id)} aria-label={t('outbox.showMail', { recipient: m.recipient })}>
                            {t('outbox.show')}
                          </Button>
                          {canRetry && m.status === 'failed' ? (
                            <Button size="xs" variant="light" onClick={() => setRetrying(m)}>
                              {t('outbox.retry')}
                            </Button>
                          ) : null}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <PageNavigation page={query.data} pages={pages} pageSize={PAGE_SIZE} />
        </Paper>
      ) : null}
      <MailDetailModal
        id={shown}
        smtpConfigured={delivery?.smtpConfigured ?? true}
        onClose={() => setShown(null)}
        onRetry={
          canRetry
            ? (mail) => {
                setShown(null);
                setRetrying(mail);
              }
            : undefined
        }
      />
      <ConfirmDialog
        opened={retrying !== null}
        title={t('outbox.confirmRetryTitle')}
        confirmLabel={t('outbox.retry')}
        pending={retry.isPending}
        error={retry.error}
        onConfirm={confirmRetry}
        onClose={() => {
          retry.reset();
          setRetrying(null);
        }}
      >
        {t('outbox.confirmRetryText', { recipient: retrying?.recipient ?? '' })}
      </ConfirmDialog>
    </Stack>
  );
}
