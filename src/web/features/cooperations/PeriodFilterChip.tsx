import { Badge, CloseButton, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/i18n.config';
import { periodFilter } from './cooperation.format';
import type { CooperationSearch } from './cooperation.search';

/**
 * The period filter a figure of the committee's report leads with (OVR-2), e.g. "Pågående
 * 2025-01-01 – 2025-12-31", so whoever follows a figure sees why the list holds what it holds;
 * removing it keeps the other filters.
 */
export function PeriodFilterChip({ value, onChange }: { value: CooperationSearch; onChange: (next: CooperationSearch) => void }) {
  const { t } = useTranslation();
  const filter = periodFilter(value);
  const economyYear = value.economyYear;
  if (!('periodEvent' in filter) && !economyYear) return null;
  return (
    <Group gap="xs" mt="sm" mb="sm" role="group" aria-label={t('cooperations.periodFilterLabel')}>
      {'periodEvent' in filter && (
        <FilterBadge
          text={t(`cooperations.periodFilter_${filter.periodEvent}`, { from: filter.periodFrom, to: filter.periodTo })}
          onRemove={() => {
            const { periodEvent: _e, periodFrom: _f, periodTo: _t, ...rest } = value;
            onChange(rest);
          }}
        />
      )}
      {economyYear && (
        <FilterBadge
          text={t('cooperations.economyYearFilter', { year: economyYear })}
          onRemove={() => {
            const { economyYear: _y, ...rest } = value;
            onChange(rest);
          }}
        />
      )}
    </Group>
  );
}

/** One removable filter of the report's selection. */
function FilterBadge({ text, onRemove }: { text: string; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <Badge
      size="lg"
      variant="light"
      radius="xl"
      tt="none"
      lang={currentLocale().slice(0, 2)}
      rightSection={
        <CloseButton size="sm" variant="transparent" aria-label={t('cooperations.removePeriodFilter', { filter: text })} onClick={onRemove} />
      }
    >
      {text}
    </Badge>
  );
}
