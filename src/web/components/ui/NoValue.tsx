import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A dash for an empty value, read out as words ("saknas") rather than "streck". */
export function NoValue({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">{t('common.none')}</span>
      <VisuallyHidden>{label ?? t('common.missing')}</VisuallyHidden>
    </>
  );
}
