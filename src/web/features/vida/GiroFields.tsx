import { Fieldset, SimpleGrid, Text, TextInput } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type GiroKind, parseGiro } from '../../../shared/organisations/giro.rules';
import { WithRequirements } from '../../components/ui/RequirementTag';

type GiroFieldsProps = {
  bankgiro: string;
  plusgiro: string;
  onChange: (kind: GiroKind, value: string) => void;
  /** The server's messages per field, which win over the hint checked while typing. */
  errors: Partial<Record<string, ReactNode>>;
};

/** The bankgiro and plusgiro fields of the organisation form, checked by their check digits when left (FRM-5). */
export function GiroFields({ bankgiro, plusgiro, onChange, errors }: GiroFieldsProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('vida.paymentDetails')} radius="md">
      <Text size="sm" c="dimmed">
        <WithRequirements ids={['FRM-5']}>{t('vida.paymentDetailsHint')}</WithRequirements>
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="sm">
        <GiroInput kind="bankgiro" value={bankgiro} onChange={(v) => onChange('bankgiro', v)} serverError={errors.bankgiro} />
        <GiroInput kind="plusgiro" value={plusgiro} onChange={(v) => onChange('plusgiro', v)} serverError={errors.plusgiro} />
      </SimpleGrid>
    </Fieldset>
  );
}

function GiroInput({ kind, value, onChange, serverError }: { kind: GiroKind; value: string; onChange: (v: string) => void; serverError: ReactNode }) {
  const { t } = useTranslation();
  const [blurred, setBlurred] = useState(false);
  const trimmed = value.trim();
  const parsed = trimmed ? parseGiro(kind, trimmed) : undefined;
  const hint = parsed && !parsed.ok && blurred ? t(`vida.${kind}_${parsed.problem}`) : undefined;
  return (
    <TextInput
      id={kind}
      label={t(`vida.${kind}`)}
      description={parsed?.ok ? t('vida.giroValid', { value: parsed.value }) : t(`vida.${kind}Hint`)}
      inputMode="numeric"
      autoComplete="off"
      value={value}
      onChange={(e) => {
        onChange(e.currentTarget.value);
        setBlurred(false);
      }}
      onBlur={() => setBlurred(true)}
      error={serverError ?? hint}
    />
  );
}
