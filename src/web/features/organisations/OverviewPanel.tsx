import { Anchor, Button, Group, List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/organisations/organisation.schemas';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import { useCan } from '../../app/current-session.context';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { formatCalendarDate, formatDateTime } from '../../components/ui/date.format';
import { ArchiveIcon } from '../../components/ui/icons';
import { NoValue } from '../../components/ui/NoValue';
import { useOrganisationStatusAction } from './api';
import { DemocracyStatusBadge } from './DemocracyStatusBadge';
import { addressLine, areaName, districtName, legalFormName } from './organisation.format';
import { PanelHeading } from './PanelHeading';

type OverviewPanelProps = {
  organisation: OrganisationView;
  referenceData: ReferenceDataView | undefined;
  onMessage: (message: string) => void;
};

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The organisation's facts at a glance, and archiving (nothing is ever deleted). */
export function OverviewPanel({ organisation: o, referenceData, onMessage }: OverviewPanelProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const locale = currentLocale();
  const address = addressLine(o.address);

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <PanelHeading title={t('organisations.facts')} />
        <dl className="fact-list">
          <Fact label={t('organisations.kind')}>{t(`organisations.kind_${o.kind}`)}</Fact>
          <Fact label={t('organisations.legalForm')}>{legalFormName(referenceData, o.kind, o.legalForm, lang)}</Fact>
          <Fact label={t('organisations.orgNumber')}>{o.orgNumber ?? <NoValue />}</Fact>
          <Fact label={t('organisations.status')}>{t(`organisations.status_${o.status}`)}</Fact>
          <Fact label={t('organisations.democracyStatus')}>
            <Group gap="xs">
              <DemocracyStatusBadge status={o.democracyStatus} />
              {o.democracyStatus === 'eligible' && o.democracyValidUntil ? (
                <Text span size="sm">
                  {t('organisations.validUntil', { date: formatCalendarDate(o.democracyValidUntil, locale) })}
                </Text>
              ) : null}
            </Group>
          </Fact>
          <Fact label={t('organisations.memberCount')}>{o.memberCount === null ? <NoValue /> : o.memberCount.toLocaleString(locale)}</Fact>
          <Fact label={t('organisations.website')}>
            {o.website ? (
              <Anchor href={o.website} target="_blank" rel="noopener noreferrer">
                {o.website}
              </Anchor>
            ) : (
              <NoValue />
            )}
          </Fact>
          <Fact label={t('organisations.address')}>{address || <NoValue />}</Fact>
          <Fact label={t('vida.bankgiro')}>{o.bankgiro ?? <NoValue />}</Fact>
          <Fact label={t('vida.plusgiro')}>{o.plusgiro ?? <NoValue />}</Fact>
          <Fact label={t('organisations.districts')}>
            {o.districts.length > 0 ? o.districts.map((d) => districtName(referenceData, d)).join(', ') : <NoValue />}
          </Fact>
          <Fact label={t('organisations.areas')}>
            {o.areas.length > 0 ? (
              <List size="sm" spacing={2}>
                {o.areas.map((a) => (
                  <List.Item key={a}>{areaName(referenceData, a, lang)}</List.Item>
                ))}
              </List>
            ) : (
              <NoValue />
            )}
          </Fact>
          <Fact label={t('organisations.createdAt')}>{formatDateTime(o.createdAt, locale)}</Fact>
          <Fact label={t('organisations.updatedAt')}>{formatDateTime(o.updatedAt, locale)}</Fact>
        </dl>
      </Paper>
      <Paper withBorder radius="md" p="lg">
        <PanelHeading title={t('organisations.description')} />
        <Text style={{ whiteSpace: 'pre-wrap' }} maw={760}>
          {o.description ?? t('organisations.noDescription')}
        </Text>
      </Paper>
      <ArchiveSection organisation={o} onMessage={onMessage} />
    </Stack>
  );
}

function ArchiveSection({ organisation, onMessage }: { organisation: OrganisationView; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const canWrite = useCan('organisations.write');
  const action = useOrganisationStatusAction();
  const [asking, setAsking] = useState(false);
  if (!canWrite) return null;
  const archived = organisation.status === 'archived';
  const kind = archived ? 'restore' : 'archive';

  return (
    <Paper withBorder radius="md" p="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <div>
          <PanelHeading title={archived ? t('organisations.restoreTitle') : t('organisations.archiveTitle')} />
          <Text size="sm">{archived ? t('organisations.restoreText') : t('organisations.archiveText')}</Text>
        </div>
        <Group align="center" justify="flex-start">
          <Button
            variant={archived ? 'filled' : 'outline'}
            color={archived ? undefined : 'red'}
            leftSection={<ArchiveIcon size={18} />}
            onClick={() => {
              action.reset();
              setAsking(true);
            }}
          >
            {archived ? t('organisations.restore') : t('organisations.archive')}
          </Button>
        </Group>
      </SimpleGrid>
      <ConfirmDialog
        opened={asking}
        title={archived ? t('organisations.confirmRestoreTitle') : t('organisations.confirmArchiveTitle')}
        confirmLabel={archived ? t('organisations.restore') : t('organisations.archive')}
        destructive={!archived}
        pending={action.isPending}
        error={action.error}
        onClose={() => setAsking(false)}
        onConfirm={() =>
          action.mutate(
            { organisation, action: kind },
            {
              onSuccess: (saved) => {
                setAsking(false);
                onMessage(t(archived ? 'organisations.restored' : 'organisations.archived', { name: saved.name }));
              },
            },
          )
        }
      >
        {archived
          ? t('organisations.confirmRestoreText', { name: organisation.name })
          : t('organisations.confirmArchiveText', { name: organisation.name })}
      </ConfirmDialog>
    </Paper>
  );
}
