/**
 * The subgraphs a production build holds (dist/subgraphs/<name>/src/main.js): all of them after
 * `npm run build`, one in a subgraph's image (deploy/subgraph.Dockerfile keeps only its own).
 */
import { existsSync, readdirSync } from 'node:fs';

const subgraphsDir = new URL('../subgraphs/', import.meta.url);

/** The main module of the subgraph `name` in this build. */
export function subgraphMain(name: string): URL {
  return new URL(`${name}/src/main.js`, subgraphsDir);
}

/** The names of the subgraphs in this build. */
export function builtSubgraphs(): string[] {
  if (!existsSync(subgraphsDir)) return [];
  return readdirSync(subgraphsDir)
    .filter((name) => existsSync(subgraphMain(name)))
    .sort();
}

/**
 * `name` when this build holds it; with no name, the build's only subgraph (a subgraph's image).
 * @throws {Error} saying which subgraphs the build holds
 */
export function chooseSubgraph(name: string | undefined): string {
  const built = builtSubgraphs();
  if (name === undefined && built.length === 1) return built[0]!;
  if (name !== undefined && /^[a-z][a-z0-9-]*$/.test(name) && built.includes(name)) return name;
  const which = name === undefined ? 'Which subgraph?' : `No subgraph "${name}" in this build.`;
  throw new Error(`${which} It holds ${built.join(', ') || 'none (run npm run build)'}.`);
}
