/** Versioned migrations, applied in name order. Add a file, then list it here. */
import type { Migration } from 'kysely';
import * as initial from './0001_initial.js';
import * as ownership from './0002_ownership.js';
import * as clientVersions from './0003_client_versions.js';
import * as trafficPolicies from './0004_traffic_policies.js';

export const migrations: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_ownership': ownership,
  '0003_client_versions': clientVersions,
  '0004_traffic_policies': trafficPolicies,
};
