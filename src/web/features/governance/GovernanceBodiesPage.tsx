import { Button, Checkbox, Group, Paper, Select, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GOVERNANCE_BODY_TYPES } from '../../../shared/governance/governance.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { PageNavigation } from '../../components/ui/CursorPager';
import { PlusIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { DiagramLink } from '../governance-structure/DiagramLink';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { useCursorPages } from '../../components/ui/useCursorPages';
import { useGovernanceBodies } from './api';
import { GovernanceBodyTable } from './GovernanceBodyTable';
import { isBodyType } from './governance.format';
import { NewBodyModal } from './NewBodyModal';

const route = getRouteApi('/app/styrgrupper/');
const PAGE_SIZE = 25;

/** Steering groups and the other governance bodies (AGR-3) with the cooperations they govern, filtered by type and by a missing meeting this semester (IOP-6). */
export function GovernanceBodiesPage() {
  const { t } = useTranslation();
  const allowed = useCan('governance.read');
  const canWrite = useCan('governance.write');
  const [creating, setCreating] = useState(false);
  if (!allowed) return <ForbiddenPage text={t('governance.forbidden')} />;
  return (
    <>
      <PageHeading
        title={t('areas.steeringGroups')}
        description={t('governance.intro')}
        actions={
          canWrite ? (
            <Button leftSection={<PlusIcon size={18} />} onClick={() => setCreating(true)}>
              {t('governance.newBody')}
            </Button>
          ) : undefined
        }
      />
      <DiagramLink />
      <BodyList />
      {canWrite ? <NewBodyModal opened={creating} onClose={() => setCreating(false)} /> : null}
    </>
  );
}

function BodyList() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const type = isBodyType(search.type) ? search.type : undefined;
  const withoutMeeting = search.withoutMeeting === true;
  const pages = useCursorPages(`${type ?? ''}|${withoutMeeting}`);
  const query = useGovernanceBodies({ type, withoutMeetingThisSemester: withoutMeeting ? 'true' : undefined, limit: PAGE_SIZE, cursor: pages.cursor });
  const data = query.data;
  const filtered = type !== undefined || withoutMeeting;
  return (
    <Paper withBorder radius="md" p="md">
      <Group component="search" aria-label={t('governance.filterRegion')} align="flex-end" justify="space-between" mb="md">
        <Group align="flex-end" gap="lg">
          <Select
            label={t('governance.type')}
            data={[{ value: '', label: t('governance.allTypes') }, ...GOVERNANCE_BODY_TYPES.map((v) => ({ value: v, label: t(`governance.type_${v}`) }))]}
            value={type ?? ''}
            onChange={(value) => void navigate({ search: (s) => ({ ...s, type: value || undefined }), replace: true })}
            allowDeselect={false}
            w={280}
          />
          <Checkbox
            label={t('governance.withoutMeetingFilter')}
            description={t('governance.withoutMeetingHint')}
            checked={withoutMeeting}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              void navigate({ search: (s) => ({ ...s, withoutMeeting: on ? true : undefined }), replace: true });
            }}
          />
        </Group>
        {data ? (
          <Text size="sm" c="dimmed" role="status">
            {t('governance.count', { count: data.total })}
          </Text>
        ) : null}
      </Group>
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {data && data.items.length === 0 ? (
        <EmptyMessage>{withoutMeeting ? t('governance.emptyWithoutMeeting') : filtered ? t('governance.emptyFiltered') : t('governance.empty')}</EmptyMessage>
      ) : null}
      {data && data.items.length > 0 ? <GovernanceBodyTable bodies={data.items} label={t('governance.listLabel')} /> : null}
      {data ? <PageNavigation page={data} pages={pages} pageSize={PAGE_SIZE} /> : null}
    </Paper>
  );
}
