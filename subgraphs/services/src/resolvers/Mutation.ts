import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../../../lib/errors.js';
import {
  claimVersion,
  notFound,
  requireRegion,
  requireWriter,
  runWrite,
  type WriteRule,
} from '../../../../lib/writes/write.js';
import * as writes from '../data/services.writes.js';
import { checkServiceId } from './input.js';
import { checkCreateService, checkUpdateService } from './writeInput.js';

/** Services belong to the Integration Portal's partner; a regional token writes only its region's. */
const RULE: WriteRule = { partner: 'services', scope: 'services:write' };

function alreadyClosed(id: string): GraphQLError {
  return new GraphQLError(`Service ${id} is closed and can no longer change`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument: 'id' },
  });
}

export const Mutation: MutationResolvers = {
  createService: async (_parent, { input }, { db, caller, requestId }) => {
    const writer = requireWriter(caller, RULE);
    const { values, municipality } = checkCreateService(input);
    requireRegion(writer, municipality!.regionCode, `Municipality ${municipality!.istatCode}`);
    return runWrite(db, { caller: writer, requestId }, async ({ trx, audit }) => {
      const id = await writes.nextServiceId(trx);
      const changes = await writes.insertService(trx, id, values, new Date().toISOString());
      audit({
        action: 'createService',
        entityType: 'Service',
        entityId: id,
        region: municipality!.regionCode,
        changes,
      });
      return (await writes.serviceForWrite(trx, id))!;
    });
  },

  updateService: async (_parent, { id, expectedVersion, input }, { db, caller, requestId }) => {
    const writer = requireWriter(caller, RULE);
    checkServiceId('id', id);
    const { values, municipality } = checkUpdateService(input);
    return runWrite(db, { caller: writer, requestId }, async ({ trx, audit }) => {
      await claimVersion(
        trx,
        { table: 'services', id, idField: 'id', what: `Service ${id}` },
        expectedVersion,
      );
      const before = (await writes.serviceForWrite(trx, id))!;
      requireRegion(writer, before.region_code, `Service ${id}`);
      if (municipality)
        requireRegion(writer, municipality.regionCode, `Municipality ${municipality.istatCode}`);
      if (before.closed_at !== null) throw alreadyClosed(id);
      const changes = await writes.updateService(trx, before, values, new Date().toISOString());
      audit({
        action: 'updateService',
        entityType: 'Service',
        entityId: id,
        region: municipality?.regionCode ?? before.region_code,
        changes,
      });
      return (await writes.serviceForWrite(trx, id))!;
    });
  },

  closeService: async (_parent, { id, expectedVersion }, { db, caller, requestId }) => {
    const writer = requireWriter(caller, RULE);
    checkServiceId('id', id);
    return runWrite(db, { caller: writer, requestId }, async ({ trx, audit }) => {
      await claimVersion(
        trx,
        { table: 'services', id, idField: 'id', what: `Service ${id}` },
        expectedVersion,
      );
      const before = await writes.serviceForWrite(trx, id);
      if (!before) throw notFound('id', `Service ${id}`);
      requireRegion(writer, before.region_code, `Service ${id}`);
      if (before.closed_at !== null) throw alreadyClosed(id);
      const now = new Date().toISOString();
      const changes = await writes.updateService(trx, before, { closed_at: now }, now);
      audit({
        action: 'closeService',
        entityType: 'Service',
        entityId: id,
        region: before.region_code,
        changes,
      });
      return (await writes.serviceForWrite(trx, id))!;
    });
  },
};
