import { Alert, Fieldset, Loader, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ColumnMapping, IMPORT_FIELDS, type ImportField, type ImportPreviewView } from '../../../shared/organisations/import.schemas';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../shared/organisations/organisation.schemas';
import { errorMessage } from '../../components/ui/error-message.format';
import { useUpdateImport } from './api';
import { ImportPreview } from './ImportPreview';
import { PanelHeading } from './PanelHeading';

type ImportMappingStepProps = { preview: ImportPreviewView; onPreview: (preview: ImportPreviewView) => void };

/** Step 2: which column of the file fills which field, the default kind, and the preview of the result. */
export function ImportMappingStep({ preview, onPreview }: ImportMappingStepProps) {
  const { t } = useTranslation();
  const update = useUpdateImport();
  const columns = [
    { value: '', label: t('orgImport.notImported') },
    ...preview.headers.map((h, i) => ({ value: String(i), label: h.trim() ? h : t('orgImport.columnN', { n: i + 1 }) })),
  ];

  // Every change previews again at once, so what the user sees always matches the mapping.
  const save = (mapping: ColumnMapping, defaultKind: OrganisationKind | null) =>
    update.mutate({ id: preview.id, version: preview.version, mapping, defaultKind }, { onSuccess: onPreview });

  const setColumn = (field: ImportField, value: string) => save({ ...preview.mapping, [field]: value === '' ? null : Number(value) }, preview.defaultKind);

  return (
    <Stack gap="lg">
      <div>
        <PanelHeading order={3} title={t('orgImport.mappingTitle')} description={t('orgImport.mappingIntro', { file: preview.fileName })} />
        {update.error ? (
          <Alert color="red" variant="light" role="alert" mb="md">
            {errorMessage(update.error, t)}
          </Alert>
        ) : null}
        <Fieldset legend={t('orgImport.mappingLegend')} radius="md" disabled={update.isPending}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {IMPORT_FIELDS.map((f) => {
              const index = preview.mapping[f.key];
              return (
                <NativeSelect
                  key={f.key}
                  label={t(`orgImport.field_${f.key}`)}
                  value={index === null || index === undefined ? '' : String(index)}
                  onChange={(e) => setColumn(f.key, e.currentTarget.value)}
                  data={columns}
                />
              );
            })}
            <NativeSelect
              label={t('orgImport.defaultKind')}
              description={t('orgImport.defaultKindHint')}
              value={preview.defaultKind ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                save(preview.mapping, ORGANISATION_KINDS.find((k) => k === value) ?? null);
              }}
              data={[
                { value: '', label: t('orgImport.noDefaultKind') },
                ...ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisations.kind_${k}`) })),
              ]}
            />
          </SimpleGrid>
        </Fieldset>
        <Text component="div" size="sm" c="dimmed" mt="xs" role="status" aria-live="polite">
          {update.isPending ? (
            <>
              <Loader size="xs" mr={6} aria-hidden="true" />
              {t('orgImport.updatingPreview')}
            </>
          ) : null}
        </Text>
      </div>
      <ImportPreview key={preview.version} preview={preview} />
    </Stack>
  );
}
