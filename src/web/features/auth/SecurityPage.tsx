import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionListItemView } from '../../../shared/users/two-factor.schemas';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { formatDateTime } from '../../components/ui/date.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { ButtonLink } from '../../components/ui/RouterLinks';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { sessionKey } from './api';
import { browserLabel } from './browser-label';
import { CodeConfirmModal } from './CodeConfirmModal';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';
import {
  useDisableTwoFactor,
  useEndSession,
  useOwnSessions,
  useRegenerateRecoveryCodes,
  useSignOutEverywhere,
  useTwoFactorStatus,
} from './two-factor.api';

/** "Säkerhet och inloggningar" (issue 15): one's own second factor and active sign-ins, with "Logga ut överallt". */
export function SecurityPage() {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Stack gap="lg">
      <PageHeading title={t('security.title')} description={t('security.intro')} />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      <TwoFactorSection onMessage={setMessage} />
      <SessionsSection onMessage={setMessage} />
    </Stack>
  );
}

function TwoFactorSection({ onMessage }: { onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const status = useTwoFactorStatus();
  const regenerate = useRegenerateRecoveryCodes();
  const disable = useDisableTwoFactor();
  const [asking, setAsking] = useState<'regenerate' | 'disable' | null>(null);

  if (status.isPending) return <LoadingState />;
  if (status.error) return <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  const { status: state, required, recoveryCodesLeft } = status.data;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="two-factor-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="two-factor-heading">
          {t('security.twoFactorHeading')}
        </Title>
        <Group gap="xs">
          <Text fw={600}>{t('security.statusLabel')}:</Text>
          <Badge color={state === 'enrolled' ? 'green' : 'gray'} variant="light" data-testid="two-factor-status">
            {t(`security.status_${state}`)}
          </Badge>
        </Group>
        {required ? <Text size="sm">{t('security.requiredNote')}</Text> : null}
        {state === 'enrolled' ? <Text size="sm">{t('security.recoveryLeft', { count: recoveryCodesLeft })}</Text> : null}
        {regenerate.data ? (
          <RecoveryCodesPanel codes={regenerate.data.recoveryCodes} onDone={() => regenerate.reset()} />
        ) : (
          <Group gap="sm">
            {state === 'enrolled' ? (
              <>
                <Button variant="light" onClick={() => setAsking('regenerate')}>
                  {t('security.regenerate')}
                </Button>
                {!required ? (
                  <Button variant="light" color="red" onClick={() => setAsking('disable')}>
                    {t('security.disable')}
                  </Button>
                ) : null}
              </>
            ) : (
              <ButtonLink to="/two-factor">{t('security.enrol')}</ButtonLink>
            )}
          </Group>
        )}
      </Stack>
      <CodeConfirmModal
        opened={asking === 'regenerate'}
        title={t('security.regenerate')}
        text={t('security.regenerateText')}
        confirmLabel={t('security.regenerate')}
        pending={regenerate.isPending}
        error={regenerate.error}
        onConfirm={(code) => regenerate.mutate(code, { onSuccess: () => setAsking(null) })}
        onClose={() => {
          setAsking(null);
          regenerate.reset();
        }}
      />
      <CodeConfirmModal
        opened={asking === 'disable'}
        title={t('security.disable')}
        text={t('security.disableText')}
        confirmLabel={t('security.disable')}
        destructive
        pending={disable.isPending}
        error={disable.error}
        onConfirm={(code) =>
          disable.mutate(code, {
            onSuccess: () => {
              setAsking(null);
              onMessage(t('security.disabled'));
            },
          })
        }
        onClose={() => {
          setAsking(null);
          disable.reset();
        }}
      />
    </Paper>
  );
}

function SessionsSection({ onMessage }: { onMessage: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const sessions = useOwnSessions();
  const end = useEndSession();
  const everywhere = useSignOutEverywhere();
  const [ending, setEnding] = useState<SessionListItemView | null>(null);
  const [askEverywhere, setAskEverywhere] = useState(false);
  const nameOf = (s: SessionListItemView) => browserLabel(s.userAgent) ?? t('security.unknownBrowser');

  if (sessions.isPending) return <LoadingState />;
  if (sessions.error) return <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />;
  const items = sessions.data.items;
  const others = items.filter((s) => !s.current).length;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="sessions-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="sessions-heading">
            {t('security.sessionsHeading')}
          </Title>
          <Button variant="light" color="red" onClick={() => setAskEverywhere(true)} disabled={others === 0}>
            {t('security.signOutEverywhere')}
          </Button>
        </Group>
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="session-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('security.colBrowser')}</Table.Th>
                <Table.Th scope="col">{t('security.colIp')}</Table.Th>
                <Table.Th scope="col">{t('security.colCreated')}</Table.Th>
                <Table.Th scope="col">{t('security.colLastSeen')}</Table.Th>
                <Table.Th scope="col">{t('security.colMethod')}</Table.Th>
                <Table.Th scope="col">{t('security.colActions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{nameOf(s)}</Table.Td>
                  <Table.Td>{s.ip ?? '–'}</Table.Td>
                  <Table.Td>{formatDateTime(s.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>{formatDateTime(s.lastSeenAt, i18n.language)}</Table.Td>
                  <Table.Td>{t(`security.method_${s.method}`)}</Table.Td>
                  <Table.Td>
                    {s.current ? (
                      <Badge variant="light">{t('security.thisDevice')}</Badge>
                    ) : (
                      <Button size="xs" variant="subtle" color="red" aria-label={t('security.endSessionLabel', { browser: nameOf(s) })} onClick={() => setEnding(s)}>
                        {t('security.endSession')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {others === 0 ? <Text size="sm" c="dimmed">{t('security.sessionsEmpty')}</Text> : null}
      </Stack>
      <ConfirmDialog
        opened={ending !== null}
        title={t('security.endSessionTitle')}
        confirmLabel={t('security.endSession')}
        destructive
        pending={end.isPending}
        error={end.error}
        onConfirm={() => ending && end.mutate(ending.id, { onSuccess: () => setEnding(null) })}
        onClose={() => {
          setEnding(null);
          end.reset();
        }}
      >
        {ending ? t('security.endSessionText', { browser: nameOf(ending) }) : ''}
      </ConfirmDialog>
      <ConfirmDialog
        opened={askEverywhere}
        title={t('security.signOutEverywhereTitle')}
        confirmLabel={t('security.signOutEverywhere')}
        destructive
        pending={everywhere.isPending}
        error={everywhere.error}
        onConfirm={() =>
          everywhere.mutate(undefined, {
            onSuccess: ({ ended }) => {
              setAskEverywhere(false);
              onMessage(t('security.signedOutEverywhere', { count: ended }));
              // This session stays; its view is read again in case anything about it changed.
              void queryClient.invalidateQueries({ queryKey: sessionKey });
            },
          })
        }
        onClose={() => {
          setAskEverywhere(false);
          everywhere.reset();
        }}
      >
        {t('security.signOutEverywhereText')}
      </ConfirmDialog>
    </Paper>
  );
}
