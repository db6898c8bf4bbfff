import { Anchor, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetailView } from '../../../shared/initiatives/initiative.schemas';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { formatDateTime } from '../../components/ui/date.format';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { areaName } from '../organisations/organisation.format';
import { PanelHeading } from '../organisations/PanelHeading';
import { formatSek } from './initiative.format';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>
        <Text size="sm" fw={600}>
          {label}
        </Text>
      </dt>
      <dd style={{ margin: 0 }}>
        <Text size="sm" component="div" style={{ whiteSpace: 'pre-wrap' }}>
          {children}
        </Text>
      </dd>
    </div>
  );
}

/** The facts of an initiative: brief, organisations or proposer, scope, money and duration. */
export function InitiativeOverview({ initiative, referenceData }: { initiative: InitiativeDetailView; referenceData: ReferenceDataView | undefined }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const locale = currentLocale();
  const none = t('common.none');
  const named = (list: { code: string; nameSv: string; nameEn: string }[] | undefined, code: string) => {
    const item = list?.find((x) => x.code === code);
    return item ? (lang === 'en' ? item.nameEn : item.nameSv) : code;
  };
  const p = initiative.proposer;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="overview-heading">
      <div id="overview-heading">
        <PanelHeading title={t('initiatives.overview')} />
      </div>
      <Stack gap="md">
        <dl style={{ margin: 0 }}>
          <Fact label={t('initiatives.field_brief')}>{initiative.brief}</Fact>
        </dl>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" style={{ margin: 0 }}>
          <Fact label={t('initiatives.field_origin')}>
            {t(`initiatives.origin_${initiative.origin}`)}
            {initiative.submittedVia === 'public_form' ? ` (${t('initiatives.viaPublicForm')})` : ''}
          </Fact>
          <Fact label={t('initiatives.field_organisationIds')}>
            {initiative.organisations.length === 0 ? (
              none
            ) : (
              <ul className="changes-list">
                {initiative.organisations.map((o) => (
                  <li key={o.id}>
                    <AnchorLink to="/organisationer/$id" params={{ id: o.id }} size="sm">
                      {o.name}
                    </AnchorLink>
                  </li>
                ))}
              </ul>
            )}
          </Fact>
          {p ? (
            <Fact label={t('initiatives.proposer')}>
              {[p.organisationName, p.orgNumber ? t('initiatives.orgNumberShort', { value: p.orgNumber }) : null].filter(Boolean).join(', ')}
              {'\n'}
              {p.contactName}, <Anchor href={`mailto:${p.contactEmail}`} size="sm" underline="always">{p.contactEmail}</Anchor>
              {p.contactPhone ? `, ${p.contactPhone}` : ''}
            </Fact>
          ) : null}
          <Fact label={t('initiatives.field_unitCode')}>{initiative.unitCode ? named(referenceData?.units, initiative.unitCode) : none}</Fact>
          <Fact label={t('initiatives.field_targetGroups')}>
            {initiative.targetGroups.length > 0 ? initiative.targetGroups.map((g) => named(referenceData?.targetGroups, g)).join('; ') : none}
          </Fact>
          <Fact label={t('initiatives.field_areas')}>
            {initiative.areas.length > 0 ? initiative.areas.map((a) => areaName(referenceData, a, lang)).join('; ') : none}
          </Fact>
          <Fact label={t('initiatives.field_proposedForm')}>
            {initiative.proposedForm ? t(`initiatives.form_${initiative.proposedForm}`) : t('initiatives.noProposedForm')}
          </Fact>
          <Fact label={t('initiatives.field_expectedCompensationSek')}>{formatSek(initiative.expectedCompensationSek, locale) || none}</Fact>
          <Fact label={t('initiatives.field_estimatedValueSek')}>{formatSek(initiative.estimatedValueSek, locale) || none}</Fact>
          <Fact label={t('initiatives.field_intendedDurationMonths')}>
            {initiative.intendedDurationMonths ? t('initiatives.months', { count: initiative.intendedDurationMonths }) : none}
          </Fact>
          <Fact label={t('initiatives.registered')}>
            {formatDateTime(initiative.createdAt, locale)}
            {initiative.createdBy ? ` · ${initiative.createdBy.name}` : ''}
          </Fact>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
