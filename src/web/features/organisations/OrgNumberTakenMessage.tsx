import type { ApiError } from '../../api/client';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/ui/RouterLinks';

type Existing = { id: string; name: string };

function existingOf(error: ApiError): Existing | undefined {
  const value: unknown = error.problem?.existing;
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, name } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof name === 'string' ? { id, name } : undefined;
}

/** "Organisationsnumret finns redan: <the organisation>", linking to the organisation that has it (409 org_number_taken). */
export function OrgNumberTakenMessage({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const existing = existingOf(error);
  if (!existing) return <>{t('organisations.orgNumberTaken')}</>;
  return (
    <>
      {t('organisations.orgNumberTaken')}:{' '}
      <AnchorLink to="/organisationer/$id" params={{ id: existing.id }} size="sm" c="red.9" td="underline" fw={600}>
        {existing.name}
      </AnchorLink>
    </>
  );
}
