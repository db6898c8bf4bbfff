import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { PublicLayout } from '../../app/PublicLayout';
import { PageHeading } from '../../components/ui/PageHeading';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { PUBLIC_IOP_CSV, PUBLIC_IOP_JSON, usePublicIops } from './api';
import { NewsletterSubscribe } from '../newsletter/NewsletterSubscribe';
import { PublicNews } from '../newsletter/PublicNews';
import { IopContact } from './IopContact';
import { IopList } from './IopList';
import { publisherNames } from './public-iop.format';
import { usePublicPublisher } from './publisher.api';

/**
 * The public IOP page (IOP-10, OVR-3): the committee's running IOPs shown openly, with a contact
 * function for dialogue — an invitation to talk, not a grant to apply for. No login.
 */
export function PublicIopPage() {
  const { t } = useTranslation();
  const query = usePublicIops();
  const { committee } = publisherNames(usePublicPublisher().data, currentLanguage());
  // The latest whole year: the year in progress is still being measured.
  const statisticsYear = new Date().getFullYear() - 1;
  return (
    <PublicLayout width={960} withPublisher>
      <PageHeading title={t('publicIop.title_page')} description={committee ? t('publicIop.leadNamed', { committee }) : t('publicIop.lead')} />
      <Stack gap="xl">
        <Text maw={760}>{t('publicIop.about')}</Text>
        <section aria-labelledby="iop-list-heading">
          <Stack gap="md">
            <Title order={2} size="h3" id="iop-list-heading">
              {t('publicIop.listHeading')}
            </Title>
            {query.isPending ? <LoadingState /> : null}
            {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
            {query.data ? <IopList items={query.data.items} /> : null}
          </Stack>
        </section>
        {query.data ? <IopContact contact={query.data.contact} committee={committee} /> : null}
        <PublicNews />
        <NewsletterSubscribe />
        <section aria-labelledby="iop-open-data-heading">
          <Stack gap="xs">
            <Title order={2} size="h3" id="iop-open-data-heading">
              {t('publicIop.openDataHeading')}
            </Title>
            <Text>{t('publicIop.openDataLead')}</Text>
            <Group gap="lg">
              <Anchor href={PUBLIC_IOP_JSON} type="application/json">
                {t('publicIop.openDataJson')}
              </Anchor>
              <Anchor href={PUBLIC_IOP_CSV} type="text/csv" download>
                {t('publicIop.openDataCsv')}
              </Anchor>
            </Group>
            <Text>{t('publicIop.statisticsLead', { year: statisticsYear })}</Text>
            <Group gap="lg">
              <Anchor href={`/api/public/statistics?year=${statisticsYear}`} type="application/json">
                {t('publicIop.statisticsJson', { year: statisticsYear })}
              </Anchor>
              <Anchor href={`/api/public/statistics.csv?year=${statisticsYear}`} type="text/csv" download>
                {t('publicIop.openDataCsv')}
              </Anchor>
            </Group>
          </Stack>
        </section>
        <Text size="sm">
          <Anchor href="/login" size="sm">
            {t('publicIop.staffLogin')}
          </Anchor>
        </Text>
      </Stack>
    </PublicLayout>
  );
}
