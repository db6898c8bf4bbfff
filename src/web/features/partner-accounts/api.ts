import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PartnerAccountLimits } from '../../../shared/partner/partner-invitation.rules';
import type {
  AcceptedInvitationView,
  AcceptInvitationInput,
  CreatedInvitationView,
  CreateInvitationInput,
  PartnerAccountView,
  PartnerInvitationView,
  PartnerPeopleView,
  PublicInvitationView,
} from '../../../shared/partner/partner-invitation.schemas';
import { apiGet, apiPost, apiPut } from '../../api/client';

/** Whose people a page manages: an organisation's as staff, or the contact's own. */
export type PeopleOwner = { kind: 'staff'; organisationId: string } | { kind: 'contact' };

const peopleKey = (owner: PeopleOwner) => ['partner-people', owner.kind === 'staff' ? owner.organisationId : 'own'] as const;
const basePath = (owner: PeopleOwner) =>
  owner.kind === 'staff' ? `/api/organisations/${encodeURIComponent(owner.organisationId)}` : '/api/partner/people';
const invitationsPath = (owner: PeopleOwner) => (owner.kind === 'staff' ? `${basePath(owner)}/partner-invitations` : `${basePath(owner)}/invitations`);
const accountPath = (owner: PeopleOwner, userId: string) =>
  owner.kind === 'staff' ? `${basePath(owner)}/partner-accounts/${encodeURIComponent(userId)}` : `${basePath(owner)}/${encodeURIComponent(userId)}`;

/** An organisation's partner accounts, invitations and limits. */
export function usePartnerPeople(owner: PeopleOwner) {
  return useQuery({
    queryKey: peopleKey(owner),
    queryFn: ({ signal }) => apiGet<PartnerPeopleView>(owner.kind === 'staff' ? `${basePath(owner)}/partner-people` : basePath(owner), signal),
  });
}

function useRefresh(owner: PeopleOwner) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: peopleKey(owner) });
}

/** Invites a person; the answer carries the link when no mail goes out by itself. */
export function useInvitePartner(owner: PeopleOwner) {
  const refresh = useRefresh(owner);
  return useMutation({ mutationFn: (input: CreateInvitationInput) => apiPost<CreatedInvitationView>(invitationsPath(owner), input), onSuccess: refresh });
}

/** Revokes a pending invitation. */
export function useRevokeInvitation(owner: PeopleOwner) {
  const refresh = useRefresh(owner);
  return useMutation({
    mutationFn: (invitationId: string) => apiPost<PartnerInvitationView>(`${invitationsPath(owner)}/${encodeURIComponent(invitationId)}/revoke`),
    onSuccess: refresh,
  });
}

/** Ends the account of a person who has left. */
export function useEndPartnerAccount(owner: PeopleOwner) {
  const refresh = useRefresh(owner);
  return useMutation({
    mutationFn: ({ userId, reason }: { userId: string; reason: string }) => apiPost<PartnerAccountView>(`${accountPath(owner, userId)}/end`, { reason }),
    onSuccess: refresh,
  });
}

/** Staff make an account the organisation's contact, or take the role away. */
export function useSetPartnerContact(organisationId: string) {
  const owner: PeopleOwner = { kind: 'staff', organisationId };
  const refresh = useRefresh(owner);
  return useMutation({
    mutationFn: ({ userId, isContact }: { userId: string; isContact: boolean }) => apiPut<PartnerAccountView>(`${accountPath(owner, userId)}/contact`, { isContact }),
    onSuccess: refresh,
  });
}

/** Staff set what the organisation's contact may do. */
export function useSetAccountLimits(organisationId: string) {
  const owner: PeopleOwner = { kind: 'staff', organisationId };
  const refresh = useRefresh(owner);
  return useMutation({
    mutationFn: (limits: PartnerAccountLimits) => apiPut<PartnerAccountLimits>(`${basePath(owner)}/partner-account-limits`, limits),
    onSuccess: refresh,
  });
}

/** What the invitation page shows of a link (no login). */
export function usePublicInvitation(token: string) {
  return useQuery({
    queryKey: ['public-invitation', token],
    queryFn: ({ signal }) => apiGet<PublicInvitationView>(`/api/public/invitations/${encodeURIComponent(token)}`, signal),
    enabled: token !== '',
    retry: false,
    staleTime: Infinity,
  });
}

/** Accepts an invitation with a name and a new password. */
export function useAcceptInvitation(token: string) {
  return useMutation({
    mutationFn: (input: AcceptInvitationInput) => apiPost<AcceptedInvitationView>(`/api/public/invitations/${encodeURIComponent(token)}/accept`, input),
  });
}
