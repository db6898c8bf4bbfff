import { Button, TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from './icons';

type SearchFieldProps = Omit<TextInputProps, 'value' | 'onChange' | 'type'> & {
  search: { text: string; setText: (text: string) => void };
};

/** The free-text search box of a list, driven by `useSearchText`. */
export function SearchField({ search, ...props }: SearchFieldProps) {
  return (
    <TextInput
      leftSection={<SearchIcon size={16} />}
      value={search.text}
      onChange={(e) => search.setText(e.currentTarget.value)}
      type="search"
      autoComplete="off"
      {...props}
    />
  );
}

/** "Rensa filter" under a list's filters. */
export function ClearFiltersButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="subtle" mb="sm" onClick={onClick}>
      {t('common.clearFilters')}
    </Button>
  );
}
