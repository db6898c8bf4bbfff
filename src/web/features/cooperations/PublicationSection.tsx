import { Alert, Anchor, Button, Checkbox, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import type { PublicationView } from '../../../shared/public/public-iop.schemas';
import { isApiError } from '../../api/client';
import { useCan } from '../../app/current-session.context';
import { errorMessage } from '../../components/ui/error-message.format';
import { AlertIcon } from '../../components/ui/icons';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { usePublication, useSetPublication } from '../public-iop/publication.api';
import { PanelHeading } from '../organisations/PanelHeading';

type SectionProps = { cooperation: CooperationView; onMessage: (message: string) => void };

/** IOP-10: whether this IOP is shown on the public IOP page, and the purpose published there. */
export function PublicationSection({ cooperation, onMessage }: SectionProps) {
  const { t } = useTranslation();
  const query = usePublication(cooperation.id);
  return (
    <Paper withBorder radius="md" p="lg" id="section-publication" style={{ scrollMarginTop: 84 }}>
      <PanelHeading title={t('publication.heading')} requirements={['IOP-10']} description={t('publication.intro')} order={3} />
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        // A new version (after any save) starts the form again from what is stored.
        <PublicationForm key={query.data.version} cooperation={cooperation} publication={query.data} onMessage={onMessage} />
      ) : null}
    </Paper>
  );
}

function PublicationForm({ cooperation, publication, onMessage }: SectionProps & { publication: PublicationView }) {
  const { t } = useTranslation();
  const canWrite = useCan('cooperations.write');
  const save = useSetPublication(cooperation.id);
  const [published, setPublished] = useState(publication.published);
  const [summary, setSummary] = useState(publication.publicSummary ?? '');
  const fieldErrors = isApiError(save.error) ? save.error.fieldErrors() : {};
  const conflict = isApiError(save.error, 409);
  const shownNow = publication.published && cooperation.status === 'active';
  const state = shownNow ? t('publication.stateShown') : publication.published ? t('publication.stateShownInactive') : t('publication.stateHidden');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(
      { published, publicSummary: summary.trim() === '' ? null : summary, version: publication.version },
      { onSuccess: () => onMessage(t('publication.saved')) },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('publication.heading')}>
      <fieldset disabled={!canWrite} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="md">
          <Group gap="sm">
            <Text fw={600}>{state}</Text>
            {shownNow ? (
              <Anchor href="/offentligt/iop" size="sm">
                {t('publication.viewPublic')}
              </Anchor>
            ) : null}
          </Group>
          <Checkbox
            id="publication.published"
            label={t('publication.published')}
            description={t('publication.publishedHint')}
            checked={published}
            onChange={(e) => setPublished(e.currentTarget.checked)}
          />
          <Textarea
            id="publication.publicSummary"
            label={t('publication.summary')}
            description={t('publication.summaryHint')}
            required={published}
            autosize
            minRows={3}
            maxLength={2000}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            error={fieldErrors.publicSummary}
            maw={760}
          />
          {save.error && !save.isPending && !fieldErrors.publicSummary ? (
            <Alert color={conflict ? 'yellow' : 'red'} variant="light" icon={<AlertIcon />} role="alert">
              {errorMessage(save.error, t)}
            </Alert>
          ) : null}
          {canWrite ? (
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('publication.save')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </fieldset>
    </form>
  );
}
