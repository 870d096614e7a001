/**
 * A DataLoader per distinct set of arguments: fields of many parents asked with the same arguments
 * (every region's `residents(year: 2024)`) become one call of `fetch` with all their keys, so one
 * statement, whatever the number of parents; other arguments get their own batch.
 */
import DataLoader from 'dataloader';

export interface ArgsLoader<Args, Value> {
  load(key: string, args: Args): Promise<Value>;
}

/** `fetch` answers one value per key, in the order of `keys`. */
export function argsLoader<Args, Value>(fetch: (keys: readonly string[], args: Args) => Promise<Value[]>): ArgsLoader<Args, Value> {
  const byArgs = new Map<string, DataLoader<string, Value>>();
  return {
    load(key, args) {
      const signature = JSON.stringify(args);
      let loader = byArgs.get(signature);
      if (!loader) {
        loader = new DataLoader<string, Value>((keys) => fetch(keys, args));
        byArgs.set(signature, loader);
      }
      return loader.load(key);
    },
  };
}
