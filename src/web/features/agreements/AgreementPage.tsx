import { Alert, Anchor, Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AgreementDetailView } from '../../../shared/agreements/agreement.schemas';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import { isApiError } from '../../api/client';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { NotFoundPage } from '../../app/NotFoundPage';
import { formatCalendarDate } from '../../components/ui/date.format';
import { InfoIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { StatusLine } from '../../components/ui/StatusLine';
import { PageMessage, usePageMessage } from '../../components/ui/usePageMessage';
import { WithRecord } from '../../components/ui/WithRecord';
import { WithCooperation } from '../cooperations/WithCooperation';
import { AgreementEditor } from './AgreementEditor';
import { AgreementStatusBadge } from './AgreementStatusBadge';
import { StrategicFollowUpSection } from '../follow-ups/StrategicFollowUpSection';
import { AnnexesSection } from './AnnexesSection';
import { signedDocumentHref, useAgreement, useAgreementVersion } from './api';
import { BackToCooperation } from './BackToCooperation';
import { SigningSection } from './SigningSection';
import { VersionsSection } from './VersionsSection';
import { VersionView } from './VersionView';

const route = getRouteApi('/app/samverkan/$id/avtal/$agreementId');

/** An agreement: its status and version, the signed document, the editor or the read-only version, the versions and the annexes. */
export function AgreementPage() {
  const { t } = useTranslation();
  const allowed = useCan('agreements.read');
  const { id, agreementId } = route.useParams();
  if (!allowed) return <ForbiddenPage text={t('agreements.forbidden')} />;
  return (
    <WithCooperation id={id}>
      {(cooperation) => (
        <WithRecord id={agreementId} useRecord={useAgreement} errorTitle={t('agreements.agreement')}>
          {(agreement) => (agreement.cooperationId === cooperation.id ? <Agreement cooperation={cooperation} agreement={agreement} /> : <NotFoundPage />)}
        </WithRecord>
      )}
    </WithCooperation>
  );
}

function Agreement({ cooperation, agreement }: { cooperation: CooperationView; agreement: AgreementDetailView }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const canWrite = useCan('agreements.write');
  const { setMessage, messageProps } = usePageMessage();
  const shown = search.version !== undefined && search.version !== agreement.currentVersion ? search.version : agreement.currentVersion;
  const readingEarlier = shown !== agreement.currentVersion;
  const editable = canWrite && !readingEarlier && agreement.status !== 'terminated' && agreement.current.signedFile === null;
  return (
    <>
      <BackToCooperation cooperation={cooperation} />
      <PageHeading
        title={agreement.title}
        description={`${cooperation.caseNumber} · ${t('agreements.versionOf', { n: shown, total: agreement.versions.length })}`}
        actions={
          agreement.versions.length > 1 ? (
            <AnchorLink
              to="/samverkan/$id/avtal/$agreementId/jamfor"
              params={{ id: cooperation.id, agreementId: agreement.id }}
              search={{ from: agreement.currentVersion - 1, to: agreement.currentVersion }}
              fw={600}
            >
              {t('agreements.compareVersions')}
            </AnchorLink>
          ) : undefined
        }
      />
      <StatusLine label={t('agreements.status')}>
        <AgreementStatusBadge status={agreement.status} size="lg" />
      </StatusLine>
      <PageMessage {...messageProps} />
      <Stack gap="lg">
        {readingEarlier ? (
          <EarlierVersion cooperationId={cooperation.id} agreement={agreement} number={shown} />
        ) : (
          <>
            <SigningSection agreement={agreement} canWrite={canWrite} onMessage={setMessage} />
            {editable ? (
              <AgreementEditor key={`${agreement.version}-${agreement.currentVersion}`} agreement={agreement} onMessage={setMessage} />
            ) : (
              <VersionView version={agreement.current} />
            )}
          </>
        )}
        <VersionsSection cooperationId={cooperation.id} agreement={agreement} shown={shown} />
        <AnnexesSection agreement={agreement} canWrite={canWrite} onMessage={setMessage} />
        <StrategicFollowUpSection agreementId={agreement.id} />
      </Stack>
    </>
  );
}

function EarlierVersion({ cooperationId, agreement, number }: { cooperationId: string; agreement: AgreementDetailView; number: number }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const query = useAgreementVersion(agreement.id, number);
  if (query.isError) return isApiError(query.error, 404) ? <NotFoundPage /> : <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <LoadingState />;
  return (
    <>
      <Alert color="blue" variant="light" icon={<InfoIcon />} title={t('agreements.readingEarlier', { n: number })}>
        {t('agreements.readingEarlierText')}{' '}
        <AnchorLink to="/samverkan/$id/avtal/$agreementId" params={{ id: cooperationId, agreementId: agreement.id }} search={{}}>
          {t('agreements.toCurrent', { n: agreement.currentVersion })}
        </AnchorLink>
        {query.data.signedFile ? (
          <Anchor href={signedDocumentHref(agreement.id, number)} download display="block" mt="xs" size="sm">
            {t('agreements.signedVersion', { n: number, date: formatCalendarDate(query.data.signedOn, locale) })}{' '}
            {t('agreements.downloadSigned', { file: query.data.signedFile.originalName })}
          </Anchor>
        ) : null}
      </Alert>
      <VersionView version={query.data} />
    </>
  );
}
