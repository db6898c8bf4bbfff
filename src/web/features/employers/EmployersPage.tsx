import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPLOYER_TYPES } from '../../../shared/employers/membership.rules';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate, formatDate } from '../../components/ui/date.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { PanelHeading } from '../organisations/PanelHeading';
import { ApplicationForm } from './ApplicationForm';
import { type MemberFilters, memberExportHref, useApplications, useMembers, useRegisterApplication } from './api';
import { waitingApplications, waitsFor } from './employer.format';

/** The employers' area (EMP-1): applications waiting for a check or decision, and Integrationspakten's members with filters and export. */
export function EmployersPage() {
  const { t } = useTranslation();
  return useCan('employers.read') ? <Employers /> : <ForbiddenPage text={t('employers.forbidden')} />;
}

function Employers() {
  const { t } = useTranslation();
  const canWrite = useCan('employers.write');
  const [registering, setRegistering] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <PageHeading
        title={t('employers.title')}
        description={<WithRequirements ids={['EMP-1']}>{t('employers.intro')}</WithRequirements>}
        actions={canWrite && !registering ? <Button onClick={() => setRegistering(true)}>{t('employers.registerAction')}</Button> : undefined}
      />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      <Stack gap="xl">
        {registering ? (
          <RegisterApplication
            onDone={() => {
              setRegistering(false);
              setMessage(t('employers.registered'));
            }}
            onCancel={() => setRegistering(false)}
          />
        ) : null}
        <WaitingApplications />
        <Members />
      </Stack>
    </>
  );
}

function RegisterApplication({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const register = useRegisterApplication();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="register-application-heading">
      <PanelHeading
        title={t('employers.registerHeading')}
        headingId="register-application-heading"
        actions={
          <Button variant="default" size="xs" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        }
      />
      <ApplicationForm withHoneypot={false} pending={register.isPending} error={register.error} submitLabel={t('employers.submit')} onSubmit={(input) => register.mutate(input, { onSuccess: onDone })} />
    </Paper>
  );
}

const STATUS_CHOICES = ['submitted,checked', 'approved', 'rejected', 'withdrawn', ''] as const;

/** Applications by status (by default those waiting for a check or a decision), oldest first or by name. */
function WaitingApplications() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [status, setStatus] = useState<(typeof STATUS_CHOICES)[number]>('submitted,checked');
  const [sort, setSort] = useState<'date' | 'name'>('date');
  const query = useApplications(status, sort);
  const all = query.data?.items ?? [];
  const items = status === 'submitted,checked' && sort === 'date' ? waitingApplications(all) : all;
  const statusLabel = (s: (typeof STATUS_CHOICES)[number]) =>
    s === 'submitted,checked' ? t('employers.waitingFilter') : s === '' ? t('employers.status_all') : t(`employers.appStatus_${s}`);
  return (
    <section aria-labelledby="waiting-heading">
      <PanelHeading title={status === 'submitted,checked' ? t('employers.waitingHeading') : t('employers.applicationsHeading')} headingId="waiting-heading" />
      <Group align="flex-end" gap="md" mb="sm" role="group" aria-label={t('employers.applicationFilters')}>
        <NativeSelect
          label={t('employers.filterStatus')}
          data={STATUS_CHOICES.map((s) => ({ value: s, label: statusLabel(s) }))}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as (typeof STATUS_CHOICES)[number])}
        />
        <NativeSelect
          label={t('employers.sortBy')}
          data={[
            { value: 'date', label: t('employers.colReceived') },
            { value: 'name', label: t('employers.sort_name') },
          ]}
          value={sort}
          onChange={(e) => setSort(e.currentTarget.value as 'date' | 'name')}
        />
      </Group>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <EmptyMessage>{status === 'submitted,checked' ? t('employers.waitingEmpty') : t('employers.applicationsEmpty')}</EmptyMessage>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('employers.colReference')}</Table.Th>
                <Table.Th scope="col">{t('employers.colEmployer')}</Table.Th>
                <Table.Th scope="col">{t('employers.colType')}</Table.Th>
                <Table.Th scope="col">{t('employers.colSource')}</Table.Th>
                <Table.Th scope="col">{t('employers.colReceived')}</Table.Th>
                <Table.Th scope="col">{t('employers.colWaitsFor')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <AnchorLink to="/arbetsgivare/ansokningar/$id" params={{ id: a.id }}>
                      {a.reference}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{a.organisationName}</Table.Td>
                  <Table.Td>{t(`employers.type_${a.employerType}`)}</Table.Td>
                  <Table.Td>{t(`employers.source_${a.source}`)}</Table.Td>
                  <Table.Td>{formatDate(a.receivedAt, locale)}</Table.Td>
                  <Table.Td>
                    {waitsFor(a) === 'nothing' ? (
                      t(`employers.appStatus_${a.status}`)
                    ) : (
                      <Badge variant="light" color={waitsFor(a) === 'decision' ? 'blue' : 'yellow'}>
                        {t(`employers.waits_${waitsFor(a)}`)}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}

function Members() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = currentLanguage();
  const [filters, setFilters] = useState<MemberFilters>({ status: 'active', sort: 'name', order: 'asc' });
  const query = useMembers(filters);
  const set = <K extends keyof MemberFilters>(key: K, value: MemberFilters[K] | '') => setFilters((f) => ({ ...f, [key]: value === '' ? undefined : value }));
  const items = query.data?.items ?? [];
  return (
    <section aria-labelledby="members-heading">
      <PanelHeading
        title={t('employers.membersHeading')}
        headingId="members-heading"
        actions={
          <Group gap="sm">
            <Anchor href={memberExportHref(filters, 'csv', lang)} download size="sm">
              {t('employers.exportCsv')}
            </Anchor>
            <Anchor href={memberExportHref(filters, 'xlsx', lang)} download size="sm">
              {t('employers.exportXlsx')}
            </Anchor>
          </Group>
        }
      />
      <Stack gap="md">
        <Group align="flex-end" gap="md" role="group" aria-label={t('employers.filters')}>
          <TextInput label={t('employers.search')} value={filters.q ?? ''} onChange={(e) => set('q', e.currentTarget.value)} maxLength={200} w={280} />
          <NativeSelect
            label={t('employers.filterType')}
            data={[{ value: '', label: t('employers.allTypes') }, ...EMPLOYER_TYPES.map((type) => ({ value: type, label: t(`employers.type_${type}`) }))]}
            value={filters.employerType ?? ''}
            onChange={(e) => set('employerType', e.currentTarget.value)}
          />
          <NativeSelect
            label={t('employers.filterStatus')}
            data={(['active', 'ended', 'all'] as const).map((s) => ({ value: s, label: t(`employers.status_${s}`) }))}
            value={filters.status}
            onChange={(e) => set('status', e.currentTarget.value as MemberFilters['status'])}
          />
          <TextInput type="date" label={t('employers.memberFrom')} value={filters.memberFrom ?? ''} onChange={(e) => set('memberFrom', e.currentTarget.value)} />
          <TextInput type="date" label={t('employers.memberTo')} value={filters.memberTo ?? ''} onChange={(e) => set('memberTo', e.currentTarget.value)} />
          <NativeSelect
            label={t('employers.sortBy')}
            data={(['name', 'memberSince'] as const).flatMap((s) => (['asc', 'desc'] as const).map((o) => ({ value: `${s}:${o}`, label: `${t(`employers.sort_${s}`)} (${t(`employers.order_${o}`).toLowerCase()})` })))}
            value={`${filters.sort}:${filters.order}`}
            onChange={(e) => {
              const [sort, order] = e.currentTarget.value.split(':') as [MemberFilters['sort'], MemberFilters['order']];
              setFilters((f) => ({ ...f, sort, order }));
            }}
          />
        </Group>
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : items.length === 0 ? (
          <EmptyMessage>{t('employers.membersEmpty')}</EmptyMessage>
        ) : (
          <>
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('employers.membersCount', { count: query.data?.total ?? items.length })}
            </Text>
            <Table.ScrollContainer minWidth={720}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('employers.colEmployer')}</Table.Th>
                    <Table.Th scope="col">{t('employers.colOrgNumber')}</Table.Th>
                    <Table.Th scope="col">{t('employers.colType')}</Table.Th>
                    <Table.Th scope="col">{t('employers.colMemberSince')}</Table.Th>
                    <Table.Th scope="col">{t('employers.colStatus')}</Table.Th>
                    <Table.Th scope="col">{t('employers.colCase')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((m) => (
                    <Table.Tr key={m.cooperationId}>
                      <Table.Td>
                        <AnchorLink to="/arbetsgivare/$organisationId" params={{ organisationId: m.organisationId }}>
                          {m.name}
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td>{m.orgNumber ?? '–'}</Table.Td>
                      <Table.Td>{m.employerType ? t(`employers.type_${m.employerType}`) : '–'}</Table.Td>
                      <Table.Td>{formatCalendarDate(m.memberSince, locale)}</Table.Td>
                      <Table.Td>{m.status === 'ended' ? t('employers.memberEnded', { date: formatCalendarDate(m.endedOn, locale) }) : t('employers.memberActive')}</Table.Td>
                      <Table.Td>
                        <AnchorLink to="/samverkan/$id" params={{ id: m.cooperationId }}>
                          {m.caseNumber}
                        </AnchorLink>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
    </section>
  );
}
