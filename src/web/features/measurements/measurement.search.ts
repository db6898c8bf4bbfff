import { isUuid } from '../../components/ui/uuid';

/** The measurement page's year, cluster and period as they appear in the address. */
export type MeasurementSearch = { year?: number; clusterId?: string; period?: string };

/** Cleans the address's search values; anything unusable is left out (the page then uses its defaults). */
export function validateMeasurementSearch(search: Record<string, unknown>): MeasurementSearch {
  const year = Number(search.year);
  const out: MeasurementSearch = {};
  if (Number.isInteger(year) && year >= 1900 && year <= 2200) out.year = year;
  if (typeof search.clusterId === 'string' && isUuid(search.clusterId)) out.clusterId = search.clusterId;
  if (typeof search.period === 'string' && /^\d{4}(-H[12])?$/.test(search.period)) out.period = search.period;
  return out;
}
