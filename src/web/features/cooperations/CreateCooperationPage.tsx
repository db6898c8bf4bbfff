import { Alert } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetailView } from '../../../shared/initiatives/initiative.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { InfoIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { useCreateCooperation, useInitiative } from './api';
import { BackToOverview } from './BackToOverview';
import { CooperationForm } from './CooperationForm';
import { cooperationFormFromInitiative, emptyCooperationForm } from './cooperation-form.model';

const route = getRouteApi('/app/samverkan/ny');

/** Registers a cooperation (OVR-1), from a recommended initiative (`?initiativ=<id>`) or from scratch. */
export function CreateCooperationPage() {
  const { t } = useTranslation();
  const allowed = useCan('cooperations.write');
  const { initiativ } = route.useSearch();
  const initiative = useInitiative(initiativ);
  if (!allowed) return <ForbiddenPage text={t('cooperations.forbiddenWrite')} />;

  return (
    <>
      <BackToOverview />
      <PageHeading title={t('cooperations.createTitle')} description={t('cooperations.createIntro')} />
      {initiativ === undefined ? <CreateForm /> : null}
      {initiativ !== undefined && initiative.isPending ? <LoadingState /> : null}
      {initiative.isError ? <ErrorState error={initiative.error} onRetry={() => void initiative.refetch()} /> : null}
      {initiative.data ? <CreateForm key={initiative.data.id} initiative={initiative.data} /> : null}
    </>
  );
}

function CreateForm({ initiative }: { initiative?: InitiativeDetailView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCooperation();
  const [initial] = useState(() => (initiative ? cooperationFormFromInitiative(initiative) : emptyCooperationForm()));

  return (
    <CooperationForm
      initial={initial}
      submitLabel={t('cooperations.create')}
      pending={create.isPending}
      error={create.error}
      notice={
        initiative ? (
          <Alert color="blue" variant="light" icon={<InfoIcon />} title={t('cooperations.fromInitiativeTitle')}>
            {t('cooperations.fromInitiativeText', { title: initiative.title, reference: initiative.number })}
          </Alert>
        ) : undefined
      }
      onCancel={() => void navigate({ to: '/samverkan' })}
      onSubmit={(input) =>
        create.mutate(initiative ? { ...input, initiativeId: initiative.id } : input, {
          onSuccess: (created) =>
            void navigate({
              to: '/samverkan/$id',
              params: { id: created.id },
              state: { flash: t('cooperations.created', { caseNumber: created.caseNumber }) },
            }),
        })
      }
    />
  );
}
