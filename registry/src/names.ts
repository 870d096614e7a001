/** The names the registry accepts, in paths and configuration. */

/** A subgraph's name: what a partner's first publish may introduce. */
export const SUBGRAPH_NAME = /^[a-z][a-z0-9-]{1,38}$/;

/** A client's name (letters, digits, `.`, `_`, `-`). */
export const CLIENT_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/i;
