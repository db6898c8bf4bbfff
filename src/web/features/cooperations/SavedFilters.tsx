import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { errorMessage } from '../../components/ui/error-message.format';
import { useDeleteSavedFilter, useSavedFilters, useSaveFilter } from './api';
import { hasFilters, searchFromSavedFilter, toSavedFilterQuery } from './cooperation.format';
import type { CooperationSearch } from './cooperation.search';

type SavedFiltersProps = {
  value: CooperationSearch;
  onApply: (next: CooperationSearch) => void;
  onMessage: (message: string) => void;
};

/** The user's own saved filters: pick one to apply it, save the current one under a name, delete one. */
export function SavedFilters({ value, onApply, onMessage }: SavedFiltersProps) {
  const { t } = useTranslation();
  const filters = useSavedFilters();
  const remove = useDeleteSavedFilter();
  const [chosen, setChosen] = useState('');
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const items = filters.data?.items ?? [];
  const current = items.find((f) => f.id === chosen);

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <NativeSelect
        label={t('cooperations.savedFilters')}
        value={chosen}
        onChange={(e) => {
          const id = e.currentTarget.value;
          setChosen(id);
          const filter = items.find((f) => f.id === id);
          if (filter) onApply(searchFromSavedFilter(filter.query, value.sort));
        }}
        data={[
          { value: '', label: items.length === 0 ? t('cooperations.noSavedFilters') : t('cooperations.chooseSavedFilter') },
          ...items.map((f) => ({ value: f.id, label: f.name })),
        ]}
        w={{ base: '100%', sm: 260 }}
      />
      <Button variant="default" onClick={() => setSaving(true)} disabled={!hasFilters(value)}>
        {t('cooperations.saveFilter')}
      </Button>
      {current ? (
        <Button
          variant="subtle"
          color="red"
          onClick={() => {
            remove.reset();
            setDeleting(true);
          }}
        >
          {t('cooperations.deleteSavedFilter', { name: current.name })}
        </Button>
      ) : null}
      <SaveFilterModal
        opened={saving}
        value={value}
        onClose={() => setSaving(false)}
        onSaved={(name, id) => {
          setSaving(false);
          setChosen(id);
          onMessage(t('cooperations.filterSaved', { name }));
        }}
      />
      <ConfirmDialog
        opened={deleting && current !== undefined}
        title={t('cooperations.confirmDeleteFilterTitle')}
        confirmLabel={t('cooperations.deleteFilter')}
        destructive
        pending={remove.isPending}
        error={remove.error}
        onClose={() => setDeleting(false)}
        onConfirm={() =>
          current &&
          remove.mutate(current.id, {
            onSuccess: () => {
              setDeleting(false);
              setChosen('');
              onMessage(t('cooperations.filterDeleted', { name: current.name }));
            },
          })
        }
      >
        {t('cooperations.confirmDeleteFilterText', { name: current?.name ?? '' })}
      </ConfirmDialog>
    </Group>
  );
}

type SaveFilterModalProps = {
  opened: boolean;
  value: CooperationSearch;
  onClose: () => void;
  onSaved: (name: string, id: string) => void;
};

function SaveFilterModal({ opened, value, onClose, onSaved }: SaveFilterModalProps) {
  const { t } = useTranslation();
  const save = useSaveFilter();
  const [name, setName] = useState('');
  const fieldError = isApiError(save.error) ? save.error.fieldErrors().name : undefined;
  const otherError = save.error && !fieldError ? errorMessage(save.error, t) : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(
      { scope: 'cooperations', name, query: toSavedFilterQuery(value) },
      {
        onSuccess: (saved) => {
          setName('');
          onSaved(saved.name, saved.id);
        },
      },
    );
  };

  return (
    <AppModal
      opened={opened}
      onClose={() => {
        save.reset();
        onClose();
      }}
      title={t('cooperations.saveFilterTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('cooperations.filterName')}
            description={t('cooperations.filterNameHint')}
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError}
          />
          {otherError ? (
            <Alert color="red" variant="light" role="alert">
              {otherError}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('cooperations.saveFilter')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
