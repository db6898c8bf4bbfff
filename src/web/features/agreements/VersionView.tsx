import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementVersionView } from '../../../shared/agreements/agreement.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate } from '../../components/ui/date.format';
import { NoValue } from '../../components/ui/NoValue';
import { PanelHeading } from '../organisations/PanelHeading';
import { EconomyTable } from './EconomySection';
import { PartiesTable } from './PartiesEditor';
import { TermsChecklist } from './TermsChecklist';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/** A version that cannot be edited (signed, or earlier than the current): term, checklist, parties and economy as text. */
export function VersionView({ version: v }: { version: AgreementVersionView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="term-heading">
        <div id="term-heading">
          <PanelHeading title={t('agreements.termSection')} />
        </div>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Fact label={t('agreements.startDate')}>{v.startDate ? formatCalendarDate(v.startDate, locale) : <NoValue />}</Fact>
          <Fact label={t('agreements.endDate')}>{v.endDate ? formatCalendarDate(v.endDate, locale) : t('agreements.untilFurtherNotice')}</Fact>
          <Fact label={t('agreements.noticeMonths')}>{v.noticeMonths === null ? <NoValue /> : t('agreements.months', { count: v.noticeMonths })}</Fact>
        </SimpleGrid>
      </Paper>
      <TermsChecklist terms={v.terms} />
      <PartiesTable parties={v.parties} />
      <EconomyTable rows={v.economy} parties={v.parties} />
    </Stack>
  );
}
