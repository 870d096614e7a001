/** Installed package versions, read from node_modules (package `exports` may hide package.json from `require`). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../process.js';

export function installedVersion(name: string): string {
  try {
    const manifest = JSON.parse(
      readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'),
    ) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'not installed';
  }
}

export function versionsOf(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, installedVersion(name)]));
}
