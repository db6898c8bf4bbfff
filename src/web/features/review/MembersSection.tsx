import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { useStaffDirectory } from './api';

/** Who the review group is: its members, and the economists of Ekonomistaben who take part (INI-7). */
export function MembersSection() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="members-heading">
      <div id="members-heading">
        <PanelHeading title={t('review.membersTitle')} description={t('review.membersIntro')} />
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <People role="review_group" title={t('roles.review_group')} />
        <People role="economist" title={t('roles.economist')} />
      </SimpleGrid>
    </Paper>
  );
}

function People({ role, title }: { role: 'review_group' | 'economist'; title: string }) {
  const { t } = useTranslation();
  const query = useStaffDirectory(role);
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {title}
      </Title>
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.items.length === 0 ? <EmptyMessage>{t('review.membersEmpty')}</EmptyMessage> : null}
      {query.data && query.data.items.length > 0 ? (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={title}>
          {query.data.items.map((p) => (
            <Group key={p.id} component="li">
              <Text size="sm">{p.name}</Text>
            </Group>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
