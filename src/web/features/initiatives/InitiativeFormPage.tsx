import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetailView } from '../../../shared/initiatives/initiative.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { withConflictNotice } from '../../components/ui/ConflictNotice';
import { PageHeading } from '../../components/ui/PageHeading';
import { RestartableEdit } from '../../components/ui/RestartableEdit';
import { useCreateInitiative, useInitiative, useUpdateInitiative } from './api';
import { BackToInitiatives } from './BackToInitiatives';
import { isEditableStatus } from './initiative.format';
import { emptyInitiativeForm, initiativeFormFrom } from './initiative-form.model';
import { InitiativeForm } from './InitiativeForm';
import { WithInitiative } from './WithInitiative';

const editRoute = getRouteApi('/app/initiativ/$id/redigera');

/** Registers a new initiative (INI-1) with the form guidance beside it. */
export function CreateInitiativePage() {
  const { t } = useTranslation();
  const allowed = useCan('initiatives.write');
  const navigate = useNavigate();
  const create = useCreateInitiative();
  const [initial] = useState(emptyInitiativeForm);
  if (!allowed) return <ForbiddenPage text={t('initiatives.forbiddenWrite')} />;

  return (
    <>
      <BackToInitiatives />
      <PageHeading title={t('initiatives.createTitle')} description={t('initiatives.createIntro')} />
      <InitiativeForm
        initial={initial}
        submitLabel={t('initiatives.create')}
        pending={create.isPending}
        error={create.error}
        onCancel={() => void navigate({ to: '/initiativ' })}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (created) =>
              void navigate({ to: '/initiativ/$id', params: { id: created.id }, state: { flash: t('initiatives.created', { title: created.title }) } }),
          })
        }
      />
    </>
  );
}

/** Edits an initiative while it awaits review or more information. */
export function EditInitiativePage() {
  const { t } = useTranslation();
  const allowed = useCan('initiatives.write');
  const { id } = editRoute.useParams();
  if (!allowed) return <ForbiddenPage text={t('initiatives.forbiddenWrite')} />;
  return <WithInitiative id={id}>{(initiative) => <EditInitiative initiative={initiative} />}</WithInitiative>;
}

function EditInitiative({ initiative }: { initiative: InitiativeDetailView }) {
  const { t } = useTranslation();
  return (
    <>
      <BackToInitiatives initiative={initiative} />
      <PageHeading title={t('initiatives.editTitle', { title: initiative.title })} />
      <RestartableEdit blocked={isEditableStatus(initiative.status) ? null : t('initiatives.notEditable', { status: t(`initiatives.status_${initiative.status}`) })}>
        {(restart) => <EditForm initiative={initiative} onReload={restart} />}
      </RestartableEdit>
    </>
  );
}

function EditForm({ initiative, onReload }: { initiative: InitiativeDetailView; onReload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateInitiative();
  const current = useInitiative(initiative.id);
  const [base] = useState(() => ({ values: initiativeFormFrom(initiative), version: initiative.version }));

  const save = withConflictNotice(update.error, {
    title: t('initiatives.conflictTitle'),
    text: t('initiatives.conflictText'),
    reloadLabel: t('initiatives.reload'),
    reloading: current.isFetching,
    onReload: () => void current.refetch().then(onReload),
  });

  return (
    <InitiativeForm
      initial={base.values}
      submitLabel={t('common.save')}
      pending={update.isPending}
      error={save.error}
      notice={save.notice}
      onCancel={() => void navigate({ to: '/initiativ/$id', params: { id: initiative.id } })}
      onSubmit={(input) =>
        update.mutate(
          { id: initiative.id, version: base.version, ...input },
          {
            onSuccess: (saved) =>
              void navigate({ to: '/initiativ/$id', params: { id: saved.id }, state: { flash: t('initiatives.updated', { title: saved.title }) } }),
          },
        )
      }
    />
  );
}
