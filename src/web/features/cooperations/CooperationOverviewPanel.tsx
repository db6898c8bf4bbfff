import { Alert, Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import { useCan } from '../../app/current-session.context';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { isVersionConflict } from '../../components/ui/ConflictNotice';
import { formatDateTime } from '../../components/ui/date.format';
import { AlertIcon, EditIcon } from '../../components/ui/icons';
import { NoValue } from '../../components/ui/NoValue';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { useReferenceData } from '../organisations/api';
import { CooperationGovernanceSection } from '../governance/CooperationGovernanceSection';
import { DemocracyStatusBadge } from '../organisations/DemocracyStatusBadge';
import { areaName } from '../organisations/organisation.format';
import { PanelHeading } from '../organisations/PanelHeading';
import { useUpdateCooperation } from './api';
import { formatAmount, referenceName, termText } from './cooperation.format';
import { CooperationForm } from './CooperationForm';
import { cooperationFormFrom } from './cooperation-form.model';
import { CooperationStatusBadge } from './CooperationStatusBadge';

type OverviewPanelProps = {
  cooperation: CooperationView;
  /** The field to edit, when the readiness checklist sent the user here; null shows the facts. */
  editField: string | null;
  onEdit: (field: string | null) => void;
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

/** The cooperation's fields at a glance, and their editing (OVR-1). */
export function CooperationOverviewPanel({ cooperation, editField, onEdit, onMessage }: OverviewPanelProps) {
  const { t } = useTranslation();
  const canWrite = useCan('cooperations.write') && cooperation.status !== 'ended';
  if (editField !== null && canWrite) {
    return <EditDetails cooperation={cooperation} field={editField} onDone={() => onEdit(null)} onMessage={onMessage} />;
  }
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <PanelHeading
          title={t('cooperations.details')}
          actions={
            canWrite ? (
              <Button variant="default" leftSection={<EditIcon size={18} />} onClick={() => onEdit('title')}>
                {t('cooperations.edit')}
              </Button>
            ) : undefined
          }
        />
        <Details cooperation={cooperation} />
      </Paper>
      <Paper withBorder radius="md" p="lg">
        <PanelHeading title={t('cooperations.description')} />
        <Text style={{ whiteSpace: 'pre-wrap' }} maw={760}>
          {cooperation.description ?? t('cooperations.noDescription')}
        </Text>
      </Paper>
      <CooperationGovernanceSection cooperation={cooperation} />
    </Stack>
  );
}

function Details({ cooperation: c }: { cooperation: CooperationView }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const locale = currentLocale();
  const ref = useReferenceData().data;
  const list = (items: string[]) =>
    items.length > 0 ? (
      <List size="sm" spacing={2}>
        {items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    ) : (
      <NoValue />
    );

  return (
    <dl className="fact-list">
      <Fact label={t('cooperations.caseNumber')}>
        <Text span ff="monospace">
          {c.caseNumber}
        </Text>
      </Fact>
      <Fact label={t('cooperations.registryNumber')}>
        {c.registryNumber ? (
          <Text span ff="monospace">
            {c.registryNumber}
          </Text>
        ) : (
          <NoValue label={t('cooperations.noRegistryNumber')} />
        )}
      </Fact>
      <Fact label={t('cooperations.form')}>{t(`cooperations.form_${c.form}`)}</Fact>
      <Fact label={t('cooperations.status')}>
        <Stack gap={4} align="flex-start">
          <CooperationStatusBadge status={c.status} />
          {c.endedReason ? <Text size="sm">{t('cooperations.endedReason', { reason: c.endedReason })}</Text> : null}
          {c.controlsFlagged ? (
            // EMP-2: a control of an employer failed or has been invalid beyond the grace period.
            <Badge color="red" variant="light" style={{ textTransform: 'none' }}>
              {t('cooperations.controlsFlagged')}
            </Badge>
          ) : null}
        </Stack>
      </Fact>
      <Fact label={t('cooperations.parties')}>
        {c.parties.length > 0 ? (
          <List size="sm" spacing={4}>
            {c.parties.map((p) => (
              <List.Item key={p.id}>
                <Group gap="xs" wrap="wrap">
                  <AnchorLink to="/organisationer/$id" params={{ id: p.id }} size="sm" fw={600}>
                    {p.name}
                  </AnchorLink>
                  {p.kind === 'civil_society' ? <DemocracyStatusBadge status={p.democracyStatus} size="sm" /> : null}
                </Group>
              </List.Item>
            ))}
          </List>
        ) : (
          <NoValue />
        )}
      </Fact>
      <Fact label={t('cooperations.responsibleManager')}>{c.responsibleManager?.name ?? <NoValue label={t('cooperations.noManager')} />}</Fact>
      <Fact label={t('cooperations.unit')}>{c.unitCode ? referenceName(ref?.units, c.unitCode, lang) : <NoValue />}</Fact>
      <Fact label={t('cooperations.areas')}>{list(c.areas.map((a) => areaName(ref, a, lang)))}</Fact>
      <Fact label={t('cooperations.targetGroups')}>{list(c.targetGroups.map((g) => referenceName(ref?.targetGroups, g, lang)))}</Fact>
      <Fact label={t('cooperations.value')}>{c.valueSek === null ? <NoValue /> : formatAmount(c.valueSek, lang)}</Fact>
      <Fact label={t('cooperations.compensation')}>{c.compensationSek === null ? <NoValue /> : formatAmount(c.compensationSek, lang)}</Fact>
      <Fact label={t('cooperations.term')}>{termText(c.startDate, c.endDate, locale, t) || <NoValue />}</Fact>
      <Fact label={t('cooperations.reviewGroup')}>
        {c.reviewGroup.consulted
          ? t('cooperations.reviewConsulted')
          : c.reviewGroup.informed
            ? t('cooperations.reviewInformed')
            : t('cooperations.reviewNone')}
      </Fact>
      <Fact label={t('cooperations.createdAt')}>{formatDateTime(c.createdAt, locale)}</Fact>
      <Fact label={t('cooperations.updatedAt')}>{formatDateTime(c.updatedAt, locale)}</Fact>
    </dl>
  );
}

type EditDetailsProps = { cooperation: CooperationView; field: string; onDone: () => void; onMessage: (message: string) => void };

function EditDetails({ cooperation, field, onDone, onMessage }: EditDetailsProps) {
  const { t } = useTranslation();
  const update = useUpdateCooperation(cooperation.id);
  // The version the user started from: a newer one from someone else must not be overwritten unseen.
  const [base] = useState(() => ({ values: cooperationFormFrom(cooperation), version: cooperation.version }));
  const conflict = isVersionConflict(update.error);

  // Sent here from the checklist: put the cursor in the field to fix.
  useEffect(() => {
    const element = document.getElementById(field);
    element?.focus();
    element?.scrollIntoView({ block: 'center' });
  }, [field]);

  return (
    <Paper withBorder radius="md" p="lg">
      <PanelHeading title={t('cooperations.editTitle', { caseNumber: cooperation.caseNumber })} />
      <CooperationForm
        initial={base.values}
        currentManager={cooperation.responsibleManager}
        mode="update"
        submitLabel={t('common.save')}
        pending={update.isPending}
        error={conflict ? null : update.error}
        notice={
          conflict ? (
            <Alert color="yellow" variant="light" icon={<AlertIcon />} role="alert" title={t('cooperations.conflictTitle')}>
              {t('cooperations.conflictText')}
            </Alert>
          ) : undefined
        }
        onCancel={onDone}
        onSubmit={(input) =>
          update.mutate(
            { ...input, version: base.version },
            {
              onSuccess: (saved) => {
                onDone();
                onMessage(t('cooperations.updated', { caseNumber: saved.caseNumber }));
              },
            },
          )
        }
      />
    </Paper>
  );
}
