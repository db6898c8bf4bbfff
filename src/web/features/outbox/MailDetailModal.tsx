import { Alert, Badge, Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MailView } from '../../../shared/mail/mail.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { AppModal } from '../../components/ui/AppModal';
import { formatDateTime } from '../../components/ui/date.format';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { useMail } from './api';
import { MAIL_STATUS_COLOR, mailStatusKey } from './outbox.format';
import { mailKindLabel } from './mail-kind';

type MailDetailModalProps = {
  id: string | null;
  smtpConfigured: boolean;
  onClose: () => void;
  /** Offered for a failed mail when the user may send it again. */
  onRetry?: ((mail: MailView) => void) | undefined;
};

/** One mail of the outbox: its facts, the last error and the text as sent. */
export function MailDetailModal({ id, smtpConfigured, onClose, onRetry }: MailDetailModalProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const query = useMail(id);
  const mail = query.data;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, locale) : '–');
  const rows: [string, string][] = mail
    ? [
        [t('outbox.detailRecipient'), mail.recipient],
        [t('outbox.detailSubject'), mail.subject],
        [t('outbox.detailKind'), mailKindLabel(mail.kind, i18n)],
        [t('outbox.detailLanguage'), t(`outbox.language_${mail.language}`)],
        [t('outbox.detailAttempts'), String(mail.attempts)],
        [t('outbox.detailQueued'), when(mail.queuedAt)],
        ...(mail.nextAttemptAt ? ([[t('outbox.detailNextAttempt'), when(mail.nextAttemptAt)]] as [string, string][]) : []),
        [t('outbox.detailLastAttempt'), when(mail.lastAttemptAt)],
        ...(mail.sentAt ? ([[t('outbox.detailSent'), when(mail.sentAt)]] as [string, string][]) : []),
        ...(mail.failedAt ? ([[t('outbox.detailFailed'), when(mail.failedAt)]] as [string, string][]) : []),
      ]
    : [];

  return (
    <AppModal opened={id !== null} onClose={onClose} title={t('outbox.detailTitle')} size="lg">
      {query.isPending && id !== null ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {mail ? (
        <Stack gap="md">
          <Group gap="xs">
            <Text fw={600}>{t('outbox.detailStatus')}:</Text>
            <Badge color={MAIL_STATUS_COLOR[mail.status]} variant="light">
              {t(mailStatusKey(mail.status, smtpConfigured))}
            </Badge>
          </Group>
          <Table aria-label={t('outbox.detailTitle')}>
            <Table.Tbody>
              {rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th scope="row" w={180}>
                    {label}
                  </Table.Th>
                  <Table.Td>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {mail.lastError ? (
            <Alert color={mail.status === 'failed' ? 'red' : 'yellow'} variant="light" title={t('outbox.detailError')}>
              {mail.lastError}
            </Alert>
          ) : null}
          <Stack gap={4}>
            <Text fw={600}>{t('outbox.detailText')}</Text>
            <Code block style={{ whiteSpace: 'pre-wrap' }}>
              {mail.text}
            </Code>
            {mail.html ? <Text size="sm" c="dimmed">{t('outbox.detailHtml')}</Text> : null}
          </Stack>
          {onRetry && mail.status === 'failed' ? (
            <Group justify="flex-end">
              <Button onClick={() => onRetry(mail)}>{t('outbox.retry')}</Button>
            </Group>
          ) : null}
        </Stack>
      ) : null}
    </AppModal>
  );
}
