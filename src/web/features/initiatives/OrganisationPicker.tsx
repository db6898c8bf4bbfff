import { Group, MultiSelect, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { useOrganisationMatches } from './api';

type PickedOrganisation = { id: string; name: string };

type OrganisationPickerProps = {
  value: PickedOrganisation[];
  onChange: (next: PickedOrganisation[]) => void;
  error?: string | undefined;
};

/** Picks organisations from the register, searched on the server as the user types. */
export function OrganisationPicker({ value, onChange, error }: OrganisationPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const matches = useOrganisationMatches(debounced);
  // The chosen ones stay in the options so their pills keep their names while another search runs.
  const names = new Map(value.map((o) => [o.id, o.name]));
  const labels = new Map(names);
  for (const o of matches.data?.items ?? []) {
    if (names.has(o.id)) continue;
    names.set(o.id, o.name);
    labels.set(o.id, o.orgNumber ? `${o.name} (${o.orgNumber})` : o.name);
  }
  const data = [...labels].map(([id, label]) => ({ value: id, label }));

  return (
    <div>
      <MultiSelect
        id="organisationIds"
        label={t('initiatives.organisations')}
        description={t('initiatives.organisationsHint')}
        searchable
        clearable
        searchValue={search}
        onSearchChange={setSearch}
        // The server has already matched the text (name or number); the list shows what it found.
        filter={({ options }) => options}
        nothingFoundMessage={matches.isFetching ? t('common.loading') : t('initiatives.noMatchingOrganisation')}
        data={data}
        value={value.map((o) => o.id)}
        onChange={(ids) => onChange(ids.map((id) => ({ id, name: names.get(id) ?? id })))}
        error={error}
        clearButtonProps={{ 'aria-label': t('initiatives.clearOrganisations') }}
        maxValues={20}
      />
      <Group gap={4} mt={6}>
        <Text size="sm" c="dimmed">
          {t('initiatives.organisationMissing')}
        </Text>
        <AnchorLink to="/organisationer/ny" size="sm">
          {t('initiatives.registerOrganisation')}
        </AnchorLink>
      </Group>
    </div>
  );
}
