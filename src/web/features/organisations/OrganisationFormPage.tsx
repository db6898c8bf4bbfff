import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/organisations/organisation.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { withConflictNotice } from '../../components/ui/ConflictNotice';
import { PageHeading } from '../../components/ui/PageHeading';
import { RestartableEdit } from '../../components/ui/RestartableEdit';
import { useCreateOrganisation, useOrganisation, useUpdateOrganisation } from './api';
import { BackToRegister } from './BackToRegister';
import { OrganisationForm } from './OrganisationForm';
import { emptyOrganisationForm, organisationFormFrom } from './organisation-form.model';
import { WithOrganisation } from './WithOrganisation';

const editRoute = getRouteApi('/app/organisationer/$id/redigera');

/** Registers a new organisation (ORG-1–3). */
export function CreateOrganisationPage() {
  const { t } = useTranslation();
  const allowed = useCan('organisations.write');
  const navigate = useNavigate();
  const create = useCreateOrganisation();
  const [initial] = useState(emptyOrganisationForm);
  if (!allowed) return <ForbiddenPage text={t('organisations.forbiddenWrite')} />;

  return (
    <>
      <BackToRegister />
      <PageHeading title={t('organisations.createTitle')} description={t('organisations.createIntro')} />
      <OrganisationForm
        initial={initial}
        submitLabel={t('organisations.create')}
        pending={create.isPending}
        error={create.error}
        onCancel={() => void navigate({ to: '/organisationer' })}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (created) =>
              void navigate({
                to: '/organisationer/$id',
                params: { id: created.id },
                state: { flash: t('organisations.created', { name: created.name }) },
              }),
          })
        }
      />
    </>
  );
}

/** Edits an organisation's facts and contact people. */
export function EditOrganisationPage() {
  const { t } = useTranslation();
  const allowed = useCan('organisations.write');
  const { id } = editRoute.useParams();
  if (!allowed) return <ForbiddenPage text={t('organisations.forbiddenWrite')} />;
  return <WithOrganisation id={id}>{(organisation) => <EditOrganisation organisation={organisation} />}</WithOrganisation>;
}

function EditOrganisation({ organisation }: { organisation: OrganisationView }) {
  const { t } = useTranslation();
  return (
    <>
      <BackToRegister organisation={organisation} />
      <PageHeading title={t('organisations.editTitle', { name: organisation.name })} />
      <RestartableEdit blocked={organisation.status === 'archived' ? t('organisations.archivedNoEdit') : null}>
        {(restart) => <EditForm organisation={organisation} onReload={restart} />}
      </RestartableEdit>
    </>
  );
}

function EditForm({ organisation, onReload }: { organisation: OrganisationView; onReload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateOrganisation();
  const current = useOrganisation(organisation.id);
  // The version the user started from: a newer one from someone else must not be overwritten unseen.
  const [base] = useState(() => ({ values: organisationFormFrom(organisation), version: organisation.version }));

  const save = withConflictNotice(update.error, {
    title: t('organisations.conflictTitle'),
    text: t('organisations.conflictText'),
    reloadLabel: t('organisations.reload'),
    reloading: current.isFetching,
    onReload: () => void current.refetch().then(onReload),
  });

  return (
    <OrganisationForm
      initial={base.values}
      submitLabel={t('common.save')}
      pending={update.isPending}
      error={save.error}
      notice={save.notice}
      onCancel={() => void navigate({ to: '/organisationer/$id', params: { id: organisation.id } })}
      onSubmit={(input) =>
        update.mutate(
          { id: organisation.id, version: base.version, ...input },
          {
            onSuccess: (saved) =>
              void navigate({
                to: '/organisationer/$id',
                params: { id: saved.id },
                state: { flash: t('organisations.updated', { name: saved.name }) },
              }),
          },
        )
      }
    />
  );
}
