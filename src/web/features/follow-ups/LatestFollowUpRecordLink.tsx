import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LatestFollowUpRecordRef } from '../../../shared/followup/follow-up-record.schemas';
import { AnchorLink } from '../../components/ui/RouterLinks';

/** The cooperation's latest follow-up record held by its own bodies, linked from the internal review group's follow-up (INI-7). */
export function LatestFollowUpRecordLink({ cooperationId, record }: { cooperationId: string; record: LatestFollowUpRecordRef | undefined }) {
  const { t } = useTranslation();
  if (!record) {
    return (
      <Text size="xs" c="dimmed">
        {t('followUps.noLatestRecord')}
      </Text>
    );
  }
  return (
    <AnchorLink to="/samverkan/$id" params={{ id: cooperationId }} size="xs">
      {t('followUps.latestRecord', { kind: t(`followUps.kind_${record.kind}`), period: record.period })}
    </AnchorLink>
  );
}
