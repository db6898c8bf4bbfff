import { Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditHead } from '../../../shared/audit/audit.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatDateTime } from '../../components/ui/date.format';
import { DownloadIcon } from '../../components/ui/icons';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { useAuditHead } from './api';

function downloadHead(head: AuditHead, fileName: string) {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(head, null, 2)}\n`], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * The chain's head — the last row's id, hash and time — with a download an administrator can
 * archive outside the database; `npm run audit:verify -- --head <file>` checks against it.
 */
export function AuditHeadPanel() {
  const { t } = useTranslation();
  const query = useAuditHead();
  const locale = currentLocale();
  const head = query.data;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="audit-head-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="audit-head-title">
          {t('audit.headTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('audit.headIntro')}
        </Text>
        {query.isPending ? <LoadingState /> : null}
        {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
        {head ? (
          <>
            <Box component="dl" m={0}>
              <HeadFact term={t('audit.headId')}>{head.id ?? t('audit.headEmpty')}</HeadFact>
              <HeadFact term={t('audit.headHash')} mono>
                {head.hash}
              </HeadFact>
              <HeadFact term={t('audit.headTime')}>{head.occurredAt ? formatDateTime(head.occurredAt, locale) : t('audit.headEmpty')}</HeadFact>
            </Box>
            <Group>
              <Button
                variant="light"
                leftSection={<DownloadIcon size={18} />}
                onClick={() => downloadHead(head, t('audit.headFileName', { id: head.id ?? '0' }))}
              >
                {t('audit.headDownload')}
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

function HeadFact({ term, mono = false, children }: { term: string; mono?: boolean; children: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="baseline">
      <Text component="dt" size="sm" fw={600}>
        {term}
      </Text>
      <Text component="dd" size="sm" m={0} ff={mono ? 'monospace' : undefined} style={{ wordBreak: 'break-all' }}>
        {children}
      </Text>
    </Group>
  );
}
