import { Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ImportPreviewView } from '../../../shared/organisations/import.schemas';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { CursorPager } from '../../components/ui/CursorPager';
import { NoValue } from '../../components/ui/NoValue';
import { useReferenceData } from './api';
import { legalFormName } from './organisation.format';

const INVALID_PAGE = 50;

function Stat({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} c={color}>
        {value}
      </Text>
    </Paper>
  );
}

/** The preview of an import: how many rows are valid, every invalid row with its reasons, and a sample of valid ones. */
export function ImportPreview({ preview }: { preview: ImportPreviewView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = currentLanguage();
  const referenceData = useReferenceData().data;
  const [page, setPage] = useState(0);
  const invalid = preview.invalidRows;
  const shown = invalid.slice(page * INVALID_PAGE, (page + 1) * INVALID_PAGE);
  const fieldName = (field: string) =>
    IMPORT_FIELDS.some((f) => f.key === field) ? t(`orgImport.field_${field as (typeof IMPORT_FIELDS)[number]['key']}`) : field;

  return (
    <Stack gap="lg">
      <section aria-labelledby="preview-counts">
        <Title order={3} fz="h4" id="preview-counts" mb="sm">
          {t('orgImport.previewTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Stat label={t('orgImport.totalRows')} value={preview.totalRows.toLocaleString(locale)} />
          <Stat label={t('orgImport.validRows')} value={preview.validRows.toLocaleString(locale)} color="green.8" />
          <Stat label={t('orgImport.invalidRows')} value={invalid.length.toLocaleString(locale)} color={invalid.length > 0 ? 'red.8' : undefined} />
        </SimpleGrid>
      </section>

      <section aria-labelledby="preview-invalid">
        <Title order={3} fz="h4" id="preview-invalid" mb="xs">
          {t('orgImport.invalidTitle')}
        </Title>
        {invalid.length === 0 ? (
          <Text size="sm">{t('orgImport.noInvalid')}</Text>
        ) : (
          <>
            <Text size="sm" mb="sm">
              {t('orgImport.invalidIntro')}
            </Text>
            <Table.ScrollContainer minWidth={560} type="native">
              <Table verticalSpacing="xs" aria-labelledby="preview-invalid" style={{ verticalAlign: 'top' }}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" w={100}>
                      {t('orgImport.colLine')}
                    </Table.Th>
                    <Table.Th scope="col">{t('orgImport.colProblems')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((row) => (
                    <Table.Tr key={row.line}>
                      <Table.Th scope="row">{t('orgImport.lineN', { line: row.line })}</Table.Th>
                      <Table.Td>
                        <List size="sm" spacing={2}>
                          {row.errors.map((e, i) => (
                            <List.Item key={`${e.field}-${i}`}>
                              <Text span fw={600} size="sm">
                                {fieldName(e.field)}:
                              </Text>{' '}
                              {e.message}
                            </List.Item>
                          ))}
                        </List>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <CursorPager
              pageIndex={page}
              pageSize={INVALID_PAGE}
              itemCount={shown.length}
              total={invalid.length}
              hasNext={(page + 1) * INVALID_PAGE < invalid.length}
              onPrevious={() => setPage((p) => Math.max(0, p - 1))}
              onNext={() => setPage((p) => p + 1)}
            />
          </>
        )}
      </section>

      <section aria-labelledby="preview-sample">
        <Title order={3} fz="h4" id="preview-sample" mb="xs">
          {t('orgImport.sampleTitle')}
        </Title>
        {preview.sample.length === 0 ? (
          <Text size="sm">{t('orgImport.noValid')}</Text>
        ) : (
          <>
            <Text size="sm" mb="sm">
              {t('orgImport.sampleIntro', { count: preview.sample.length })}
            </Text>
            <Table.ScrollContainer minWidth={720} type="native">
              <Table verticalSpacing="xs" aria-labelledby="preview-sample">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('orgImport.colLine')}</Table.Th>
                    <Table.Th scope="col">{t('organisations.colName')}</Table.Th>
                    <Table.Th scope="col">{t('organisations.colKind')}</Table.Th>
                    <Table.Th scope="col">{t('organisations.colLegalForm')}</Table.Th>
                    <Table.Th scope="col">{t('organisations.colOrgNumber')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.sample.map((row) => (
                    <Table.Tr key={row.line}>
                      <Table.Td>{row.line}</Table.Td>
                      <Table.Th scope="row">{row.name}</Table.Th>
                      <Table.Td>
                        <Group gap={4}>
                          <Badge variant="light" color="gray">
                            {t(`organisations.kind_${row.kind}`)}
                          </Badge>
                        </Group>
                      </Table.Td>
                      <Table.Td>{legalFormName(referenceData, row.kind, row.legalForm, lang)}</Table.Td>
                      <Table.Td className="nowrap">{row.orgNumber ?? <NoValue />}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </section>
    </Stack>
  );
}
