/**
 * Workload (c), distinct traffic: the domain's real subgraphs (as the domain workload runs them),
 * and one operation, `mix`, whose requests are all different: a pool of a few hundred bodies
 * (distinctPool.ts), drawn from the services the seeded database holds, that the load cycles
 * through. Concurrent requests then rarely share a subgraph fetch or a cached answer, unlike the
 * other workloads, where every request is the same.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ThrowawayKeys } from '../keys.js';
import { readOperation, startDomainGraph } from './domain.js';
import { distinctPool, type ServicePlace } from './distinctPool.js';
import type { RunningWorkload } from './types.js';

/** How many distinct requests the load cycles through. */
export const DISTINCT_POOL_SIZE = 300;

interface ServiceRecord {
  readonly region_code: string;
  readonly province_code: string;
  readonly municipality_code: string;
  /** JSON arrays. */
  readonly areas: string;
  readonly languages: string;
}

/** Every open service's place, areas and languages, read (read-only) from the services subgraph's seeded database. */
function readPlaces(dir: string): ServicePlace[] {
  const db = new Database(path.join(dir, 'services.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const records = db
      .prepare(
        'SELECT region_code, province_code, municipality_code, areas, languages FROM services WHERE closed_at IS NULL ORDER BY id',
      )
      .all() as ServiceRecord[];
    return records.map((r) => ({
      regionCode: r.region_code,
      provinceCode: r.province_code,
      municipalityCode: r.municipality_code,
      areas: JSON.parse(r.areas) as string[],
      languages: JSON.parse(r.languages) as string[],
    }));
  } finally {
    db.close();
  }
}

export async function startDistinctWorkload(keys: ThrowawayKeys): Promise<RunningWorkload> {
  const graph = await startDomainGraph(keys);
  try {
    const places = readPlaces(graph.dir);
    const pool = distinctPool(
      places,
      {
        RegionDashboard: readOperation('RegionDashboard.graphql'),
        TurinServicesByLanguage: readOperation('TurinServicesByLanguage.graphql'),
        PortalServiceSearch: readOperation('PortalServiceSearch.graphql'),
      },
      { size: DISTINCT_POOL_SIZE },
    );
    return {
      name: 'distinct',
      title: `distinct traffic on our domain (${pool.length} different requests, cycled through)`,
      supergraphPath: graph.supergraphPath,
      upstream: { unit: 'SQL statements', count: () => graph.countStatements() },
      upstreamPids: () => graph.pids(),
      operations: [{ name: 'mix', body: pool[0] ?? '', pool }],
      notes: [
        `Operation \`mix\`: ${pool.length} distinct requests drawn with a seeded generator from the ${places.length} open services of the seeded database: RegionDashboard (any region, any language, 5 to 50 pilot actions), TurinServicesByLanguage for any province (one or two of a service's areas and languages, pages of 10 to 50, any of the first four pages) and PortalServiceSearch by region, province or municipality (with or without an area and a language, the region's provinces or the province's municipalities beside them, pages of 5 to 20). Each request takes the next body of the pool, so concurrent requests differ.`,
        "Languages vary through the operations' `lang` variable, not Accept-Language: vanilla Apollo Gateway and Hive do not forward the header to the subgraphs, so their answers would differ from ours.",
        'Each body was verified on every gateway before the load, and every answer under load is compared with the verified answer to its own body. "answer bytes" is the mean over the pool; the counts "for one request alone" are means over one pass through the pool, one request at a time.',
        ...graph.notes,
      ],
      dispose: () => graph.dispose(),
    };
  } catch (error) {
    await graph.dispose();
    throw error;
  }
}
