import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SubmissionStatus } from '../../../shared/portal/document-submission.rules';

const colors: Record<SubmissionStatus, string> = { submitted: 'blue', accepted: 'green', returned: 'orange' };

/** Where a partner's submitted document stands: waiting, accepted or sent back. */
export function SubmissionStatusBadge({ status }: { status: SubmissionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[status]}>
      {t(`portal.submissionStatus_${status}`)}
    </Badge>
  );
}
