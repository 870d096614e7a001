/**
 * The notes under the results: how to read them (what is measured, how answers are checked), and
 * what this run showed that the figures alone do not say (gateways sharing in-flight fetches).
 */
import type { GatewayInfo, Measurement, WorkloadInfo } from './model.js';
import type { BenchOptions } from './options.js';

const READING = [
  "Every gateway is one process; the subgraphs and the load generator (autocannon, in the benchmark's own process) share the same cores with it, so figures are for comparison between gateways on this machine, not capacity planning.",
  "Before any load, each gateway's answer to each operation (each body of the distinct pool) was verified: HTTP 200, no `errors`, data equal to the other gateways' (and, for the standard workload, to the answer computed from the data). During the rounds every 2xx answer is compared with the gateway's verified answer to the body it was sent for, byte for byte.",
  'errors = autocannon connection errors and timeouts + non-2xx answers + wrong answers (2xx bodies that differ from the verified answer).',
  'Each operation is measured at each connection count ("conns"), warm-up and rounds, before the next count. Latency percentiles are over every request of every round; req/s is all completed requests over the rounds\' total duration. Max RSS is the highest VmRSS sampled every 250 ms during those rounds.',
  '"upstream per req": what the subgraphs did during the rounds (their requests, or SQL statements for the domain and distinct workloads) over the requests sent. "CPU ms/req": the gateway process\'s CPU time (user + system, /proc/<pid>/stat) over the requests sent, less sensitive than req/s to what else runs on the machine. "subgraphs CPU ms/req": the subgraphs\' processes\' CPU time over the requests sent, where the workload runs them as processes (domain, distinct): work every gateway makes them do, which no gateway can save.',
];

/** Gateways whose subgraphs worked far less per request under load than for one request alone: they share in-flight fetches. */
function sharingNote(
  infos: readonly WorkloadInfo[],
  all: readonly Measurement[],
  connections: readonly number[],
): string[] {
  const sharing = new Set<string>();
  const sent = new Set<string>();
  // The distinct workload's requests differ from each other: sharing there is not the point.
  const repeated = all.filter((m) => m.workload !== 'distinct');
  for (const m of repeated) {
    const alone = infos.find((w) => w.name === m.workload)?.upstreamPerRequest.byOperation[m.operation]?.[
      m.gateway
    ];
    if (alone === undefined || alone <= 0) continue;
    if (m.upstreamPerRequest < alone / 2) sharing.add(m.gateway);
    else sent.add(m.gateway);
  }
  if (sharing.size === 0) return [];
  const others = [...sent].filter((name) => !sharing.has(name));
  const withoutIt = [
    ['ours-dedup', 'ours'],
    ['hive-dedup', 'Hive'],
  ].filter(([name]) => all.some((m) => m.gateway === name));
  return [
    `Under load, ${[...sharing].join(', ')} made the subgraphs work far less per request than for one request alone ("upstream per req" against the counts under Workloads): ` +
      "they share identical in-flight subgraph fetches (ours: GATEWAY_DEDUP, on by default; Hive: @graphql-tools/executor-http's deduplicateInflightRequests, on by default). " +
      `On the standard and domain workloads every request is the same operation from ${connections.join(' or ')} connections, the best case for that` +
      (others.length > 0 ? `; ${others.join(', ')} sent every fetch. ` : '. ') +
      withoutIt.map(([name, base]) => `${name} is ${base} with it off. `).join('') +
      'The distinct workload sends different requests.',
  ];
}

/** The gateways that answered from memory, said once. */
function cannedNote(gateways: readonly GatewayInfo[]): string[] {
  return gateways.some((g) => g.name === 'floor')
    ? [
        'floor answers ours\'s verified answer from memory (no GraphQL work): it passes the same checks, byte for byte, but is not a gateway; it is there to show what the HTTP stack alone costs ("CPU ms/req" of ours over floor\'s, under Floor).',
      ]
    : [];
}

export function reportNotes(
  gateways: readonly GatewayInfo[],
  workloads: readonly WorkloadInfo[],
  measurements: readonly Measurement[],
  options: Pick<BenchOptions, 'connections'>,
): string[] {
  return [...READING, ...cannedNote(gateways), ...sharingNote(workloads, measurements, options.connections)];
}
