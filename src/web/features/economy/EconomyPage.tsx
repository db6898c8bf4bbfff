import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { PageHeading } from '../../components/ui/PageHeading';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { PageMessage, usePageMessage } from '../../components/ui/usePageMessage';
import { BackToCooperation } from '../agreements/BackToCooperation';
import { WithCooperation } from '../cooperations/WithCooperation';
import { useEconomy, useWelfareValue } from './api';
import { AuditsSection } from './AuditsSection';
import { BudgetSection } from './BudgetSection';
import { OutcomesSection } from './OutcomesSection';
import { ReconciliationSection } from './ReconciliationSection';
import { WelfareValuePanel } from './WelfareValuePanel';

const route = getRouteApi('/app/samverkan/$id/ekonomi');

/** A cooperation's economy (IOP-9) and, for a welfare-service procurement, its value against the thresholds (FRM-7). */
export function EconomyPage() {
  const { t } = useTranslation();
  const allowed = useCan('economy.read');
  const { id } = route.useParams();
  if (!allowed) return <ForbiddenPage text={t('economy.forbidden')} />;
  return <WithCooperation id={id}>{(cooperation) => <Economy cooperation={cooperation} />}</WithCooperation>;
}

function Economy({ cooperation }: { cooperation: CooperationView }) {
  const { t } = useTranslation();
  const { setMessage, messageProps } = usePageMessage();
  const economy = useEconomy(cooperation.id);
  const welfare = useWelfareValue(cooperation.id, cooperation.form === 'welfare_procurement');
  return (
    <>
      <BackToCooperation cooperation={cooperation} />
      <PageHeading title={`${t('economy.pageTitle')}: ${cooperation.title}`} description={t('economy.pageDescription')} />
      <PageMessage {...messageProps} />
      {welfare.data?.applicable ? <WelfareValuePanel value={welfare.data} onMessage={setMessage} /> : null}
      {economy.isPending ? (
        <LoadingState />
      ) : economy.isError ? (
        <ErrorState error={economy.error} onRetry={() => void economy.refetch()} />
      ) : (
        <>
          <BudgetSection economy={economy.data} />
          <OutcomesSection economy={economy.data} onMessage={setMessage} />
          <ReconciliationSection economy={economy.data} onMessage={setMessage} />
          <AuditsSection economy={economy.data} onMessage={setMessage} />
        </>
      )}
    </>
  );
}
