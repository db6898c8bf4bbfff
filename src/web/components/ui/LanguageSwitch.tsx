import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GlobeIcon } from './icons';

/** Switches between Swedish and English; the button is labelled in the language it switches to. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = t('language.switchToLang');
  return (
    <Button
      variant="subtle"
      color="dark"
      size="sm"
      leftSection={<GlobeIcon size={18} />}
      onClick={() => void i18n.changeLanguage(target)}
      lang={target}
      title={t('language.switchLabel')}
    >
      {t('language.switchTo')}
    </Button>
  );
}
