import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { formatCalendarDate } from '../../components/ui/date.format';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { currentLocale } from '../../app/i18n/i18n.config';
import { useEmployerControls } from './api';

const STATE_COLORS = { passed: 'green', failed: 'red', expired: 'orange', no_evidence: 'yellow', missing: 'gray' } as const;

/**
 * The employer page's panel of controls (EMP-2, EMP-3): whether a job partnership with the employer
 * may become active, each control's state, and the way to the page where checks are recorded.
 */
export function EmployerControlsSummary({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const query = useEmployerControls(organisationId);
  const view = query.data;
  const unmet = view ? view.controls.filter((c) => c.state !== 'passed').length : 0;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="controls-heading">
      <PanelHeading title={t('employerControls.controlsTitle')} headingId="controls-heading" requirements={['EMP-2']} />
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {view ? (
        <Stack gap="sm">
          {view.programme ? (
            <Text size="sm">{t('employerControls.programme', { name: view.programme.name, date: formatCalendarDate(view.programme.validFrom, currentLocale()) })}</Text>
          ) : (
            <Text size="sm">{t('employerControls.noProgramme')}</Text>
          )}
          <Text fw={600}>{view.allPassed ? t('employerControls.allPassed') : t('employerControls.notAllPassed', { count: unmet })}</Text>
          {view.lastReset ? (
            <Text size="sm">{t('employerControls.resetTitle', { date: formatCalendarDate(view.lastReset.resetAt.slice(0, 10), currentLocale()) })}</Text>
          ) : null}
          <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {view.controls.map((c) => (
              <li key={c.code}>
                <Badge color={STATE_COLORS[c.state]} variant="light" tt="none">
                  {currentLocale() === 'en' ? c.nameEn : c.nameSv}: {t(`employerControls.state_${c.state}`)}
                </Badge>
              </li>
            ))}
          </Group>
          <AnchorLink to="/arbetsgivare/$organisationId/kontroller" params={{ organisationId }}>
            {t('employerControls.openControls')}
          </AnchorLink>
        </Stack>
      ) : null}
    </Paper>
  );
}
