import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCooperationMatches } from './api';

export type PickedCooperation = { id: string; label: string };

type CooperationMultiPickerProps = { value: PickedCooperation[]; onChange: (next: PickedCooperation[]) => void; error?: string | undefined };

/** Picks the cooperations a body governs, searched on the server by case number or title. */
export function CooperationMultiPicker({ value, onChange, error }: CooperationMultiPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const matches = useCooperationMatches(debounced);
  const labels = new Map(value.map((c) => [c.id, c.label]));
  for (const c of matches.data?.items ?? []) if (!labels.has(c.id)) labels.set(c.id, `${c.caseNumber} ${c.title}`);
  return (
    <MultiSelect
      id="cooperationIds"
      label={t('governance.cooperations')}
      description={t('governance.cooperationsHint')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={matches.isFetching ? t('common.loading') : t('governance.noMatchingCooperation')}
      data={[...labels].map(([id, label]) => ({ value: id, label }))}
      value={value.map((c) => c.id)}
      onChange={(ids) => onChange(ids.map((id) => ({ id, label: labels.get(id) ?? id })))}
      error={error}
      clearButtonProps={{ 'aria-label': t('governance.clearCooperations') }}
    />
  );
}
