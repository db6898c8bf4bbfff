import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import type { CooperationStatus } from '../../../shared/cooperations/forms';
import type { GateResult } from '../../../shared/cooperations/gate.types';
import { isApiError } from '../../api/client';
import { useCan } from '../../app/current-session.context';
import { AppModal } from '../../components/ui/AppModal';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { errorMessage } from '../../components/ui/error-message.format';
import { AlertIcon } from '../../components/ui/icons';
import { TerminationButton } from '../lifecycle/TerminationButton';
import { useTransitionCooperation } from './api';
import { GateChecklist } from './GateChecklist';
import type { FixTarget } from './gate-fix';

type TransitionActionsProps = {
  cooperation: CooperationView;
  onMessage: (message: string) => void;
  /** Opens where an unmet gate is fixed; the refusal then closes so the form is in reach. */
  onFix?: ((target: FixTarget) => void) | undefined;
};

/** The unmet gates a 409 `gates_unmet` answer lists. */
function unmetGatesOf(error: unknown): GateResult[] {
  if (!isApiError(error, 409) || error.code !== 'gates_unmet') return [];
  const gates = (error.problem as { gates?: unknown } | undefined)?.gates;
  return Array.isArray(gates) ? (gates as GateResult[]) : [];
}

/** The lifecycle steps the responsible manager may take now, each confirmed first (INI-6). */
export function TransitionActions({ cooperation, onMessage, onFix }: TransitionActionsProps) {
  const { t } = useTranslation();
  const canTransition = useCan('cooperations.transition');
  const transition = useTransitionCooperation(cooperation.id);
  const [target, setTarget] = useState<CooperationStatus | null>(null);
  const [reason, setReason] = useState('');
  if (cooperation.allowedTransitions.length === 0) return null;
  if (!canTransition) {
    return (
      <Text size="sm" c="dimmed">
        <WithRequirements ids={['INI-6']}>{t('cooperations.transitionManagerOnly')}</WithRequirements>
      </Text>
    );
  }
  const unmet = unmetGatesOf(transition.error);
  const reasonError = isApiError(transition.error) ? transition.error.fieldErrors().reason : undefined;
  const close = () => {
    setTarget(null);
    setReason('');
  };

  return (
    <>
      <Group gap="sm" role="group" aria-label={t('cooperations.transitionsLabel')}>
        {cooperation.allowedTransitions.map((to) =>
          // A running cooperation ends by notice or rescission, with reason and evidence (IOP-5).
          to === 'ended' && cooperation.status !== 'preparing' ? (
            <TerminationButton key={to} cooperation={cooperation} label={t(`cooperations.transitionTo_${to}`)} onMessage={onMessage} />
          ) : (
            <Button
              key={to}
              variant={to === 'ended' ? 'outline' : 'filled'}
              color={to === 'ended' ? 'red' : undefined}
              onClick={() => {
                transition.reset();
                setTarget(to);
              }}
            >
              {t(`cooperations.transitionTo_${to}`)}
            </Button>
          ),
        )}
      </Group>
      <AppModal opened={target !== null} onClose={close} title={target ? t(`cooperations.confirmTransitionTitle_${target}`) : ''} size="lg">
        <Stack gap="md">
          <Text>
            {t('cooperations.confirmTransitionText', {
              caseNumber: cooperation.caseNumber,
              from: t(`cooperations.status_${cooperation.status}`),
              to: target ? t(`cooperations.status_${target}`) : '',
            })}
          </Text>
          {target === 'ended' ? (
            <Textarea
              label={t('cooperations.endReason')}
              description={t('cooperations.endReasonHint')}
              required
              autosize
              minRows={2}
              data-autofocus
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={reasonError}
            />
          ) : null}
          {transition.error && !reasonError ? (
            <Alert color="red" variant="light" icon={<AlertIcon />} role="alert" title={errorMessage(transition.error, t)}>
              {unmet.length > 0 ? (
                <GateChecklist
                  gates={unmet}
                  cooperation={cooperation}
                  label={t('cooperations.unmetGatesLabel')}
                  onFix={
                    onFix
                      ? (fix) => {
                          close();
                          onFix(fix);
                        }
                      : undefined
                  }
                />
              ) : null}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={transition.isPending}>
              {t('common.cancel')}
            </Button>
            <Button
              color={target === 'ended' ? 'red' : undefined}
              loading={transition.isPending}
              onClick={() =>
                target &&
                transition.mutate(
                  { to: target, version: cooperation.version, ...(target === 'ended' ? { reason } : {}) },
                  {
                    onSuccess: (saved) => {
                      close();
                      onMessage(t('cooperations.transitioned', { caseNumber: saved.caseNumber, status: t(`cooperations.status_${saved.status}`) }));
                    },
                  },
                )
              }
            >
              {target ? t(`cooperations.transitionTo_${target}`) : ''}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </>
  );
}
