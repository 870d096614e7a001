import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import type { Caller } from '../../../../lib/auth/caller.js';
import { InputCheck } from '../../../../lib/writes/input.js';
import {
  claimVersion,
  requireRegion,
  requireWriter,
  runWrite,
  type WriteRule,
} from '../../../../lib/writes/write.js';
import { issueIdOf } from '../domain/ids.js';
import { checkId } from '../../../../lib/ids.js';
import * as writes from '../data/content.writes.js';
import { checkAddPublication, checkPublishIssue, checkUpdatePublication } from './writeInput.js';

/** The Portal's content belongs to its editorial office. */
const RULE: WriteRule = { partner: 'content', scope: 'content:write' };

/** The editorial office's records are national: a token limited to a region may not write them. */
function requireNationalWriter(caller: Caller | undefined, what: string): Caller {
  const writer = requireWriter(caller, RULE);
  requireRegion(writer, null, what);
  return writer;
}

export const Mutation: MutationResolvers = {
  addPublication: async (_parent, { input }, { db, caller, requestId }) => {
    const writer = requireNationalWriter(caller, 'A publication');
    const values = checkAddPublication(input);
    return runWrite(db, { caller: writer, requestId }, async ({ trx, audit }) => {
      const check = new InputCheck();
      const existing = await writes.samePublication(trx, values);
      if (existing !== undefined)
        check.fail('input.year', `${existing} is already the ${values.kind} of ${values.year}`);
      check.done();
      const { id, changes } = await writes.insertPublication(trx, values);
      audit({ action: 'addPublication', entityType: 'Publication', entityId: id, region: null, changes });
      return (await writes.publicationForWrite(trx, id))!;
    });
  },

  updatePublication: async (_parent, { id, expectedVersion, input }, { db, caller, requestId }) => {
    const writer = requireNationalWriter(caller, `Publication ${id}`);
    checkId('id', id, 'publication');
    return runWrite(db, { caller: writer, requestId }, async ({ trx, audit }) => {
      await claimVersion(
        trx,
        { table: 'publications', id, idField: 'id', what: `Publication ${id}` },
        expectedVersion,
      );
      const before = (await writes.publicationForWrite(trx, id))!;
      const values = checkUpdatePublication(input, before.year);
      const changes = await writes.updatePublication(trx, before, values);
      audit({ action: 'updatePublication', entityType: 'Publication', entityId: id, region: null, changes });
      return (await writes.publicationForWrite(trx, id))!;
    });
  },

  publishNewsletterIssue: async (_parent, { input }, { db, caller, requestId }) => {
    const writer = requireNationalWriter(caller, 'A newsletter issue');
    const issue = checkPublishIssue(input);
    return runWrite(db, { caller: writer, requestId }, async ({ trx, audit }) => {
      const check = new InputCheck();
      const slot = await writes.issueSlot(trx, issue.month);
      if (slot.taken) check.fail('input.month', `the issue of ${issue.month} is already published`);
      const linked = (key: 'event_id' | 'publication_id') =>
        issue.items.flatMap((item) => (item[key] == null ? [] : [item[key]]));
      const events = await writes.existingIds(trx, 'events', linked('event_id'));
      const publications = await writes.existingIds(trx, 'publications', linked('publication_id'));
      issue.items.forEach((item, i) => {
        if (item.event_id != null && !events.has(item.event_id))
          check.fail(`input.items.${i}.eventId`, `Event ${item.event_id} does not exist`);
        if (item.publication_id != null && !publications.has(item.publication_id))
          check.fail(`input.items.${i}.publicationId`, `Publication ${item.publication_id} does not exist`);
      });
      check.done();
      const id = issueIdOf(issue.month);
      const { items, ...columns } = issue;
      const changes = await writes.insertIssue(trx, { ...columns, id, number: slot.number }, items);
      audit({
        action: 'publishNewsletterIssue',
        entityType: 'NewsletterIssue',
        entityId: id,
        region: null,
        changes,
      });
      return (await writes.issueForWrite(trx, id))!;
    });
  },
};
