import { Alert, Button, Group, List, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupRepresentationByParty } from '../../../shared/governance/structure.rules';
import { REPRESENTATION_KINDS, type RepresentationKind, type RepresentationRowView } from '../../../shared/governance/structure.schemas';
import { isApiError } from '../../api/client';
import { useCan } from '../../app/current-session.context';
import { errorMessage } from '../../components/ui/error-message.format';
import { EditIcon, PlusIcon, TrashIcon } from '../../components/ui/icons';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { useReplaceRepresentation, useRepresentation } from './api';
import './structure.css';

type RepresentationSectionProps = { bodyId: string; editable: boolean; onMessage: (message: string) => void };

/** The body's representation grouped by party (AGR-3); writers edit it as one ordered list. */
export function RepresentationSection({ bodyId, editable, onMessage }: RepresentationSectionProps) {
  const { t } = useTranslation();
  const canWrite = useCan('governance.write') && editable;
  const query = useRepresentation(bodyId);
  const [editing, setEditing] = useState(false);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="representation-heading">
      <div id="representation-heading">
        <PanelHeading
          title={t('structure.representationTitle')}
          description={t('structure.representationIntro')}
          actions={
            canWrite && !editing && query.data ? (
              <Button variant="default" leftSection={<EditIcon size={16} />} onClick={() => setEditing(true)}>
                {t('structure.editRepresentation')}
              </Button>
            ) : undefined
          }
        />
      </div>
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && editing ? (
        <RepresentationEditor
          bodyId={bodyId}
          rows={query.data.items}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onMessage(t('structure.saved'));
          }}
        />
      ) : null}
      {query.data && !editing ? <RepresentationGroups rows={query.data.items} headingLevel="h3" /> : null}
    </Paper>
  );
}

/** Representation rows as one labelled list per party, or a note that there are none. */
export function RepresentationGroups({ rows, headingLevel }: { rows: RepresentationRowView[]; headingLevel: 'h3' | 'h4' | 'h5' | 'h6' }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <EmptyMessage>{t('structure.representationEmpty')}</EmptyMessage>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      {groupRepresentationByParty(rows).map((group) => (
        <div key={group.party}>
          <Text component={headingLevel} fw={700} size="sm" m={0} mb={4}>
            {group.party}
          </Text>
          <List size="sm" spacing={2} aria-label={t('structure.representationListLabel', { party: group.party })}>
            {group.items.map((r) => (
              <List.Item key={r.id}>{r.representative}</List.Item>
            ))}
          </List>
        </div>
      ))}
    </SimpleGrid>
  );
}

type DraftRow = { key: number; party: string; organisationId: string | null; representative: string; kind: RepresentationKind };

let draftSequence = 0;
const draftOf = (r: Omit<DraftRow, 'key'>): DraftRow => ({ ...r, key: (draftSequence += 1) });

function RepresentationEditor({ bodyId, rows, onDone }: { bodyId: string; rows: RepresentationRowView[]; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const replace = useReplaceRepresentation(bodyId);
  const [draft, setDraft] = useState<DraftRow[]>(() => rows.map((r) => draftOf(r)));
  const fields = isApiError(replace.error) ? replace.error.fieldErrors() : {};
  const general = replace.error && Object.keys(fields).length === 0 ? errorMessage(replace.error, t) : null;
  const kinds = REPRESENTATION_KINDS.map((k) => ({ value: k, label: t(`structure.kind_${k}`) }));

  const change = (key: number, patch: Partial<DraftRow>) => setDraft((d) => d.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const move = (index: number, by: -1 | 1) =>
    setDraft((d) => {
      const next = [...d];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + by, 0, row);
      return next;
    });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    replace.mutate(
      { rows: draft.map(({ party, organisationId, representative, kind }) => ({ party, organisationId, representative, kind })) },
      { onSuccess: () => onDone(true) },
    );
  };
  // A new row continues the party of the last one, which is how agreements list them.
  const last = draft[draft.length - 1];

  return (
    <form onSubmit={submit} noValidate aria-labelledby="representation-editor-heading">
      <Stack gap="sm">
        <Text id="representation-editor-heading" component="h3" fw={700} fz="h4" m={0}>
          {t('structure.editorTitle')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('structure.editorHelp')}
        </Text>
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        {draft.length === 0 ? <Text size="sm">{t('structure.noRows')}</Text> : null}
        <ol className="representation-editor">
          {draft.map((row, i) => {
            const number = i + 1;
            return (
              <li key={row.key}>
                <fieldset className="representation-editor__row">
                  <legend>{t('structure.rowLabel', { number })}</legend>
                  <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
                    <TextInput
                      label={t('structure.party')}
                      description={i === 0 ? t('structure.partyHelp') : undefined}
                      required
                      maxLength={200}
                      value={row.party}
                      onChange={(e) => change(row.key, { party: e.currentTarget.value })}
                      error={fields[`rows.${i}.party`] ?? fields[`rows.${i}.organisationId`]}
                    />
                    <TextInput
                      label={t('structure.representative')}
                      description={i === 0 ? t('structure.representativeHelp') : undefined}
                      required
                      maxLength={300}
                      value={row.representative}
                      onChange={(e) => change(row.key, { representative: e.currentTarget.value })}
                      error={fields[`rows.${i}.representative`]}
                    />
                    <Select
                      label={t('structure.kind')}
                      data={kinds}
                      allowDeselect={false}
                      value={row.kind}
                      onChange={(v) => change(row.key, { kind: (v as RepresentationKind | null) ?? 'other' })}
                      error={fields[`rows.${i}.kind`]}
                    />
                  </SimpleGrid>
                  <Group gap="xs" mt="xs">
                    <Button size="compact-sm" variant="subtle" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('structure.moveUp', { number })}>
                      ↑
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      disabled={i === draft.length - 1}
                      onClick={() => move(i, 1)}
                      aria-label={t('structure.moveDown', { number })}
                    >
                      ↓
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      leftSection={<TrashIcon size={14} />}
                      onClick={() => setDraft((d) => d.filter((r) => r.key !== row.key))}
                      aria-label={t('structure.removeRow', { number })}
                    >
                      {t('structure.removeRow', { number })}
                    </Button>
                  </Group>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <Group justify="space-between">
          <Button
            variant="default"
            leftSection={<PlusIcon size={16} />}
            onClick={() => setDraft((d) => [...d, draftOf({ party: last?.party ?? '', organisationId: last?.organisationId ?? null, representative: '', kind: last?.kind ?? 'role' })])}
          >
            {t('structure.addRow')}
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={() => onDone(false)}>
              {t('structure.cancel')}
            </Button>
            <Button type="submit" loading={replace.isPending}>
              {t('structure.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
