import { Button, Group, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayBecomeCooperation, requestsAssociationGrant } from '../../../shared/initiatives/association-grant.rules';
import type { InitiativeDetailView } from '../../../shared/initiatives/initiative.schemas';
import { isAwaitingReview } from '../../../shared/initiatives/review.rules';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { formatCalendarDate } from '../../components/ui/date.format';
import { ArchiveIcon, EditIcon, PlusIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { AnchorLink, ButtonLink } from '../../components/ui/RouterLinks';
import { StatusLine } from '../../components/ui/StatusLine';
import { PageMessage, usePageMessage } from '../../components/ui/usePageMessage';
import { useReferenceData } from '../organisations/api';
import { AddToAgendaModal } from '../review/AddToAgendaModal';
import { useWithdrawInitiative } from './api';
import { AssociationGrantNotice } from './AssociationGrantNotice';
import { AttachmentsPanel } from './AttachmentsPanel';
import { BackToInitiatives } from './BackToInitiatives';
import { isEditableStatus, isWithdrawable } from './initiative.format';
import { newCooperationHref } from './initiative.search';
import { InitiativeGuidance } from './InitiativeGuidance';
import { InitiativeHistory } from './InitiativeHistory';
import { InitiativeNumbers } from './InitiativeNumbers';
import { InitiativeOverview } from './InitiativeOverview';
import { InitiativeStatusBadge } from './InitiativeStatusBadge';
import { RecommendationCard } from './RecommendationCard';
import { WithInitiative } from './WithInitiative';

const route = getRouteApi('/app/initiativ/$id');

/** An initiative's page: its facts, the review group's recommendation, attachments and history. */
export function InitiativePage() {
  const { t } = useTranslation();
  const allowed = useCan('initiatives.read');
  const { id } = route.useParams();
  if (!allowed) return <ForbiddenPage text={t('initiatives.forbidden')} />;
  return <WithInitiative id={id}>{(initiative) => <InitiativeDetails initiative={initiative} />}</WithInitiative>;
}

function InitiativeDetails({ initiative }: { initiative: InitiativeDetailView }) {
  const { t } = useTranslation();
  const canWrite = useCan('initiatives.write');
  const canStartCooperation = useCan('cooperations.write');
  const canUseGuidance = useCan('form-guidance.use');
  const canManageReview = useCan('review.manage');
  const referenceData = useReferenceData().data;
  const locale = currentLocale();
  const withdraw = useWithdrawInitiative();
  const [confirming, setConfirming] = useState(false);
  const [addingToAgenda, setAddingToAgenda] = useState(false);
  const { setMessage, messageProps } = usePageMessage();
  // INI-4: an initiative asking for an association grant is only referred, never made a cooperation.
  const asksGrant = requestsAssociationGrant(initiative.facts);
  const planned = initiative.plannedMeeting;

  const actions = (
    <>
      {canManageReview && isAwaitingReview(initiative.status) && !planned ? (
        <Button variant="default" leftSection={<PlusIcon size={18} />} onClick={() => setAddingToAgenda(true)}>
          {t('initiatives.addToAgenda')}
        </Button>
      ) : null}
      {canStartCooperation && initiative.status === 'recommended' && mayBecomeCooperation(initiative.facts) ? (
        <Button component="a" href={newCooperationHref(initiative.id)} leftSection={<PlusIcon size={18} />}>
          {t('initiatives.startCooperation')}
        </Button>
      ) : null}
      {canWrite && isEditableStatus(initiative.status) ? (
        <ButtonLink to="/initiativ/$id/redigera" params={{ id: initiative.id }} variant="default" leftSection={<EditIcon size={18} />}>
          {t('initiatives.edit')}
        </ButtonLink>
      ) : null}
      {canWrite && isWithdrawable(initiative.status) ? (
        <Button variant="default" color="red" leftSection={<ArchiveIcon size={18} />} onClick={() => setConfirming(true)}>
          {t('initiatives.withdraw')}
        </Button>
      ) : null}
    </>
  );

  return (
    <>
      <BackToInitiatives />
      <PageHeading title={initiative.title} actions={actions} />
      <InitiativeNumbers initiative={initiative} canEdit={canWrite} onMessage={setMessage} />
      <StatusLine label={t('initiatives.status')}>
        <InitiativeStatusBadge status={initiative.status} size="lg" />
      </StatusLine>
      <PageMessage {...messageProps} />
      <Stack gap="lg">
        {planned ? (
          <Group gap="xs">
            <Text size="sm">{t('initiatives.onAgendaOf', { date: formatCalendarDate(planned.meetingDate, locale) })}</Text>
            <AnchorLink to="/beredningsgrupp/moten/$id" params={{ id: planned.id }} size="sm" underline="always">
              {t('initiatives.toPlannedMeeting')}
            </AnchorLink>
          </Group>
        ) : null}
        {asksGrant ? <AssociationGrantNotice referenceData={referenceData} /> : null}
        {initiative.latestRecommendation ? <RecommendationCard recommendation={initiative.latestRecommendation} referenceData={referenceData} /> : null}
        <InitiativeOverview initiative={initiative} referenceData={referenceData} />
        {canUseGuidance ? <InitiativeGuidance initiative={initiative} /> : null}
        <AttachmentsPanel initiative={initiative} canUpload={canWrite && isWithdrawable(initiative.status)} onMessage={setMessage} />
        <InitiativeHistory initiativeId={initiative.id} referenceData={referenceData} />
      </Stack>
      <AddToAgendaModal initiative={initiative} opened={addingToAgenda} onClose={() => setAddingToAgenda(false)} onAdded={setMessage} />
      <ConfirmDialog
        opened={confirming}
        title={t('initiatives.withdrawTitle')}
        confirmLabel={t('initiatives.withdrawConfirm')}
        destructive
        pending={withdraw.isPending}
        error={withdraw.error}
        onClose={() => {
          setConfirming(false);
          withdraw.reset();
        }}
        onConfirm={() =>
          withdraw.mutate(
            { id: initiative.id, version: initiative.version },
            {
              onSuccess: () => {
                setConfirming(false);
                setMessage(t('initiatives.withdrawn', { title: initiative.title }));
              },
            },
          )
        }
      >
        {t('initiatives.withdrawText', { title: initiative.title })}
      </ConfirmDialog>
    </>
  );
}
