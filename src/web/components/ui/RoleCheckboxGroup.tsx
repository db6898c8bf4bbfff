import { Checkbox, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/users/roles';

type RoleCheckboxGroupProps = {
  label: string;
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: string | undefined;
};

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** One checkbox per role, labelled with the role's Swedish name; the group is labelled as a whole. */
export function RoleCheckboxGroup({ label, value, onChange, error }: RoleCheckboxGroupProps) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={label} value={value} onChange={(v) => onChange(v.filter(isRole))} error={error} withAsterisk>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing="xs" mt="xs">
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
