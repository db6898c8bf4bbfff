import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationById, useOrganisationSearch } from './api';

type OrganisationFilterSelectProps = {
  value: string | undefined;
  onChange: (id: string) => void;
};

/** Picks one organisation of the register by typing part of its name (the overview's party filter). */
export function OrganisationFilterSelect({ value, onChange }: OrganisationFilterSelectProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const search = useOrganisationSearch(debounced);
  const chosen = useOrganisationById(value);
  const options = new Map<string, string>();
  if (value && chosen.data) options.set(value, chosen.data.name);
  for (const o of search.data?.items ?? []) options.set(o.id, o.name);

  return (
    <Select
      label={t('cooperations.filterOrganisation')}
      placeholder={t('cooperations.allOrganisations')}
      searchable
      clearable
      value={value ?? null}
      onChange={(id) => onChange(id ?? '')}
      searchValue={text}
      onSearchChange={setText}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      nothingFoundMessage={t('cooperations.noMatchingOrganisation')}
      filter={({ options: items }) => items}
      clearButtonProps={{ 'aria-label': t('cooperations.clearOrganisation') }}
    />
  );
}
