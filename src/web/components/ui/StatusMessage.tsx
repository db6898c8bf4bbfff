import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CheckCircleIcon } from './icons';

/** A polite confirmation after an action ("Användaren har skapats"), dismissable. */
export function StatusMessage({ message, onClose }: { message: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite">
      {message ? (
        <Alert
          color="green"
          variant="light"
          icon={<CheckCircleIcon />}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={onClose}
          mb="md"
        >
          {message}
        </Alert>
      ) : null}
    </div>
  );
}
