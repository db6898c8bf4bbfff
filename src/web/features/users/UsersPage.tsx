import { Button, Group, NativeSelect, Paper, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/users/roles';
import type { UserListItemView, UserView } from '../../../shared/users/user.schemas';
import { useCan, useCurrentSession } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { PageNavigation } from '../../components/ui/CursorPager';
import { PlusIcon, SearchIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { SecretRevealModal } from '../../components/ui/SecretRevealModal';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { useCursorPages } from '../../components/ui/useCursorPages';
import { type UserAction, useUserAction, useUsers } from './api';
import { useResetTwoFactor } from '../auth/two-factor.api';
import { UserFormModal } from './UserFormModal';
import { UserTable } from './UserTable';
import { passwordActionOf } from './user-sign-in.format';

const PAGE_SIZE = 25;

type Secret = { email: string; password: string };
type Pending = { user: UserListItemView; action: UserAction };

/** User administration: search, filter, create, edit, disable/enable and reset passwords. */
export function UsersPage() {
  const allowed = useCan('users.manage');
  return allowed ? <UsersAdmin /> : <ForbiddenPage />;
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

function UsersAdmin() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<Role | ''>('');
  const [status, setStatus] = useState<UserView['status'] | ''>('');
  const pages = useCursorPages();
  const { reset } = pages;

  const [formUser, setFormUser] = useState<UserView | undefined>();
  const [formOpened, setFormOpened] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [secret, setSecret] = useState<Secret | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const action = useUserAction();
  const resetTwoFactor = useResetTwoFactor();
  const [resettingTwoFactor, setResettingTwoFactor] = useState<UserView | null>(null);

  // A new filter starts from the first page again.
  useEffect(() => reset(), [debouncedSearch, role, status, reset]);

  const query = useUsers({
    q: debouncedSearch || undefined,
    role: role || undefined,
    status: status || undefined,
    limit: PAGE_SIZE,
    cursor: pages.cursor,
  });

  const openForm = (user: UserView | undefined) => {
    setFormUser(user);
    setFormOpened(true);
    setMessage(null);
  };

  const askResetTwoFactor = (user: UserView) => {
    resetTwoFactor.reset();
    setMessage(null);
    setResettingTwoFactor(user);
  };

  const askAction = (user: UserListItemView, kind: UserAction) => {
    action.reset();
    setMessage(null);
    setPending({ user, action: kind });
  };

  const confirmAction = () => {
    if (!pending) return;
    const { user } = pending;
    action.mutate(pending, {
      onSuccess: (result) => {
        setPending(null);
        if (pending.action === 'reset-password' && 'temporaryPassword' in result && result.temporaryPassword) {
          setSecret({ email: user.email, password: result.temporaryPassword });
          setMessage(t('users.passwordReset', { name: user.name }));
        } else {
          setMessage(t(pending.action === 'disable' ? 'users.disabled' : 'users.enabled', { name: user.name }));
        }
      },
    });
  };

  const filtersActive = search !== '' || role !== '' || status !== '';
  const data = query.data;

  return (
    <>
      <PageHeading
        title={t('users.title')}
        description={t('users.intro')}
        actions={
          <Button leftSection={<PlusIcon size={18} />} onClick={() => openForm(undefined)}>
            {t('users.newUser')}
          </Button>
        }
      />
      <StatusMessage message={message} onClose={() => setMessage(null)} />

      <Paper withBorder radius="md" p="md">
        <Group align="flex-end" gap="md" mb="md" wrap="wrap" role="search" aria-label={t('users.searchLabel')}>
          <TextInput
            label={t('users.searchLabel')}
            placeholder={t('users.searchPlaceholder')}
            leftSection={<SearchIcon size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={{ base: '100%', sm: 300 }}
            type="search"
          />
          <NativeSelect
            label={t('users.roleFilter')}
            value={role}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setRole(isRole(value) ? value : '');
            }}
            data={[{ value: '', label: t('users.allRoles') }, ...ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))]}
            w={{ base: '100%', sm: 240 }}
          />
          <NativeSelect
            label={t('users.statusFilter')}
            value={status}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setStatus(value === 'active' || value === 'disabled' ? value : '');
            }}
            data={[
              { value: '', label: t('users.allStatuses') },
              { value: 'active', label: t('users.status_active') },
              { value: 'disabled', label: t('users.status_disabled') },
            ]}
            w={{ base: '100%', sm: 180 }}
          />
          {filtersActive ? (
            <Button
              variant="subtle"
              onClick={() => {
                setSearch('');
                setRole('');
                setStatus('');
              }}
            >
              {t('common.clearFilters')}
            </Button>
          ) : null}
        </Group>

        {query.isPending ? <LoadingState /> : null}
        {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
        {data && data.items.length === 0 ? <EmptyMessage>{t('users.empty')}</EmptyMessage> : null}
        {data && data.items.length > 0 ? (
          <UserTable
            users={data.items}
            currentUserId={session.user.id}
            onEdit={(user) => openForm(user)}
            onAction={askAction}
            onResetTwoFactor={askResetTwoFactor}
          />
        ) : null}
        {data ? (
          <PageNavigation page={data} pages={pages} pageSize={PAGE_SIZE} />
        ) : null}
      </Paper>

      <UserFormModal
        user={formUser}
        opened={formOpened}
        onClose={() => setFormOpened(false)}
        onCreated={(result) => {
          setFormOpened(false);
          setMessage(t('users.created', { name: result.user.name }));
          if (result.temporaryPassword) setSecret({ email: result.user.email, password: result.temporaryPassword });
        }}
        onUpdated={(user) => {
          setFormOpened(false);
          setMessage(t('users.updated', { name: user.name }));
        }}
      />

      <ConfirmDialog
        opened={resettingTwoFactor !== null}
        title={t('security.resetTwoFactorTitle')}
        confirmLabel={t('security.resetTwoFactor')}
        destructive
        pending={resetTwoFactor.isPending}
        error={resetTwoFactor.error}
        onConfirm={() => {
          const user = resettingTwoFactor;
          if (!user) return;
          resetTwoFactor.mutate(user.id, {
            onSuccess: () => {
              setResettingTwoFactor(null);
              setMessage(t('security.resetTwoFactorDone', { name: user.name }));
            },
          });
        }}
        onClose={() => setResettingTwoFactor(null)}
      >
        {resettingTwoFactor ? t('security.resetTwoFactorText', { name: resettingTwoFactor.name }) : ''}
      </ConfirmDialog>
      <ConfirmDialog
        opened={pending !== null}
        title={pending ? t(confirmTitleOf(pending)) : ''}
        confirmLabel={pending ? t(confirmLabelOf(pending)) : ''}
        destructive={pending?.action === 'disable'}
        pending={action.isPending}
        error={action.error}
        onConfirm={confirmAction}
        onClose={() => setPending(null)}
      >
        {pending ? t(confirmTextOf(pending), { name: pending.user.name }) : ''}
      </ConfirmDialog>

      <SecretRevealModal
        opened={secret !== null}
        title={t('users.tempPasswordTitle')}
        warning={secret ? t('users.tempPasswordText', { email: secret.email }) : ''}
        label={t('users.tempPasswordLabel')}
        secret={secret?.password ?? ''}
        onClose={() => setSecret(null)}
      />
    </>
  );
}

const confirmTitles = {
  disable: 'users.confirmDisableTitle',
  enable: 'users.confirmEnableTitle',
  'reset-password': 'users.confirmResetTitle',
} as const;

const confirmTexts = {
  disable: 'users.confirmDisableText',
  enable: 'users.confirmEnableText',
  'reset-password': 'users.confirmResetText',
} as const;

const confirmLabels = {
  disable: 'users.disable',
  enable: 'users.enable',
  'reset-password': 'users.resetPassword',
} as const;

/*
 * An account made by single sign-on has no password to reset: the same action gives it one. We
 * offer it rather than hide it (decision 014: the reset is how an administrator gives such an
 * account a password, e.g. while the city's sign-in is down), and the confirmation says what it
 * does, and that the password cannot be used while staff passwords are turned off.
 */
function confirmTitleOf(pending: Pending) {
  if (pending.action !== 'reset-password' || passwordActionOf(pending.user.signIn) === 'reset') return confirmTitles[pending.action];
  return 'userSignIn.confirmGiveTitle' as const;
}

function confirmLabelOf(pending: Pending) {
  if (pending.action !== 'reset-password' || passwordActionOf(pending.user.signIn) === 'reset') return confirmLabels[pending.action];
  return 'userSignIn.givePassword' as const;
}

function confirmTextOf(pending: Pending) {
  if (pending.action !== 'reset-password') return confirmTexts[pending.action];
  const kind = passwordActionOf(pending.user.signIn);
  if (kind === 'reset') return confirmTexts['reset-password'];
  return kind === 'give' ? ('userSignIn.confirmGiveText' as const) : ('userSignIn.confirmGiveUnusableText' as const);
}
