/** The gateways, in the order each round runs them. */
import { hive, hiveRust } from './hive.js';
import { ours } from './ours.js';
import type { GatewayKind } from './types.js';
import { vanilla } from './vanilla.js';

export const gateways: readonly GatewayKind[] = [ours, vanilla, hive, hiveRust];
