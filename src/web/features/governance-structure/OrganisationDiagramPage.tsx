import { Badge, Button, Group, Paper, Select, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { buildStructureTree, type StructureTreeNode } from '../../../shared/governance/structure.rules';
import type { GovernanceStructureView, StructureNodeView } from '../../../shared/governance/structure.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { ArrowLeftIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { useGovernanceStructure } from './api';
import { defaultDiagramCooperation } from './structure.search';
import './structure.css';

const route = getRouteApi('/app/styrgrupper/organisation');

/** The organisation diagram of a cooperation's bodies, drawn from their reports-to links (AGR-3). */
export function OrganisationDiagramPage() {
  const { t } = useTranslation();
  const allowed = useCan('governance.read');
  if (!allowed) return <ForbiddenPage text={t('governance.forbidden')} />;
  return (
    <div className="org-chart-page">
      <Group mb="xs" className="org-chart-page__controls">
        <AnchorLink to="/styrgrupper" size="sm" fw={600}>
          <Group gap={4} component="span">
            <ArrowLeftIcon size={16} />
            {t('governance.backToList')}
          </Group>
        </AnchorLink>
      </Group>
      <PageHeading
        title={t('structure.diagramTitle')}
        description={t('structure.diagramIntro')}
        actions={
          <Button variant="default" className="org-chart-page__controls" onClick={() => window.print()}>
            {t('structure.print')}
          </Button>
        }
      />
      <Diagram />
    </div>
  );
}

function Diagram() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  // The options come with every answer, so the first load (all bodies) also picks the default.
  const options = useGovernanceStructure(undefined);
  const chosen = search.cooperationId ?? (options.data ? (defaultDiagramCooperation(options.data.cooperations) ?? 'all') : undefined);
  const cooperationId = chosen && chosen !== 'all' ? chosen : undefined;
  const query = useGovernanceStructure(chosen === undefined ? undefined : cooperationId);
  if (options.isError) return <ErrorState error={options.error} onRetry={() => void options.refetch()} />;
  if (!options.data || chosen === undefined) return <LoadingState />;
  const selected = options.data.cooperations.find((c) => c.id === cooperationId);
  return (
    <>
      <Paper withBorder radius="md" p="md" mb="lg" className="org-chart-page__controls">
        <Select
          label={t('structure.cooperation')}
          maw={560}
          allowDeselect={false}
          data={[
            ...options.data.cooperations.map((c) => ({ value: c.id, label: `${c.caseNumber} ${c.title}` })),
            { value: 'all', label: t('structure.allActive') },
          ]}
          value={chosen}
          onChange={(v) => void navigate({ search: { cooperationId: v ?? 'all' }, replace: true })}
        />
      </Paper>
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.isPending ? <LoadingState /> : null}
      {query.data ? <Chart view={query.data} label={selected ? t('structure.diagramLabel', { name: selected.title }) : t('structure.diagramLabelAll')} /> : null}
    </>
  );
}

function Chart({ view, label }: { view: GovernanceStructureView; label: string }) {
  const { t } = useTranslation();
  if (view.nodes.length === 0) return <EmptyMessage>{t('structure.diagramEmpty')}</EmptyMessage>;
  const tree = buildStructureTree(view.nodes.map((n) => ({ ...n, reportsToId: n.parentId })));
  return (
    <section aria-label={label}>
      <Text component="p" size="sm" c="dimmed" mb="md" className="org-chart-page__controls">
        {label}
      </Text>
      <ul className="org-chart">
        {tree.map((node) => (
          <ChartNode key={node.body.id} node={node} depth={0} />
        ))}
      </ul>
    </section>
  );
}

const headingOf = (depth: number) => (['h2', 'h3', 'h4', 'h5', 'h6'] as const)[Math.min(depth, 4)] ?? 'h6';
// Bodies without their own subordinates come first, so a supporting body (the beredningsgrupp)
// sits right under the group it supports, above the branch that continues downwards.
const leavesFirst = (nodes: StructureTreeNode<StructureNodeView>[]) => [...nodes.filter((n) => n.children.length === 0), ...nodes.filter((n) => n.children.length > 0)];

function ChartNode({ node, depth }: { node: StructureTreeNode<StructureNodeView>; depth: number }) {
  const { t } = useTranslation();
  const body = node.body;
  const Heading = headingOf(depth);
  const isBranch = node.children.length > 0;
  return (
    <li className={`org-chart__item${isBranch ? ' org-chart__item--branch' : ''}`}>
      <div className={`org-chart__box org-chart__box--${body.type}`}>
        <Heading className="org-chart__name">
          <AnchorLink to="/styrgrupper/$id" params={{ id: body.id }} fw={700}>
            {body.name}
          </AnchorLink>
        </Heading>
        <Group gap={6} mt={4}>
          <Text size="xs" c="dimmed">
            {t(`governance.type_${body.type}`)}
          </Text>
          {body.permanent ? null : (
            <Badge size="xs" variant="light" color="gray">
              {t('structure.temporary')}
            </Badge>
          )}
          {body.status === 'closed' ? (
            <Badge size="xs" variant="light" color="gray">
              {t('structure.closed')}
            </Badge>
          ) : null}
        </Group>
        {body.representation.map((group) => (
          <div key={group.party}>
            <p className="org-chart__party">{group.party}</p>
            <ul className="org-chart__reps" aria-label={t('structure.representationListLabel', { party: group.party })}>
              {group.items.map((r) => (
                <li key={r.id}>{r.representative}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      {isBranch ? (
        <ul className="org-chart__children" aria-label={t('structure.reportingBodies', { name: body.name })}>
          {leavesFirst(node.children).map((child) => (
            <ChartNode key={child.body.id} node={child} depth={depth + 1} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
