import type { TFunction } from 'i18next';
import { Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlusIcon, TrashIcon } from '../../components/ui/icons';
import { NoValue } from '../../components/ui/NoValue';
import { useOrganisationSearch } from '../cooperations/api';
import { PanelHeading } from '../organisations/PanelHeading';
import type { PartyRow } from './agreement-form.model';

const VALIDATION_TEXTS = {
  'validation.required': 'agreements.validation_required',
  'validation.dateRange': 'agreements.validation_dateRange',
  'validation.duration': 'agreements.validation_duration',
  'validation.year': 'agreements.validation_year',
  'validation.money': 'agreements.validation_money',
  'validation.agreement.duplicateParty': 'agreements.validation_agreement_duplicateParty',
  'validation.agreement.economyParty': 'agreements.validation_agreement_economyParty',
} as const;
const isValidationKey = (message: string): message is keyof typeof VALIDATION_TEXTS => message in VALIDATION_TEXTS;

/** The parties of a version: organisation with its organisation number, and who signs for it. */
export function PartiesEditor({ parties, errors, onChange }: { parties: PartyRow[]; errors: Record<string, string>; onChange: (next: PartyRow[]) => void }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<PartyRow>) => onChange(parties.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="parties-heading">
      <div id="parties-heading">
        <PanelHeading
          title={t('agreements.partiesTitle')}
          description={t('agreements.partiesIntro')}
          actions={
            <Button variant="default" leftSection={<PlusIcon size={18} />} onClick={() => onChange([...parties, { organisationId: null, name: '', orgNumber: null, signatory: '' }])}>
              {t('agreements.addParty')}
            </Button>
          }
        />
      </div>
      {parties.length === 0 ? <Text c="dimmed">{t('agreements.noParties')}</Text> : null}
      <Stack gap="md">
        {parties.map((p, i) => (
          <Group key={i} align="flex-start" gap="md" wrap="wrap">
            <Stack gap={4} style={{ flex: '1 1 280px' }}>
              <PartyOrganisationSelect index={i} value={p} error={errorText(errors[`parties.${i}.organisationId`], t)} onChange={(org) => set(i, org)} />
              <Text size="sm" c="dimmed">
                {t('agreements.orgNumber')}: {p.orgNumber ?? t('agreements.noOrgNumber')}
              </Text>
            </Stack>
            <TextInput
              style={{ flex: '1 1 240px' }}
              label={t('agreements.signatoryOf', { n: i + 1 })}
              description={t('agreements.signatoryHint')}
              required
              value={p.signatory}
              onChange={(e) => set(i, { signatory: e.currentTarget.value })}
              error={errorText(errors[`parties.${i}.signatory`], t)}
            />
            <Button
              variant="subtle"
              color="red"
              mt={24}
              leftSection={<TrashIcon size={16} />}
              onClick={() => onChange(parties.filter((_, j) => j !== i))}
              aria-label={t('agreements.removePartyOf', { n: i + 1 })}
            >
              {t('agreements.removeParty')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

/** A message key from the form or a text from the server, as the user reads it. */
export function errorText(message: string | undefined, t: TFunction): string | undefined {
  if (!message) return undefined;
  return isValidationKey(message) ? t(VALIDATION_TEXTS[message]) : message;
}

type Picked = Pick<PartyRow, 'organisationId' | 'name' | 'orgNumber'>;

function PartyOrganisationSelect({ index, value, error, onChange }: { index: number; value: Picked; error: string | undefined; onChange: (next: Picked) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value.name);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const matches = useOrganisationSearch(debounced === value.name ? '' : debounced);
  const known = new Map<string, { name: string; orgNumber: string | null }>(value.organisationId ? [[value.organisationId, { name: value.name, orgNumber: value.orgNumber }]] : []);
  for (const o of matches.data?.items ?? []) if (o.status === 'active' && !known.has(o.id)) known.set(o.id, { name: o.name, orgNumber: o.orgNumber });
  return (
    <Select
      label={t('agreements.partyOf', { n: index + 1 })}
      description={t('agreements.partyHint')}
      required
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={matches.isFetching ? t('common.loading') : t('agreements.noMatchingOrganisation')}
      data={[...known].map(([id, o]) => ({ value: id, label: o.orgNumber ? `${o.name} (${o.orgNumber})` : o.name }))}
      value={value.organisationId}
      onChange={(id) => {
        const o = id ? known.get(id) : undefined;
        onChange({ organisationId: id, name: o?.name ?? '', orgNumber: o?.orgNumber ?? null });
      }}
      error={error}
    />
  );
}

/** The parties of a version that cannot be edited. */
export function PartiesTable({ parties }: { parties: { organisationId: string; name: string; orgNumber: string | null; signatory: string }[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="parties-heading">
      <div id="parties-heading">
        <PanelHeading title={t('agreements.partiesTitle')} />
      </div>
      {parties.length === 0 ? (
        <Text c="dimmed">{t('agreements.noParties')}</Text>
      ) : (
        <Table>
          <Table.Caption>{t('agreements.partiesTitle')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('agreements.colOrganisation')}</Table.Th>
              <Table.Th scope="col">{t('agreements.orgNumber')}</Table.Th>
              <Table.Th scope="col">{t('agreements.colSignatory')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {parties.map((p) => (
              <Table.Tr key={p.organisationId}>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>{p.orgNumber ?? <NoValue />}</Table.Td>
                <Table.Td>{p.signatory}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
