/**
 * `npm run subgraph -- <command>`: the partners' command line for the schema registry.
 *
 *   check NAME --schema FILE                 run the registry's checks; exit 1 when they fail
 *   publish NAME --schema FILE --url URL [--force]
 *   list | history NAME | rollback NAME --to VERSION | supergraph
 *   extensions OWNER --type TYPE [--allow a,b]   who may add fields to OWNER's TYPE (--allow: set it)
 *   traffic NAME [--set timeoutMs=3000,retries=0]  NAME's traffic policy at the gateways (--set: replace it; "" clears)
 *   dev-token NAME                           a development credential (last line of the output)
 *   new NAME                                 a new subgraph from the template
 *
 * `--registry URL` or INTEGRA_REGISTRY_URL (default http://127.0.0.1:4100); `--token T` or
 * INTEGRA_REGISTRY_TOKEN. The command's output goes to stdout (so `npm run -s` prints only that),
 * failures to stderr. Exit codes: 0 done, 1 refused or failed, 2 usage mistake.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CliError, createClient } from './client.js';
import * as commands from './commands.js';
import type { Run } from './commands.js';

type OptionName = 'schema' | 'url' | 'force' | 'to' | 'type' | 'allow' | 'client' | 'set';

interface CommandSpec {
  readonly run: Run;
  /** The arguments after the command, for the usage line. */
  readonly usage: string;
  readonly needsName: boolean;
  readonly options: readonly OptionName[];
}

/** Every command; `new` is dispatched to registry/cli/scaffold.ts. */
const COMMANDS: Readonly<Record<string, CommandSpec>> = {
  check: { run: commands.check, usage: 'check NAME --schema FILE', needsName: true, options: ['schema'] },
  publish: {
    run: commands.publish,
    usage: 'publish NAME --schema FILE --url URL [--force]',
    needsName: true,
    options: ['schema', 'url', 'force'],
  },
  list: { run: commands.list, usage: 'list', needsName: false, options: [] },
  history: { run: commands.history, usage: 'history NAME', needsName: true, options: [] },
  rollback: { run: commands.rollback, usage: 'rollback NAME --to VERSION', needsName: true, options: ['to'] },
  supergraph: { run: commands.supergraph, usage: 'supergraph', needsName: false, options: [] },
  extensions: {
    run: commands.extensions,
    usage: 'extensions OWNER --type TYPE [--allow SUBGRAPH,...]',
    needsName: true,
    options: ['type', 'allow'],
  },
  traffic: {
    run: commands.traffic,
    usage: 'traffic NAME [--set KEY=VALUE,...]',
    needsName: true,
    options: ['set'],
  },
  'dev-token': {
    run: commands.devToken,
    usage: 'dev-token NAME [--client]',
    needsName: true,
    options: ['client'],
  },
  new: { run: commands.scaffoldNew, usage: 'new NAME', needsName: true, options: [] },
};

const COMMON = '[--registry URL] [--token TOKEN]';
const USAGE = [
  `usage: npm run -s subgraph -- <command> ${COMMON}`,
  ...Object.values(COMMANDS).map((spec) => `  ${spec.usage}`),
].join('\n');

function usageError(message: string, command?: string): CliError {
  const spec = command ? COMMANDS[command] : undefined;
  return new CliError(
    `${message}\n${spec ? `usage: npm run -s subgraph -- ${spec.usage} ${COMMON}` : USAGE}`,
    2,
  );
}

function registryUrl(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  const value = flag ?? (env['INTEGRA_REGISTRY_URL']?.trim() || 'http://127.0.0.1:4100');
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw usageError(`${flag ? '--registry' : 'INTEGRA_REGISTRY_URL'} "${value}" is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw usageError(`the registry URL must be http or https, got "${value}"`);
  return value;
}

/** Runs the CLI over `argv` (without `node` and the script); resolves with the exit code. */
export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  print: (line: string) => void,
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, name, ...extra] = positionals;
  if (values.help || command === 'help') {
    print(USAGE);
    return 0;
  }
  if (!command) throw usageError('a command is required');
  const spec = COMMANDS[command];
  if (!spec) throw usageError(`unknown command "${command}"`);
  if (spec.needsName && !name) throw usageError(`${command} needs a subgraph NAME`, command);
  if (extra.length > 0 || (!spec.needsName && name))
    throw usageError(`unexpected argument "${spec.needsName ? extra[0] : name}"`, command);
  const given = (['schema', 'url', 'force', 'to', 'type', 'allow', 'client', 'set'] as const).filter(
    (option) => values[option] !== undefined,
  );
  const stray = given.find((option) => !spec.options.includes(option));
  if (stray) throw usageError(`${command} takes no --${stray}`, command);

  const client = createClient(registryUrl(values.registry, env));
  const token = values.token ?? (env['INTEGRA_REGISTRY_TOKEN']?.trim() || undefined);
  return spec.run({ name: name ?? '', options: values, client, token, print }).catch((error: unknown) => {
    // A usage mistake found by the command (a missing --schema) gets that command's usage line.
    if (error instanceof CliError && error.exitCode === 2) throw usageError(error.message, command);
    throw error;
  });
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      registry: { type: 'string' },
      token: { type: 'string' },
      schema: { type: 'string' },
      url: { type: 'string' },
      force: { type: 'boolean' },
      to: { type: 'string' },
      type: { type: 'string' },
      allow: { type: 'string' },
      client: { type: 'boolean' },
      set: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

// Run when executed (not when a test imports `main`).
if (process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url) {
  main(process.argv.slice(2), process.env, (line) => process.stdout.write(`${line}\n`)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof CliError) {
        process.stderr.write(`subgraph: ${error.message}\n`);
        process.exitCode = error.exitCode;
        return;
      }
      process.stderr.write(
        `subgraph: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
