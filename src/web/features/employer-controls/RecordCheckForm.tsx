import { Button, FileInput, Group, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployerControlsView } from '../../../shared/employers/employer-control.schemas';
import type { CollectiveAgreementAnswer, ControlResult } from '../../../shared/employers/employer-controls.rules';
import { isApiError } from '../../api/client';
import { currentLocale } from '../../app/i18n/i18n.config';
import { DateField } from '../../components/ui/DateField';
import { errorMessage } from '../../components/ui/error-message.format';
import { localIsoDate } from '../lifecycle/lifecycle.format';
import { useRecordControlCheck } from './api';

type RecordCheckFormProps = {
  view: EmployerControlsView;
  initialControl: string | null;
  onCancel: () => void;
  onDone: (message: string) => void;
};

/**
 * Records a check of one control (EMP-2): result, the collective-agreement answer for that control,
 * the day, and evidence — a document, a reference such as "Utdrag ur skattekonto 2026-11-30", or both.
 */
export function RecordCheckForm({ view, initialControl, onCancel, onDone }: RecordCheckFormProps) {
  const { t } = useTranslation();
  const english = currentLocale().startsWith('en');
  const record = useRecordControlCheck(view.organisationId);
  const today = localIsoDate(new Date());
  const [controlCode, setControlCode] = useState<string | null>(initialControl ?? view.controls[0]?.code ?? null);
  const [result, setResult] = useState<ControlResult | ''>('');
  const [answer, setAnswer] = useState<CollectiveAgreementAnswer | ''>('');
  const [checkedOn, setCheckedOn] = useState(today);
  const [evidenceReference, setEvidenceReference] = useState('');
  const [evidenceFile, setEvidenceFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const control = view.controls.find((c) => c.code === controlCode);
  const fields = isApiError(record.error) ? record.error.fieldErrors() : {};
  const general = record.error && Object.keys(fields).length === 0 ? errorMessage(record.error, t) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!controlCode || result === '') return;
    record.mutate(
      {
        controlCode,
        result,
        collectiveAgreement: controlCode === 'collective_agreement' && answer !== '' ? answer : null,
        checkedOn,
        evidenceReference: evidenceReference.trim() || null,
        evidenceFile,
        note: note.trim() || null,
      },
      { onSuccess: () => onDone(t('employerControls.recorded', { control: control ? (english ? control.nameEn : control.nameSv) : controlCode })) },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('employerControls.recordTitle')}>
      <Stack gap="md">
        <Select
          label={t('employerControls.control')}
          required
          data={view.controls.map((c) => ({ value: c.code, label: english ? c.nameEn : c.nameSv }))}
          value={controlCode}
          onChange={setControlCode}
          allowDeselect={false}
          error={fields.controlCode}
        />
        <Radio.Group label={t('employerControls.result')} required value={result} onChange={(v) => setResult(v as ControlResult)} error={fields.result}>
          <Group gap="md" mt={6}>
            <Radio value="pass" label={t('employerControls.result_pass')} />
            <Radio value="fail" label={t('employerControls.result_fail')} />
            {control?.mayNotApply ? <Radio value="not_applicable" label={t('employerControls.result_not_applicable')} /> : null}
          </Group>
        </Radio.Group>
        {controlCode === 'collective_agreement' ? (
          <Radio.Group label={t('employerControls.collectiveAgreement')} description={t('employerControls.collectiveAgreementHint')} required value={answer} onChange={(v) => setAnswer(v as CollectiveAgreementAnswer)} error={fields.collectiveAgreement}>
            <Group gap="md" mt={6}>
              <Radio value="yes" label={t('employerControls.answer_yes')} />
              <Radio value="equivalent_terms" label={t('employerControls.answer_equivalent_terms')} />
              <Radio value="no" label={t('employerControls.answer_no')} />
            </Group>
          </Radio.Group>
        ) : null}
        <DateField label={t('employerControls.checkedOn')} required max={today} value={checkedOn} onChange={(v) => setCheckedOn(v)} error={fields.checkedOn} />
        <Text size="sm" fw={600}>
          {t('employerControls.evidenceTitle')}
        </Text>
        <Text size="sm" c="dimmed" mt={-12}>
          {t('employerControls.evidenceHint')}
        </Text>
        <FileInput label={t('employerControls.evidenceFile')} placeholder={t('employerControls.evidenceFilePlaceholder')} clearable value={evidenceFile} onChange={setEvidenceFile} error={fields.evidenceFileId} />
        <TextInput
          label={t('employerControls.evidenceReference')}
          description={t('employerControls.evidenceReferenceHint')}
          maxLength={500}
          value={evidenceReference}
          onChange={(e) => setEvidenceReference(e.currentTarget.value)}
          error={fields.evidenceReference}
        />
        <Textarea label={t('employerControls.note')} autosize minRows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fields.note} />
        {general ? (
          <Text c="red" size="sm" role="alert">
            {general}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending} disabled={!controlCode || result === ''}>
            {t('employerControls.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
