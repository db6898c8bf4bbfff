import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Mantine's modal with the close button named in the UI language (it has no text of its own). */
export function AppModal(props: ModalProps) {
  const { t } = useTranslation();
  return <Modal centered {...props} closeButtonProps={{ 'aria-label': t('common.close'), ...props.closeButtonProps }} />;
}
