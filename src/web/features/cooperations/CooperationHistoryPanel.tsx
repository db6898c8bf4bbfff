import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { useCursorPages } from '../../components/ui/useCursorPages';
import { HistoryList } from '../audit/HistoryList';
import { useReferenceData } from '../organisations/api';
import { PanelHeading } from '../organisations/PanelHeading';
import { useCooperationHistory } from './api';
import { cooperationActionLabel, cooperationChangeLines } from './cooperation-history.format';

const PAGE_SIZE = 20;

/** Everything that has happened to the cooperation, newest first, from the append-only audit log. */
export function CooperationHistoryPanel({ cooperation }: { cooperation: CooperationView }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const lang = currentLanguage();
  const ref = useReferenceData().data;
  const pages = useCursorPages();
  const query = useCooperationHistory(cooperation.id, { limit: PAGE_SIZE, cursor: pages.cursor });

  return (
    <Paper withBorder radius="md" p="lg">
      <PanelHeading title={t('cooperations.tab_history')} description={t('cooperations.historyIntro')} />
      <HistoryList
        query={query}
        pages={pages}
        pageSize={PAGE_SIZE}
        label={t('cooperations.tab_history')}
        emptyText={t('cooperations.historyEmpty')}
        minWidth={820}
        changeLines={(entry) => cooperationChangeLines({ i18n, locale, lang, ref, cooperation }, entry)}
        actionLabel={(action) => cooperationActionLabel(i18n, action)}
        actionColor={(action) => (action.endsWith('transitioned') ? 'green' : 'brand')}
        badgeStyle={{ textTransform: 'none' }}
      />
    </Paper>
  );
}
