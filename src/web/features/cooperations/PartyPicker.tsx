import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationSearch } from './api';
import type { PartyOption } from './cooperation-form.model';

type PartyPickerProps = {
  id: string;
  value: PartyOption[];
  onChange: (parties: PartyOption[]) => void;
  error?: string | undefined;
};

/** Chooses the parties among the register's organisations by typing part of a name. */
export function PartyPicker({ id, value, onChange, error }: PartyPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const search = useOrganisationSearch(debounced);
  const known = new Map(value.map((p) => [p.id, p.name]));
  for (const o of search.data?.items ?? []) if (o.status === 'active' && !known.has(o.id)) known.set(o.id, o.name);

  return (
    <MultiSelect
      id={id}
      label={t('cooperations.parties')}
      description={t('cooperations.partiesHint')}
      required
      searchable
      searchValue={text}
      onSearchChange={setText}
      // The server already matched the text (also on organisation number); do not filter again.
      filter={({ options }) => options}
      data={[...known].map(([value, label]) => ({ value, label }))}
      value={value.map((p) => p.id)}
      onChange={(ids) => onChange(ids.map((partyId) => ({ id: partyId, name: known.get(partyId) ?? partyId })))}
      nothingFoundMessage={search.isFetching ? t('common.loading') : t('cooperations.noMatchingOrganisation')}
      error={error}
      clearable
      clearButtonProps={{ 'aria-label': t('cooperations.clearParties') }}
    />
  );
}
