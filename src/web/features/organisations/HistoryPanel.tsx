import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/organisations/organisation.schemas';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { useCursorPages } from '../../components/ui/useCursorPages';
import { actionLabel } from '../audit/audit.format';
import { HistoryList } from '../audit/HistoryList';
import { useOrganisationHistory } from './api';
import { organisationChangeLines } from './history.format';
import { PanelHeading } from './PanelHeading';

const PAGE_SIZE = 20;

function actionColor(action: string): string {
  if (action.endsWith('.archived')) return 'orange';
  if (action.includes('democracy') || action.includes('remediation')) return 'green';
  if (action.includes('document')) return 'gray';
  return 'brand';
}

/** Everything that has happened to the organisation, newest first, from the append-only audit log. */
export function HistoryPanel({ organisation, referenceData }: { organisation: OrganisationView; referenceData: ReferenceDataView | undefined }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const lang = currentLanguage();
  const pages = useCursorPages();
  const query = useOrganisationHistory(organisation.id, { limit: PAGE_SIZE, cursor: pages.cursor });

  return (
    <Paper withBorder radius="md" p="lg">
      <PanelHeading title={t('organisations.tab_history')} description={t('organisations.historyIntro')} />
      <HistoryList
        query={query}
        pages={pages}
        pageSize={PAGE_SIZE}
        label={t('organisations.tab_history')}
        emptyText={t('organisations.historyEmpty')}
        minWidth={820}
        changeLines={(entry) => organisationChangeLines({ i18n, locale, lang, ref: referenceData }, entry)}
        actionLabel={(action) => actionLabel(i18n, action)}
        actionColor={actionColor}
      />
    </Paper>
  );
}
