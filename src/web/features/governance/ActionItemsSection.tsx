import { Alert, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItemView, MeetingDetailView, MemberView } from '../../../shared/governance/governance.schemas';
import { isApiError } from '../../api/client';
import { currentLocale } from '../../app/i18n/i18n.config';
import { AppModal } from '../../components/ui/AppModal';
import { formatCalendarDate } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { PlusIcon } from '../../components/ui/icons';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { useAddActionItem, useUpdateActionItem } from './api';
import { DateField } from '../../components/ui/DateField';

type Props = { meeting: MeetingDetailView; members: MemberView[]; editable: boolean; onMessage: (message: string) => void };

/** The meeting's action items: owner, due date and a done toggle; writers add one in a dialog. */
export function ActionItemsSection({ meeting, members, editable, onMessage }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const names = new Map(members.map((m) => [m.id, m.name]));
  const toggle = useUpdateActionItem();
  const [adding, setAdding] = useState(false);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="action-items-heading">
      <div id="action-items-heading">
        <PanelHeading
          title={t('governance.actionItemsTitle')}
          actions={
            editable ? (
              <Button variant="default" leftSection={<PlusIcon size={18} />} onClick={() => setAdding(true)}>
                {t('governance.addActionItem')}
              </Button>
            ) : undefined
          }
        />
      </div>
      {toggle.error ? (
        <Alert color="red" variant="light" role="alert" mb="sm">
          {errorMessage(toggle.error, t)}
        </Alert>
      ) : null}
      {meeting.actionItems.length === 0 ? (
        <EmptyMessage>{t('governance.actionItemsEmpty')}</EmptyMessage>
      ) : (
        <Table.ScrollContainer minWidth={520} type="native">
          <Table verticalSpacing="xs" aria-label={t('governance.actionItemsTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('governance.colAction')}</Table.Th>
                <Table.Th scope="col">{t('governance.colOwner')}</Table.Th>
                <Table.Th scope="col">{t('governance.colDue')}</Table.Th>
                <Table.Th scope="col">{t('governance.colDone')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meeting.actionItems.map((item: ActionItemView) => (
                <Table.Tr key={item.id}>
                  <Table.Th scope="row" fw={400}>
                    <Text size="sm" td={item.done ? 'line-through' : undefined}>
                      {item.text}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm">{item.ownerMemberId ? (names.get(item.ownerMemberId) ?? '–') : t('governance.noOwner')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{item.dueDate ? formatCalendarDate(item.dueDate, locale) : '–'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('governance.markDone', { text: item.text })}
                      checked={item.done}
                      disabled={!editable || toggle.isPending}
                      onChange={(e) => toggle.mutate({ id: item.id, version: item.version, done: e.currentTarget.checked })}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AppModal opened={adding} onClose={() => setAdding(false)} title={t('governance.addActionItem')} size="lg">
        {adding ? (
          <AddActionItemForm
            meetingId={meeting.id}
            members={members}
            onClose={() => setAdding(false)}
            onAdded={() => {
              setAdding(false);
              onMessage(t('governance.actionItemAdded'));
            }}
          />
        ) : null}
      </AppModal>
    </Paper>
  );
}

type AddActionItemFormProps = { meetingId: string; members: MemberView[]; onClose: () => void; onAdded: () => void };

function AddActionItemForm({ meetingId, members, onClose, onAdded }: AddActionItemFormProps) {
  const { t } = useTranslation();
  const add = useAddActionItem(meetingId);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState('');
  const fields = isApiError(add.error) ? add.error.fieldErrors() : {};
  const general = add.error && Object.keys(fields).length === 0 ? errorMessage(add.error, t) : null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.mutate({ text, ownerMemberId: owner, dueDate: dueDate === '' ? null : dueDate }, { onSuccess: onAdded });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('governance.addActionItem')}>
      <Stack gap="md">
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <TextInput label={t('governance.actionText')} required value={text} onChange={(e) => setText(e.currentTarget.value)} error={fields.text} maxLength={2000} data-autofocus />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('governance.owner')}
            placeholder={t('governance.noOwner')}
            data={members.filter((m) => m.active).map((m) => ({ value: m.id, label: m.name }))}
            value={owner}
            onChange={setOwner}
            clearable
            clearButtonProps={{ 'aria-label': t('governance.noOwner') }}
            error={fields.ownerMemberId}
          />
          <DateField label={t('governance.dueDate')} value={dueDate} onChange={(value) => setDueDate(value)} error={fields.dueDate} />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={add.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('governance.addActionItem')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
