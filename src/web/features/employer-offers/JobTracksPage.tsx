import { Button, Group, NativeSelect, Paper, Select, Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JOB_TRACK_SORTS, type JobTrackQuery } from '../../../shared/employers/employer-offers.schemas';
import { JOB_TRACK_STATUSES } from '../../../shared/employers/employer-offers.rules';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { PanelHeading } from '../organisations/PanelHeading';
import { jobTrackExportHref, useJobTrackOptions, useJobTracks } from './api';
import { JobTrackForm } from './JobTrackForm';
import { JobTrackTable } from './JobTrackTable';

/** Job tracks (jobbspår, EMP-4): the filtered and sorted list with export, and the form to register one. */
export function JobTracksPage() {
  const { t } = useTranslation();
  return useCan('employers.read') ? <JobTracks /> : <ForbiddenPage text={t('employerOffers.forbidden')} />;
}

type Filters = Partial<JobTrackQuery>;

function JobTracks() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const navigate = useNavigate();
  const canWrite = useCan('employers.write');
  const [filters, setFilters] = useState<Filters>({ sort: 'start', direction: 'desc' });
  const [creating, setCreating] = useState(false);
  const query = useJobTracks(filters);
  const options = useJobTrackOptions(true).data;
  const set = (key: keyof Filters, value: string | null) => setFilters((f) => ({ ...f, [key]: value === '' || value === null ? undefined : value }));
  const all = { value: '', label: t('employerOffers.all') };

  return (
    <>
      <PageHeading
        title={t('employerOffers.tracksTitle')}
        description={<WithRequirements ids={['EMP-4', 'EMP-2']}>{t('employerOffers.tracksIntro')}</WithRequirements>}
        actions={canWrite && !creating ? <Button onClick={() => setCreating(true)}>{t('employerOffers.createTrack')}</Button> : undefined}
      />
      <Stack gap="lg">
        {creating ? (
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="track-create-heading">
            <PanelHeading title={t('employerOffers.createTrack')} headingId="track-create-heading" />
            <JobTrackForm onCancel={() => setCreating(false)} onDone={(id) => void navigate({ to: '/jobbspar/$id', params: { id } })} />
          </Paper>
        ) : null}
        <Group align="flex-end" gap="md" role="group" aria-label={t('employerOffers.filters')}>
          <NativeSelect
            label={t('employerOffers.status')}
            data={[all, ...JOB_TRACK_STATUSES.map((s) => ({ value: s, label: t(`employerOffers.trackStatus_${s}`) }))]}
            value={filters.status ?? ''}
            onChange={(e) => set('status', e.currentTarget.value)}
          />
          <NativeSelect
            label={t('employerOffers.withAf')}
            data={[all, { value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }]}
            value={filters.withAf ?? ''}
            onChange={(e) => set('withAf', e.currentTarget.value)}
          />
          <Select
            label={t('employerOffers.agreement')}
            placeholder={t('employerOffers.all')}
            clearable
            data={(options?.agreements ?? []).map((a) => ({ value: a.id, label: `${a.caseNumber} ${a.title}` }))}
            value={filters.agreementId ?? null}
            onChange={(v) => set('agreementId', v)}
            w={280}
          />
          <Select
            label={t('employerOffers.employer')}
            placeholder={t('employerOffers.all')}
            searchable
            clearable
            data={(options?.employers ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={filters.employerId ?? null}
            onChange={(v) => set('employerId', v)}
            w={260}
          />
          <NativeSelect
            label={t('employerOffers.sort')}
            data={JOB_TRACK_SORTS.map((s) => ({ value: s, label: t(`employerOffers.sort_${s}`) }))}
            value={filters.sort ?? 'start'}
            onChange={(e) => set('sort', e.currentTarget.value)}
          />
          <NativeSelect
            label={t('employerOffers.direction')}
            data={[
              { value: 'desc', label: t('employerOffers.direction_desc') },
              { value: 'asc', label: t('employerOffers.direction_asc') },
            ]}
            value={filters.direction ?? 'desc'}
            onChange={(e) => set('direction', e.currentTarget.value)}
          />
        </Group>
        {query.isPending ? <LoadingState /> : null}
        {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.data ? (
          <Paper withBorder radius="md" p="lg">
            <PanelHeading
              title={t('employerOffers.listHeading')}
              actions={
                query.data.items.length > 0 ? (
                  <Group gap="xs" role="group" aria-label={t('employerOffers.exportLabel')}>
                    <Button component="a" href={jobTrackExportHref(filters, 'xlsx', lang)} variant="default" size="sm" download>
                      Excel
                    </Button>
                    <Button component="a" href={jobTrackExportHref(filters, 'csv', lang)} variant="default" size="sm" download>
                      CSV
                    </Button>
                  </Group>
                ) : undefined
              }
            />
            {query.data.items.length === 0 ? <EmptyMessage>{t('employerOffers.noTracks')}</EmptyMessage> : <JobTrackTable items={query.data.items} label={t('employerOffers.listHeading')} />}
          </Paper>
        ) : null}
      </Stack>
    </>
  );
}
