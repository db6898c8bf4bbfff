import { Alert, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { WelfareValueStatusView } from '../../../shared/followup/welfare-value.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { AlertIcon } from '../../components/ui/icons';
import { formatKronor } from './economy.format';

/** The sentences that explain a status: how near or past which limit, and whether it must be advertised. */
function statusTexts(status: WelfareValueStatusView, t: TFunction, locale: string): string[] {
  const limitAmount = status.limit === 'social_services_threshold' ? status.socialThresholdSek : status.advertisingLimitSek;
  const values = { value: formatKronor(status.accumulatedSek, locale), limit: status.limit ? t(`economy.limit_${status.limit}`) : '', amount: formatKronor(limitAmount ?? 0, locale) };
  const texts: string[] = [];
  if (status.level === 'warning') texts.push(t('economy.warningText', values));
  if (status.level === 'exceeded') texts.push(t('economy.exceededText', values));
  if (status.level === 'unknown') texts.push(t('economy.unknownText'));
  if (status.mustAdvertise) texts.push(t('economy.mustAdvertise'));
  return texts;
}

/** The warning of a welfare-service procurement's value near or past a threshold (FRM-7); nothing while it is below. */
export function WelfareValueAlert({ status }: { status: WelfareValueStatusView }) {
  const { t } = useTranslation();
  const texts = statusTexts(status, t, currentLocale());
  if (texts.length === 0) return null;
  const red = status.level === 'exceeded' || status.mustAdvertise;
  return (
    <Alert color={red ? 'red' : 'yellow'} variant="light" icon={<AlertIcon size={20} aria-hidden="true" />} title={t(`economy.level_${status.level}`)} mb="md">
      <Stack gap={4}>
        {texts.map((text) => (
          <Text key={text} size="sm">
            {text}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
