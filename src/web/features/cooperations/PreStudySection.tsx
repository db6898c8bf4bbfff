import { SimpleGrid, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import type { PreStudy } from '../../../shared/cooperations/gate.types';
import { FactSection, useFactsSave } from './FactSection';
import { DateField } from '../../components/ui/DateField';

const TEXT_FIELDS = ['scope', 'goals', 'structure', 'roles', 'participants'] as const;

/** IOP-4: the pre-study done in dialogue with the organisation before the agreement. */
export function PreStudySection({ cooperation, onMessage }: { cooperation: CooperationView; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const saver = useFactsSave(cooperation, onMessage);
  const [values, setValues] = useState<PreStudy>(
    () => cooperation.facts.preStudy ?? { date: '', scope: '', goals: '', structure: '', roles: '', participants: '' },
  );
  const blank = Object.values(values).every((v) => v.trim() === '');

  return (
    <FactSection
      title={t('cooperations.preStudyTitle')}
      description={t('cooperations.preStudyIntro')}
      saver={saver}
      onSubmit={() => saver.save({ preStudy: blank ? null : values }, t('cooperations.sectionSaved', { title: t('cooperations.preStudyTitle') }))}
    >
      <DateField
        id="preStudy.date"
        label={t('cooperations.preStudy_date')}
        required
        value={values.date}
        onChange={(value) => {
          const date = value;
          setValues((v) => ({ ...v, date }));
        }}
        error={saver.fieldError('preStudy.date')}
        maw={240}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {TEXT_FIELDS.map((field) => (
          <Textarea
            key={field}
            id={`preStudy.${field}`}
            label={t(`cooperations.preStudy_${field}`)}
            required
            autosize
            minRows={2}
            value={values[field]}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setValues((v) => ({ ...v, [field]: text }));
            }}
            error={saver.fieldError(`preStudy.${field}`)}
          />
        ))}
      </SimpleGrid>
    </FactSection>
  );
}
