import { Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeReportView, ReportSection } from '../../../shared/reports/committee-report.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { isApiError, type UiLanguage } from '../../api/client';
import { formatCalendarDate, formatDateTime } from '../../components/ui/date.format';
import { DownloadIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { RequirementTags } from '../../components/ui/RequirementTag';
import { useReferenceData } from '../organisations/api';
import { useCommitteeReport } from './api';
import { reportExportHref, toReportQuery } from './report.model';
import type { ReportSearch } from './report.search';
import { ReportFilters } from './ReportFilters';
import { ReportTableView } from './ReportTableView';

const route = getRouteApi('/app/rapport');

/** The committee's yearly report on screen (OVR-2): filters, contents, and each section's charts and tables. */
export function ReportPage() {
  const { t } = useTranslation();
  const allowed = useCan('reports.read');
  return allowed ? <CommitteeReport /> : <ForbiddenPage text={t('reports.forbidden')} />;
}

function CommitteeReport() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const lang = currentLanguage();
  const query = useMemo(() => toReportQuery(search, new Date()), [search]);
  const report = useCommitteeReport(query, lang);
  const referenceData = useReferenceData().data;
  const onChange = useCallback((next: ReportSearch) => void navigate({ search: next, replace: true }), [navigate]);
  const view = report.data;
  // While a changed filter builds the next report, the previous one stays, marked as being replaced.
  const updating = report.isFetching && report.isPlaceholderData;

  return (
    <>
      <PageHeading
        title={t('reports.title', { year: query.year })}
        description={t('reports.intro')}
        actions={
          <Group gap="xs" role="group" aria-label={t('reports.downloads')}>
            <Button component="a" href={reportExportHref(query, 'xlsx', lang)} download variant="default" leftSection={<DownloadIcon size={16} />}>
              {t('reports.downloadExcel')}
            </Button>
            <Button component="a" href={reportExportHref(query, 'pdf', lang)} target="_blank" rel="noopener" variant="default" leftSection={<DownloadIcon size={16} />}>
              {t('reports.downloadPdf')}
            </Button>
          </Group>
        }
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md">
          <ReportFilters query={query} referenceData={referenceData} onChange={onChange} />
          {/* Announced when a changed filter starts building the next report (that can take a few seconds). */}
          <div role="status" aria-live="polite">
            {updating ? (
              <Group gap="sm" mt="sm">
                <Loader size="xs" aria-hidden="true" />
                <Text size="sm" c="dimmed">
                  {t('reports.updating')}
                </Text>
              </Group>
            ) : null}
          </div>
        </Paper>
        {report.isPending ? <LoadingState label={t('reports.building')} /> : null}
        {report.isError ? <ReportError error={report.error} onRetry={() => void report.refetch()} /> : null}
        {view && !report.isError ? <ReportBody view={view} lang={lang} busy={updating} /> : null}
      </Stack>
    </>
  );
}

/** Why the report could not be built: the server's message, and for refused filters what was wrong with each. */
function ReportError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const details = isApiError(error) ? [...new Set((error.problem?.errors ?? []).map((e) => e.message))] : [];
  return (
    <Stack gap="xs">
      <ErrorState error={error} onRetry={isApiError(error, 400) ? undefined : onRetry} />
      {details.length > 0 ? (
        <ul style={{ margin: 0 }}>
          {details.map((message) => (
            <li key={message}>
              <Text size="sm">{message}</Text>
            </li>
          ))}
        </ul>
      ) : null}
    </Stack>
  );
}

function ReportBody({ view, lang, busy }: { view: CommitteeReportView; lang: UiLanguage; busy: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const scope = [view.filters.area?.name, view.filters.unit?.name, ...view.filters.forms.map((f) => f.name)].filter(Boolean).join(', ');
  return (
    <Stack gap="lg" aria-busy={busy} style={busy ? { opacity: 0.6 } : undefined}>
      <Paper withBorder radius="md" p="md">
        <Stack gap={4}>
          <Text fw={600}>{t('reports.period', { from: formatCalendarDate(view.period.from, locale), to: formatCalendarDate(view.period.to, locale) })}</Text>
          {scope ? <Text size="sm">{t('reports.scope', { filters: scope })}</Text> : null}
          <Text size="sm" c="dimmed">
            {t('reports.committee', { name: view.committeeName })} · {t('reports.generatedAt', { time: formatDateTime(view.generatedAt, locale) })}
          </Text>
        </Stack>
      </Paper>
      {view.sections.length === 0 ? (
        <EmptyMessage>{t('reports.noSections')}</EmptyMessage>
      ) : (
        <>
          <nav aria-labelledby="report-contents">
            <Title order={2} fz="h4" id="report-contents" mb="xs">
              {t('reports.contents')}
            </Title>
            <ol style={{ margin: 0, paddingInlineStart: '1.5rem' }}>
              {view.sections.map((section) => (
                <li key={section.key}>
                  <Anchor href={`#${sectionId(section)}`}>{section.title}</Anchor>
                </li>
              ))}
            </ol>
          </nav>
          {view.sections.map((section) => (
            <SectionView key={section.key} section={section} lang={lang} />
          ))}
        </>
      )}
    </Stack>
  );
}

function sectionId(section: ReportSection): string {
  return `avsnitt-${section.key}`;
}

function SectionView({ section, lang }: { section: ReportSection; lang: UiLanguage }) {
  const { t } = useTranslation();
  const id = sectionId(section);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`${id}-title`} id={id} style={{ scrollMarginTop: 80 }}>
      <Stack gap="md">
        <Stack gap={6}>
          <Title order={2} id={`${id}-title`}>
            {section.title}
          </Title>
          <Text maw={820}>{section.description}</Text>
          {section.requirements.length > 0 ? (
            <Group gap={6} align="center">
              <Text size="sm" c="dimmed" component="span">
                {t('reports.requirements')}
              </Text>
              <RequirementTags ids={section.requirements} />
            </Group>
          ) : null}
        </Stack>
        {section.tables.map((table) => (
          <ReportTableView key={table.key} table={table} lang={lang} headingId={`${id}-${table.key}`} />
        ))}
      </Stack>
    </Paper>
  );
}
