/**
 * A page's choices live in its address (`?region=03&area=HEALTH`), so that a view can be shared and
 * reloaded. Changes apply to the address as it is now, not as the page last drew it: the router
 * updates the page in a transition, and two quick choices must both count.
 */
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';

export interface AddressChange {
  /** Keep `after`, the page of results: a change of criteria otherwise starts from the first page. @default false */
  readonly keepPage?: boolean;
  /** Values set when the address has none for their key. @default none */
  readonly defaults?: Readonly<Record<string, string>>;
}

/** The address's query after `changes`; an empty value removes its key. */
export function withChanges(
  changes: Readonly<Record<string, string>>,
  options: AddressChange = {},
): URLSearchParams {
  const next = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(options.defaults ?? {}))
    if (value && !next.get(key)) next.set(key, value);
  for (const [key, value] of Object.entries({ ...changes, ...(options.keepPage ? {} : { after: '' }) }))
    if (value) next.set(key, value);
    else next.delete(key);
  return next;
}

/** A page of a list whose choices live in the address: `after` there is the current page's cursor. */
export interface AddressedList<C> {
  /** The choices, read from the address. */
  readonly criteria: C;
  /** Applies `changes`; a change of criteria starts from the first page unless `keepPage`. */
  readonly set: (changes: Partial<Record<keyof C & string, string>>, keepPage?: boolean) => void;
  /** 1 for the first page. */
  readonly page: number;
  previous(): void;
  /** Moves to the page after `endCursor`. */
  next(endCursor: string | null | undefined): void;
}

/**
 * The address's choices for a paged list, and moving between its pages. The cursors of the pages
 * before this one are kept in memory (the address holds only the current one, `after`).
 */
export function useAddressedList<C extends { readonly after: string }>(
  read: (params: URLSearchParams) => C,
): AddressedList<C> {
  const [params, setParams] = useSearchParams();
  const [before, setBefore] = useState<string[]>([]);
  const criteria = read(params);
  const set = (changes: Partial<Record<keyof C & string, string>>, keepPage = false) => {
    if (!keepPage) setBefore([]);
    setParams(withChanges(changes as Record<string, string>, { keepPage }));
  };
  return {
    criteria,
    set,
    page: before.length + 1,
    previous() {
      setBefore(before.slice(0, -1));
      set({ after: before.at(-1) ?? '' } as Partial<Record<keyof C & string, string>>, true);
    },
    next(endCursor) {
      setBefore([...before, criteria.after]);
      set({ after: endCursor ?? '' } as Partial<Record<keyof C & string, string>>, true);
    },
  };
}
