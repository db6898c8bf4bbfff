import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/organisations/organisation.schemas';
import { apiGet } from '../../api/client';
import { MemberOrganisationSelect } from '../governance/MemberOrganisationSelect';

/**
 * The organisation a partner account speaks for, picked from the register; the current one is
 * shown by name once it has loaded.
 */
export function PartnerOrganisationField({
  organisationId,
  onChange,
  error,
}: {
  organisationId: string | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const current = useQuery({
    queryKey: ['organisations', 'detail', organisationId],
    queryFn: ({ signal }) => apiGet<OrganisationView>(`/api/organisations/${encodeURIComponent(organisationId ?? '')}`, signal),
    enabled: organisationId !== null,
  });
  const name = organisationId ? (current.data?.name ?? null) : null;
  return (
    <MemberOrganisationSelect
      key={name ?? 'none'}
      id="partnerOrganisationId"
      label={t('partnerReports.organisationField')}
      description={t('partnerReports.organisationFieldHint')}
      required={false}
      value={organisationId ? { id: organisationId, name: name ?? '' } : null}
      onChange={(picked) => onChange(picked?.id ?? null)}
      error={error}
    />
  );
}
