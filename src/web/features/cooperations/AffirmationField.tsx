import { Checkbox, Stack, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type AffirmationValues = { affirmed: boolean; justification: string };

type AffirmationFieldProps = {
  id: string;
  label: string;
  value: AffirmationValues;
  onChange: (value: AffirmationValues) => void;
  justificationLabel?: string;
  error?: ReactNode;
};

/** An affirmation ("yes, this holds") with the justification behind it (FRM-2, IOP-2). */
export function AffirmationField({ id, label, value, onChange, justificationLabel, error }: AffirmationFieldProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Checkbox id={`${id}.affirmed`} label={label} checked={value.affirmed} onChange={(e) => onChange({ ...value, affirmed: e.currentTarget.checked })} />
      <Textarea
        id={`${id}.justification`}
        label={justificationLabel ?? t('cooperations.justification')}
        // Several justifications share the visible label; the accessible name says which statement it backs.
        aria-label={`${justificationLabel ?? t('cooperations.justification')} – ${label}`}
        autosize
        minRows={2}
        maxRows={8}
        value={value.justification}
        onChange={(e) => onChange({ ...value, justification: e.currentTarget.value })}
        error={error}
        ml={{ base: 0, sm: 32 }}
      />
    </Stack>
  );
}

/** The affirmation as the API takes it: nothing recorded when it is neither affirmed nor justified. */
export function toAffirmation(value: AffirmationValues): AffirmationValues | null {
  return !value.affirmed && value.justification.trim() === '' ? null : value;
}

/** The form values of a recorded affirmation (or an empty one). */
export function affirmationValues(value: AffirmationValues | null | undefined): AffirmationValues {
  return { affirmed: value?.affirmed ?? false, justification: value?.justification ?? '' };
}
