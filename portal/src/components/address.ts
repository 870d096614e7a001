/**
 * A page's choices live in its address (`?region=03&area=HEALTH`), so that a view can be shared and
 * reloaded. Changes apply to the address as it is now, not as the page last drew it: the router
 * updates the page in a transition, and two quick choices must both count.
 */
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
