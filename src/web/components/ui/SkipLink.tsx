import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const MAIN_CONTENT_ID = 'main-content';

/** The first focusable element of every page: jumps past the header and menu to the main content. */
export function SkipLink() {
  const { t } = useTranslation();
  const jump = (event: MouseEvent<HTMLAnchorElement>) => {
    // Move focus ourselves instead of changing the URL hash, which the router would treat as navigation.
    event.preventDefault();
    const main = document.getElementById(MAIN_CONTENT_ID);
    main?.focus();
    main?.scrollIntoView();
  };
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`} onClick={jump}>
      {t('app.skipLink')}
    </a>
  );
}
