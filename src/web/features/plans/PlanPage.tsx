import { Alert, Group, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../../shared/followup/plan.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { NotFoundPage } from '../../app/NotFoundPage';
import { formatDate } from '../../components/ui/date.format';
import { InfoIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { RequirementTags } from '../../components/ui/RequirementTag';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { StatusLine } from '../../components/ui/StatusLine';
import { PageMessage, usePageMessage } from '../../components/ui/usePageMessage';
import { WithRecord } from '../../components/ui/WithRecord';
import { BackToCooperation } from '../agreements/BackToCooperation';
import { usePlan } from './api';
import { PlanContent } from './PlanContent';
import { PlanEditor } from './PlanEditor';
import { PlanStatusBadge } from './PlanStatusBadge';

const route = getRouteApi('/app/samverkan/$id/planer/$planId');

/** A cooperation's activity plan for a year: its status and decision, the editor of a draft, or the plan as adopted (AGR-2, IOP-6, IOP-7). */
export function PlanPage() {
  const { t } = useTranslation();
  const allowed = useCan('plans.read');
  const { id, planId } = route.useParams();
  if (!allowed) return <ForbiddenPage text={t('plans.forbidden')} />;
  return (
    <WithRecord id={planId} useRecord={usePlan} errorTitle={t('plans.sectionTitle')}>
      {(plan) => (plan.cooperationId === id ? <Plan plan={plan} /> : <NotFoundPage />)}
    </WithRecord>
  );
}

function Plan({ plan }: { plan: PlanView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { setMessage, messageProps } = usePageMessage();
  const canWrite = useCan('plans.write');
  return (
    <>
      <BackToCooperation cooperation={plan.cooperation} />
      <PageHeading
        title={t('plans.pageTitle', { year: plan.year })}
        description={`${plan.cooperation.caseNumber} · ${plan.cooperation.title} · ${t(`plans.period_${plan.periodKind}`)}`}
      />
      <StatusLine label={t('plans.statusLabel')}>
        <Group gap="sm">
          <PlanStatusBadge status={plan.status} size="lg" />
          {plan.adoptedAt ? <Text size="sm">{t('plans.adoptedOn', { date: formatDate(plan.adoptedAt, locale) })}</Text> : null}
          <RequirementTags ids={['IOP-6', 'IOP-7']} />
        </Group>
      </StatusLine>
      <PageMessage {...messageProps} />
      <Stack gap="md" mt="md">
        {plan.decision && plan.body ? (
          <Alert variant="light" color={plan.decision.status === 'rejected' ? 'yellow' : 'blue'} icon={<InfoIcon size={18} />}>
            <Stack gap={4}>
              <Text size="sm">{t(`plans.decision_${plan.decision.status}`)}</Text>
              <AnchorLink to="/styrgrupper/$id" params={{ id: plan.body.id }} size="sm" fw={600}>
                {t('plans.decisionLink', { body: plan.body.name })}
              </AnchorLink>
            </Stack>
          </Alert>
        ) : null}
        {plan.status === 'proposed' ? <Text>{t('plans.lockedProposed')}</Text> : null}
        {plan.status === 'adopted' ? <Text>{t('plans.lockedAdopted')}</Text> : null}
        {plan.status === 'draft' && !canWrite ? <Text>{t('plans.readOnly')}</Text> : null}
        {plan.editable ? <PlanEditor key={plan.version} plan={plan} onMessage={setMessage} /> : <PlanContent plan={plan} onMessage={setMessage} />}
      </Stack>
    </>
  );
}
