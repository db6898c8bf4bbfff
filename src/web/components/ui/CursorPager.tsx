import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type CursorPagerProps = {
  /** Zero-based index of the page shown. */
  pageIndex: number;
  pageSize: number;
  itemCount: number;
  total: number;
  /** The server stopped counting at `total`: there are more. */
  totalIsCapped?: boolean | undefined;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
};

/** Previous/next navigation over a cursor-paginated list, with "showing x–y of z". */
export function CursorPager(props: CursorPagerProps) {
  const { t } = useTranslation();
  const from = props.pageIndex * props.pageSize + 1;
  const to = props.pageIndex * props.pageSize + props.itemCount;
  // An empty first page already says so in its empty state.
  if (props.itemCount === 0 && props.pageIndex === 0) return null;
  return (
    <Group justify="space-between" mt="md" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t(props.totalIsCapped ? 'pagination.rangeCapped' : 'pagination.range', { from, to, total: props.total })}
      </Text>
      {props.pageIndex > 0 || props.hasNext ? (
        <nav aria-label={t('pagination.label')}>
          <Group gap="xs">
            <Button variant="default" size="sm" disabled={props.pageIndex === 0} onClick={props.onPrevious}>
              {t('pagination.previous')}
            </Button>
            <Button variant="default" size="sm" disabled={!props.hasNext} onClick={props.onNext}>
              {t('pagination.next')}
            </Button>
          </Group>
        </nav>
      ) : null}
    </Group>
  );
}

type PageLike = { items: unknown[]; total: number; nextCursor: string | null; totalIsCapped?: boolean };
type Pages = { pageIndex: number; previous: () => void; next: (cursor: string | null) => void };

/** The pager of a page as the API returns it, driven by `useCursorPages`. */
export function PageNavigation({ page, pages, pageSize }: { page: PageLike; pages: Pages; pageSize: number }) {
  return (
    <CursorPager
      pageIndex={pages.pageIndex}
      pageSize={pageSize}
      itemCount={page.items.length}
      total={page.total}
      totalIsCapped={page.totalIsCapped}
      hasNext={page.nextCursor !== null}
      onPrevious={pages.previous}
      onNext={() => pages.next(page.nextCursor)}
    />
  );
}
