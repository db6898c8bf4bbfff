import { useTranslation } from 'react-i18next';

// Off-screen rather than display:none, which some bots detect and skip.
const OFF_SCREEN = { position: 'absolute', left: '-10000px', top: 'auto', width: 1, height: 1, overflow: 'hidden' } as const;

/**
 * The spam trap: a field people never see or reach, which only bots fill in. It is hidden from
 * assistive technology and skipped by Tab; its label still tells a human who finds it to leave it empty.
 */
export function HoneypotField({ value, onChange, id = 'proposal-website' }: { value: string; onChange: (value: string) => void; id?: string }) {
  const { t } = useTranslation();
  return (
    <div style={OFF_SCREEN} aria-hidden="true">
      <label htmlFor={id}>{t('publicProposal.honeypotLabel')}</label>
      <input
        id={id}
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </div>
  );
}
