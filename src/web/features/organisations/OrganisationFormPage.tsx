import { Alert, Button, Stack, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/organisations/organisation.schemas';
import { isApiError } from '../../api/client';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { AlertIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
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
  // A reload after a conflict starts the form again from the current version.
  const [generation, setGeneration] = useState(0);
  return (
    <>
      <BackToRegister organisation={organisation} />
      <PageHeading title={t('organisations.editTitle', { name: organisation.name })} />
      {organisation.status === 'archived' ? (
        <Alert color="yellow" variant="light" icon={<AlertIcon />} role="alert">
          {t('organisations.archivedNoEdit')}
        </Alert>
      ) : (
        <EditForm key={generation} organisation={organisation} onReload={() => setGeneration((g) => g + 1)} />
      )}
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
  const conflict = isApiError(update.error, 409) && update.error.code === 'version_conflict';
  const notice = useRef<HTMLDivElement>(null);
  // The user pressed Save at the bottom of a long form: take them to the explanation.
  useEffect(() => {
    if (conflict) notice.current?.focus();
  }, [conflict]);

  return (
    <OrganisationForm
      initial={base.values}
      submitLabel={t('common.save')}
      pending={update.isPending}
      error={conflict ? null : update.error}
      notice={
        conflict ? (
          <Alert
            ref={notice}
            tabIndex={-1}
            color="yellow"
            variant="light"
            icon={<AlertIcon />}
            role="alert"
            title={t('organisations.conflictTitle')}
          >
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t('organisations.conflictText')}</Text>
              <Button size="xs" variant="outline" loading={current.isFetching} onClick={() => void current.refetch().then(onReload)}>
                {t('organisations.reload')}
              </Button>
            </Stack>
          </Alert>
        ) : undefined
      }
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
