/** A subgraph's `Cache-Control` as Apollo reads it, and what it does to the client request's cache policy. */

/** The part of Apollo Server's cache policy a subgraph answer may restrict. */
interface RestrictablePolicy {
  restrict(hint: CacheHint): void;
}

/** A subgraph's `Cache-Control`, as Apollo reads it: `max-age=N` (none: 0, not cacheable), `private` / `public`. */
export interface CacheHint {
  readonly maxAge: number;
  readonly scope?: 'PUBLIC' | 'PRIVATE';
}

export function parseCacheControl(header: string | null): CacheHint {
  let maxAge = 0;
  let scope: CacheHint['scope'];
  for (const directive of (header ?? '').split(',')) {
    const [name = '', value] = directive.trim().toLowerCase().split('=', 2);
    if (name === 'max-age' && value !== undefined && /^[0-9]+$/.test(value)) maxAge = Number(value);
    else if (name === 'private') scope = 'PRIVATE';
    else if (name === 'public') scope = 'PUBLIC';
  }
  return scope ? { maxAge, scope } : { maxAge };
}

/** What Apollo's data source does with a subgraph's `Cache-Control`: the request's policy keeps the lowest. */
export function restrictCachePolicy(policy: unknown, header: string | null): void {
  if (typeof (policy as Partial<RestrictablePolicy> | undefined)?.restrict !== 'function') return;
  (policy as RestrictablePolicy).restrict(parseCacheControl(header));
}
