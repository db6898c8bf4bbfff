import { Button, Group, Paper, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate } from '../../components/ui/date.format';
import { PlusIcon } from '../../components/ui/icons';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { PageMessage, usePageMessage } from '../../components/ui/usePageMessage';
import { PanelHeading } from '../organisations/PanelHeading';
import { useCooperationFollowUps } from './api';
import { FollowUpRecordModal } from './FollowUpRecordModal';
import { RecordFollowUpModal } from './RecordFollowUpModal';

/** On a cooperation: its follow-ups by period and kind, recording a new one, and the routine template its clusters answer (AGR-5, IOP-7). */
export function FollowUpsSection({ cooperation }: { cooperation: { id: string } }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const allowed = useCan('follow-ups.read');
  const canWrite = useCan('follow-ups.write');
  const query = useCooperationFollowUps(cooperation.id, allowed);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const { setMessage, messageProps } = usePageMessage();
  if (!allowed) return null;
  const data = query.data;
  return (
    <Paper withBorder radius="md" p="lg" mt="lg" component="section" aria-labelledby="follow-up-records-heading">
      <PanelHeading
        headingId="follow-up-records-heading"
        title={t('followUps.sectionTitle')}
        description={t('followUps.sectionIntro')}
        requirements={['AGR-5', 'IOP-7']}
        actions={
          canWrite && data ? (
            <Button variant="default" leftSection={<PlusIcon size={18} />} onClick={() => setCreating(true)}>
              {t('followUps.newFollowUp')}
            </Button>
          ) : undefined
        }
      />
      <PageMessage {...messageProps} />
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {data && data.items.length === 0 ? <EmptyMessage>{t('followUps.empty')}</EmptyMessage> : null}
      {data && data.items.length > 0 ? (
        <Table.ScrollContainer minWidth={560} type="native">
          <Table verticalSpacing="xs" aria-label={t('followUps.sectionTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('followUps.colPeriod')}</Table.Th>
                <Table.Th scope="col">{t('followUps.colKind')}</Table.Th>
                <Table.Th scope="col">{t('followUps.colBody')}</Table.Th>
                <Table.Th scope="col">{t('followUps.colHeldOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Th scope="row">
                    <UnstyledButton onClick={() => setOpenId(r.id)} c="blue" fw={600} td="underline">
                      {r.period}
                    </UnstyledButton>
                  </Table.Th>
                  <Table.Td>{t(`followUps.kind_${r.kind}`)}</Table.Td>
                  <Table.Td>{r.body.name}</Table.Td>
                  <Table.Td>{formatCalendarDate(r.heldOn, locale)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {data?.template ? (
        <Group mt="md">
          <Text size="sm">
            <AnchorLink to="/styrgrupper/$id/uppfoljningsmall" params={{ id: data.template.keeperBodyId }}>
              {t('followUps.templateLink')}
            </AnchorLink>
          </Text>
        </Group>
      ) : null}
      {data ? (
        <RecordFollowUpModal
          opened={creating}
          cooperationId={cooperation.id}
          context={data}
          onClose={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            setMessage(t('followUps.recorded'));
          }}
        />
      ) : null}
      <FollowUpRecordModal id={openId} onClose={() => setOpenId(null)} onSaved={(text) => setMessage(text)} />
    </Paper>
  );
}
