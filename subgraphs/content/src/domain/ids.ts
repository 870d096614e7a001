/**
 * The newsletter's ids: an issue is named by its month (`NL-2026-12`). The numbered ids of the
 * editorial office's entities (`PUB-0001`, `EV-00001`, `CE-0001`, `PP-0001`) are formats of the
 * graph's one list, `lib/ids.ts`.
 */

/** The id of the newsletter issue of `month`: `NL-2026-12`. */
export const issueIdOf = (month: string): string => `NL-${month}`;
