import { Button, Checkbox, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SETTING_MAX_LENGTH, type SettingKey, type SettingView } from '../../../shared/organisations/settings.schemas';
import { withConflictNotice } from '../../components/ui/ConflictNotice';
import { useSubmitErrors } from '../../components/ui/useSubmitErrors';
import { SubmitErrorSummary } from '../organisations/FormErrorSummary';
import { useUpdateSettings } from './api';
import { BOOLEAN, caseNumberExample, changesOf, checkValues, formText, messageKeyPart, MULTILINE, type SettingGroup } from './settings.model';

type SettingsGroupFormProps = {
  group: SettingGroup;
  /** The group's name, for the confirmation. */
  name: string;
  settings: SettingView[];
  onSaved: (message: string) => void;
  /** Fetches the current values after someone else's change and starts the form anew. */
  onReload: () => Promise<void>;
};

// Settings that must have a value once saved; the others may be left empty.
const REQUIRED: ReadonlySet<SettingKey> = new Set(['case_number.prefix', 'committee.name_sv', 'committee.name_en', 'municipality.name_sv', 'democracy.validity_months']);

/**
 * One group of settings as a form: checked in the browser with the server's own rules before it
 * is sent, saved in one change (all or nothing), at the versions loaded (stale → notice).
 */
export function SettingsGroupForm({ group, name, settings, onSaved, onReload }: SettingsGroupFormProps) {
  const { t } = useTranslation();
  const update = useUpdateSettings();
  const keys: readonly SettingKey[] = group.settings;
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(keys.map((key) => [key, formText(settings.find((s) => s.key === key)?.value)])),
  );
  const [clientErrors, setClientErrors] = useState<Partial<Record<SettingKey, string>>>({});
  const [reloading, setReloading] = useState(false);
  const label = (key: SettingKey) => t(`settings.field_${messageKeyPart(key)}`);

  const { error, notice } = withConflictNotice(update.error, {
    title: t('settings.conflictTitle'),
    text: t('settings.conflictText'),
    reloadLabel: t('settings.conflictReload'),
    reloading,
    onReload: () => {
      setReloading(true);
      void onReload().finally(() => setReloading(false));
    },
  });
  const submitErrors = useSubmitErrors<SettingKey>({
    error,
    pending: update.isPending,
    fieldOf: (path) => keys.find((key) => key === path),
    labelOf: label,
  });
  const fieldError = (key: SettingKey): string | undefined => {
    const code = clientErrors[key];
    return code ? t(`settings.error_${code}` as 'settings.error_invalid') : submitErrors.fieldErrors[key];
  };
  const clientSummary = (Object.keys(clientErrors) as SettingKey[]).map((key) => ({ path: key, label: label(key), message: fieldError(key) ?? '' }));

  const change = (key: SettingKey, value: string) => {
    setTexts((v) => ({ ...v, [key]: value }));
    setClientErrors(({ [key]: _cleared, ...rest }) => rest);
    submitErrors.markEdited(key);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkValues(keys, texts);
    setClientErrors(found);
    submitErrors.submitted();
    if (Object.keys(found).length > 0) {
      update.reset();
      return;
    }
    const changes = changesOf(keys, texts, settings);
    if (changes.length === 0) {
      update.reset();
      onSaved(t('settings.nothingChanged', { group: name }));
      return;
    }
    update.mutate({ changes }, { onSuccess: () => onSaved(t('settings.saved', { group: name })) });
  };

  const field = (key: SettingKey) => {
    const common = {
      id: key,
      label: label(key),
      description: t(`settings.hint_${messageKeyPart(key)}`),
      required: REQUIRED.has(key),
      value: texts[key] ?? '',
      error: fieldError(key),
      maxLength: SETTING_MAX_LENGTH[key],
    };
    if (BOOLEAN.has(key)) {
      return (
        <Checkbox
          key={key}
          id={key}
          label={common.label}
          description={common.description}
          error={common.error}
          checked={texts[key] === 'true'}
          onChange={(e) => change(key, e.currentTarget.checked ? 'true' : 'false')}
        />
      );
    }
    return MULTILINE.has(key) ? (
      <Textarea key={key} {...common} autosize minRows={key === 'iop_contact.text' ? 3 : 2} onChange={(e) => change(key, e.currentTarget.value)} />
    ) : (
      <TextInput
        key={key}
        {...common}
        onChange={(e) => change(key, e.currentTarget.value)}
        {...(key === 'iop_contact.email' ? { type: 'email', autoComplete: 'off' } : {})}
        {...(key === 'iop_contact.phone' ? { type: 'tel', inputMode: 'tel' as const } : {})}
        {...(key === 'iop_contact.web' ? { type: 'url', placeholder: 'https://' } : {})}
        {...(key === 'democracy.validity_months' ? { inputMode: 'numeric' as const, maw: 360 } : {})}
        {...(key === 'case_number.prefix' ? { maw: 360, autoCapitalize: 'characters', spellCheck: false } : {})}
      />
    );
  };

  const showClientSummary = clientSummary.length > 0;
  const summaryState = showClientSummary ? { showSummary: true, summary: clientSummary, attempt: submitErrors.attempt } : submitErrors;
  const single = keys.filter((key) => !MULTILINE.has(key) && !BOOLEAN.has(key));

  return (
    <form onSubmit={submit} noValidate aria-label={name}>
      <Stack gap="md">
        {notice}
        <SubmitErrorSummary state={summaryState} error={showClientSummary ? null : error} invalidTitle={t('settings.formInvalid')} invalid={showClientSummary} />
        <SimpleGrid cols={{ base: 1, sm: single.length > 1 ? 2 : 1 }} spacing="md">
          {single.map(field)}
        </SimpleGrid>
        {keys.filter((key) => MULTILINE.has(key) || BOOLEAN.has(key)).map(field)}
        {group.key === 'caseNumber' ? (
          <Text size="sm" aria-live="polite">
            {t('settings.prefixExample', { example: caseNumberExample(texts['case_number.prefix'] ?? '', new Date().getFullYear()) })}
          </Text>
        ) : null}
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
