import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPLOYER_SIZE_BANDS, EMPLOYER_TYPES, type EmployerSizeBand, type EmployerType } from '../../../shared/employers/membership.rules';
import type { EmployerView, MemberItem } from '../../../shared/employers/membership.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate, formatDate } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { EmployerControlsSummary } from '../employer-controls/EmployerControlsSummary';
import { PanelHeading } from '../organisations/PanelHeading';
import { useEmployer, useEndMembership, useMembershipCooperation, useSaveProfile } from './api';
import { ReasonConfirmDialog } from '../../components/ui/ReasonConfirmDialog';

/**
 * A section added to the employer page by another part of the employers' capability (e.g. the
 * controls of a job partnership, EMP-2): it is given the employer and renders one panel.
 */
export type EmployerPageSection = { key: string; render: (employer: EmployerView) => ReactNode };

/**
 * The sections after the profile and the membership, in order. A further capability adds its
 * panel here (one entry), and the page renders it for every employer.
 */
export const EMPLOYER_PAGE_SECTIONS: EmployerPageSection[] = [
  // EMP-2, EMP-3: the employer's controls, which hold for all its job partnerships and job tracks.
  { key: 'controls', render: (employer) => <EmployerControlsSummary organisationId={employer.organisation.id} /> },
];

/** An employer's page (EMP-1): its profile (type, including platform or gig company, and size), its membership of Integrationspakten and applications. */
export function EmployerPage() {
  const { t } = useTranslation();
  return useCan('employers.read') ? <Employer /> : <ForbiddenPage text={t('employers.forbidden')} />;
}

function Employer() {
  const { t } = useTranslation();
  const { organisationId } = useParams({ from: '/app/arbetsgivare/$organisationId' });
  const query = useEmployer(organisationId);
  const [message, setMessage] = useState<string | null>(null);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const employer = query.data;
  return (
    <>
      <PageHeading
        title={employer.organisation.name}
        description={
          <Group gap="sm">
            <Text size="sm">{employer.organisation.orgNumber ?? '–'}</Text>
            {employer.isMember ? <Badge color="green" variant="light">{t('employers.memberActive')}</Badge> : null}
          </Group>
        }
        actions={
          <Group gap="md">
            <AnchorLink to="/organisationer/$id" params={{ id: employer.organisation.id }}>
              {t('employers.openRegister')}
            </AnchorLink>
            <AnchorLink to="/arbetsgivare">{t('employers.back')}</AnchorLink>
          </Group>
        }
      />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      <Stack gap="lg">
        <Profile employer={employer} onDone={setMessage} />
        <Membership employer={employer} onDone={setMessage} />
        <Applications employer={employer} />
        {EMPLOYER_PAGE_SECTIONS.map((section) => (
          <div key={section.key}>{section.render(employer)}</div>
        ))}
      </Stack>
    </>
  );
}

function Profile({ employer, onDone }: { employer: EmployerView; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const canWrite = useCan('employers.write');
  const save = useSaveProfile(employer.organisation.id);
  const [editing, setEditing] = useState(false);
  const [type, setType] = useState<EmployerType>(employer.profile?.employerType ?? 'company');
  const [size, setSize] = useState<EmployerSizeBand | ''>(employer.profile?.sizeBand ?? '');
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="profile-heading">
      <PanelHeading
        title={t('employers.profileHeading')}
        headingId="profile-heading"
        requirements={['EMP-1']}
        actions={canWrite && !editing ? <Button variant="default" size="xs" onClick={() => setEditing(true)}>{t('employers.editProfile')}</Button> : undefined}
      />
      {editing ? (
        <Stack gap="sm" maw={480}>
          <NativeSelect id="profile-type" label={t('employers.employerType')} description={t('employers.employerTypeHint')} data={EMPLOYER_TYPES.map((v) => ({ value: v, label: t(`employers.type_${v}`) }))} value={type} onChange={(e) => setType(e.currentTarget.value as EmployerType)} />
          <NativeSelect
            id="profile-size"
            label={t('employers.sizeBand')}
            data={[{ value: '', label: t('employers.noSize') }, ...EMPLOYER_SIZE_BANDS.map((v) => ({ value: v, label: t(`employers.size_${v}`) }))]}
            value={size}
            onChange={(e) => setSize(e.currentTarget.value as EmployerSizeBand | '')}
          />
          {save.error ? (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(save.error, t)}
            </Alert>
          ) : null}
          <Group gap="sm">
            <Button
              loading={save.isPending}
              onClick={() =>
                save.mutate(
                  { employerType: type, sizeBand: size === '' ? null : size, ...(employer.profile ? { version: employer.profile.version } : {}) },
                  {
                    onSuccess: () => {
                      setEditing(false);
                      onDone(t('employers.profileSaved'));
                    },
                  },
                )
              }
            >
              {t('employers.saveProfile')}
            </Button>
            <Button variant="default" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : employer.profile ? (
        <dl className="facts">
          <div className="fact"><dt>{t('employers.employerType')}</dt><dd>{t(`employers.type_${employer.profile.employerType}`)}</dd></div>
          <div className="fact"><dt>{t('employers.sizeBand')}</dt><dd>{employer.profile.sizeBand ? t(`employers.size_${employer.profile.sizeBand}`) : t('employers.noSize')}</dd></div>
        </dl>
      ) : (
        <Text>{t('employers.noProfile')}</Text>
      )}
    </Paper>
  );
}

function Membership({ employer, onDone }: { employer: EmployerView; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="membership-heading">
      <PanelHeading title={t('employers.membershipHeading')} headingId="membership-heading" requirements={['EMP-1']} />
      {employer.memberships.length === 0 ? (
        <Text>{t('employers.notMember')}</Text>
      ) : (
        <Stack gap="md">
          {employer.memberships.map((m) => (
            <Stack key={m.cooperationId} gap={4}>
              <Group gap="sm">
                <Text fw={600}>{m.status === 'active' ? t('employers.isMember', { date: formatCalendarDate(m.memberSince, locale) }) : t('employers.memberEnded', { date: formatCalendarDate(m.endedOn, locale) })}</Text>
                <AnchorLink to="/samverkan/$id" params={{ id: m.cooperationId }}>
                  {m.caseNumber}
                </AnchorLink>
              </Group>
              {m.endedReason ? <Text size="sm">{t('employers.endedReason', { reason: m.endedReason })}</Text> : null}
              {m.status === 'active' ? <EndMembership membership={m} onDone={onDone} /> : null}
            </Stack>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function EndMembership({ membership, onDone }: { membership: MemberItem; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const canDecide = useCan('employers.decide');
  const [opened, setOpened] = useState(false);
  const cooperation = useMembershipCooperation(opened ? membership.cooperationId : null);
  const end = useEndMembership(membership.cooperationId);
  if (!canDecide) return null;
  const close = () => {
    setOpened(false);
    end.reset();
  };
  return (
    <>
      <div>
        <Button variant="default" color="red" size="xs" onClick={() => setOpened(true)}>
          {t('employers.endAction')}
        </Button>
      </div>
      <ReasonConfirmDialog
        opened={opened}
        title={t('employers.endConfirmTitle')}
        text={t('employers.endConfirmText')}
        reasonLabel={t('employers.endReason')}
        confirmLabel={t('employers.endAction')}
        pending={end.isPending || cooperation.isPending}
        error={end.error ?? cooperation.error}
        onClose={close}
        onConfirm={(reason) => {
          if (!cooperation.data) return;
          end.mutate(
            { version: cooperation.data.version, reason },
            {
              onSuccess: () => {
                close();
                onDone(t('employers.ended'));
              },
            },
          );
        }}
      />
    </>
  );
}

function Applications({ employer }: { employer: EmployerView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="applications-heading">
      <PanelHeading title={t('employers.applicationsHeading')} headingId="applications-heading" />
      {employer.applications.length === 0 ? (
        <EmptyMessage>{t('employers.applicationsEmpty')}</EmptyMessage>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('employers.colReference')}</Table.Th>
              <Table.Th scope="col">{t('employers.colReceived')}</Table.Th>
              <Table.Th scope="col">{t('employers.colStatus')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {employer.applications.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <AnchorLink to="/arbetsgivare/ansokningar/$id" params={{ id: a.id }}>
                    {a.reference}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{formatDate(a.receivedAt, locale)}</Table.Td>
                <Table.Td>{t(`employers.appStatus_${a.status}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
