/**
 * Dated reference values (FRM-5, FRM-7): thresholds and rates change over time, so every value
 * holds from a date until a later value of the same code replaces it. Never literals in code.
 */
export const THRESHOLD_CODES = [
  'welfare_advertising_limit',
  'social_services_threshold',
  'direct_award_limit',
  'vida_rate_per_participant',
] as const;
export type ThresholdCode = (typeof THRESHOLD_CODES)[number];

/** One value of a code, valid from a date (YYYY-MM-DD) until the next value of that code. */
export type DatedValue = { code: string; validFrom: string; amountSek: number };

/** Swedish and English names of each code, for texts that cite a value or its absence. */
export const THRESHOLD_LABELS: Record<ThresholdCode, { sv: string; en: string }> = {
  welfare_advertising_limit: { sv: 'gränsen för annonseringsplikt för välfärdstjänster', en: 'the advertising limit for welfare services' },
  social_services_threshold: {
    sv: 'tröskelvärdet för sociala och andra särskilda tjänster',
    en: 'the threshold for social and other specific services',
  },
  direct_award_limit: { sv: 'direktupphandlingsgränsen', en: 'the direct-award limit' },
  vida_rate_per_participant: { sv: 'VIDA-ersättningen per deltagare', en: 'the VIDA rate per participant' },
};

/** The entry of a code in force on a date: the one with the latest `validFrom` not after it, or null. */
export function entryOn(values: readonly DatedValue[], code: string, date: string): DatedValue | null {
  let best: DatedValue | null = null;
  for (const v of values) {
    if (v.code !== code || v.validFrom > date) continue;
    if (!best || v.validFrom > best.validFrom) best = v;
  }
  return best;
}

/** The amount of a code in force on a date (the latest `validFrom` ≤ date), or null when none is. */
export function valueOn(values: readonly DatedValue[], code: string, date: string): number | null {
  return entryOn(values, code, date)?.amountSek ?? null;
}

/**
 * An amount in Swedish style with a normal space between thousands and "kr" after it, e.g.
 * "1 900 000 kr"; öre are shown only when there are any ("1 500,50 kr").
 */
export function formatSek(amount: number): string {
  const negative = amount < 0;
  const [whole = '0', fraction = '00'] = Math.abs(amount).toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${negative ? '−' : ''}${grouped}${fraction === '00' ? '' : `,${fraction}`} kr`;
}

/** An amount in English style for the `…En` texts, e.g. "SEK 1,900,000". */
export function formatSekEn(amount: number): string {
  return `SEK ${amount.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;
}
