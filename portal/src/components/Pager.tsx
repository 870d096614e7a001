/** Previous and next page of a list whose choices live in the address (`useAddressedList`). */
import { Button } from 'design-react-kit';
import type { AddressedList } from './address.js';

export interface PagerLabels {
  /** Names the navigation, e.g. "Pages of results". */
  readonly label: string;
  readonly previous: string;
  readonly next: string;
  /** Where the reader is, e.g. "Page 2 of 7". */
  readonly position: (page: number, pages: number) => string;
}

export function Pager<C extends { readonly after: string }>({
  list,
  connection,
  pageSize,
  labels,
}: {
  list: AddressedList<C>;
  connection: {
    readonly totalCount: number;
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null };
  };
  pageSize: number;
  labels: PagerLabels;
}) {
  const pages = Math.max(1, Math.ceil(connection.totalCount / pageSize));
  return (
    <nav aria-label={labels.label} className="d-flex gap-2">
      <Button color="primary" outline disabled={list.page === 1} onClick={() => list.previous()}>
        {labels.previous}
      </Button>
      <span className="align-self-center">{labels.position(list.page, pages)}</span>
      <Button
        color="primary"
        outline
        disabled={!connection.pageInfo.hasNextPage}
        onClick={() => list.next(connection.pageInfo.endCursor)}
      >
        {labels.next}
      </Button>
    </nav>
  );
}

/** The labels from a page's strings: `<prefix>pagination`, `previous`, `next` and `page` ({{page}}, {{pages}}). */
export function pagerLabels(
  t: (key: string, options?: Record<string, unknown>) => string,
  prefix = '',
): PagerLabels {
  return {
    label: t(`${prefix}pagination`),
    previous: t(`${prefix}previous`),
    next: t(`${prefix}next`),
    position: (page, pages) => t(`${prefix}page`, { page, pages }),
  };
}
