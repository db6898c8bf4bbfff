import { Alert, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingView } from '../../../shared/organisations/settings.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatDateTime } from '../../components/ui/date.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { PanelHeading } from '../organisations/PanelHeading';
import { useSettings } from './api';
import { SettingsGroupForm } from './SettingsGroupForm';
import { SETTING_GROUPS, type SettingGroup } from './settings.model';

/** The administrator's settings (IOP-10 and what keeps a municipality out of the code): one form per group. */
export function SettingsPage() {
  const allowed = useCan('settings.manage');
  return allowed ? <Settings /> : <ForbiddenPage />;
}

function Settings() {
  const { t } = useTranslation();
  const query = useSettings();
  return (
    <>
      <PageHeading title={t('settings.title')} description={t('settings.intro')} />
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        <Stack gap="lg" maw={960}>
          {SETTING_GROUPS.map((group) => (
            <GroupSection key={group.key} group={group} settings={query.data} reload={async () => void (await query.refetch())} />
          ))}
        </Stack>
      ) : null}
    </>
  );
}

type GroupSectionProps = { group: SettingGroup; settings: SettingView[]; reload: () => Promise<void> };

function GroupSection({ group, settings, reload }: GroupSectionProps) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  // A new form after fetching the current values: a fresh key empties the old input.
  const [round, setRound] = useState(0);
  const name = t(`settings.group_${group.key}`);
  const changedAt = settings
    .filter((s) => (group.settings as readonly string[]).includes(s.key) && s.updatedAt)
    .map((s) => s.updatedAt ?? '')
    .sort()
    .at(-1);

  return (
    <Paper component="section" withBorder radius="md" p="lg" aria-label={name}>
      <PanelHeading title={name} description={t(`settings.group_${group.key}Text`)} />
      {changedAt ? (
        <Text size="xs" c="dimmed" mt={-8} mb="md">
          {t('settings.lastChanged', { time: formatDateTime(changedAt, currentLocale()) })}
        </Text>
      ) : null}
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      {group.key === 'caseNumber' ? (
        <Alert color="yellow" variant="light" title={t('settings.prefixWarningTitle')} mb="md">
          {t('settings.prefixWarning')}
        </Alert>
      ) : null}
      <SettingsGroupForm
        key={round}
        group={group}
        name={name}
        settings={settings}
        onSaved={setMessage}
        onReload={async () => {
          await reload();
          setMessage(null);
          setRound((r) => r + 1);
        }}
      />
      {group.key === 'iopContact' || group.key === 'municipality' || group.key === 'committee' ? (
        <Text mt="md" size="sm" c="dimmed">
          {t('settings.publicDelay')}
        </Text>
      ) : null}
      {group.key === 'iopContact' ? (
        <Text mt="xs" size="sm">
          <AnchorLink to="/offentligt/iop" size="sm">
            {t('settings.viewPublicIop')}
          </AnchorLink>
        </Text>
      ) : null}
    </Paper>
  );
}
