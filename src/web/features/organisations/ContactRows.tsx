import { ActionIcon, Alert, Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { InfoIcon, PlusIcon, TrashIcon } from '../../components/ui/icons';
import { type ContactValues, emptyContact } from './organisation-form.model';

type ContactRowsProps = {
  contacts: ContactValues[];
  onChange: (contacts: ContactValues[]) => void;
  /** Field errors keyed by form path, e.g. `contacts.1.email`. */
  errors: Partial<Record<string, string>>;
};

/** Contact people as repeatable rows: name, role, e-mail and phone, nothing more (minimal personal data). */
export function ContactRows({ contacts, onChange, errors }: ContactRowsProps) {
  const { t } = useTranslation();
  const update = (index: number, field: keyof Omit<ContactValues, 'key'>, value: string) =>
    onChange(contacts.map((c, i) => (i === index ? { ...c, [field]: value } : c)));
  const addButton = useRef<HTMLButtonElement>(null);
  // Keyboard users land where they can go on: in the new row, or on "add" after a removal.
  const add = () => {
    onChange([...contacts, emptyContact()]);
    const id = `contacts.${contacts.length}.name`;
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  };
  const remove = (index: number) => {
    onChange(contacts.filter((_, i) => i !== index));
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <Fieldset id="contacts" legend={t('organisations.contacts')} radius="md">
      <Stack gap="md">
        <Alert variant="light" color="brand" icon={<InfoIcon />} p="sm">
          <Text size="sm">{t('organisations.contactsPrivacy')}</Text>
        </Alert>
        {contacts.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('organisations.noContacts')}
          </Text>
        ) : null}
        {contacts.map((contact, index) => {
          const n = index + 1;
          const err = (field: string) => errors[`contacts.${index}.${field}`];
          return (
            <Fieldset
              key={contact.key}
              legend={t('organisations.contactN', { n })}
              variant="filled"
              radius="md"
              id={`contact-${index}`}
            >
              <Group align="flex-start" gap="sm" wrap="nowrap">
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" style={{ flex: 1 }}>
                  <TextInput
                    id={`contacts.${index}.name`}
                    label={t('organisations.contactName')}
                    required
                    autoComplete="off"
                    value={contact.name}
                    onChange={(e) => update(index, 'name', e.currentTarget.value)}
                    error={err('name')}
                  />
                  <TextInput
                    id={`contacts.${index}.role`}
                    label={t('organisations.contactRole')}
                    autoComplete="off"
                    value={contact.role}
                    onChange={(e) => update(index, 'role', e.currentTarget.value)}
                    error={err('role')}
                  />
                  <TextInput
                    id={`contacts.${index}.email`}
                    label={t('organisations.contactEmail')}
                    type="email"
                    autoComplete="off"
                    value={contact.email}
                    onChange={(e) => update(index, 'email', e.currentTarget.value)}
                    error={err('email')}
                  />
                  <TextInput
                    id={`contacts.${index}.phone`}
                    label={t('organisations.contactPhone')}
                    type="tel"
                    autoComplete="off"
                    value={contact.phone}
                    onChange={(e) => update(index, 'phone', e.currentTarget.value)}
                    error={err('phone')}
                  />
                </SimpleGrid>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mt={26}
                  onClick={() => remove(index)}
                  aria-label={t('organisations.removeContact', { n })}
                >
                  <TrashIcon size={18} />
                </ActionIcon>
              </Group>
            </Fieldset>
          );
        })}
        <Group>
          <Button ref={addButton} variant="default" leftSection={<PlusIcon size={16} />} onClick={add}>
            {t('organisations.addContact')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
