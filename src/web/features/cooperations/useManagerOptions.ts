import { useQuery } from '@tanstack/react-query';
import type { UserDirectoryView } from '../../../shared/users/user.schemas';
import { apiGet, withQuery } from '../../api/client';
import { useCan } from '../../app/current-session.context';

export type ManagerOption = { value: string; label: string };

/**
 * The managers one can name as responsible manager (INI-6): every active manager from the staff
 * directory, plus the managers already named (`known`), who may since have left the role.
 */
export function useManagerOptions(known: readonly ManagerOption[] = []): ManagerOption[] {
  const canRead = useCan('users.directory');
  const managers = useQuery({
    queryKey: ['user-directory', 'manager'],
    queryFn: ({ signal }) => apiGet<UserDirectoryView>(withQuery('/api/user-directory', { role: 'manager' }), signal),
    enabled: canRead,
    staleTime: 5 * 60_000,
  });
  const options = new Map<string, string>();
  for (const m of known) options.set(m.value, m.label);
  for (const m of managers.data?.items ?? []) options.set(m.id, m.name);
  return [...options].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'sv'));
}
