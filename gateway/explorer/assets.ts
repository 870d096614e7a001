/** Where the explorer's sources are, and where `npm run build:explorer` writes the bundle the gateway serves. */
import { fileURLToPath } from 'node:url';

export const explorerSourceDir = fileURLToPath(new URL('./src', import.meta.url));
/** `main.js` and `main.css`; gitignored, built by `npm run build:explorer` (and by `npm start` and the tests when stale). */
export const explorerAssetsDir = fileURLToPath(new URL('./dist', import.meta.url));
