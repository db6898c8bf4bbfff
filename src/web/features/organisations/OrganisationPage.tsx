import { Badge, Box, Stack, Tabs } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/organisations/organisation.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { EditIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { ButtonLink } from '../../components/ui/RouterLinks';
import { StatusLine } from '../../components/ui/StatusLine';
import { PageMessage, usePageMessage } from '../../components/ui/usePageMessage';
import { OrganisationCooperationsPanel } from '../cooperations/OrganisationCooperationsPanel';
import { OrganisationPartnerAccountsPanel } from '../partner-accounts/OrganisationPartnerAccountsPanel';
import { useDemocracy, useReferenceData } from './api';
import { BackToRegister } from './BackToRegister';
import { ContactsPanel } from './ContactsPanel';
import { DemocracyPanel } from './DemocracyPanel';
import { DemocracyStatusBadge } from './DemocracyStatusBadge';
import { DocumentsPanel } from './DocumentsPanel';
import { PartnerSubmissionsPanel } from './PartnerSubmissionsPanel';
import { DraftStatusText } from './DraftStatusText';
import { HistoryPanel } from './HistoryPanel';
import { legalFormName } from './organisation.format';
import { ORGANISATION_TABS, type OrganisationTab } from './organisation.search';
import { OverviewPanel } from './OverviewPanel';
import { WithOrganisation } from './WithOrganisation';

const route = getRouteApi('/app/organisationer/$id');

/** An organisation's page: facts, contact people, documents, democracy conditions, cooperations and history. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const allowed = useCan('organisations.read');
  const { id } = route.useParams();
  if (!allowed) return <ForbiddenPage text={t('organisations.forbidden')} />;
  return <WithOrganisation id={id}>{(organisation) => <OrganisationDetails organisation={organisation} />}</WithOrganisation>;
}

function OrganisationDetails({ organisation }: { organisation: OrganisationView }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const canWrite = useCan('organisations.write');
  // Issue 15: the partner accounts tab is for those who manage them.
  const canManagePartners = useCan('partner-accounts.manage');
  const tabs = ORGANISATION_TABS.filter((value) => value !== 'partnerAccounts' || canManagePartners);
  const referenceData = useReferenceData().data;
  const { setMessage, messageProps } = usePageMessage();
  const tab: OrganisationTab = search.tab && tabs.includes(search.tab) ? search.tab : 'overview';
  const archived = organisation.status === 'archived';

  const facts = [
    t(`organisations.kind_${organisation.kind}`),
    legalFormName(referenceData, organisation.kind, organisation.legalForm, lang),
    organisation.orgNumber ? t('organisations.orgNumberShort', { value: organisation.orgNumber }) : null,
  ].filter(Boolean);

  return (
    <>
      <BackToRegister />
      <PageHeading
        title={organisation.name}
        description={facts.join(' · ')}
        actions={
          canWrite && !archived ? (
            <ButtonLink
              to="/organisationer/$id/redigera"
              params={{ id: organisation.id }}
              variant="default"
              leftSection={<EditIcon size={18} />}
            >
              {t('organisations.edit')}
            </ButtonLink>
          ) : undefined
        }
      />
      <StatusLine label={t('organisations.democracyStatus')}>
        <DemocracyStatusBadge status={organisation.democracyStatus} size="lg" />
        {archived ? (
          <Badge variant="light" color="gray" size="lg">
            {t('organisations.status_archived')}
          </Badge>
        ) : null}
      </StatusLine>
      <PreparationStatusLine organisationId={organisation.id} />
      <PageMessage {...messageProps} />

      <Tabs
        value={tab}
        onChange={(value) => {
          const next = ORGANISATION_TABS.find((candidate) => candidate === value) ?? 'overview';
          void navigate({ search: next === 'overview' ? {} : { tab: next }, replace: true, resetScroll: false });
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('organisations.tabsLabel')} mb="lg">
          {tabs.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {value === 'contacts'
                ? t('organisations.tab_contacts', { count: organisation.contacts.length })
                : t(`organisations.tab_${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <OverviewPanel organisation={organisation} referenceData={referenceData} onMessage={setMessage} />
        </Tabs.Panel>
        <Tabs.Panel value="contacts">
          <ContactsPanel organisation={organisation} />
        </Tabs.Panel>
        <Tabs.Panel value="documents">
          <Stack gap="lg">
            <PartnerSubmissionsPanel organisationId={organisation.id} canWrite={canWrite && !archived} onMessage={setMessage} />
            <DocumentsPanel organisation={organisation} onMessage={setMessage} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="democracy">
          <DemocracyPanel organisation={organisation} onMessage={setMessage} />
        </Tabs.Panel>
        <Tabs.Panel value="cooperations">
          <OrganisationCooperationsPanel organisationId={organisation.id} organisationName={organisation.name} />
        </Tabs.Panel>
        {canManagePartners ? (
          <Tabs.Panel value="partnerAccounts">
            <OrganisationPartnerAccountsPanel organisation={organisation} onMessage={setMessage} />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="history">
          <HistoryPanel organisation={organisation} referenceData={referenceData} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

/** The hand-over of an assessment in preparation, under the status: who prepared it and whose signature it waits for (DEM-3). */
function PreparationStatusLine({ organisationId }: { organisationId: string }) {
  const draft = useDemocracy(organisationId).data?.draft;
  if (!draft) return null;
  return (
    <Box mt={-12} mb="lg">
      <DraftStatusText draft={draft} />
    </Box>
  );
}
