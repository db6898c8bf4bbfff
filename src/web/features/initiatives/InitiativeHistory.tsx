import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { useCursorPages } from '../../components/ui/useCursorPages';
import { HistoryList } from '../audit/HistoryList';
import { PanelHeading } from '../organisations/PanelHeading';
import { useInitiativeHistory } from './api';
import { initiativeActionLabel, initiativeChangeLines } from './initiative-history.format';

const PAGE_SIZE = 20;

/** Everything that has happened to the initiative, newest first, from the append-only audit log. */
export function InitiativeHistory({ initiativeId, referenceData }: { initiativeId: string; referenceData: ReferenceDataView | undefined }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const lang = currentLanguage();
  const pages = useCursorPages();
  const query = useInitiativeHistory(initiativeId, { limit: PAGE_SIZE, cursor: pages.cursor });

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="history-heading">
      <div id="history-heading">
        <PanelHeading title={t('initiatives.history')} />
      </div>
      <HistoryList
        query={query}
        pages={pages}
        pageSize={PAGE_SIZE}
        label={t('initiatives.history')}
        emptyText={t('initiatives.historyEmpty')}
        minWidth={760}
        changeLines={(entry) => initiativeChangeLines({ i18n, locale, lang, ref: referenceData }, entry)}
        actionLabel={(action) => initiativeActionLabel(i18n, action)}
        actionColor={() => 'brand'}
      />
    </Paper>
  );
}
