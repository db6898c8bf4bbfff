import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import type {
  ApplicationListItem,
  ApplicationView,
  CheckApplicationInput,
  CreateApplicationInput,
  DecideApplicationInput,
  EmployerProfileInput,
  EmployerView,
  EndMembershipInput,
  LinkApplicationInput,
  MemberList,
  PublicApplicationInput,
  PublicApplicationReceipt,
  WithdrawApplicationInput,
} from '../../../shared/employers/membership.schemas';
import { apiGet, apiPost, apiPut, type QueryValue, withQuery } from '../../api/client';

const employersKey = ['employers'] as const;

/** The member list's filters as the page holds them (EMP-1). */
export type MemberFilters = {
  q?: string;
  employerType?: string;
  status: 'active' | 'ended' | 'all';
  memberFrom?: string;
  memberTo?: string;
  sort: 'name' | 'memberSince';
  order: 'asc' | 'desc';
};

const asQuery = (f: MemberFilters): Record<string, QueryValue> => ({ ...f });

/** Integrationspakten's members, filtered (EMP-1). */
export function useMembers(filters: MemberFilters) {
  return useQuery({
    queryKey: [...employersKey, 'members', filters],
    queryFn: ({ signal }) => apiGet<MemberList>(withQuery('/api/employers/members', asQuery(filters)), signal),
  });
}

/** The address of the member list's export in a format, with the same filters. */
export function memberExportHref(filters: MemberFilters, format: 'csv' | 'xlsx', lang: 'sv' | 'en'): string {
  return withQuery('/api/employers/members/export', { ...asQuery(filters), format, lang });
}

/** Applications by status, oldest first (EMP-1). */
export function useApplications(status: string, sort: 'date' | 'name' = 'date') {
  return useQuery({
    queryKey: [...employersKey, 'applications', status, sort],
    queryFn: ({ signal }) => apiGet<{ items: ApplicationListItem[] }>(withQuery('/api/employers/applications', { status: status || undefined, sort }), signal),
  });
}

/** One application with its check and decision. */
export function useApplication(id: string) {
  return useQuery({
    queryKey: [...employersKey, 'application', id],
    queryFn: ({ signal }) => apiGet<ApplicationView>(`/api/employers/applications/${encodeURIComponent(id)}`, signal),
  });
}

/** An employer's page: profile, membership and applications. */
export function useEmployer(organisationId: string) {
  return useQuery({
    queryKey: [...employersKey, 'employer', organisationId],
    queryFn: ({ signal }) => apiGet<EmployerView>(`/api/employers/${encodeURIComponent(organisationId)}`, signal),
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: employersKey });
}

/** Registers an application on the employer's behalf. */
export function useRegisterApplication() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (input: CreateApplicationInput) => apiPost<ApplicationView>('/api/employers/applications', input), onSuccess: invalidate });
}

/** Links an application to an employer, or registers the employer from it. */
export function useLinkApplication(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (input: LinkApplicationInput) => apiPost<ApplicationView>(`/api/employers/applications/${id}/organisation`, input), onSuccess: invalidate });
}

/** The officer's simpler check. */
export function useCheckApplication(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (input: CheckApplicationInput) => apiPost<ApplicationView>(`/api/employers/applications/${id}/check`, input), onSuccess: invalidate });
}

/** The manager's decision. */
export function useDecideApplication(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (input: DecideApplicationInput) => apiPost<ApplicationView>(`/api/employers/applications/${id}/decision`, input), onSuccess: invalidate });
}

/** Withdraws an open application on the applicant's request, with the reason. */
export function useWithdrawApplication(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (input: WithdrawApplicationInput) => apiPost<ApplicationView>(`/api/employers/applications/${id}/withdrawal`, input), onSuccess: invalidate });
}

/** Ends a membership with its reason. */
export function useEndMembership(cooperationId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (input: EndMembershipInput) => apiPost<CooperationView>(`/api/employers/memberships/${cooperationId}/end`, input), onSuccess: invalidate });
}

/** Saves an employer's type and size band. */
export function useSaveProfile(organisationId: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (input: EmployerProfileInput) => apiPut<EmployerView>(`/api/employers/${organisationId}/profile`, input), onSuccess: invalidate });
}

/** Sends the public application; the answer is a receipt. */
export function useSubmitPublicApplication() {
  return useMutation({ mutationFn: (input: PublicApplicationInput) => apiPost<PublicApplicationReceipt>('/api/public/integration-pact/applications', input) });
}

/** The cooperation of a membership, for its version when ending it. */
export function useMembershipCooperation(cooperationId: string | null) {
  return useQuery({
    queryKey: [...employersKey, 'cooperation', cooperationId],
    queryFn: ({ signal }) => apiGet<CooperationView>(`/api/cooperations/${encodeURIComponent(cooperationId ?? '')}`, signal),
    enabled: cooperationId !== null,
  });
}
