import { Alert, Button, Group, List, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementDetailView } from '../../../shared/agreements/agreement.schemas';
import { isApiError } from '../../api/client';
import { ConflictNotice, isVersionConflict } from '../../components/ui/ConflictNotice';
import { errorMessage } from '../../components/ui/error-message.format';
import { PanelHeading } from '../organisations/PanelHeading';
import { type AgreementForm, agreementFormFrom, toUpdateInput, validateAgreementForm } from './agreement-form.model';
import { useAgreement, useUpdateAgreement } from './api';
import { EconomyEditor } from './EconomySection';
import { errorText, PartiesEditor } from './PartiesEditor';
import { TermsChecklist } from './TermsChecklist';
import { DateField } from '../../components/ui/DateField';

type EditorProps = { agreement: AgreementDetailView; onMessage: (message: string) => void };

/**
 * The current draft version's editor: title, term, parties, economy and the IOP-5 checklist,
 * saved in one go at the version the user opened (a newer save by someone else is a conflict).
 */
export function AgreementEditor({ agreement, onMessage }: EditorProps) {
  const { t } = useTranslation();
  const update = useUpdateAgreement(agreement.id);
  const reload = useAgreement(agreement.id);
  const [form, setForm] = useState<AgreementForm>(() => agreementFormFrom(agreement.title, agreement.current));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [dirty, setDirty] = useState(false);
  const serverErrors = isApiError(update.error) ? update.error.fieldErrors() : {};
  const errors = { ...serverErrors, ...clientErrors };
  const conflict = isVersionConflict(update.error);
  const general = update.error && !conflict && Object.keys(serverErrors).length === 0 ? errorMessage(update.error, t) : null;
  const change = (patch: Partial<AgreementForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setDirty(true);
    if (Object.keys(clientErrors).length > 0) setClientErrors({});
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateAgreementForm(form);
    setClientErrors(found);
    if (Object.keys(found).length > 0) return;
    update.mutate(toUpdateInput(form, agreement.version), {
      onSuccess: () => {
        setDirty(false);
        onMessage(t('agreements.saved'));
      },
    });
  };

  const summary = Object.entries(errors);
  return (
    <form onSubmit={submit} noValidate aria-label={t('agreements.editorLabel', { n: agreement.currentVersion })}>
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="term-heading">
          <div id="term-heading">
            <PanelHeading title={t('agreements.termSection')} description={t('agreements.termIntro')} />
          </div>
          <Stack gap="md">
            <TextInput label={t('agreements.title')} required value={form.title} onChange={(e) => change({ title: e.currentTarget.value })} error={errorText(errors.title, t)} />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <DateField label={t('agreements.startDate')} value={form.startDate} onChange={(value) => change({ startDate: value })} error={errorText(errors.startDate, t)} />
              <DateField label={t('agreements.endDate')} description={t('agreements.endDateHint')} value={form.endDate} onChange={(value) => change({ endDate: value })} error={errorText(errors.endDate, t)} />
              <TextInput
                label={t('agreements.noticeMonths')}
                description={t('agreements.noticeMonthsHint')}
                inputMode="numeric"
                value={form.noticeMonths}
                onChange={(e) => change({ noticeMonths: e.currentTarget.value })}
                error={errorText(errors.noticeMonths, t)}
              />
            </SimpleGrid>
          </Stack>
        </Paper>
        <TermsChecklist terms={form.terms} onChange={(term, section) => change({ terms: { ...form.terms, [term]: section } })} />
        <PartiesEditor parties={form.parties} errors={errors} onChange={(parties) => change({ parties })} />
        <EconomyEditor rows={form.economy} parties={form.parties} errors={errors} onChange={(economy) => change({ economy })} />
        <Paper withBorder radius="md" p="lg" pos="sticky" bottom={0} style={{ zIndex: 5 }}>
          <Stack gap="sm">
            {conflict ? (
              <ConflictNotice
                title={t('agreements.conflictTitle')}
                text={t('agreements.conflictText')}
                reloadLabel={t('agreements.conflictReload')}
                reloading={reload.isFetching}
                onReload={() => {
                  update.reset();
                  void reload.refetch().then((r) => {
                    if (r.data) {
                      setForm(agreementFormFrom(r.data.title, r.data.current));
                      setDirty(false);
                    }
                  });
                }}
              />
            ) : null}
            {general ? (
              <Alert color="red" variant="light" role="alert">
                {general}
              </Alert>
            ) : null}
            {summary.length > 0 ? (
              <Alert color="red" variant="light" role="alert" title={t('agreements.fixErrors')}>
                <List size="sm">
                  {summary.map(([path, message]) => (
                    <List.Item key={path}>{errorText(message, t)}</List.Item>
                  ))}
                </List>
              </Alert>
            ) : null}
            <Group gap="sm">
              <Button type="submit" loading={update.isPending}>
                {t('agreements.save')}
              </Button>
              <Text size="sm" c="dimmed" aria-live="polite">
                {dirty ? t('agreements.unsaved') : t('agreements.noChanges')}
              </Text>
            </Group>
          </Stack>
        </Paper>
      </Stack>
    </form>
  );
}
