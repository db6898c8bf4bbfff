import type { TFunction } from 'i18next';
import type { DeviationSummary } from '../../../shared/deviations/deviation.schemas';

/** Where a deviation happened, in words: the body or routine, and the cooperation's case number. */
export function placeLabel(d: DeviationSummary): string {
  const parts = [d.body?.name, d.routine, d.cooperation ? `${d.cooperation.caseNumber} ${d.cooperation.title}` : null].filter(Boolean);
  return parts.join(' · ');
}

/** Who handles a deviation: the body's or person's name with the reason it went there. */
export function handlerLabel(d: DeviationSummary, t: TFunction): string {
  const name = d.route.body?.name ?? d.route.user?.name;
  const reason = t(`deviations.route_${d.route.reason}`);
  return name ? `${name} (${reason.toLowerCase()})` : reason;
}
