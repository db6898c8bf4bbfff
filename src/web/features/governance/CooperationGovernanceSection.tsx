import { Button, Group, List, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate } from '../../components/ui/date.format';
import { PlusIcon } from '../../components/ui/icons';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { PanelHeading } from '../organisations/PanelHeading';
import { useCooperationGovernance } from './api';
import { FlagBadge } from './BodyBadges';
import { NewBodyModal } from './NewBodyModal';

type Props = { cooperation: { id: string; caseNumber: string; title: string } };

/** On a cooperation: the bodies that govern it, flagged when a steering group has not met this semester (IOP-6). */
export function CooperationGovernanceSection({ cooperation }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const allowed = useCan('governance.read');
  const canWrite = useCan('governance.write');
  const [creating, setCreating] = useState(false);
  const query = useCooperationGovernance(cooperation.id);
  if (!allowed) return null;
  const items = query.data?.items;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="governance-heading">
      <div id="governance-heading">
        <PanelHeading
          title={t('governance.cooperationTitle')}
          description={t('governance.cooperationIntro')}
          actions={
            canWrite ? (
              <Button variant="default" leftSection={<PlusIcon size={18} />} onClick={() => setCreating(true)}>
                {t('governance.newSteeringGroup')}
              </Button>
            ) : undefined
          }
        />
      </div>
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {items && items.length === 0 ? <EmptyMessage>{t('governance.cooperationEmpty')}</EmptyMessage> : null}
      {items && items.length > 0 ? (
        <List listStyleType="none" spacing="sm" aria-label={t('governance.cooperationTitle')}>
          {items.map((b) => (
            <List.Item key={b.id}>
              <Group gap="sm" wrap="wrap">
                <AnchorLink to="/styrgrupper/$id" params={{ id: b.id }} fw={600}>
                  {b.name}
                </AnchorLink>
                <Text size="sm" c="dimmed">
                  {t(`governance.type_${b.type}`)} · {t('governance.lastMeeting')}:{' '}
                  {b.lastMeetingDate ? formatCalendarDate(b.lastMeetingDate, locale) : t('governance.noMeeting')}
                </Text>
                <FlagBadge body={b} />
              </Group>
            </List.Item>
          ))}
        </List>
      ) : null}
      {canWrite ? (
        <NewBodyModal
          opened={creating}
          onClose={() => setCreating(false)}
          initialType="steering_group"
          cooperation={{ id: cooperation.id, label: `${cooperation.caseNumber} ${cooperation.title}` }}
        />
      ) : null}
    </Paper>
  );
}
