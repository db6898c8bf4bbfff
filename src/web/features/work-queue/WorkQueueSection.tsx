import { Alert, Badge, Group, Loader, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORK_ITEM_TYPES, type WorkItemType, type WorkQueueScope } from '../../../shared/work-queue/work-queue.rules';
import type { WorkItemView } from '../../../shared/work-queue/work-queue.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatDate } from '../../components/ui/date.format';
import { RequirementTag } from '../../components/ui/RequirementTag';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { useWorkQueue } from './api';

/** The items of one type, in the order the types are listed. */
function groupByType(items: readonly WorkItemView[]): { type: WorkItemType; items: WorkItemView[] }[] {
  return WORK_ITEM_TYPES.map((type) => ({ type, items: items.filter((i) => i.type === type) })).filter((g) => g.items.length > 0);
}

/** "Att göra": what is due for the user, grouped by type, with a switch to everything for those who steer. */
export function WorkQueueSection({ canSeeEverything }: { canSeeEverything: boolean }) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<WorkQueueScope>('mine');
  const query = useWorkQueue(scope);
  const groups = groupByType(query.data?.items ?? []);

  return (
    <section aria-labelledby="work-queue-heading">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <div>
            <Title order={2} id="work-queue-heading" fz="h3">
              {t('workQueue.title')}
            </Title>
            <Text size="sm" c="dimmed" maw={760}>
              {t('workQueue.intro')}
            </Text>
          </div>
          {canSeeEverything ? (
            <SegmentedControl
              aria-label={t('workQueue.scopeLabel')}
              value={scope}
              onChange={(value) => setScope(value === 'all' ? 'all' : 'mine')}
              data={[
                { value: 'mine', label: t('workQueue.scope_mine') },
                { value: 'all', label: t('workQueue.scope_all') },
              ]}
            />
          ) : null}
        </Group>
        {query.isPending ? (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">{t('common.loading')}</Text>
          </Group>
        ) : query.isError ? (
          <Alert color="red">{t('workQueue.loadError')}</Alert>
        ) : groups.length === 0 ? (
          <Paper withBorder p="lg" radius="md">
            <Text fw={600}>{t('workQueue.empty')}</Text>
            <Text size="sm" c="dimmed">
              {t('workQueue.emptyText')}
            </Text>
          </Paper>
        ) : (
          groups.map((group) => <WorkItemGroup key={group.type} type={group.type} items={group.items} />)
        )}
      </Stack>
    </section>
  );
}

function WorkItemGroup({ type, items }: { type: WorkItemType; items: WorkItemView[] }) {
  const { t } = useTranslation();
  const headingId = `work-queue-${type}`;
  const requirement = items[0]?.requirement;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Group gap="xs" mb="sm">
        <Title order={3} fz="h5" id={headingId}>
          {t(`workQueue.type_${type}`)}
        </Title>
        <Badge variant="light" aria-hidden="true">
          {items.length}
        </Badge>
        {requirement ? <RequirementTag id={requirement} /> : null}
      </Group>
      <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {items.map((item) => (
          <WorkItemRow key={item.key} item={item} />
        ))}
      </Stack>
    </Paper>
  );
}

function WorkItemRow({ item }: { item: WorkItemView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <li>
      <Stack gap={2}>
        <AnchorLink to={item.link} fw={600}>
          {item.title}
        </AnchorLink>
        {item.subtitle ? (
          <Text size="sm" c="dimmed">
            {item.subtitle}
          </Text>
        ) : null}
        <Text size="sm">{t(`workQueue.why_${item.reason}`)}</Text>
        <Group gap="md">
          <Text size="xs" c="dimmed">
            {t('workQueue.since', { date: formatDate(item.since, locale) })}
          </Text>
          {item.assignee.name ? (
            <Text size="xs" c="dimmed">
              {t('workQueue.forPerson', { name: item.assignee.name })}
            </Text>
          ) : null}
          <RequirementTag id={item.requirement} />
        </Group>
      </Stack>
    </li>
  );
}
