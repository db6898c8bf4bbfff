import { Tabs } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { PageHeading } from '../../components/ui/PageHeading';
import { StatusLine } from '../../components/ui/StatusLine';
import { PageMessage, usePageMessage } from '../../components/ui/usePageMessage';
import { CooperationAgreementsSection } from '../agreements/CooperationAgreementsSection';
import { LifecycleSections } from '../lifecycle/LifecycleSections';
import { MeasurementsLink } from '../measurements/MeasurementsLink';
import { FollowUpsSection } from '../follow-ups/FollowUpsSection';
import { CooperationPlansSection } from '../plans/CooperationPlansSection';
import { EconomyLinkSection } from '../economy/EconomyLinkSection';
import { CooperationDeviationsSection } from '../deviations/CooperationDeviationsSection';
import { AgreementJobTracksSection } from '../employer-offers/AgreementJobTracksSection';
import { OffersSection } from '../employer-offers/OffersSection';
import { BackToOverview } from './BackToOverview';
import { ChecklistPanel } from './ChecklistPanel';
import { CooperationHistoryPanel } from './CooperationHistoryPanel';
import { CooperationOverviewPanel } from './CooperationOverviewPanel';
import { COOPERATION_TABS, type CooperationTab } from './cooperation.search';
import { CooperationStatusBadge } from './CooperationStatusBadge';
import { WithCooperation } from './WithCooperation';

const route = getRouteApi('/app/samverkan/$id');

/** A cooperation's page: its fields, the checklist of its next step with the facts the gates read, and its history. */
export function CooperationPage() {
  const { t } = useTranslation();
  const allowed = useCan('cooperations.read');
  const { id } = route.useParams();
  if (!allowed) return <ForbiddenPage text={t('cooperations.forbidden')} />;
  return <WithCooperation id={id}>{(cooperation) => <CooperationDetails cooperation={cooperation} />}</WithCooperation>;
}

function CooperationDetails({ cooperation: c }: { cooperation: CooperationView }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { setMessage, messageProps } = usePageMessage();
  const [editField, setEditField] = useState<string | null>(null);
  const tab: CooperationTab = search.tab ?? 'overview';
  const showTab = (next: CooperationTab) =>
    void navigate({ search: next === 'overview' ? {} : { tab: next }, replace: true, resetScroll: false });

  return (
    <>
      <BackToOverview />
      <PageHeading
        title={c.title}
        description={[
          `${t('cooperations.caseNumber')} ${c.caseNumber}`,
          // The registry's own number, labelled as such so it is never taken for the case number.
          ...(c.registryNumber ? [`${t('cooperations.registryNumber')} ${c.registryNumber}`] : []),
          t(`cooperations.form_${c.form}`),
        ].join(' · ')}
      />
      <StatusLine label={t('cooperations.status')}>
        <CooperationStatusBadge status={c.status} size="lg" />
      </StatusLine>
      <PageMessage {...messageProps} />
      <Tabs
        value={tab}
        onChange={(value) => showTab(COOPERATION_TABS.find((candidate) => candidate === value) ?? 'overview')}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('cooperations.tabsLabel')} mb="lg">
          {COOPERATION_TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {value === 'checklist' && c.nextStatus && c.gates.length > 0
                ? t('cooperations.tab_checklistCount', { met: c.gates.filter((g) => g.met).length, total: c.gates.length })
                : t(`cooperations.tab_${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <CooperationOverviewPanel cooperation={c} editField={editField} onEdit={setEditField} onMessage={setMessage} />
          {editField === null ? <CooperationAgreementsSection cooperation={c} /> : null}
          {editField === null ? <CooperationPlansSection cooperation={c} /> : null}
          {editField === null ? <MeasurementsLink cooperationId={c.id} /> : null}
          {editField === null ? <FollowUpsSection cooperation={c} /> : null}
          {editField === null ? <EconomyLinkSection cooperation={c} /> : null}
          {editField === null && c.form === 'job_partnership' ? <OffersSection cooperationId={c.id} /> : null}
          {editField === null && c.form === 'public_agreement' ? <AgreementJobTracksSection agreementId={c.id} /> : null}
          {editField === null ? <CooperationDeviationsSection cooperationId={c.id} /> : null}
          {editField === null ? <LifecycleSections cooperation={c} onMessage={setMessage} /> : null}
        </Tabs.Panel>
        <Tabs.Panel value="checklist">
          <ChecklistPanel
            cooperation={c}
            onMessage={setMessage}
            onEditField={(field) => {
              setEditField(field);
              showTab('overview');
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <CooperationHistoryPanel cooperation={c} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
