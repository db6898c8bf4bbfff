import { Alert, Button, Group, Radio, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationFactsInput, CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { AlertIcon } from '../../components/ui/icons';
import { cooperationQueryOptions, useCooperations } from './api';
import { termText } from './cooperation.format';
import { FactSection, useFactsSave } from './FactSection';

type SectionProps = { cooperation: CooperationView; onMessage: (message: string) => void };

/** The stated predecessor as the API takes it; an unchosen contract is sent empty so that the server names the field. */
function toPredecessor(answer: string, cooperationId: string | null): CooperationFactsInput['reservedPredecessor'] {
  if (answer === 'first') return { kind: 'first' };
  if (answer === 'follows') return { kind: 'follows', cooperationId: cooperationId ?? '' };
  return null;
}

/**
 * FRM-6: which earlier reserved contract this one is the next procurement of, or that it is the
 * first; the earlier contract's holders are shown, and warned about when they are parties here.
 */
export function ReservedPredecessorSection({ cooperation, onMessage }: SectionProps) {
  const { t } = useTranslation();
  const saver = useFactsSave(cooperation, onMessage);
  const recorded = cooperation.facts.reservedPredecessor;
  const [answer, setAnswer] = useState<string>(recorded?.kind ?? '');
  const [chosenId, setChosenId] = useState<string | null>(recorded?.kind === 'follows' ? recorded.cooperationId : null);
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const follows = answer === 'follows';
  const search = useCooperations({ form: ['reserved_contract'], limit: 20, ...(debounced ? { q: debounced } : {}) }, follows);
  const chosen = useQuery({ ...cooperationQueryOptions(chosenId ?? ''), enabled: follows && chosenId !== null });

  const options = new Map<string, string>();
  if (chosen.data) options.set(chosen.data.id, `${chosen.data.caseNumber} · ${chosen.data.title}`);
  for (const item of search.data?.items ?? []) {
    if (item.id !== cooperation.id) options.set(item.id, `${item.caseNumber} · ${item.title}`);
  }
  const holders = chosen.data?.parties ?? [];
  const partyIds = new Set(cooperation.parties.map((p) => p.id));
  const returning = holders.filter((h) => partyIds.has(h.id)).map((h) => h.name);
  const title = t('cooperations.reservedPredecessorTitle');

  return (
    <FactSection
      title={title}
      description={t('cooperations.reservedPredecessorIntro')}
      saver={saver}
      onSubmit={() => saver.save({ reservedPredecessor: toPredecessor(answer, chosenId) }, t('cooperations.sectionSaved', { title }))}
    >
      <Radio.Group
        id="reservedPredecessor"
        label={t('cooperations.reservedPredecessorQuestion')}
        value={answer}
        onChange={setAnswer}
        error={saver.fieldError('reservedPredecessor')}
      >
        <Stack gap="xs" mt={6}>
          <Radio value="first" label={t('cooperations.reservedPredecessorFirst')} />
          <Radio value="follows" label={t('cooperations.reservedPredecessorFollows')} />
        </Stack>
      </Radio.Group>
      {follows ? (
        <Stack gap="xs">
          <Select
            id="reservedPredecessor.cooperationId"
            label={t('cooperations.reservedPredecessorPick')}
            description={t('cooperations.reservedPredecessorPickHint')}
            searchable
            clearable
            searchValue={text}
            onSearchChange={setText}
            // The server already matched the text (also on case number); do not filter again.
            filter={({ options: all }) => all}
            data={[...options].map(([value, label]) => ({ value, label }))}
            value={chosenId}
            onChange={setChosenId}
            nothingFoundMessage={search.isFetching ? t('common.loading') : t('cooperations.reservedPredecessorNone')}
            error={saver.fieldError('reservedPredecessor.cooperationId')}
            maw={640}
          />
          {holders.length > 0 ? (
            <Text size="sm">{t('cooperations.reservedPredecessorHolders', { names: holders.map((h) => h.name).join(', ') })}</Text>
          ) : null}
          {returning.length > 0 ? (
            <Alert color="yellow" variant="light" icon={<AlertIcon />}>
              {t('cooperations.reservedPredecessorConflict', { names: returning.join(', ') })}
            </Alert>
          ) : null}
        </Stack>
      ) : null}
    </FactSection>
  );
}

type FrameworkProps = SectionProps & {
  /** Goes to the edit form's field (the term is changed there, with the other dates). */
  onEditField: (field: string) => void;
};

/** FRM-9: whether a procurement is a framework agreement, with its term beside the four-year limit. */
export function FrameworkAgreementSection({ cooperation, onMessage, onEditField }: FrameworkProps) {
  const { t } = useTranslation();
  const saver = useFactsSave(cooperation, onMessage);
  const recorded = cooperation.facts.frameworkAgreement;
  const [answer, setAnswer] = useState(recorded === null ? '' : recorded ? 'yes' : 'no');
  const term = termText(cooperation.startDate, cooperation.endDate, currentLocale(), t);
  const title = t('cooperations.frameworkTitle');

  return (
    <FactSection
      title={title}
      description={t('cooperations.frameworkIntro')}
      saver={saver}
      onSubmit={() => saver.save({ frameworkAgreement: answer === '' ? null : answer === 'yes' }, t('cooperations.sectionSaved', { title }))}
    >
      <Radio.Group
        id="frameworkAgreement"
        label={t('cooperations.frameworkQuestion')}
        value={answer}
        onChange={setAnswer}
        error={saver.topLevelError('endDate')}
      >
        <Stack gap="xs" mt={6}>
          <Radio value="yes" label={t('cooperations.frameworkYes')} />
          <Radio value="no" label={t('cooperations.frameworkNo')} />
        </Stack>
      </Radio.Group>
      <Group gap="sm" align="center">
        <Text size="sm">{term ? t('cooperations.frameworkTerm', { term }) : t('cooperations.frameworkNoTerm')}</Text>
        <Button type="button" variant="default" size="compact-sm" onClick={() => onEditField('endDate')}>
          {t('cooperations.frameworkChangeTerm')}
        </Button>
      </Group>
    </FactSection>
  );
}
