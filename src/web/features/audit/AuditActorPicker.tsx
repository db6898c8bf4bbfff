import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../shared/http/pagination.schemas';
import type { UserView } from '../../../shared/users/user.schemas';
import { apiGet, isApiError, withQuery } from '../../api/client';
import { actorOptionLabel } from './audit.format';

type AuditActorPickerProps = {
  value: string | undefined;
  onChange: (actorId: string | undefined) => void;
};

// The user a filter from a link names, so the picker shows a name rather than an id.
function useChosenUser(id: string | undefined) {
  return useQuery({
    queryKey: ['users', 'one', id],
    queryFn: ({ signal }) => apiGet<UserView>(`/api/users/${encodeURIComponent(id ?? '')}`, signal),
    enabled: Boolean(id),
    retry: (count, error) => !isApiError(error, 404) && !isApiError(error, 400) && count < 2,
    staleTime: 5 * 60_000,
  });
}

/**
 * Picks whose events to show by searching users by name or e-mail address as the user types
 * (the audit log is for administrators, who may list users), instead of asking for an id.
 */
export function AuditActorPicker({ value, onChange }: AuditActorPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const matches = useQuery({
    queryKey: ['users', 'audit-picker', debounced],
    queryFn: ({ signal }) => apiGet<Page<UserView>>(withQuery('/api/users', { q: debounced || undefined, limit: 20 }), signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const chosen = useChosenUser(value);

  const options = new Map<string, string>();
  // The chosen one stays among the options, so the field keeps its name while another search runs.
  if (value) options.set(value, chosen.data ? actorOptionLabel(chosen.data) : chosen.isError ? t('audit.actorUnknown', { id: value.slice(0, 8) }) : t('common.loading'));
  for (const user of matches.data?.items ?? []) options.set(user.id, actorOptionLabel(user));

  return (
    <Select
      id="audit-actor"
      label={t('audit.actor')}
      description={t('audit.actorHint')}
      placeholder={t('audit.actorPlaceholder')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has matched the text on name and e-mail address; the list shows what it found.
      filter={({ options: found }) => found}
      nothingFoundMessage={matches.isFetching ? t('common.loading') : t('audit.actorNoMatch')}
      data={[...options].map(([id, label]) => ({ value: id, label }))}
      value={value ?? null}
      onChange={(id) => onChange(id ?? undefined)}
      clearButtonProps={{ 'aria-label': t('audit.actorClear') }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
