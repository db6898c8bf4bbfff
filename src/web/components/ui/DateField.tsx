import { TextInput, type TextInputProps } from '@mantine/core';
import { type FocusEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { dateFormatHint, parseDateText } from './date-field.format';

export type DateFieldProps = Omit<TextInputProps, 'value' | 'onChange' | 'type' | 'min' | 'max'> & {
  /** The date as YYYY-MM-DD, or '' for none (or, while it is not a date yet, the text typed). */
  value: string;
  /** Called with YYYY-MM-DD once the text is a date, '' when emptied, else the text as typed (for the form's own check). */
  onChange: (value: string) => void;
  /** Earliest and latest dates allowed, as YYYY-MM-DD. */
  min?: string | undefined;
  max?: string | undefined;
};

/**
 * A date field that writes and reads dates as YYYY-MM-DD in the app's language, whatever the
 * browser's locale (a native date input shows mm/dd/yyyy in an American browser while the app is
 * Swedish). It says the format, accepts common ways of typing a date, tidies the text when the
 * field is left, and says plainly when the text is not a date or lies outside min–max.
 */
export function DateField({ value, onChange, min, max, error, description, onBlur, ...rest }: DateFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [ownError, setOwnError] = useState<string | null>(null);
  const [seen, setSeen] = useState({ value, emitted: value });
  // A value set from outside (a reset, a record loaded) replaces the text; the field's own echo does not.
  if (value !== seen.value) {
    setSeen({ value, emitted: seen.emitted });
    if (value !== seen.emitted) {
      setText(value);
      setOwnError(null);
    }
  }

  const emit = (next: string) => {
    setSeen({ value: seen.value, emitted: next });
    onChange(next);
  };

  const change = (raw: string) => {
    setText(raw);
    const iso = parseDateText(raw);
    if (iso) setOwnError(null);
    emit(raw.trim() === '' ? '' : (iso ?? raw.trim()));
  };

  const leave = (event: FocusEvent<HTMLInputElement>) => {
    onBlur?.(event);
    if (text.trim() === '') return setOwnError(null);
    const iso = parseDateText(text);
    if (!iso) return setOwnError(t('dateField.invalid', { format: dateFormatHint(currentLanguage()), example: '2026-03-05' }));
    setText(iso);
    if (min && iso < min) return setOwnError(t('dateField.tooEarly', { min }));
    if (max && iso > max) return setOwnError(t('dateField.tooLate', { max }));
    setOwnError(null);
  };

  const hint = t('dateField.hint', { format: dateFormatHint(currentLanguage()) });
  return (
    <TextInput
      {...rest}
      type="text"
      autoComplete="off"
      spellCheck={false}
      value={text}
      onChange={(e) => change(e.currentTarget.value)}
      onBlur={leave}
      description={
        description ? (
          <>
            {description} {hint}
          </>
        ) : (
          hint
        )
      }
      error={ownError ?? error}
    />
  );
}
