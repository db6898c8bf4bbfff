import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUIREMENT_GROUP_NAMES, REQUIREMENT_GROUPS, REQUIREMENTS } from '../../../shared/requirements/requirements';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { PageHeading } from '../../components/ui/PageHeading';

/** The rule the address points at (`/regler#DEM-3`), or '' for none. */
function citedRule(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    // A mangled address (a stray %) cites nothing rather than breaking the page.
    return '';
  }
}

/**
 * Every rule that the checklists cite, grouped, each at an anchor of its own id so that a rule
 * reference (e.g. DEM-3) beside a checklist row or hint leads straight to its text.
 */
export function RulesPage() {
  const { t } = useTranslation();
  const lang = currentLanguage() === 'en' ? 'en' : 'sv';

  const [cited, setCited] = useState(citedRule);

  useEffect(() => {
    const follow = () => setCited(citedRule());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  useEffect(() => {
    // The page renders after the address is set, so neither the browser's own scrolling nor
    // :target reaches the cited rule: bring it into view and give it focus (a screen reader
    // then starts there), marked so it stands out.
    const card = cited ? document.getElementById(cited) : null;
    card?.scrollIntoView();
    card?.focus({ preventScroll: true });
  }, [cited]);

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
              <Card key={r.id} id={r.id} withBorder padding="md" className="rule-card" tabIndex={-1} data-cited={r.id === cited || undefined}>
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
