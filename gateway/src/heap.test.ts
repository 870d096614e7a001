import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gatewayNodeFlags, limitHeapGrowth } from './heap.js';

const churn = fileURLToPath(new URL('./testing/heapChurn.ts', import.meta.url));

/** The largest heap (MiB) of a process that allocates like a loaded gateway, with the given growth percentage. */
function largestHeapMiB(percent: number): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', churn, String(percent)], {
    encoding: 'utf8',
    env: { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true' },
  });
  return Number(out.trim());
}

describe('GATEWAY_HEAP_GROWTH_PERCENT', () => {
  it("keeps an allocation-heavy process's heap well below what V8's own growth reserves", () => {
    const own = largestHeapMiB(0);
    const limited = largestHeapMiB(50);
    expect(own).toBeGreaterThan(0);
    expect(limited).toBeLessThan(own * 0.85);
  }, 60_000);

  it('refuses what is not a whole, non-negative percentage', () => {
    expect(() => limitHeapGrowth(-1)).toThrow(RangeError);
    expect(() => limitHeapGrowth(2.5)).toThrow(RangeError);
  });
});

describe("the gateway's Node flags (GATEWAY_SEMI_SPACE_MIB)", () => {
  it('set the semi-spaces at 32 MiB by default, as set, or not at all with 0, and refuse a bad value', () => {
    expect(gatewayNodeFlags({})).toEqual(['--max-semi-space-size=32']);
    expect(gatewayNodeFlags({ GATEWAY_SEMI_SPACE_MIB: '8' })).toEqual(['--max-semi-space-size=8']);
    expect(gatewayNodeFlags({ GATEWAY_SEMI_SPACE_MIB: '0' })).toEqual([]);
    expect(() => gatewayNodeFlags({ GATEWAY_SEMI_SPACE_MIB: 'lots' })).toThrow(
      /GATEWAY_SEMI_SPACE_MIB must be a whole number/,
    );
  });

  it('are what npm run gateway passes, unset or set (npm start and the benchmark call gatewayNodeFlags)', () => {
    const scripts = (
      JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    // The command line npm's shell runs for the script, with the variable unset or set.
    const launched = (env: Record<string, string>) =>
      execFileSync('sh', ['-c', `echo ${scripts['gateway']}`], {
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', ...env },
      })
        .split(/\s+/)
        .filter((arg) => arg.startsWith('--max-semi-space-size'));
    expect(launched({})).toEqual(gatewayNodeFlags({}));
    expect(launched({ GATEWAY_SEMI_SPACE_MIB: '8' })).toEqual(
      gatewayNodeFlags({ GATEWAY_SEMI_SPACE_MIB: '8' }),
    );
  });

  it('take effect: they size the young generation, which V8 lets grow to 32 MiB otherwise', () => {
    // Allocates short-lived objects until the new space has grown as far as it may.
    const churn = 'let k=[];for(let i=0;i<3e6;i++){k.push({i});if(k.length>2e5)k=[]}';
    const report =
      "console.log(require('v8').getHeapSpaceStatistics().find((s)=>s.space_name==='new_space').space_size)";
    const newSpaceMiB = (flags: readonly string[]) =>
      Number(
        execFileSync(process.execPath, [...flags, '-e', churn + ';' + report], { encoding: 'utf8' }).trim(),
      ) /
      2 ** 20;
    expect(newSpaceMiB(gatewayNodeFlags({ GATEWAY_SEMI_SPACE_MIB: '4' }))).toBeLessThanOrEqual(8);
    expect(newSpaceMiB(gatewayNodeFlags({ GATEWAY_SEMI_SPACE_MIB: '0' }))).toBeGreaterThan(8);
    expect(newSpaceMiB(gatewayNodeFlags({}))).toBeGreaterThan(8);
  });
});
