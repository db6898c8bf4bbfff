import type { TFunction } from 'i18next';
import type { MeasurementDimension } from '../../../shared/followup/measurement.rules';
import type { MeasurementCategoryView } from '../../../shared/followup/measurement.schemas';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';

/** A category's name in the UI language. */
export function categoryName(category: MeasurementCategoryView): string {
  return currentLanguage() === 'en' ? category.nameEn : category.nameSv;
}

/** A breakdown's label: "Totalt" or "Kön: Kvinnor". */
export function breakdownLabel(t: TFunction, categories: MeasurementCategoryView[], dimension: MeasurementDimension | null, category: string | null): string {
  if (dimension === null) return t('measurements.total');
  const found = categories.find((c) => c.dimension === dimension && c.code === category);
  return `${t(`measurements.dimension_${dimension}`)}: ${found ? categoryName(found) : (category ?? '')}`;
}

/** A value in the UI language's number format. */
export function formatValue(value: number | null): string {
  return value === null ? '' : value.toLocaleString(currentLocale(), { maximumFractionDigits: 2 });
}
