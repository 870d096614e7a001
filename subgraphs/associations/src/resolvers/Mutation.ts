import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { InputCheck } from '../../../../lib/writes/input.js';
import {
  claimVersion,
  requireRegion,
  requireWriter,
  runWrite,
  type WriteRule,
} from '../../../../lib/writes/write.js';
import * as writes from '../data/associations.writes.js';
import { checkAssociationId } from './input.js';
import { checkRegisterAssociation, checkUpdateAssociation } from './writeInput.js';
import { checkRegisterNumberFree, checkUpdateAgainstStored } from './writeRules.js';

/** Associations belong to the register's partner; a regional token writes only its region's. */
const RULE: WriteRule = { partner: 'associations', scope: 'associations:write' };

export const Mutation: MutationResolvers = {
  registerAssociation: async (_parent, { input }, { db, caller, requestId }) => {
    const writer = requireWriter(caller, RULE);
    const { values, links, seat } = checkRegisterAssociation(input);
    requireRegion(writer, seat.regionCode, `Municipality ${seat.istatCode}`);
    return runWrite(db, { caller: writer, requestId }, async ({ trx, audit }) => {
      // Checked in the transaction: a registration racing for the same number loses on the unique
      // index, is run again by runWrite, and then finds the number taken here.
      const check = new InputCheck();
      await checkRegisterNumberFree(check, trx, values.register_number, null);
      check.done();
      const id = await writes.nextAssociationId(trx);
      const changes = await writes.insertAssociation(trx, id, values, links);
      audit({
        action: 'registerAssociation',
        entityType: 'Association',
        entityId: id,
        region: seat.regionCode,
        changes,
      });
      return (await writes.associationForWrite(trx, id))!;
    });
  },

  updateAssociation: async (_parent, { id, expectedVersion, input }, { db, caller, requestId }) => {
    const writer = requireWriter(caller, RULE);
    checkAssociationId('id', id);
    const update = checkUpdateAssociation(input);
    return runWrite(db, { caller: writer, requestId }, async ({ trx, audit }) => {
      await claimVersion(
        trx,
        { table: 'associations', id, idField: 'id', what: `Association ${id}` },
        expectedVersion,
      );
      const row = (await writes.associationForWrite(trx, id))!;
      requireRegion(writer, row.seat_region_code, `Association ${id}`);
      if (update.seat) requireRegion(writer, update.seat.regionCode, `Municipality ${update.seat.istatCode}`);
      const before = { row, links: await writes.linksForWrite(trx, id) };
      await checkUpdateAgainstStored(trx, before, update, input);
      const changes = await writes.updateAssociation(trx, before, update.values, update.links);
      audit({
        action: 'updateAssociation',
        entityType: 'Association',
        entityId: id,
        region: update.seat?.regionCode ?? row.seat_region_code,
        changes,
      });
      return (await writes.associationForWrite(trx, id))!;
    });
  },
};
