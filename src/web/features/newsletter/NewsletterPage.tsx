import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatDateTime } from '../../components/ui/date.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { PanelHeading } from '../organisations/PanelHeading';
import { useCreateNewsletterItem, useNewsletterOverview } from './api';
import { NewsletterItemForm } from './NewsletterItemForm';

/** The staff's newsletter page (IOP-10): subscriber counts, the news items, and writing a new one. */
export function NewsletterPage() {
  const { t } = useTranslation();
  return useCan('newsletter.write') ? <Newsletter /> : <ForbiddenPage text={t('newsletter.forbidden')} />;
}

function Newsletter() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const navigate = useNavigate();
  const query = useNewsletterOverview();
  const create = useCreateNewsletterItem();
  const [writing, setWriting] = useState(false);

  return (
    <>
      <PageHeading
        title={t('newsletter.title')}
        description={<WithRequirements ids={['IOP-10']}>{t('newsletter.intro')}</WithRequirements>}
        actions={!writing ? <Button onClick={() => setWriting(true)}>{t('newsletter.newItem')}</Button> : undefined}
      />
      <Stack gap="lg">
        {query.isPending ? <LoadingState /> : null}
        {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.data ? (
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="newsletter-subscribers-heading">
            <dl className="fact-list">
              <div className="fact">
                <dt id="newsletter-subscribers-heading">{t('newsletter.subscribers')}</dt>
                <dd>{query.data.confirmedSubscribers}</dd>
              </div>
              <div className="fact">
                <dt>{t('newsletter.pending')}</dt>
                <dd>{query.data.pendingSubscribers}</dd>
              </div>
            </dl>
            <Text size="sm" c="dimmed" mt="xs">
              {t('newsletter.subscribersNote')}
            </Text>
          </Paper>
        ) : null}
        {writing ? (
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="newsletter-new-heading">
            <PanelHeading title={t('newsletter.newHeading')} headingId="newsletter-new-heading" />
            <NewsletterItemForm
              initial={{ subject: '', body: '' }}
              pending={create.isPending}
              error={create.error}
              onCancel={() => setWriting(false)}
              onSubmit={(input) =>
                create.mutate(input, { onSuccess: (item) => void navigate({ to: '/nyhetsbrev/$id', params: { id: item.id } }) })
              }
            />
          </Paper>
        ) : null}
        {query.data ? (
          <Paper withBorder radius="md" p="lg">
            <PanelHeading title={t('newsletter.listHeading')} />
            {query.data.items.length === 0 ? (
              <EmptyMessage>{t('newsletter.empty')}</EmptyMessage>
            ) : (
              <Table.ScrollContainer minWidth={640} type="native">
                <Table verticalSpacing="sm">
                  <Table.Caption>{t('newsletter.listHeading')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('newsletter.colSubject')}</Table.Th>
                      <Table.Th scope="col">{t('newsletter.colStatus')}</Table.Th>
                      <Table.Th scope="col">{t('newsletter.colSent')}</Table.Th>
                      <Table.Th scope="col">{t('newsletter.colRecipients')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {query.data.items.map((item) => (
                      <Table.Tr key={item.id}>
                        <Table.Td>
                          <AnchorLink to="/nyhetsbrev/$id" params={{ id: item.id }}>
                            {item.subject}
                          </AnchorLink>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4}>
                            <Badge color={item.status === 'sent' ? 'green' : 'gray'} variant="light">
                              {t(`newsletter.status_${item.status}`)}
                            </Badge>
                          </Group>
                        </Table.Td>
                        <Table.Td>{item.sentAt ? formatDateTime(item.sentAt, locale) : t('common.none')}</Table.Td>
                        <Table.Td>{item.recipientCount ?? t('common.none')}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Paper>
        ) : null}
      </Stack>
    </>
  );
}
