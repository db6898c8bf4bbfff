import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewsletterItemView } from '../../../shared/newsletter/newsletter.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { withConflictNotice } from '../../components/ui/ConflictNotice';
import { formatDateTime } from '../../components/ui/date.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { PanelHeading } from '../organisations/PanelHeading';
import { useNewsletterItem, useNewsletterOverview, useSendNewsletterItem, useUpdateNewsletterItem } from './api';
import { NewsletterItemForm } from './NewsletterItemForm';

const route = getRouteApi('/app/nyhetsbrev/$id');

/** One news item (IOP-10): a draft is edited and sent once, after a dialog that says to how many; a sent item is shown as it went out. */
export function NewsletterItemPage() {
  const { t } = useTranslation();
  return useCan('newsletter.write') ? <NewsletterItem /> : <ForbiddenPage text={t('newsletter.forbidden')} />;
}

function NewsletterItem() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const query = useNewsletterItem(id);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <AnchorLink to="/nyhetsbrev">{t('newsletter.back')}</AnchorLink>
      <PageHeading title={query.data?.subject ?? t('newsletter.itemTitle')} />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? <ItemDetails key={query.data.version} item={query.data} onMessage={setMessage} reload={() => void query.refetch()} reloading={query.isFetching} /> : null}
    </>
  );
}

type DetailsProps = { item: NewsletterItemView; onMessage: (message: string) => void; reload: () => void; reloading: boolean };

function ItemDetails({ item, onMessage, reload, reloading }: DetailsProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const update = useUpdateNewsletterItem(item.id);
  const send = useSendNewsletterItem(item.id);
  const overview = useNewsletterOverview();
  const [sending, setSending] = useState(false);
  const count = overview.data?.confirmedSubscribers ?? 0;

  if (item.status === 'sent') {
    return (
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          <Group gap="sm">
            <Badge color="green" variant="light">
              {t('newsletter.status_sent')}
            </Badge>
            <Text size="sm">
              {t('newsletter.sentInfo', { date: formatDateTime(item.sentAt, locale), name: item.sentBy?.name ?? t('common.none'), count: item.recipientCount ?? 0 })}
            </Text>
          </Group>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{item.body}</Text>
        </Stack>
      </Paper>
    );
  }

  const { error, notice } = withConflictNotice(update.error ?? send.error, {
    title: t('newsletter.conflictTitle'),
    text: t('newsletter.conflictText'),
    reloadLabel: t('newsletter.reload'),
    reloading,
    onReload: reload,
  });
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="newsletter-edit-heading">
        <PanelHeading
          title={t('newsletter.editHeading')}
          headingId="newsletter-edit-heading"
          description={t('newsletter.createdInfo', { name: item.createdBy?.name ?? t('common.none'), date: formatDateTime(item.updatedAt, locale) })}
        />
        <NewsletterItemForm
          initial={{ subject: item.subject, body: item.body }}
          pending={update.isPending}
          error={send.error ? null : error}
          notice={notice}
          onCancel={reload}
          onSubmit={(input) => update.mutate({ ...input, version: item.version }, { onSuccess: () => onMessage(t('newsletter.saved')) })}
        />
      </Paper>
      <Group>
        <Button onClick={() => setSending(true)} disabled={overview.isPending}>
          {t('newsletter.send')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={sending}
        title={t('newsletter.sendTitle')}
        confirmLabel={t('newsletter.sendConfirm', { count })}
        pending={send.isPending}
        error={send.error}
        onClose={() => setSending(false)}
        onConfirm={() =>
          send.mutate(item.version, {
            onSuccess: (sent) => {
              setSending(false);
              onMessage(t('newsletter.sentMessage', { count: sent.recipientCount ?? 0 }));
            },
          })
        }
      >
        {t('newsletter.sendText', { count })}
      </ConfirmDialog>
    </Stack>
  );
}
