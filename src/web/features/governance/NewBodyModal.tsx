import { Alert, Button, Checkbox, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GOVERNANCE_BODY_TYPES, type GovernanceBodyType } from '../../../shared/governance/governance.schemas';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';
import { useCreateBody, useGovernanceBodies } from './api';
import { CooperationMultiPicker, type PickedCooperation } from './CooperationMultiPicker';
import { isBodyType } from './governance.format';

type NewBodyModalProps = {
  opened: boolean;
  onClose: () => void;
  /** Pre-chosen when started from a cooperation ("Ny styrgrupp"). */
  cooperation?: PickedCooperation | undefined;
  initialType?: GovernanceBodyType | undefined;
};

/** Creates a governance body: name, type, mandate, permanence, superior body and linked cooperations. */
export function NewBodyModal({ opened, onClose, cooperation, initialType }: NewBodyModalProps) {
  const { t } = useTranslation();
  const title = initialType === 'steering_group' ? t('governance.newSteeringGroup') : t('governance.newBody');
  return (
    <AppModal opened={opened} onClose={onClose} title={title} size="lg">
      {opened ? <BodyForm title={title} onClose={onClose} cooperation={cooperation} initialType={initialType} /> : null}
    </AppModal>
  );
}

function BodyForm({ title, onClose, cooperation, initialType }: Omit<NewBodyModalProps, 'opened'> & { title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateBody();
  const others = useGovernanceBodies({ status: 'active', limit: 100 });
  const [name, setName] = useState('');
  const [type, setType] = useState<GovernanceBodyType>(initialType ?? 'steering_group');
  const [mandate, setMandate] = useState('');
  const [permanent, setPermanent] = useState(true);
  const [reportsToId, setReportsToId] = useState<string | null>(null);
  const [cooperations, setCooperations] = useState<PickedCooperation[]>(cooperation ? [cooperation] : []);
  const fields = isApiError(create.error) ? create.error.fieldErrors() : {};
  const general = create.error && Object.keys(fields).length === 0 ? errorMessage(create.error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      { name, type, mandate, permanent, reportsToId, cooperationIds: cooperations.map((c) => c.id) },
      {
        onSuccess: (body) => {
          onClose();
          void navigate({ to: '/styrgrupper/$id', params: { id: body.id }, state: { flash: t('governance.bodyCreated') } });
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="md">
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <TextInput label={t('governance.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fields.name} maxLength={200} data-autofocus />
        <Select
          label={t('governance.type')}
          required
          data={GOVERNANCE_BODY_TYPES.map((v) => ({ value: v, label: t(`governance.type_${v}`) }))}
          value={type}
          onChange={(value) => {
            if (isBodyType(value ?? undefined)) setType(value as GovernanceBodyType);
          }}
          allowDeselect={false}
          error={fields.type}
        />
        <Textarea label={t('governance.mandate')} description={t('governance.mandateHint')} autosize minRows={3} value={mandate} onChange={(e) => setMandate(e.currentTarget.value)} error={fields.mandate} />
        <Checkbox label={t('governance.permanent')} description={t('governance.permanentHint')} checked={permanent} onChange={(e) => setPermanent(e.currentTarget.checked)} />
        <Select
          label={t('governance.reportsTo')}
          placeholder={t('governance.reportsToNone')}
          data={(others.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
          value={reportsToId}
          onChange={setReportsToId}
          clearable
          clearButtonProps={{ 'aria-label': t('governance.reportsToNone') }}
          searchable
          error={fields.reportsToId}
        />
        <CooperationMultiPicker value={cooperations} onChange={setCooperations} error={fields.cooperationIds} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('governance.createBody')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
