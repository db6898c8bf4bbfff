import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useManagerDirectory, useSteeringMemberDirectory } from './api';

type MemberLoginSelectProps = {
  value: string | null;
  onChange: (userId: string | null) => void;
  error?: string | undefined;
  /** Unique on the page: the edit dialog opens above the add form. */
  id?: string;
};

/**
 * Picks the login a member votes with (IOP-6): the City's managers, or the parties'
 * representatives with the steering member role, who then see only the bodies they sit on.
 */
export function MemberLoginSelect({ value, onChange, error, id }: MemberLoginSelectProps) {
  const { t } = useTranslation();
  const managers = useManagerDirectory();
  const steering = useSteeringMemberDirectory();
  const groups = [
    { group: t('governance.directoryManagers'), items: (managers.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })) },
    { group: t('governance.directorySteeringMembers'), items: (steering.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })) },
  ];
  // A user who is both manager and steering member appears once, under managers.
  const seen = new Set(groups[0]!.items.map((i) => i.value));
  groups[1]!.items = groups[1]!.items.filter((i) => !seen.has(i.value));
  return (
    <Select
      id={id}
      label={t('governance.memberUser')}
      description={t('governance.memberUserHint')}
      placeholder={t('governance.notLinked')}
      data={groups.filter((g) => g.items.length > 0)}
      value={value}
      onChange={onChange}
      clearable
      clearButtonProps={{ 'aria-label': t('governance.notLinked') }}
      searchable
      error={error}
    />
  );
}
