import { Alert, Button, NativeSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEVIATION_PLACE_KINDS, DEVIATION_SEVERITIES, type DeviationPlaceKind, type DeviationSeverity } from '../../../shared/deviations/deviation.rules';
import type { DeviationView } from '../../../shared/deviations/deviation.schemas';
import { useCan } from '../../app/current-session.context';
import { DateField } from '../../components/ui/DateField';
import { errorMessage } from '../../components/ui/error-message.format';
import { localToday } from '../thresholds/threshold.format';
import { useCooperationBodies, useReportableCooperations, useReportDeviation } from './api';

type Props = {
  /** The cooperation when reported from its page; otherwise chosen in the form. */
  cooperationId?: string;
  onReported: (view: DeviationView) => void;
};

/** Reports a deviation (AGR-4): what happened, where, how serious and when. */
export function DeviationReportForm({ cooperationId, onReported }: Props) {
  const { t } = useTranslation();
  const report = useReportDeviation();
  const canReadGovernance = useCan('governance.read');
  const [description, setDescription] = useState('');
  const [placeKind, setPlaceKind] = useState<DeviationPlaceKind>('cooperation');
  const [chosenCooperation, setChosenCooperation] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [bodyId, setBodyId] = useState<string | null>(null);
  const [routine, setRoutine] = useState('');
  const [severity, setSeverity] = useState<DeviationSeverity>('medium');
  const [occurredOn, setOccurredOn] = useState(localToday());
  const [tried, setTried] = useState(false);
  const options = useReportableCooperations(search, !cooperationId).data ?? [];
  const cooperation = cooperationId ?? chosenCooperation;
  const governance = useCooperationBodies(cooperation, canReadGovernance && placeKind === 'body');
  const bodies = (governance.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }));
  const missing = (v: string | null) => (tried && !v?.trim() ? t('deviations.required') : undefined);

  const submit = () => {
    setTried(true);
    if (!description.trim() || !occurredOn) return;
    if (placeKind === 'body' && !bodyId) return;
    if (placeKind === 'routine' && !routine.trim()) return;
    if (placeKind === 'cooperation' && !cooperation) return;
    report.mutate(
      { description, placeKind, cooperationId: cooperation, bodyId: placeKind === 'body' ? bodyId : null, routine: placeKind === 'routine' ? routine : null, severity, occurredOn },
      {
        onSuccess: (view) => {
          setDescription('');
          setRoutine('');
          setTried(false);
          onReported(view);
        },
      },
    );
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        {report.isError ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(report.error, t)}
          </Alert>
        ) : null}
        <Textarea label={t('deviations.description')} required autosize minRows={3} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={missing(description)} />
        <NativeSelect
          label={t('deviations.placeKind')}
          data={DEVIATION_PLACE_KINDS.map((k) => ({ value: k, label: t(`deviations.place_${k}`) }))}
          value={placeKind}
          onChange={(e) => setPlaceKind(e.currentTarget.value as DeviationPlaceKind)}
        />
        {cooperationId ? null : (
          <Select
            label={t('deviations.cooperation')}
            placeholder={t('deviations.chooseCooperation')}
            searchable
            clearable
            required={placeKind === 'cooperation'}
            data={options}
            value={chosenCooperation}
            onChange={setChosenCooperation}
            onSearchChange={setSearch}
            error={placeKind === 'cooperation' ? missing(chosenCooperation) : undefined}
          />
        )}
        {placeKind === 'body' ? (
          <Select label={t('deviations.body')} placeholder={t('deviations.chooseBody')} required data={bodies} value={bodyId} onChange={setBodyId} error={missing(bodyId)} />
        ) : null}
        {placeKind === 'routine' ? <TextInput label={t('deviations.routine')} required value={routine} onChange={(e) => setRoutine(e.currentTarget.value)} error={missing(routine)} /> : null}
        <NativeSelect
          label={t('deviations.severity')}
          data={DEVIATION_SEVERITIES.map((s) => ({ value: s, label: t(`deviations.severity_${s}`) }))}
          value={severity}
          onChange={(e) => setSeverity(e.currentTarget.value as DeviationSeverity)}
        />
        <DateField label={t('deviations.occurredOn')} required value={occurredOn} onChange={setOccurredOn} error={missing(occurredOn)} />
        <div>
          <Button type="submit" loading={report.isPending}>
            {t('deviations.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
