import type { TFunction } from 'i18next';
import { IOP_TERM_LABELS, IOP_TERMS, type IopTerm } from '../../../shared/agreements/terms.rules';
import { formatCalendarDate } from '../../components/ui/date.format';
import { formatSek } from './agreement-form.model';

type Translate = TFunction;
type Names = ReadonlyMap<string, string>;

const isTerm = (value: string): value is IopTerm => (IOP_TERMS as readonly string[]).includes(value);

/** The name of a compared field or IOP-5 section in the UI language. */
export function comparedFieldLabel(field: string, lang: 'sv' | 'en', t: Translate): string {
  if (field.startsWith('terms.')) {
    const term = field.slice('terms.'.length);
    return isTerm(term) ? IOP_TERM_LABELS[term][lang] : term;
  }
  switch (field) {
    case 'startDate':
      return t('agreements.field_startDate');
    case 'endDate':
      return t('agreements.field_endDate');
    case 'noticeMonths':
      return t('agreements.field_noticeMonths');
    case 'parties':
      return t('agreements.field_parties');
    case 'economy':
      return t('agreements.field_economy');
    default:
      return field;
  }
}

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/**
 * One side of a compared row as lines of text: dates and months as words, parties and economy
 * one line each with the organisations' names, a terms section as its text and whether it is complete.
 */
export function comparedValueLines(field: string, value: unknown, names: Names, locale: string, t: Translate): string[] {
  if (value === null || value === undefined) return [];
  const name = (id: unknown) => names.get(String(id)) ?? t('agreements.unknownOrganisation');
  if (field === 'startDate' || field === 'endDate') return [formatCalendarDate(String(value), locale)];
  if (field === 'noticeMonths') return [t('agreements.months', { count: Number(value) })];
  if (field === 'parties' && Array.isArray(value)) {
    return value.map((p) => `${name(record(p).organisationId)} – ${String(record(p).signatory ?? '')}`);
  }
  if (field === 'economy' && Array.isArray(value)) {
    return value.map((row) => {
      const e = record(row);
      const line = t('agreements.economyLine', {
        year: e.year,
        party: name(e.organisationId),
        money: formatSek(Number(e.moneySek), locale),
        inKind: formatSek(Number(e.inKindSek), locale),
      });
      return typeof e.note === 'string' && e.note !== '' ? `${line} (${e.note})` : line;
    });
  }
  if (field.startsWith('terms.')) {
    const section = record(value);
    return [String(section.text ?? ''), section.complete ? t('agreements.termComplete') : t('agreements.termIncomplete')];
  }
  return [String(value)];
}
