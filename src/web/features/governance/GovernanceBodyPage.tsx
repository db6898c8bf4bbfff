import { Alert, Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type GovernanceBodyDetailView, isSteeringGroupType } from '../../../shared/governance/governance.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate } from '../../components/ui/date.format';
import { AlertIcon, ArrowLeftIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { PageMessage } from '../../components/ui/usePageMessage';
import { WithRecord } from '../../components/ui/WithRecord';
import { TemplateLinkSection } from '../follow-ups/TemplateLinkSection';
import { RepresentationSection } from '../governance-structure/RepresentationSection';
import { PanelHeading } from '../organisations/PanelHeading';
import { useGovernanceBody } from './api';
import { BodyActions, CloseBodyZone } from './BodyActions';
import { FlagBadge } from './BodyBadges';
import { AgreementJobTracksSection } from '../employer-offers/AgreementJobTracksSection';
import { CycleSection } from './CycleSection';
import { DecisionsSection } from './DecisionsSection';
import { MeetingsSection } from './MeetingsSection';
import { MembersSection } from './MembersSection';
import { PartiesSection } from './PartiesSection';
import { QuestionsSection } from './QuestionsSection';
import { ReceivedDecisionsSection } from './ReceivedDecisionsSection';
import { usePathPageMessage } from './usePathPageMessage';

const route = getRouteApi('/app/styrgrupper/$id');

/** A governance body: mandate, members, meetings and joint decisions with each party's approval (AGR-3, IOP-6). */
export function GovernanceBodyPage() {
  const { t } = useTranslation();
  const allowed = useCan('governance.read');
  const { id } = route.useParams();
  if (!allowed) return <ForbiddenPage text={t('governance.forbidden')} />;
  return (
    <WithRecord id={id} useRecord={useGovernanceBody} errorTitle={t('governance.body')}>
      {(body) => <Body body={body} />}
    </WithRecord>
  );
}

function Body({ body }: { body: GovernanceBodyDetailView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { setMessage, messageProps } = usePathPageMessage(`/styrgrupper/${body.id}`);
  const canWrite = useCan('governance.write');
  const canReadCooperations = useCan('cooperations.read');
  return (
    <>
      <Group mb="xs">
        <AnchorLink to="/styrgrupper" size="sm" fw={600}>
          <Group gap={4} component="span">
            <ArrowLeftIcon size={16} />
            {t('governance.backToList')}
          </Group>
        </AnchorLink>
      </Group>
      <PageHeading title={body.name} description={t(`governance.type_${body.type}`)} />
      <Group gap="xs" mb="md">
        <Badge variant="light" color={body.status === 'active' ? 'green' : 'gray'} size="lg">
          {t(`governance.status_${body.status}`)}
        </Badge>
        {body.permanent ? null : (
          <Badge variant="light" color="gray" size="lg">
            {t('governance.temporary')}
          </Badge>
        )}
        <FlagBadge body={body} size="lg" />
      </Group>
      <PageMessage {...messageProps} />
      {canWrite ? <BodyActions body={body} onMessage={setMessage} /> : null}
      {body.flagged ? (
        <Alert color="red" variant="light" icon={<AlertIcon />} mb="md">
          {t('governance.flaggedText')}
        </Alert>
      ) : null}
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="facts-heading">
          <div id="facts-heading">
            <PanelHeading title={t('governance.facts')} />
          </div>
          <dl className="fact-list">
            <div className="fact">
              <dt>{t('governance.mandate')}</dt>
              <dd style={{ whiteSpace: 'pre-wrap' }}>{body.mandate ?? t('governance.noMandate')}</dd>
            </div>
            <div className="fact">
              <dt>{t('governance.cadence')}</dt>
              <dd>{t(`governance.cadence_${body.cadence}`)}</dd>
            </div>
            <div className="fact">
              <dt>{t('governance.lastMeeting')}</dt>
              <dd>{body.lastMeetingDate ? formatCalendarDate(body.lastMeetingDate, locale) : t('governance.noMeeting')}</dd>
            </div>
            <div className="fact">
              <dt>{t('governance.cooperations')}</dt>
              <dd>
                {body.cooperations.length === 0 ? (
                  <Text size="sm">–</Text>
                ) : (
                  <List size="sm" listStyleType="none" spacing={2}>
                    {body.cooperations.map((c) => (
                      <List.Item key={c.id}>
                        {canReadCooperations ? (
                          <AnchorLink to="/samverkan/$id" params={{ id: c.id }} size="sm">
                            {c.caseNumber} {c.title}
                          </AnchorLink>
                        ) : (
                          <Text size="sm">
                            {c.caseNumber} {c.title}
                          </Text>
                        )}
                      </List.Item>
                    ))}
                  </List>
                )}
              </dd>
            </div>
          </dl>
        </Paper>
        <PartiesSection body={body} onMessage={setMessage} />
        <MembersSection body={body} onMessage={setMessage} />
        <RepresentationSection bodyId={body.id} editable={body.status === 'active'} onMessage={setMessage} />
        <MeetingsSection body={body} />
        {body.type === 'working_group' ? <AgreementJobTracksSection workingGroupId={body.id} /> : null}
        <TemplateLinkSection body={body} />
        {isSteeringGroupType(body.type) ? <CycleSection body={body} thisYear={new Date().getFullYear()} onMessage={setMessage} /> : null}
        <DecisionsSection
          bodyId={body.id}
          decisions={body.decisions}
          members={body.members}
          parties={body.parties}
          bodyActive={body.status === 'active'}
          title={t('governance.decisionsTitle')}
          emptyText={t('governance.decisionsEmpty')}
          onMessage={setMessage}
        />
        <ReceivedDecisionsSection bodyId={body.id} onMessage={setMessage} />
        <QuestionsSection bodyId={body.id} decisions={body.decisions} onMessage={setMessage} />
        {canWrite && body.status === 'active' ? <CloseBodyZone body={body} onMessage={setMessage} /> : null}
      </Stack>
    </>
  );
}
