import { Alert, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpTemplateView } from '../../../shared/followup/follow-up-record.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { isApiError } from '../../api/client';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { ConflictNotice, isVersionConflict } from '../../components/ui/ConflictNotice';
import { formatDateTime } from '../../components/ui/date.format';
import { ArrowLeftIcon, PlusIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { RequirementTags } from '../../components/ui/RequirementTag';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { PageMessage, usePageMessage } from '../../components/ui/usePageMessage';
import { useFollowUpTemplate, useSaveFollowUpTemplate } from './api';

const route = getRouteApi('/app/styrgrupper/$id/uppfoljningsmall');

/** The routine follow-up template kept by the agreement's joint beredningsgrupp: its questions, versions and editing (AGR-5). */
export function FollowUpTemplatePage() {
  const { t } = useTranslation();
  const allowed = useCan('governance.read');
  const { id } = route.useParams();
  const query = useFollowUpTemplate(id);
  const { setMessage, messageProps } = usePageMessage();
  if (!allowed) return <ForbiddenPage text={t('governance.forbidden')} />;
  const notKeeper = isApiError(query.error) && query.error.status === 400;
  return (
    <>
      <AnchorLink to="/styrgrupper/$id" params={{ id }} size="sm">
        <Group gap={4} component="span">
          <ArrowLeftIcon size={16} />
          {t('followUps.backToBody')}
        </Group>
      </AnchorLink>
      <PageHeading title={t('followUps.templatePageTitle')} description={t('followUps.templatePageIntro')} actions={<RequirementTags ids={['AGR-5']} />} />
      <PageMessage {...messageProps} />
      {query.isPending ? <LoadingState /> : null}
      {notKeeper ? (
        <Alert color="yellow" variant="light" mt="md">
          {t('followUps.templateNotKeeper')}
        </Alert>
      ) : null}
      {query.isError && !notKeeper ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? <TemplateEditor key={query.data.version} template={query.data} bodyId={id} reload={() => void query.refetch()} onSaved={setMessage} /> : null}
    </>
  );
}

function TemplateEditor({ template, bodyId, reload, onSaved }: { template: FollowUpTemplateView; bodyId: string; reload: () => void; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const save = useSaveFollowUpTemplate(bodyId);
  const [questions, setQuestions] = useState<string[]>(template.questions.length > 0 ? template.questions.map((q) => q.text) : ['']);
  const [confirming, setConfirming] = useState(false);
  const conflict = isVersionConflict(save.error);
  const fields = isApiError(save.error) ? save.error.fieldErrors() : {};
  const next = template.currentVersion + 1;
  const send = () =>
    save.mutate(
      { version: template.version, questions },
      { onSuccess: (view) => onSaved(t('followUps.templateSaved', { version: view.currentVersion })), onSettled: () => setConfirming(false) },
    );

  return (
    <Stack gap="lg" mt="md">
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="template-questions-heading">
        <Title order={2} fz="h3" id="template-questions-heading" mb="sm">
          {template.currentVersion > 0 ? t('followUps.templateTitle', { version: template.currentVersion }) : t('followUps.templatePageTitle')}
        </Title>
        {!template.mayEdit ? (
          template.questions.length === 0 ? (
            <EmptyMessage>{t('followUps.templateEmpty')}</EmptyMessage>
          ) : (
            <>
              <Text size="sm" c="dimmed" mb="sm">
                {t('followUps.templateReadOnly')}
              </Text>
              <List type="ordered" spacing="xs">
                {template.questions.map((q) => (
                  <List.Item key={q.id}>{q.text}</List.Item>
                ))}
              </List>
            </>
          )
        ) : (
          <form
            noValidate
            aria-label={t('followUps.templatePageTitle')}
            onSubmit={(event) => {
              event.preventDefault();
              setConfirming(true);
            }}
          >
            <Stack gap="sm">
              {conflict ? <ConflictNotice title={t('followUps.conflictTitle')} text={t('followUps.conflictText')} reloadLabel={t('followUps.reload')} reloading={false} onReload={reload} /> : null}
              {fields.questions ? (
                <Text size="sm" c="red" role="alert">
                  {fields.questions}
                </Text>
              ) : null}
              {questions.map((text, i) => (
                <Group key={i} align="flex-end" wrap="nowrap">
                  <Textarea
                    style={{ flex: 1 }}
                    label={t('followUps.question', { number: i + 1 })}
                    required
                    autosize
                    minRows={1}
                    value={text}
                    maxLength={1000}
                    onChange={(e) => setQuestions(questions.map((q, j) => (j === i ? e.currentTarget.value : q)))}
                    error={fields[`questions.${i}`]}
                  />
                  <Button variant="subtle" color="red" disabled={questions.length === 1} onClick={() => setQuestions(questions.filter((_, j) => j !== i))}>
                    {t('followUps.removeQuestion', { number: i + 1 })}
                  </Button>
                </Group>
              ))}
              <Group justify="space-between">
                <Button variant="default" leftSection={<PlusIcon size={18} />} onClick={() => setQuestions([...questions, ''])} disabled={questions.length >= 50}>
                  {t('followUps.addQuestion')}
                </Button>
                <Button type="submit" loading={save.isPending} disabled={conflict}>
                  {t('followUps.saveTemplate')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Paper>
      {template.versions.length > 0 ? (
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="template-versions-heading">
          <Title order={2} fz="h3" id="template-versions-heading" mb="sm">
            {t('followUps.versionsTitle')}
          </Title>
          <List spacing="xs" size="sm">
            {template.versions.map((v) => (
              <List.Item key={v.number}>{t('followUps.versionLine', { number: v.number, date: formatDateTime(v.createdAt, locale), by: v.createdBy ?? t('followUps.unknownUser') })}</List.Item>
            ))}
          </List>
        </Paper>
      ) : null}
      <ConfirmDialog
        opened={confirming}
        title={t('followUps.confirmTemplateTitle')}
        confirmLabel={t('followUps.saveTemplate')}
        pending={save.isPending}
        error={conflict ? null : Object.keys(fields).length > 0 ? null : save.error}
        onConfirm={send}
        onClose={() => setConfirming(false)}
      >
        {t('followUps.confirmTemplateText', { version: next })}
      </ConfirmDialog>
    </Stack>
  );
}
