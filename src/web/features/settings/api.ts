import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SettingView, UpdateSettingsInput } from '../../../shared/organisations/settings.schemas';
import { apiGet, apiPatch } from '../../api/client';

const settingsKey = ['settings'] as const;

/** Every setting an administrator may change, with its version. */
export function useSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: ({ signal }) => apiGet<SettingView[]>('/api/settings', signal),
  });
}

/** Saves a group of settings in one change; the answer (every setting, new versions) replaces the cache. */
export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateSettingsInput) => apiPatch<SettingView[]>('/api/settings', input),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKey, settings);
      // The public pages show the names and the contact function; let them fetch anew.
      void queryClient.invalidateQueries({ queryKey: ['public-publisher'] });
      void queryClient.invalidateQueries({ queryKey: ['public-iop'] });
    },
  });
}
