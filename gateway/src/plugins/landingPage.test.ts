import { afterAll, expect, it } from 'vitest';
import { regionGateways } from '../testing/harness.js';

const gateways = regionGateways('Lombardia');
afterAll(() => gateways.dispose());

const browserGet = (origin: string) => fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } });

it("serves Apollo's landing page to a browser in development only", async () => {
  const development = await gateways.start();
  const page = await browserGet(development.origin);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/text\/html/);

  const production = await gateways.start({ NODE_ENV: 'production' });
  const refused = await browserGet(production.origin);
  expect(refused.headers.get('content-type')).not.toMatch(/text\/html/);
  expect(refused.status).toBeGreaterThanOrEqual(400);
  expect(refused.status).toBeLessThan(500);
});
