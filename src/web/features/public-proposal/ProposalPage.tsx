import { Anchor, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicLayout } from '../../app/PublicLayout';
import { PageHeading } from '../../components/ui/PageHeading';
import { SubmissionReceipt } from '../../components/ui/SubmissionReceipt';
import { useSubmitProposal } from './api';
import { ProposalForm } from './ProposalForm';

/**
 * The public page where an outside organisation proposes cooperation (IOP-10): an invitation to
 * dialogue, not a grant to apply for. No login; the proposal joins the review group's queue.
 */
export function ProposalPage() {
  const { t } = useTranslation();
  const submit = useSubmitProposal();
  // A new form after "send another": a fresh key empties every field.
  const [round, setRound] = useState(0);
  const receipt = submit.data;

  return (
    <PublicLayout width={760} withPublisher>
      <PageHeading title={t('publicProposal.title_page')} description={t('publicProposal.lead')} />
      <Stack gap="lg">
        <SubmissionReceipt
          reference={receipt?.reference}
          title={t('publicProposal.thanksTitle')}
          text={t('publicProposal.thanksText')}
          receiptLabel={t('publicProposal.receipt')}
          anotherLabel={t('publicProposal.another')}
          onAnother={() => {
            submit.reset();
            setRound((r) => r + 1);
          }}
        />
        {receipt ? null : (
          <>
            <Stack gap="xs">
              <Text>{t('publicProposal.about')}</Text>
              <List size="sm" spacing={4}>
                <List.Item>{t('publicProposal.point1')}</List.Item>
                <List.Item>{t('publicProposal.point2')}</List.Item>
                <List.Item>{t('publicProposal.point3')}</List.Item>
              </List>
              <Text size="sm" c="dimmed">
                {t('publicProposal.privacy')}
              </Text>
            </Stack>
            <ProposalForm key={round} pending={submit.isPending} error={submit.error} onSubmit={(input) => submit.mutate(input)} />
          </>
        )}
        <Text size="sm">
          <Anchor href="/login" size="sm">
            {t('publicProposal.staffLogin')}
          </Anchor>
        </Text>
      </Stack>
    </PublicLayout>
  );
}
