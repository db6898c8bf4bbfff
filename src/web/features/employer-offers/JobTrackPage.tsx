import { Alert, Badge, Button, Group, List, Paper, Select, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlState } from '../../../shared/employers/employer-controls.rules';
import type { JobTrackView } from '../../../shared/employers/employer-offers.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { formatCalendarDate } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { PanelHeading } from '../organisations/PanelHeading';
import { controlsExplanation, useJobTrack, useJobTrackActions, useJobTrackOptions } from './api';
import { ReasonConfirmDialog } from '../../components/ui/ReasonConfirmDialog';

const route = getRouteApi('/app/jobbspar/$id');

/** One job track (EMP-4): its facts, its employers with the state of their controls (EMP-2), and start, end and adding an employer. */
export function JobTrackPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const query = useJobTrack(id);
  if (!useCan('employers.read')) return <ForbiddenPage text={t('employerOffers.forbidden')} />;
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <JobTrack track={query.data} />;
}

function JobTrack({ track }: { track: JobTrackView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = currentLanguage();
  const actions = useJobTrackActions(track.id);
  const options = useJobTrackOptions(track.mayWrite && track.status !== 'ended').data;
  const [confirmStart, setConfirmStart] = useState(false);
  const [ending, setEnding] = useState(false);
  const [newEmployer, setNewEmployer] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const startRefusal = controlsExplanation(actions.start.error);
  const addRefusal = controlsExplanation(actions.addEmployer.error);
  const allPass = track.employerControls.every((e) => e.controlsPass);
  const candidates = (options?.employers ?? []).filter((o) => !track.employers.some((e) => e.id === o.id));

  return (
    <>
      <Group mb="xs">
        <AnchorLink to="/jobbspar" size="sm" fw={600}>
          {t('employerOffers.backToTracks')}
        </AnchorLink>
      </Group>
      <PageHeading title={track.title} description={<WithRequirements ids={['EMP-4', 'EMP-2']}>{track.occupation}</WithRequirements>} />
      <Group gap="xs" mb="md">
        <Badge size="lg" variant="light" color={{ planned: 'blue', running: 'green', ended: 'gray' }[track.status]}>
          {t(`employerOffers.trackStatus_${track.status}`)}
        </Badge>
        {track.withAf ? (
          <Badge size="lg" variant="light" color="grape">
            {t('employerOffers.runWithAf')}
          </Badge>
        ) : null}
      </Group>
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="track-facts-heading">
          <PanelHeading title={t('employerOffers.facts')} headingId="track-facts-heading" />
          <dl className="fact-list">
            <div className="fact">
              <dt>{t('employerOffers.places')}</dt>
              <dd>{track.places}</dd>
            </div>
            <div className="fact">
              <dt>{t('employerOffers.periodCol')}</dt>
              <dd>
                {formatCalendarDate(track.startDate, locale)} – {formatCalendarDate(track.endDate, locale)}
              </dd>
            </div>
            <div className="fact">
              <dt>{t('employerOffers.unit')}</dt>
              <dd>{track.unit?.name ?? '–'}</dd>
            </div>
            <div className="fact">
              <dt>{t('employerOffers.agreement')}</dt>
              <dd>
                {track.agreement ? (
                  <AnchorLink to="/samverkan/$id" params={{ id: track.agreement.id }}>
                    {track.agreement.caseNumber} {track.agreement.title}
                  </AnchorLink>
                ) : (
                  t('employerOffers.notWithAf')
                )}
                {track.workingGroup ? (
                  <Text size="sm">
                    <AnchorLink to="/styrgrupper/$id" params={{ id: track.workingGroup.id }} size="sm">
                      {track.workingGroup.name}
                    </AnchorLink>
                  </Text>
                ) : null}
              </dd>
            </div>
            {track.description ? (
              <div className="fact">
                <dt>{t('employerOffers.description')}</dt>
                <dd style={{ whiteSpace: 'pre-wrap' }}>{track.description}</dd>
              </div>
            ) : null}
            {track.offers.length > 0 ? (
              <div className="fact">
                <dt>{t('employerOffers.partnershipOffers')}</dt>
                <dd>
                  {track.offers.map((o) => (
                    <Text size="sm" key={o.id}>
                      <AnchorLink to="/samverkan/$id" params={{ id: o.cooperationId }} size="sm">
                        {o.caseNumber} {o.title}
                      </AnchorLink>{' '}
                      ({t(`employerOffers.offerStatus_${o.status}`)})
                    </Text>
                  ))}
                </dd>
              </div>
            ) : null}
            {track.endedReason ? (
              <div className="fact">
                <dt>{t('employerOffers.endedReason')}</dt>
                <dd>
                  {track.endedReason}
                  {track.endedAt ? ` (${formatCalendarDate(track.endedAt.slice(0, 10), locale)}${track.endedBy ? `, ${track.endedBy.name}` : ''})` : ''}
                </dd>
              </div>
            ) : null}
          </dl>
        </Paper>

        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="track-employers-heading">
          <PanelHeading title={t('employerOffers.employersAndControls')} headingId="track-employers-heading" requirements={['EMP-2']} />
          <Text size="sm" mb="sm">
            {t('employerOffers.controlsIntro')}
          </Text>
          <List spacing="xs">
            {track.employerControls.map((e) => (
              <List.Item key={e.id}>
                <AnchorLink to="/arbetsgivare/$organisationId" params={{ organisationId: e.id }} underline="always">
                  {e.name}
                </AnchorLink>
                {' – '}
                {e.member ? t('employerOffers.member') : t('employerOffers.notMember')}
                {' – '}
                {e.controlsPass ? (
                  <Text span c="green.8" fw={600}>
                    {t('employerOffers.controlsPass')}
                  </Text>
                ) : (
                  <Text span c="red.8" fw={600}>
                    {t('employerOffers.controlsUnmet', {
                      controls: e.unmet.map((c) => `${lang === 'en' ? c.nameEn : c.nameSv} (${t(`employerOffers.controlState_${c.state as Exclude<ControlState, 'passed'>}`)})`).join(', ') || t('employerOffers.noProgramme'),
                    })}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
          {track.mayWrite && track.status !== 'ended' ? (
            <Group align="flex-end" mt="md" gap="sm">
              <Select label={t('employerOffers.addEmployer')} searchable clearable data={candidates.map((o) => ({ value: o.id, label: o.name }))} value={newEmployer} onChange={setNewEmployer} w={300} />
              <Button
                variant="light"
                disabled={!newEmployer}
                loading={actions.addEmployer.isPending}
                onClick={() =>
                  newEmployer &&
                  actions.addEmployer.mutate(
                    { version: track.version, organisationId: newEmployer },
                    {
                      onSuccess: () => {
                        setNewEmployer(null);
                        setMessage(t('employerOffers.employerAdded'));
                      },
                    },
                  )
                }
              >
                {t('employerOffers.add')}
              </Button>
            </Group>
          ) : null}
          {actions.addEmployer.error ? (
            <Alert color="red" variant="light" role="alert" mt="sm">
              {addRefusal ?? errorMessage(actions.addEmployer.error, t)}
            </Alert>
          ) : null}
        </Paper>

        {track.mayWrite && track.status !== 'ended' ? (
          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="track-actions-heading">
            <PanelHeading title={t('employerOffers.trackActions')} headingId="track-actions-heading" />
            {track.status === 'planned' ? (
              <Text size="sm" mb="sm">
                {allPass ? t('employerOffers.startReady') : t('employerOffers.startBlocked')}
              </Text>
            ) : null}
            <Group gap="sm">
              {track.status === 'planned' ? <Button onClick={() => setConfirmStart(true)}>{t('employerOffers.start')}</Button> : null}
              <Button variant="default" color="red" onClick={() => setEnding(true)}>
                {t('employerOffers.end')}
              </Button>
            </Group>
            {startRefusal && !confirmStart ? (
              <Alert color="red" variant="light" role="alert" mt="sm" title={errorMessage(actions.start.error, t)}>
                {startRefusal}
              </Alert>
            ) : null}
          </Paper>
        ) : null}
      </Stack>
      <ConfirmDialog
        opened={confirmStart}
        title={t('employerOffers.startTitle')}
        confirmLabel={t('employerOffers.start')}
        pending={actions.start.isPending}
        error={startRefusal ? null : actions.start.error}
        onClose={() => setConfirmStart(false)}
        onConfirm={() =>
          actions.start.mutate(
            { version: track.version },
            {
              onSuccess: () => {
                setConfirmStart(false);
                setMessage(t('employerOffers.started'));
              },
              onError: () => setConfirmStart(false),
            },
          )
        }
      >
        {t('employerOffers.startText')}
      </ConfirmDialog>
      {ending ? (
        <ReasonConfirmDialog
          opened
          reasonLabel={t('employerOffers.reason')}
          title={t('employerOffers.endTitle')}
          text={t('employerOffers.endText')}
          confirmLabel={t('employerOffers.end')}
          pending={actions.end.isPending}
          error={actions.end.error}
          onClose={() => setEnding(false)}
          onConfirm={(reason) =>
            actions.end.mutate(
              { version: track.version, reason },
              {
                onSuccess: () => {
                  setEnding(false);
                  setMessage(t('employerOffers.ended'));
                },
              },
            )
          }
        />
      ) : null}
    </>
  );
}
