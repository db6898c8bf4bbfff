import { Badge, Button, Checkbox, Group, NumberInput, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlProgrammeView } from '../../../shared/employers/control-programme.schemas';
import type { CreateControlProgrammeInput } from '../../../shared/employers/employer-control.schemas';
import { isApiError } from '../../api/client';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { DateField } from '../../components/ui/DateField';
import { formatCalendarDate } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { PanelHeading } from '../organisations/PanelHeading';
import { useControlProgrammes, useCreateControlProgramme, useUpdateControlInterval } from './api';

/** The procurement programmes and their controls (EMP-2): a new programme from a date, and each control's re-check interval. */
export function ControlProgrammesPage() {
  const allowed = useCan('reference.manage');
  return allowed ? <ControlProgrammes /> : <ForbiddenPage />;
}

function ControlProgrammes() {
  const { t } = useTranslation();
  const query = useControlProgrammes();
  const [message, setMessage] = useState<string | null>(null);
  const programmes = query.data ?? [];
  return (
    <>
      <PageHeading title={t('controlProgrammes.title')} description={<WithRequirements ids={['EMP-2']}>{t('controlProgrammes.intro')}</WithRequirements>} />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        <Stack gap="lg">
          {[...programmes].reverse().map((p) => (
            <ProgrammePanel key={p.code} programme={p} onMessage={setMessage} />
          ))}
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="new-programme">
            <PanelHeading title={t('controlProgrammes.newTitle')} headingId="new-programme" description={t('controlProgrammes.newText')} />
            <NewProgrammeForm key={programmes.at(-1)?.code ?? 'none'} latest={programmes.at(-1) ?? null} onMessage={setMessage} />
          </Paper>
        </Stack>
      ) : null}
    </>
  );
}

function ProgrammePanel({ programme, onMessage }: { programme: ControlProgrammeView; onMessage: (m: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const today = new Date().toISOString().slice(0, 10);
  const inForce = programme.validFrom <= today && (programme.validTo === null || programme.validTo >= today);
  const headingId = `programme-${programme.code}`;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <PanelHeading
        title={programme.name}
        headingId={headingId}
        description={t('controlProgrammes.validity', {
          from: formatCalendarDate(programme.validFrom, locale),
          to: programme.validTo ? formatCalendarDate(programme.validTo, locale) : t('controlProgrammes.openEnd'),
        })}
      />
      {inForce ? (
        <Badge color="green" variant="light" mb="sm" style={{ textTransform: 'none' }}>
          {t('controlProgrammes.inForce')}
        </Badge>
      ) : null}
      <Table.ScrollContainer minWidth={720} type="native">
        <Table verticalSpacing="xs" aria-label={programme.name}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('controlProgrammes.control')}</Table.Th>
              <Table.Th scope="col">{t('controlProgrammes.mayNotApply')}</Table.Th>
              <Table.Th scope="col">{t('controlProgrammes.recheckMonths')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {programme.controls.map((c) => (
              <Table.Tr key={c.code}>
                <Table.Th scope="row" fw={400}>
                  <Text size="sm">{locale.startsWith('en') ? c.nameEn : c.nameSv}</Text>
                  <Text size="xs" c="dimmed">
                    {c.code}
                  </Text>
                </Table.Th>
                <Table.Td>{c.mayNotApply ? t('common.yes') : t('common.no')}</Table.Td>
                <Table.Td>
                  <IntervalEditor programmeCode={programme.code} control={c} onMessage={onMessage} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function IntervalEditor({ programmeCode, control, onMessage }: { programmeCode: string; control: ControlProgrammeView['controls'][number]; onMessage: (m: string) => void }) {
  const { t } = useTranslation();
  const update = useUpdateControlInterval();
  const [months, setMonths] = useState<number | string>(control.recheckMonths ?? '');
  const value = months === '' ? null : Number(months);
  const fields = isApiError(update.error) ? update.error.fieldErrors() : {};
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <NumberInput
        aria-label={t('controlProgrammes.recheckMonthsFor', { control: control.nameSv })}
        placeholder={t('controlProgrammes.defaultMonths')}
        min={1}
        max={60}
        allowDecimal={false}
        w={140}
        value={months}
        onChange={setMonths}
        error={fields.recheckMonths}
      />
      <Button
        variant="light"
        size="sm"
        disabled={value === control.recheckMonths}
        loading={update.isPending}
        onClick={() => update.mutate({ programmeCode, controlCode: control.code, recheckMonths: value }, { onSuccess: () => onMessage(t('controlProgrammes.intervalSaved', { control: control.nameSv })) })}
      >
        {t('controlProgrammes.save')}
      </Button>
    </Group>
  );
}

type DraftControl = CreateControlProgrammeInput['controls'][number];

function NewProgrammeForm({ latest, onMessage }: { latest: ControlProgrammeView | null; onMessage: (m: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateControlProgramme();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [validFrom, setValidFrom] = useState('');
  // A new programme starts as a copy of the latest one's controls.
  const [controls, setControls] = useState<DraftControl[]>(() => latest?.controls.map(({ code: c, nameSv, nameEn, recheckMonths, mayNotApply }) => ({ code: c, nameSv, nameEn, recheckMonths, mayNotApply })) ?? []);
  const fields = isApiError(create.error) ? create.error.fieldErrors() : {};
  const general = create.error && Object.keys(fields).length === 0 ? errorMessage(create.error, t) : null;
  const change = (i: number, patch: Partial<DraftControl>) => setControls((list) => list.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ code: code.trim(), name: name.trim(), validFrom, controls }, { onSuccess: () => onMessage(t('controlProgrammes.created', { name })) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('controlProgrammes.newTitle')}>
      <Stack gap="md">
        <Group grow align="flex-start">
          <TextInput label={t('controlProgrammes.name')} required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} error={fields.name} />
          <TextInput label={t('controlProgrammes.code')} description={t('controlProgrammes.codeHint')} required maxLength={60} value={code} onChange={(e) => setCode(e.currentTarget.value)} error={fields.code} />
          <DateField label={t('controlProgrammes.validFrom')} required value={validFrom} onChange={(v) => setValidFrom(v)} error={fields.validFrom} />
        </Group>
        <Text size="sm" fw={600}>
          {t('controlProgrammes.controlsTitle')}
        </Text>
        {fields.controls ? (
          <Text size="sm" c="red">
            {fields.controls}
          </Text>
        ) : null}
        {controls.map((c, i) => (
          <Group key={i} align="flex-end" wrap="wrap" gap="sm">
            <TextInput label={t('controlProgrammes.controlCode')} w={160} value={c.code} onChange={(e) => change(i, { code: e.currentTarget.value })} error={fields[`controls.${i}.code`]} />
            <TextInput label={t('controlProgrammes.nameSv')} style={{ flex: 2 }} value={c.nameSv} onChange={(e) => change(i, { nameSv: e.currentTarget.value })} error={fields[`controls.${i}.nameSv`]} />
            <TextInput label={t('controlProgrammes.nameEn')} style={{ flex: 2 }} value={c.nameEn} onChange={(e) => change(i, { nameEn: e.currentTarget.value })} error={fields[`controls.${i}.nameEn`]} />
            <NumberInput
              label={t('controlProgrammes.recheckMonths')}
              placeholder={t('controlProgrammes.defaultMonths')}
              w={130}
              min={1}
              max={60}
              allowDecimal={false}
              value={c.recheckMonths ?? ''}
              onChange={(v) => change(i, { recheckMonths: v === '' ? null : Number(v) })}
              error={fields[`controls.${i}.recheckMonths`]}
            />
            <Checkbox label={t('controlProgrammes.mayNotApply')} checked={c.mayNotApply} onChange={(e) => change(i, { mayNotApply: e.currentTarget.checked })} mb={8} />
            <Button variant="subtle" color="red" onClick={() => setControls((list) => list.filter((_, j) => j !== i))} aria-label={t('controlProgrammes.removeControl', { control: c.nameSv || c.code })}>
              {t('controlProgrammes.remove')}
            </Button>
          </Group>
        ))}
        <Group>
          <Button variant="default" onClick={() => setControls((list) => [...list, { code: '', nameSv: '', nameEn: '', recheckMonths: null, mayNotApply: false }])}>
            {t('controlProgrammes.addControl')}
          </Button>
        </Group>
        {general ? (
          <Text c="red" size="sm" role="alert">
            {general}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('controlProgrammes.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
