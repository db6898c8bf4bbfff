import { Alert, Button, NumberInput, Paper, Select, Stack, Table, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterProgressionItemView, ClusterProgressionView } from '../../../shared/followup/measurement-progression.schemas';
import { useCan } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';
import { FormActions } from '../../components/ui/FormActions';
import { AlertIcon } from '../../components/ui/icons';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { useClusterProgression, useSaveClusterMapping } from './api';
import { formatValue } from './measurement.format';

const percent = (share: number | null) => (share === null ? '–' : share.toLocaleString(currentLocale(), { style: 'percent', maximumFractionDigits: 1 }));

/**
 * The clusters' progression for the year (003 §7.1): each cluster's local mapping of unemployment
 * and, from its measurements, throughput and the shares who start work and who start studies.
 */
export function ClusterProgressionSection({ cooperationId, year }: { cooperationId: string; year: number }) {
  const { t } = useTranslation();
  const progression = useClusterProgression(cooperationId, year, true);
  const canWrite = useCan('measurements.write');
  const [editing, setEditing] = useState<ClusterProgressionItemView | null>(null);
  const view = progression.data;
  if (progression.error) return <ErrorState error={progression.error} onRetry={() => void progression.refetch()} />;
  if (!view) return <LoadingState />;
  if (view.clusters.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="cluster-progression">
      <PanelHeading title={t('measurements.progressionTitle')} description={t('measurements.progressionIntro')} headingId="cluster-progression" requirements={['AGR-6']} />
      <Table.ScrollContainer minWidth={720}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('measurements.cluster')}</Table.Th>
              <Table.Th scope="col">{t('measurements.unemployed')}</Table.Th>
              <Table.Th scope="col">{t('measurements.participants')}</Table.Th>
              <Table.Th scope="col">{t('measurements.throughput')}</Table.Th>
              <Table.Th scope="col">{t('measurements.workShare')}</Table.Th>
              <Table.Th scope="col">{t('measurements.studiesShare')}</Table.Th>
              {canWrite ? <Table.Th scope="col">{t('common.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.clusters.map((c) => (
              <Table.Tr key={c.cluster.id}>
                <Table.Th scope="row">{c.cluster.name}</Table.Th>
                <Table.Td>{c.mapping?.unemployed === null || !c.mapping ? '–' : formatValue(c.mapping.unemployed)}</Table.Td>
                <Table.Td>
                  {c.figures.participants?.value === null || !c.figures.participants ? '–' : formatValue(c.figures.participants.value)}
                  {c.figures.participants && !c.figures.participants.complete ? ` (${t('measurements.incomplete')})` : ''}
                </Table.Td>
                <Table.Td>{percent(c.progression.throughput)}</Table.Td>
                <Table.Td>{percent(c.progression.workShare)}</Table.Td>
                <Table.Td>{percent(c.progression.studiesShare)}</Table.Td>
                {canWrite ? (
                  <Table.Td>
                    <Button size="xs" variant="light" onClick={() => setEditing(c)} aria-label={t('measurements.editMappingOf', { cluster: c.cluster.name })}>
                      {t('measurements.editMapping')}
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <AppModal opened={editing !== null} onClose={() => setEditing(null)} title={editing ? t('measurements.editMappingOf', { cluster: editing.cluster.name }) : ''} size="lg">
        {editing ? <MappingForm key={editing.cluster.id} view={view} item={editing} onDone={() => setEditing(null)} /> : null}
      </AppModal>
    </Paper>
  );
}

function MappingForm({ view, item, onDone }: { view: ClusterProgressionView; item: ClusterProgressionItemView; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveClusterMapping(view.cooperationId, view.year);
  const m = item.mapping;
  const [unemployed, setUnemployed] = useState<number | string>(m?.unemployed ?? '');
  const [women, setWomen] = useState<number | string>(m?.unemployedWomen ?? '');
  const [men, setMen] = useState<number | string>(m?.unemployedMen ?? '');
  const [description, setDescription] = useState(m?.description ?? '');
  const [participants, setParticipants] = useState<string | null>(m?.participantsIndicatorId ?? null);
  const [work, setWork] = useState<string | null>(m?.startedWorkIndicatorId ?? null);
  const [studies, setStudies] = useState<string | null>(m?.startedStudiesIndicatorId ?? null);
  const count = (v: number | string) => (typeof v === 'number' ? v : null);
  const options = view.indicators.map((i) => ({ value: i.id, label: i.name }));
  const submit = () =>
    save.mutate(
      {
        clusterId: item.cluster.id,
        input: {
          year: view.year,
          version: item.version,
          unemployed: count(unemployed),
          unemployedWomen: count(women),
          unemployedMen: count(men),
          description,
          participantsIndicatorId: participants,
          startedWorkIndicatorId: work,
          startedStudiesIndicatorId: studies,
        },
      },
      { onSuccess: onDone },
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <NumberInput label={t('measurements.unemployed')} value={unemployed} onChange={setUnemployed} min={0} allowDecimal={false} />
        <NumberInput label={t('measurements.unemployedWomen')} value={women} onChange={setWomen} min={0} allowDecimal={false} />
        <NumberInput label={t('measurements.unemployedMen')} value={men} onChange={setMen} min={0} allowDecimal={false} />
        <Textarea label={t('measurements.mappingDescription')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={3} />
        <Select label={t('measurements.participantsIndicator')} data={options} value={participants} onChange={setParticipants} clearable />
        <Select label={t('measurements.workIndicator')} data={options} value={work} onChange={setWork} clearable />
        <Select label={t('measurements.studiesIndicator')} data={options} value={studies} onChange={setStudies} clearable />
        {save.error ? (
          <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
            {errorMessage(save.error, t)}
          </Alert>
        ) : null}
        <FormActions submitLabel={t('common.save')} pending={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
