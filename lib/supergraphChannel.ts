/**
 * The Redis pub/sub channel on which the schema registry announces every new supergraph (the
 * message is its version number) and to which gateways listen: one name for both sides.
 */
export const SUPERGRAPH_CHANNEL = 'integra:supergraph';
