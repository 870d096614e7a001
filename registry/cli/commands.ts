/**
 * The CLI's commands, one function each, over the registry's HTTP API. Each prints its result
 * (stdout) and returns the exit code; what fails throws a `CliError`.
 */
import { readFile } from 'node:fs/promises';
import type { CheckReport } from '../src/checks/report.js';
import { CliError, failure, type RegistryClient } from './client.js';
import { plural, reportLines, table } from './format.js';

/** What a command receives: its arguments, the registry, the credential, and where to print. */
export interface CommandInput {
  readonly name: string;
  readonly options: {
    readonly schema?: string;
    readonly url?: string;
    readonly force?: boolean;
    readonly to?: string;
    readonly type?: string;
    readonly allow?: string;
    /** dev-token: a client application's credential (registry:operations) instead of a partner's. */
    readonly client?: boolean;
    /** traffic: the new policy, `KEY=VALUE,...` (empty: none). */
    readonly set?: string;
  };
  readonly client: RegistryClient;
  readonly token: string | undefined;
  readonly print: (line: string) => void;
}

export type Run = (input: CommandInput) => Promise<number>;

interface ChangeBody {
  readonly version: number;
  readonly unchanged?: boolean;
  readonly supergraph: { readonly version: number; readonly id: string };
  readonly report: CheckReport;
}

const NO_TOKEN_HINT =
  'Pass --token TOKEN or set INTEGRA_REGISTRY_TOKEN (in development: npm run -s subgraph -- dev-token NAME).';

function tokenHint(input: CommandInput): string | undefined {
  return input.token ? undefined : NO_TOKEN_HINT.replace('NAME', input.name);
}

/** Reading needs any partner's registry credential (unless the registry's reads are public). */
function readHint(input: CommandInput): string | undefined {
  return input.token ? undefined : NO_TOKEN_HINT.replace('NAME', 'YOUR-SUBGRAPH');
}

async function readSchema(file: string | undefined): Promise<string> {
  if (!file) throw new CliError('--schema FILE is required', 2);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read --schema ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      2,
    );
  }
}

function versionOption(text: string | undefined): number {
  if (!text || !/^[1-9]\d*$/.test(text))
    throw new CliError('--to VERSION must be a version number (1, 2, 3...)', 2);
  return Number(text);
}

/** Prints the findings of a refused change and returns 1; any other unexpected answer throws. */
function refused(input: CommandInput, answer: { status: number; body: unknown }, file?: string): never {
  const report = (answer.body as { report?: CheckReport } | undefined)?.report;
  if (answer.status !== 422 || !report) throw failure(answer, tokenHint(input));
  for (const line of reportLines(report, file)) input.print(line);
  throw new CliError(`${(answer.body as { error?: { message?: string } }).error?.message ?? 'refused'}`);
}

function short(id: string): string {
  return id.slice(0, 12);
}

export const check: Run = async (input) => {
  const sdl = await readSchema(input.options.schema);
  const answer = await input.client.send('POST', `/api/subgraphs/${encodeURIComponent(input.name)}/check`, {
    body: { sdl },
    token: input.token,
  });
  if (answer.status !== 200) throw failure(answer, tokenHint(input));
  const { report } = answer.body as { report: CheckReport };
  for (const line of reportLines(report, input.options.schema)) input.print(line);
  const counts = `${plural(report.errors.length, 'error')}, ${plural(report.warnings.length, 'warning')}`;
  input.print(
    report.ok ? `check passed: ${input.name} (${counts})` : `check failed: ${input.name} (${counts})`,
  );
  return report.ok ? 0 : 1;
};

export const publish: Run = async (input) => {
  const sdl = await readSchema(input.options.schema);
  if (!input.options.url) throw new CliError('--url URL (the routing URL of the subgraph) is required', 2);
  const body = { sdl, routingUrl: input.options.url, ...(input.options.force ? { force: true } : {}) };
  const answer = await input.client.send('POST', `/api/subgraphs/${encodeURIComponent(input.name)}/publish`, {
    body,
    token: input.token,
  });
  if (answer.status !== 200 && answer.status !== 201) return refused(input, answer, input.options.schema);
  const result = answer.body as ChangeBody;
  for (const line of reportLines(result.report, input.options.schema)) input.print(line);
  if (result.unchanged) {
    input.print(
      `${input.name} v${result.version} unchanged: the same SDL and URL are current (supergraph v${result.supergraph.version})`,
    );
  } else {
    const forced = result.report.ok ? '' : `, forced over ${plural(result.report.errors.length, 'error')}`;
    input.print(
      `published ${input.name} v${result.version}${forced}: supergraph v${result.supergraph.version} (${short(result.supergraph.id)})`,
    );
  }
  return 0;
};

export const rollback: Run = async (input) => {
  const version = versionOption(input.options.to);
  const answer = await input.client.send(
    'POST',
    `/api/subgraphs/${encodeURIComponent(input.name)}/rollback`,
    { body: { version }, token: input.token },
  );
  if (answer.status !== 200 && answer.status !== 201) return refused(input, answer);
  const result = answer.body as ChangeBody;
  for (const line of reportLines(result.report)) input.print(line);
  input.print(
    result.unchanged
      ? `${input.name} v${version} is already current: nothing to roll back (supergraph v${result.supergraph.version})`
      : `rolled back ${input.name} to v${version} as v${result.version}: supergraph v${result.supergraph.version} (${short(result.supergraph.id)})`,
  );
  return 0;
};

/**
 * `extensions OWNER --type TYPE [--allow a,b]`: whom the owner of TYPE allows to add fields to it;
 * with `--allow`, replaces the list (the owner's credential; `--allow ""` allows nobody, `*` everybody).
 */
/** `timeoutMs=3000,retries=0` as settings; the registry checks names and bounds. */
function settingsOf(text: string): Record<string, number> {
  const settings: Record<string, number> = {};
  for (const pair of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [key, value, ...rest] = pair.split('=').map((s) => s.trim());
    if (!key || value === undefined || rest.length > 0 || !/^-?\d+$/.test(value))
      throw new CliError(`--set takes KEY=INTEGER pairs separated by commas, got "${pair}"`, 2);
    settings[key] = Number(value);
  }
  return settings;
}

export const traffic: Run = async (input) => {
  const path = `/api/subgraphs/${encodeURIComponent(input.name)}/traffic`;
  const settings = input.options.set === undefined ? undefined : settingsOf(input.options.set);
  const answer = await input.client.send(settings ? 'PUT' : 'GET', path, {
    token: input.token,
    ...(settings ? { body: { settings } } : {}),
  });
  if (answer.status !== 200) throw failure(answer, tokenHint(input));
  const result = answer.body as { settings: Record<string, number>; setBy?: string; setAt?: string };
  const entries = Object.entries(result.settings);
  if (entries.length === 0) {
    input.print(`${input.name} has no traffic policy of its own: the gateways' defaults apply`);
    return 0;
  }
  input.print(`${input.name}'s traffic policy, recorded by ${result.setBy} at ${result.setAt}:`);
  for (const line of table(
    ['SETTING', 'VALUE'],
    entries.map(([key, value]) => [key, String(value)]),
  ))
    input.print(line);
  return 0;
};

export const extensions: Run = async (input) => {
  const type = input.options.type;
  if (!type) throw new CliError('--type TYPE is required', 2);
  const path = `/api/subgraphs/${encodeURIComponent(input.name)}/types/${encodeURIComponent(type)}/extensions`;
  const allow = input.options.allow
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const answer = await input.client.send(allow ? 'PUT' : 'GET', path, {
    token: input.token,
    ...(allow ? { body: { allow } } : {}),
  });
  if (answer.status !== 200) throw failure(answer, tokenHint(input));
  const result = answer.body as {
    type: string;
    owners: string[];
    allow: { subgraph: string; allowedBy: string; allowedAt: string }[];
  };
  input.print(
    `${result.type} is owned by ${result.owners.join(', ')}; ${result.allow.length === 0 ? 'no other subgraph may add fields to it' : 'these subgraphs may add fields to it:'}`,
  );
  for (const line of result.allow.length === 0
    ? []
    : table(
        ['SUBGRAPH', 'ALLOWED BY', 'ALLOWED AT'],
        result.allow.map((a) => [a.subgraph, a.allowedBy, a.allowedAt]),
      ))
    input.print(line);
  return 0;
};

export const list: Run = async (input) => {
  const answer = await input.client.send('GET', '/api/subgraphs', { token: input.token });
  if (answer.status !== 200) throw failure(answer, readHint(input));
  const { subgraphs } = answer.body as {
    subgraphs: {
      name: string;
      version: number;
      routingUrl: string;
      publishedBy: string;
      publishedAt: string;
      forced: boolean;
    }[];
  };
  const rows = subgraphs.map((s) => [
    s.name,
    `v${s.version}${s.forced ? ' (forced)' : ''}`,
    s.routingUrl,
    s.publishedBy,
    s.publishedAt,
  ]);
  for (const line of table(['NAME', 'VERSION', 'URL', 'PUBLISHED BY', 'PUBLISHED AT'], rows))
    input.print(line);
  return 0;
};

export const history: Run = async (input) => {
  const answer = await input.client.send('GET', `/api/subgraphs/${encodeURIComponent(input.name)}/versions`, {
    token: input.token,
  });
  if (answer.status !== 200) throw failure(answer, readHint(input));
  const { versions } = answer.body as {
    versions: {
      version: number;
      routingUrl: string;
      publishedBy: string;
      publishedAt: string;
      forcedBy: string | null;
      forced: boolean;
      rolledBackFrom: number | null;
      current: boolean;
    }[];
  };
  const rows = versions.map((v) => {
    const notes = [
      v.current ? 'current' : '',
      v.forced ? `forced by ${v.forcedBy ?? v.publishedBy}` : '',
      v.rolledBackFrom === null ? '' : `rollback to v${v.rolledBackFrom}`,
    ].filter(Boolean);
    return [`v${v.version}`, v.publishedAt, v.publishedBy, v.routingUrl, notes.join(', ')];
  });
  for (const line of table(['VERSION', 'PUBLISHED AT', 'PUBLISHED BY', 'URL', 'NOTES'], rows))
    input.print(line);
  return 0;
};

export const supergraph: Run = async (input) => {
  const answer = await input.client.send('GET', '/api/supergraph', { token: input.token });
  if (answer.status !== 200) throw failure(answer, readHint(input));
  input.print((answer.body as { sdl: string }).sdl.replace(/\n$/, ''));
  return 0;
};

export const devToken: Run = async (input) => {
  const query = input.options.client ? '?as=client' : '';
  const answer = await input.client.send('GET', `/api/dev-token/${encodeURIComponent(input.name)}${query}`);
  if (answer.status !== 200) throw failure(answer, undefined, false);
  input.print((answer.body as { token: string }).token);
  return 0;
};

/** `new NAME`: the scaffold, built elsewhere (registry/cli/scaffold.ts), loaded only when asked for. */
export const scaffoldNew: Run = async (input) => {
  const { scaffold } = await import('./scaffold.js');
  await scaffold(input.name);
  return 0;
};
