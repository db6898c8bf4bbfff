import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerPeopleView } from '../../../shared/partner/partner-invitation.schemas';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { formatDate } from '../../components/ui/date.format';
import { NoValue } from '../../components/ui/NoValue';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { AccountLimitsForm } from './AccountLimitsForm';
import { type PeopleOwner, useRevokeInvitation, useSetPartnerContact } from './api';
import { EndAccountDialog } from './EndAccountDialog';
import { InviteForm } from './InviteForm';

type SectionProps = {
  owner: PeopleOwner;
  people: PartnerPeopleView;
  /** Whether new invitations may be made (an archived organisation takes none). */
  canInvite: boolean;
  onMessage: (message: string) => void;
};

const STATUS_COLOR = { pending: 'blue', accepted: 'green', expired: 'gray', revoked: 'gray' } as const;

/**
 * An organisation's people (issue 15): its accounts, its invitations, the "Bjud in" form and, for
 * staff, the limits and the contact role. Ending an account and revoking an invitation ask first.
 */
export function PartnerPeopleSection({ owner, people, canInvite, onMessage }: SectionProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const revoke = useRevokeInvitation(owner);
  const [toRevoke, setToRevoke] = useState<{ id: string; email: string } | null>(null);
  const [toEnd, setToEnd] = useState<{ userId: string; name: string } | null>(null);
  const isStaff = owner.kind === 'staff';

  return (
    <Stack gap="lg">
      <Text size="sm">
        {t('partnerAccounts.counts', { active: people.activeAccounts, pending: people.pendingInvitations, max: people.limits.maxAccounts })}
      </Text>
      <Paper withBorder radius="md" p="lg">
        <Title order={3} fz="h4" mb="sm">
          {t('partnerAccounts.accounts')}
        </Title>
        {people.accounts.length === 0 ? (
          <EmptyMessage>{t('partnerAccounts.noAccounts')}</EmptyMessage>
        ) : (
          <Table.ScrollContainer minWidth={640} type="native">
            <Table verticalSpacing="sm" aria-label={t('partnerAccounts.accounts')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('partnerAccounts.name')}</Table.Th>
                  <Table.Th scope="col">{t('partnerAccounts.email')}</Table.Th>
                  <Table.Th scope="col">{t('partnerAccounts.role')}</Table.Th>
                  <Table.Th scope="col">{t('partnerAccounts.status')}</Table.Th>
                  <Table.Th scope="col">{t('partnerAccounts.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.accounts.map((account) => (
                  <Table.Tr key={account.userId}>
                    <Table.Th scope="row">
                      <Text size="sm" fw={600}>
                        {account.name}
                      </Text>
                    </Table.Th>
                    <Table.Td>{account.email}</Table.Td>
                    <Table.Td>{account.isContact ? t('partnerAccounts.contact') : t('partnerAccounts.member')}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={account.status === 'active' ? 'green' : 'gray'}>
                        {t(`partnerAccounts.accountStatus_${account.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {account.status === 'active' ? (
                        <Group gap="xs" wrap="nowrap">
                          {isStaff ? <ContactToggle organisationId={owner.organisationId} account={account} onMessage={onMessage} /> : null}
                          {isStaff || !account.isContact ? (
                            <Button
                              size="xs"
                              variant="light"
                              color="red"
                              aria-label={t('partnerAccounts.endLabel', { name: account.name })}
                              onClick={() => setToEnd({ userId: account.userId, name: account.name })}
                            >
                              {t('partnerAccounts.end')}
                            </Button>
                          ) : null}
                        </Group>
                      ) : (
                        <NoValue />
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>

      <Paper withBorder radius="md" p="lg">
        <Title order={3} fz="h4" mb="sm">
          {t('partnerAccounts.invitations')}
        </Title>
        {people.invitations.length === 0 ? (
          <EmptyMessage>{t('partnerAccounts.noInvitations')}</EmptyMessage>
        ) : (
          <Table.ScrollContainer minWidth={720} type="native">
            <Table verticalSpacing="sm" aria-label={t('partnerAccounts.invitations')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('partnerAccounts.name')}</Table.Th>
                  <Table.Th scope="col">{t('partnerAccounts.email')}</Table.Th>
                  <Table.Th scope="col">{t('partnerAccounts.status')}</Table.Th>
                  <Table.Th scope="col">{t('partnerAccounts.expires')}</Table.Th>
                  <Table.Th scope="col">{t('partnerAccounts.invitedBy')}</Table.Th>
                  <Table.Th scope="col">{t('partnerAccounts.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.invitations.map((invitation) => (
                  <Table.Tr key={invitation.id}>
                    <Table.Th scope="row">
                      <Text size="sm" fw={600}>
                        {invitation.name}
                        {invitation.asContact ? ` (${t('partnerAccounts.contact')})` : ''}
                      </Text>
                    </Table.Th>
                    <Table.Td>{invitation.email}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLOR[invitation.status]}>
                        {t(`partnerAccounts.invitationStatus_${invitation.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatDate(invitation.expiresAt, locale)}</Table.Td>
                    <Table.Td>{invitation.invitedBy ?? <NoValue />}</Table.Td>
                    <Table.Td>
                      {invitation.status === 'pending' ? (
                        <Button
                          size="xs"
                          variant="light"
                          color="red"
                          aria-label={t('partnerAccounts.revokeLabel', { email: invitation.email })}
                          onClick={() => setToRevoke({ id: invitation.id, email: invitation.email })}
                        >
                          {t('partnerAccounts.revoke')}
                        </Button>
                      ) : (
                        <NoValue />
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>

      {canInvite && (isStaff || people.limits.contactMayInvite) ? <InviteForm owner={owner} onMessage={onMessage} /> : null}
      {!isStaff && !people.limits.contactMayInvite ? (
        <Alert color="gray" variant="light">
          {t('partnerAccounts.inviteNotAllowed')}
        </Alert>
      ) : null}
      {isStaff ? <AccountLimitsForm key={JSON.stringify(people.limits)} organisationId={owner.organisationId} limits={people.limits} onMessage={onMessage} /> : null}

      <ConfirmDialog
        opened={toRevoke !== null}
        title={t('partnerAccounts.revokeTitle')}
        confirmLabel={t('partnerAccounts.revoke')}
        destructive
        pending={revoke.isPending}
        error={revoke.error}
        onClose={() => {
          revoke.reset();
          setToRevoke(null);
        }}
        onConfirm={() => {
          if (!toRevoke) return;
          revoke.mutate(toRevoke.id, {
            onSuccess: () => {
              onMessage(t('partnerAccounts.revoked', { email: toRevoke.email }));
              setToRevoke(null);
            },
          });
        }}
      >
        {t('partnerAccounts.revokeText', { email: toRevoke?.email ?? '' })}
      </ConfirmDialog>
      <EndAccountDialog owner={owner} account={toEnd} onClose={() => setToEnd(null)} onEnded={(name) => onMessage(t('partnerAccounts.ended', { name }))} />
    </Stack>
  );
}

/** Staff give or take the contact role of an active account. */
function ContactToggle({ organisationId, account, onMessage }: { organisationId: string; account: { userId: string; name: string; isContact: boolean }; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const setContact = useSetPartnerContact(organisationId);
  return (
    <Button
      size="xs"
      variant="default"
      aria-label={t(account.isContact ? 'partnerAccounts.removeContactLabel' : 'partnerAccounts.makeContactLabel', { name: account.name })}
      loading={setContact.isPending}
      onClick={() =>
        setContact.mutate({ userId: account.userId, isContact: !account.isContact }, { onSuccess: () => onMessage(t('partnerAccounts.contactChanged', { name: account.name })) })
      }
    >
      {account.isContact ? t('partnerAccounts.removeContact') : t('partnerAccounts.makeContact')}
    </Button>
  );
}
