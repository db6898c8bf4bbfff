import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationMatches } from '../initiatives/api';

type Picked = { id: string; name: string } | null;

/** Picks one organisation from the register (by default the one a member represents), searched on the server. */
export function MemberOrganisationSelect({
  value,
  onChange,
  error,
  id = 'organisationId',
  label,
  description,
  required = true,
}: {
  value: Picked;
  onChange: (next: Picked) => void;
  error?: string | undefined;
  /** Unique on the page: the edit dialog opens above the add form. */
  id?: string;
  /** Another label and hint where the organisation is not a member's (e.g. a party to decisions). */
  label?: string;
  description?: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const matches = useOrganisationMatches(debounced === value?.name ? '' : debounced);
  const names = new Map<string, string>(value ? [[value.id, value.name]] : []);
  for (const o of matches.data?.items ?? []) if (!names.has(o.id)) names.set(o.id, o.name);
  return (
    <Select
      id={id}
      label={label ?? t('governance.memberOrganisation')}
      description={description ?? t('governance.memberOrganisationHint')}
      required={required}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={matches.isFetching ? t('common.loading') : t('governance.noMatchingOrganisation')}
      data={[...names].map(([id, name]) => ({ value: id, label: name }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? { id, name: names.get(id) ?? id } : null)}
      error={error}
    />
  );
}
