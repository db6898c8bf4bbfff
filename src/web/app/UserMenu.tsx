import { Button, Menu, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ChevronDownIcon, UserIcon } from '../components/ui/icons';
import { useLogout } from '../features/auth/api';
import { useCurrentSession } from './current-session.context';

/** The logged-in user's name, opening a menu to security and sign-ins, changing password, or logging out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const navigate = useNavigate();
  const logout = useLogout();

  const signOut = () =>
    logout.mutate(undefined, { onSettled: () => void navigate({ to: '/login', search: { reason: 'logged-out' } }) });

  return (
    // No focus placeholder: its role=presentation element is not allowed inside role=menu (axe aria-required-children).
    <Menu position="bottom-end" width={260} shadow="md" withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          leftSection={<UserIcon size={18} />}
          rightSection={<ChevronDownIcon size={16} />}
          aria-label={t('auth.userMenu', { name: user.name })}
        >
          <Text span size="sm" fw={600} maw={180} truncate visibleFrom="sm">
            {user.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark">
            {user.name}
          </Text>
          <Text size="xs" c="dimmed">
            {user.email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item onClick={() => void navigate({ to: '/security' })}>{t('security.menuItem')}</Menu.Item>
        <Menu.Item onClick={() => void navigate({ to: '/change-password' })}>{t('auth.changePassword')}</Menu.Item>
        <Menu.Item onClick={signOut}>{t('auth.logout')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
