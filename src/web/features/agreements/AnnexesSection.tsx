import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementDetailView, AnnexView } from '../../../shared/agreements/agreement.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate } from '../../components/ui/date.format';
import { DownloadIcon, PlusIcon } from '../../components/ui/icons';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { AnnexModal } from './AnnexModal';
import { annexFileHref } from './api';

type Dialog = { kind: 'annex' } | { kind: 'version'; annex: AnnexView } | null;

/** The agreement's numbered annexes, each with its versions and the decisions that adopted them (AGR-7). */
export function AnnexesSection({ agreement, canWrite, onMessage }: { agreement: AgreementDetailView; canWrite: boolean; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const writable = canWrite && agreement.status !== 'terminated';
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="annexes-heading">
      <div id="annexes-heading">
        <PanelHeading
          title={t('agreements.annexesTitle')}
          description={t('agreements.annexesIntro')}
          actions={
            writable ? (
              <Button variant="default" leftSection={<PlusIcon size={18} />} onClick={() => setDialog({ kind: 'annex' })}>
                {t('agreements.newAnnex')}
              </Button>
            ) : undefined
          }
        />
      </div>
      {agreement.annexes.length === 0 ? <EmptyMessage>{t('agreements.noAnnexes')}</EmptyMessage> : null}
      <Stack gap="lg">
        {agreement.annexes.map((annex) => (
          <AnnexCard key={annex.id} annex={annex} writable={writable} onNewVersion={() => setDialog({ kind: 'version', annex })} />
        ))}
      </Stack>
      {writable ? (
        <AnnexModal
          agreementId={agreement.id}
          annex={dialog?.kind === 'version' ? dialog.annex : null}
          opened={dialog !== null}
          onClose={() => setDialog(null)}
          onDone={(message) => {
            setDialog(null);
            onMessage(message);
          }}
        />
      ) : null}
    </Paper>
  );
}

function AnnexCard({ annex, writable, onNewVersion }: { annex: AnnexView; writable: boolean; onNewVersion: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const headingId = `annex-${annex.id}`;
  const label = t('agreements.annexHeading', { n: annex.number, title: annex.title });
  return (
    <article aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs">
        <Title order={3} fz="h5" id={headingId}>
          {label}
        </Title>
        {writable ? (
          <Button size="xs" variant="default" leftSection={<PlusIcon size={16} />} onClick={onNewVersion} aria-label={t('agreements.newAnnexVersionOf', { title: label })}>
            {t('agreements.newAnnexVersion')}
          </Button>
        ) : null}
      </Group>
      {annex.versions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('agreements.noAnnexVersions')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Caption>{t('agreements.annexVersionsCaption', { title: label })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('agreements.colVersion')}</Table.Th>
                <Table.Th scope="col">{t('agreements.decisionReference')}</Table.Th>
                <Table.Th scope="col">{t('agreements.decidedOn')}</Table.Th>
                <Table.Th scope="col">{t('agreements.colContent')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...annex.versions].reverse().map((v) => (
                <Table.Tr key={v.number}>
                  <Table.Th scope="row">{t('agreements.versionN', { n: v.number })}</Table.Th>
                  <Table.Td>{v.decisionReference}</Table.Td>
                  <Table.Td>{formatCalendarDate(v.decidedOn, locale)}</Table.Td>
                  <Table.Td>
                    {v.text ? (
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {v.text}
                      </Text>
                    ) : null}
                    {v.file ? (
                      <Anchor href={annexFileHref(annex.id, v.number)} download size="sm">
                        <Group gap={4} component="span">
                          <DownloadIcon size={16} />
                          {t('agreements.downloadFile', { file: v.file.originalName })}
                        </Group>
                      </Anchor>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </article>
  );
}
