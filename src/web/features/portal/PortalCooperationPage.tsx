import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AgreementDetailView } from '../../../shared/agreements/agreement.schemas';
import { IOP_TERM_LABELS, IOP_TERMS } from '../../../shared/agreements/terms.rules';
import type { CooperationForm, CooperationStatus } from '../../../shared/cooperations/forms';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate } from '../../components/ui/date.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { CooperationStatusBadge } from '../cooperations/CooperationStatusBadge';
import { portalHref, usePortalCooperation } from './api';

const route = getRouteApi('/app/portal/samverkan/$id');

/** One of the organisation's cooperations with its agreements, read-only, and their files (issue 15, IOP-5). */
export function PortalCooperationPage() {
  const { t } = useTranslation();
  return useCan('portal.read') ? <PortalCooperation /> : <ForbiddenPage text={t('portal.notLinked')} />;
}

function PortalCooperation() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const query = usePortalCooperation(id);
  const c = query.data;
  return (
    <>
      <AnchorLink to="/portal/samverkan">{t('portal.backToCooperations')}</AnchorLink>
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {c ? (
        <>
          <PageHeading
            title={`${c.caseNumber} ${c.title}`}
            description={
              <Group gap="sm">
                <Text>{t(`cooperations.form_${c.form as CooperationForm}`)}</Text>
                <CooperationStatusBadge status={c.status as CooperationStatus} size="sm" />
              </Group>
            }
          />
          <section aria-labelledby="portal-agreements-heading">
            <Title order={2} fz="h3" id="portal-agreements-heading" mb="md">
              {t('portal.agreementsTitle')}
            </Title>
            {c.agreements.length === 0 ? <EmptyMessage>{t('portal.agreementsEmpty')}</EmptyMessage> : null}
            <Stack gap="md">
              {c.agreements.map((a) => (
                <Agreement key={a.id} agreement={a} />
              ))}
            </Stack>
          </section>
        </>
      ) : null}
    </>
  );
}

function Agreement({ agreement }: { agreement: AgreementDetailView }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const locale = currentLocale();
  const current = agreement.current;
  const headingId = `agreement-${agreement.id}`;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={3} fz="h4" id={headingId}>
            {agreement.title}
          </Title>
          <Badge variant="light">{t(`agreements.status_${agreement.status}`)}</Badge>
          <Text size="sm">{t('portal.agreementVersion', { number: current.number })}</Text>
        </Group>
        <Text size="sm">{current.parties.map((p) => p.name).join(', ')}</Text>
        {current.signedFile ? (
          <Text>
            {current.signedOn ? `${t('portal.signedOn', { date: formatCalendarDate(current.signedOn, locale) })} · ` : null}
            <Anchor underline="always" href={portalHref.signedDocument(agreement.id, current.number)}>
              {t('portal.signedDocument')} ({current.signedFile.originalName})
            </Anchor>
          </Text>
        ) : (
          <Text>{t('portal.notSigned')}</Text>
        )}
        <dl style={{ margin: 0 }}>
          {IOP_TERMS.filter((term) => current.terms[term]?.text).map((term) => (
            <div key={term}>
              <Text component="dt" fw={600} size="sm">
                {IOP_TERM_LABELS[term][lang]}
              </Text>
              <Text component="dd" m={0} mb="xs" style={{ whiteSpace: 'pre-line' }}>
                {current.terms[term]?.text}
              </Text>
            </div>
          ))}
        </dl>
        <Title order={4} fz="h5">
          {t('portal.annexesTitle')}
        </Title>
        {agreement.annexes.length === 0 ? <Text size="sm">{t('portal.annexesEmpty')}</Text> : null}
        <List>
          {agreement.annexes.map((annex) => {
            const latest = annex.versions[annex.versions.length - 1];
            return (
              <List.Item key={annex.id}>
                {latest?.file ? (
                  <Anchor underline="always" href={portalHref.annexFile(annex.id, latest.number)}>{t('portal.annexVersion', { title: annex.title, number: latest.number })}</Anchor>
                ) : (
                  <>
                    {t('portal.annexVersion', { title: annex.title, number: latest?.number ?? 1 })}
                    {latest?.text ? <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{latest.text}</Text> : null}
                  </>
                )}
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </Paper>
  );
}
