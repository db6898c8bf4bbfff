import { Alert, Badge, Box, Button, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAIL_LANGUAGES,
  NOTIFICATION_DELIVERIES,
  type MailLanguage,
  type NotificationDelivery,
} from '../../../shared/notifications/notification.rules';
import type { NotificationPreferencesView } from '../../../shared/notifications/notification.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatDateTime } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { useMarkAllRead, useMarkRead, useNotificationPreferences, useNotifications, useSaveNotificationPreferences } from './api';

const PAGE_SIZE = 200;

/** All the caller's notifications and their delivery preferences (issue 12). */
export function NotificationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('notifications.title')} description={t('notifications.intro')} />
      <Stack gap="xl">
        <NotificationTable />
        <PreferencesForm />
      </Stack>
    </>
  );
}

function NotificationTable() {
  const { t } = useTranslation();
  const query = useNotifications(PAGE_SIZE);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const locale = currentLocale();
  const items = query.data?.items ?? [];

  return (
    <section aria-labelledby="notification-list-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="h3" id="notification-list-heading">
          {t('notifications.listTitle')}
        </Title>
        {(query.data?.unread ?? 0) > 0 ? (
          <Button variant="light" onClick={() => markAll.mutate()} loading={markAll.isPending}>
            {t('notifications.markAllRead')}
          </Button>
        ) : null}
      </Group>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <EmptyMessage>{t('notifications.emptyText')}</EmptyMessage>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover>
            <Table.Caption>{t('notifications.listCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('notifications.columnWhat')}</Table.Th>
                <Table.Th scope="col">{t('notifications.columnWhen')}</Table.Th>
                <Table.Th scope="col">{t('notifications.columnStatus')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((n) => (
                <Table.Tr key={n.id}>
                  <Table.Td>
                    <AnchorLink to={n.link} fw={n.readAt ? 500 : 700} onClick={() => (n.readAt ? undefined : markRead.mutate(n.id))}>
                      {t(`notifications.type_${n.type}`)}: {n.summary}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{formatDateTime(n.createdAt, locale)}</Table.Td>
                  <Table.Td>
                    {n.readAt ? (
                      <Text size="sm">{t('notifications.read')}</Text>
                    ) : (
                      <Group gap="xs" wrap="nowrap">
                        <Badge variant="light">{t('notifications.unread')}</Badge>
                        <Button variant="subtle" size="compact-sm" onClick={() => markRead.mutate(n.id)}>
                          {t('notifications.markRead')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}

/** The preferences as saved; the fields start from them and follow a save (which replaces the cached view). */
function PreferencesForm() {
  const query = useNotificationPreferences();
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <PreferencesFields saved={query.data} />;
}

function PreferencesFields({ saved }: { saved: NotificationPreferencesView }) {
  const { t } = useTranslation();
  const save = useSaveNotificationPreferences();
  const [language, setLanguage] = useState<MailLanguage>(saved.language);
  const [deliveries, setDeliveries] = useState(() => new Map(saved.deliveries.map((d) => [d.type, d.delivery])));
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    setLanguage(saved.language);
    setDeliveries(new Map(saved.deliveries.map((d) => [d.type, d.delivery])));
  }, [saved]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    save.mutate(
      { language, deliveries: [...deliveries].map(([type, delivery]) => ({ type, delivery })) },
      { onSuccess: () => setMessage(t('notifications.saved')) },
    );
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="notification-preferences-heading">
      <Title order={2} fz="h3" id="notification-preferences-heading">
        {t('notifications.preferencesTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('notifications.preferencesIntro')}
      </Text>
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      {save.isError ? (
        <Alert color="red" role="alert" mb="md" title={t('notifications.saveError')}>
          {errorMessage(save.error, t)}
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={560}>
          {saved.deliveries.map(({ type }) => (
            <Box key={type}>
              <NativeSelect
                label={t(`notifications.type_${type}`)}
                data={NOTIFICATION_DELIVERIES.map((d) => ({ value: d, label: t(`notifications.delivery_${d}`) }))}
                value={deliveries.get(type) ?? 'app'}
                onChange={(e) => {
                  const value = e.currentTarget.value as NotificationDelivery;
                  setDeliveries((current) => new Map(current).set(type, value));
                }}
              />
            </Box>
          ))}
          <NativeSelect
            label={t('notifications.languageLabel')}
            data={MAIL_LANGUAGES.map((l) => ({ value: l, label: t(`notifications.language_${l}`) }))}
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value as MailLanguage)}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('notifications.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
