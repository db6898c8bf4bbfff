import { Badge, Button, Group, Paper, Switch, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiTokenView } from '../../../shared/users/api-token.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { PageNavigation } from '../../components/ui/CursorPager';
import { formatDate, formatDateTime } from '../../components/ui/date.format';
import { PlusIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { RoleBadges } from '../../components/ui/RoleBadges';
import { SecretRevealModal } from '../../components/ui/SecretRevealModal';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { useCursorPages } from '../../components/ui/useCursorPages';
import { useApiTokens, useRevokeApiToken } from './api';
import { CreateApiTokenModal } from './CreateApiTokenModal';

const PAGE_SIZE = 25;

type TokenStatus = 'active' | 'revoked' | 'expired';

function statusOf(token: ApiTokenView, now: number): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

const statusColor = { active: 'green', revoked: 'red', expired: 'gray' } as const;

/** API tokens for integrations: list, create (secret shown once) and revoke. */
export function ApiTokensPage() {
  const allowed = useCan('api-tokens.manage');
  return allowed ? <ApiTokensAdmin /> : <ForbiddenPage />;
}

function ApiTokensAdmin() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const pages = useCursorPages();
  const { reset } = pages;
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const revoke = useRevokeApiToken();

  useEffect(() => reset(), [includeRevoked, reset]);
  const query = useApiTokens({ includeRevoked, limit: PAGE_SIZE, cursor: pages.cursor });
  const data = query.data;
  const now = Date.now();

  const confirmRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking, {
      onSuccess: (token) => {
        setRevoking(null);
        setMessage(t('apiTokens.revoked', { name: token.name }));
      },
    });
  };

  return (
    <>
      <PageHeading
        title={t('apiTokens.title')}
        description={t('apiTokens.intro')}
        actions={
          <Button
            leftSection={<PlusIcon size={18} />}
            onClick={() => {
              setMessage(null);
              setCreating(true);
            }}
          >
            {t('apiTokens.newToken')}
          </Button>
        }
      />
      <StatusMessage message={message} onClose={() => setMessage(null)} />

      <Paper withBorder radius="md" p="md">
        <Switch
          label={t('apiTokens.includeRevoked')}
          checked={includeRevoked}
          onChange={(e) => setIncludeRevoked(e.currentTarget.checked)}
          mb="md"
        />
        {query.isPending ? <LoadingState /> : null}
        {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
        {data && data.items.length === 0 ? <EmptyMessage>{t('apiTokens.empty')}</EmptyMessage> : null}
        {data && data.items.length > 0 ? (
          <Table.ScrollContainer minWidth={900} type="native">
            <Table verticalSpacing="sm" highlightOnHover aria-label={t('apiTokens.listLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('apiTokens.colName')}</Table.Th>
                  <Table.Th scope="col">{t('apiTokens.colPrefix')}</Table.Th>
                  <Table.Th scope="col">{t('apiTokens.colRoles')}</Table.Th>
                  <Table.Th scope="col">{t('apiTokens.colCreated')}</Table.Th>
                  <Table.Th scope="col">{t('apiTokens.colExpires')}</Table.Th>
                  <Table.Th scope="col">{t('apiTokens.colLastUsed')}</Table.Th>
                  <Table.Th scope="col">{t('apiTokens.colStatus')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((token) => {
                  const status = statusOf(token, now);
                  return (
                    <Table.Tr key={token.id}>
                      <Table.Th scope="row" fw={600}>
                        {token.name}
                      </Table.Th>
                      <Table.Td>
                        <Text ff="monospace" size="sm">
                          {token.prefix}…
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <RoleBadges roles={token.roles} />
                      </Table.Td>
                      <Table.Td className="nowrap">{formatDate(token.createdAt, locale)}</Table.Td>
                      <Table.Td className="nowrap">
                        {token.expiresAt ? formatDate(token.expiresAt, locale) : t('apiTokens.noExpiry')}
                      </Table.Td>
                      <Table.Td className="nowrap">
                        {token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t('common.never')}
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={statusColor[status]}>
                          {t(`apiTokens.status_${status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {status === 'revoked' ? null : (
                          <Group justify="flex-end">
                            <Button
                              size="xs"
                              variant="outline"
                              color="red"
                              aria-label={t('apiTokens.revokeLabel', { name: token.name })}
                              onClick={() => {
                                revoke.reset();
                                setMessage(null);
                                setRevoking(token);
                              }}
                            >
                              {t('apiTokens.revoke')}
                            </Button>
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        {data ? (
          <PageNavigation page={data} pages={pages} pageSize={PAGE_SIZE} />
        ) : null}
      </Paper>

      <CreateApiTokenModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(result) => {
          setCreating(false);
          setSecret(result.secret);
          setMessage(t('apiTokens.created', { name: result.token.name }));
        }}
      />

      <ConfirmDialog
        opened={revoking !== null}
        title={t('apiTokens.confirmRevokeTitle')}
        confirmLabel={t('apiTokens.revoke')}
        destructive
        pending={revoke.isPending}
        error={revoke.error}
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(null)}
      >
        {t('apiTokens.confirmRevokeText', { name: revoking?.name ?? '' })}
      </ConfirmDialog>

      <SecretRevealModal
        opened={secret !== null}
        title={t('apiTokens.secretTitle')}
        warning={t('apiTokens.secretWarning')}
        label={t('apiTokens.secretLabel')}
        secret={secret ?? ''}
        onClose={() => setSecret(null)}
      />
    </>
  );
}
