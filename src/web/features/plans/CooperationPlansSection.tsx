import { Button, Paper, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { PlusIcon } from '../../components/ui/icons';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { PanelHeading } from '../organisations/PanelHeading';
import { useCooperationPlans } from './api';
import { NewPlanModal } from './NewPlanModal';
import { PlanStatusBadge } from './PlanStatusBadge';

/** On a cooperation: its activity plans per year with status, and starting a new one (AGR-2, IOP-7). */
export function CooperationPlansSection({ cooperation }: { cooperation: { id: string; title: string } }) {
  const { t } = useTranslation();
  const allowed = useCan('plans.read');
  const canWrite = useCan('plans.write');
  const [creating, setCreating] = useState(false);
  const query = useCooperationPlans(cooperation.id);
  if (!allowed) return null;
  const items = query.data?.items;
  return (
    <Paper withBorder radius="md" p="lg" mt="lg" component="section" aria-labelledby="plans-heading">
      <PanelHeading
        headingId="plans-heading"
        title={t('plans.sectionTitle')}
        description={<WithRequirements ids={['AGR-2', 'IOP-7']}>{t('plans.sectionIntro')}</WithRequirements>}
        actions={
          canWrite ? (
            <Button variant="default" leftSection={<PlusIcon size={18} />} onClick={() => setCreating(true)}>
              {t('plans.new')}
            </Button>
          ) : undefined
        }
      />
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {items && items.length === 0 ? <EmptyMessage>{t('plans.empty')}</EmptyMessage> : null}
      {items && items.length > 0 ? (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="sm">
            <Table.Caption>{t('plans.listCaption', { title: cooperation.title })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('plans.colYear')}</Table.Th>
                <Table.Th scope="col">{t('plans.colStatus')}</Table.Th>
                <Table.Th scope="col">{t('plans.colPeriod')}</Table.Th>
                <Table.Th scope="col">{t('plans.colContent')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <AnchorLink to="/samverkan/$id/planer/$planId" params={{ id: cooperation.id, planId: p.id }} fw={600}>
                      {t('plans.pageTitle', { year: p.year })}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <PlanStatusBadge status={p.status} />
                  </Table.Td>
                  <Table.Td>{t(`plans.period_${p.periodKind}`)}</Table.Td>
                  <Table.Td>{t('plans.contentCount', { goals: p.goalCount, indicators: p.indicatorCount })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {canWrite ? <NewPlanModal cooperationId={cooperation.id} opened={creating} onClose={() => setCreating(false)} /> : null}
    </Paper>
  );
}
