import { Button, Group, Paper, Select, Text } from '@mantine/core';
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

/** Steering groups and the other governance bodies (AGR-3), filtered by type, with the IOP-6 flag. */
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
  const pages = useCursorPages(type ?? '');
  const query = useGovernanceBodies({ type, limit: PAGE_SIZE, cursor: pages.cursor });
  const data = query.data;
  return (
    <Paper withBorder radius="md" p="md">
      <Group component="search" aria-label={t('governance.filterRegion')} align="flex-end" justify="space-between" mb="md">
        <Select
          label={t('governance.type')}
          data={[{ value: '', label: t('governance.allTypes') }, ...GOVERNANCE_BODY_TYPES.map((v) => ({ value: v, label: t(`governance.type_${v}`) }))]}
          value={type ?? ''}
          onChange={(value) => void navigate({ search: value ? { type: value } : {}, replace: true })}
          allowDeselect={false}
          w={280}
        />
        {data ? (
          <Text size="sm" c="dimmed" role="status">
            {t('governance.count', { count: data.total })}
          </Text>
        ) : null}
      </Group>
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {data && data.items.length === 0 ? <EmptyMessage>{type ? t('governance.emptyFiltered') : t('governance.empty')}</EmptyMessage> : null}
      {data && data.items.length > 0 ? <GovernanceBodyTable bodies={data.items} label={t('governance.listLabel')} /> : null}
      {data ? <PageNavigation page={data} pages={pages} pageSize={PAGE_SIZE} /> : null}
    </Paper>
  );
}
