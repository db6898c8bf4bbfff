import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAgendaGoals } from './api';

// Mantine's Select keeps an empty string for "nothing chosen", so "no goal" is an option of its own.
const NONE = 'none';

type Props = { value: string; onChange: (value: string) => void; error?: string | undefined };

/** Chooses the Agenda 2030 goal a plan goal serves, or none; the goals the agreement names are marked (AGR-2). */
export function AgendaGoalSelect({ value, onChange, error }: Props) {
  const { t, i18n } = useTranslation();
  const goals = useAgendaGoals().data?.items ?? [];
  const data = [
    { value: NONE, label: t('plans.agendaGoalNone') },
    ...goals.map((g) => {
      const label = t('plans.agendaGoalOption', { number: g.number, name: i18n.language === 'en' ? g.nameEn : g.nameSv });
      return { value: String(g.number), label: g.namedInAgreement ? `${label} (${t('plans.agendaGoalNamed')})` : label };
    }),
  ];
  return <Select label={t('plans.agendaGoal')} data={data} value={value === '' ? NONE : value} onChange={(v) => onChange(v === null || v === NONE ? '' : v)} allowDeselect={false} searchable error={error} />;
}
