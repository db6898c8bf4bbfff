import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUIREMENT_GROUP_NAMES, REQUIREMENT_GROUPS, REQUIREMENTS } from '../../../shared/requirements/requirements';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { PageHeading } from '../../components/ui/PageHeading';

/**
 * Every rule that the checklists cite, grouped, each at an anchor of its own id so that a rule
 * reference (e.g. DEM-3) beside a checklist row or hint leads straight to its text.
 */
export function RulesPage() {
  const { t } = useTranslation();
  const lang = currentLanguage() === 'en' ? 'en' : 'sv';

  useEffect(() => {
    // The page renders after the address is set: bring the cited rule into view once it exists.
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);

  return (
    <Stack gap="lg">
      <PageHeading title={t('rules.title')} description={t('rules.intro')} />
      {REQUIREMENT_GROUPS.map((group) => (
        <section key={group} aria-labelledby={`rules-${group}`}>
          <Title order={2} size="h3" id={`rules-${group}`} mb="sm">
            {REQUIREMENT_GROUP_NAMES[group][lang]}
          </Title>
          <Stack gap="sm">
            {REQUIREMENTS.filter((r) => r.group === group).map((r) => (
              <Card key={r.id} id={r.id} withBorder padding="md" className="rule-card" tabIndex={-1}>
                <Group gap="sm" mb={4} wrap="wrap">
                  <Badge variant="outline" color="gray" style={{ textTransform: 'none' }}>
                    {r.id}
                  </Badge>
                  <Title order={3} size="h5">
                    {r.title[lang]}
                  </Title>
                </Group>
                <Text size="sm">{r.text[lang]}</Text>
                <Text size="xs" c="dimmed" mt={4}>
                  {t(`rules.source${r.source}`)}
                </Text>
              </Card>
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
