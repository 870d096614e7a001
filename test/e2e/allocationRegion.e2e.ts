/**
 * Where money may go, through the whole graph: the funding subgraph takes a pilot action's region
 * from its owner (pilot-actions), asking the gateway, never from earlier allocations. A managing
 * authority limited to one region cannot fund another region's action, even as its first funder,
 * so the region that leads the action is never locked out of funding it; an action the owner does
 * not know is refused naming the field; when the owner cannot answer, nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../tokens.js';
import {
  AllocateToPilotActionDocument,
  CreatePilotActionDocument,
} from '../../clients/__generated__/operations.js';
import { startE2EGraph, type E2EGraph } from './harness.js';

let graph: E2EGraph;
/** A pilot action Piedmont (01) leads, created for this file: nobody has funded it yet. */
let piedmontAction: string;

beforeAll(async () => {
  graph = await startE2EGraph();
  const created = await graph.execute(
    CreatePilotActionDocument,
    {
      input: {
        code: 'PNI-PIE-91',
        title: { it: 'Torino: mediazione interculturale nei servizi per il lavoro' },
        thematicArea: 'LANGUAGE_AND_EDUCATION',
        leadAuthority: { regionCode: '01' },
        partnerAssociationIds: [],
        municipalityCodes: ['001272'],
        relatedServiceIds: [],
        startsOn: '2026-01-01',
      },
    },
    await bearer('pilot-actions', ['pilot-actions:write']),
  );
  expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
  piedmontAction = created.data!.createPilotAction!.id;
});
afterAll(() => graph?.dispose());

const allocation = (fundingSourceId: string, pilotActionId: string) => ({
  input: { fundingSourceId, pilotActionId, committed: '1000.00', startsOn: '2027-01-01' },
});
const LOMBARDY_ESF = 'FS-PR-FSEPLUS-03-2021-2027';
const PIEDMONT_ESF = 'FS-PR-FSEPLUS-01-2021-2027';
const FAMI = 'FS-FAMI-2021-2027';

/** The allocations of an action, through the gateway; in one region when `region` is given. */
async function allocationsOf(pilotActionId: string, region?: string): Promise<number> {
  const result = await graph.execute<{ allocations: { totalCount: number } }, unknown>(
    `query($id: ID!, $region: ID) { allocations(filter: { pilotActionId: $id, regionCode: $region }) { totalCount } }`,
    { id: pilotActionId, region },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.allocations.totalCount;
}

describe("an allocation's region is its pilot action's lead region, as the owner says", () => {
  it("refuses a region-03 authority funding region 01's action first, and region 01 then funds it", async () => {
    const lombardy = await bearer('funding', ['funding:write'], '03');
    const refused = await graph.execute(
      AllocateToPilotActionDocument,
      allocation(LOMBARDY_ESF, piedmontAction),
      lombardy,
    );
    expect(refused.data).toEqual({ allocateToPilotAction: null });
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: `Pilot action ${piedmontAction} belongs to region 01; the caller may change only region 03's records`,
    });
    expect(await allocationsOf(piedmontAction)).toBe(0);

    const piedmont = await bearer('funding', ['funding:write'], '01');
    const own = await graph.execute(
      AllocateToPilotActionDocument,
      allocation(PIEDMONT_ESF, piedmontAction),
      piedmont,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.allocateToPilotAction).toMatchObject({
      committed: '1000.00',
      pilotAction: { id: piedmontAction },
    });
    expect(await allocationsOf(piedmontAction, '01')).toBe(1);
  });

  it("refuses a region-03 authority another region's action that is already funded, from any source", async () => {
    const lombardy = await bearer('funding', ['funding:write'], '03');
    for (const source of [LOMBARDY_ESF, PIEDMONT_ESF]) {
      const refused = await graph.execute(
        AllocateToPilotActionDocument,
        allocation(source, 'PA-001'),
        lombardy,
      );
      expect(refused.errors?.[0]).toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message: expect.stringMatching(/PA-001 belongs to region 01/),
      });
    }
  });

  it('lets a national authority fund an action without saying where it is: the allocation is placed in the lead region', async () => {
    const national = await bearer('funding', ['funding:write']);
    const done = await graph.execute(
      AllocateToPilotActionDocument,
      allocation(FAMI, piedmontAction),
      national,
    );
    expect(done.errors).toBeUndefined();
    expect(await allocationsOf(piedmontAction, '01')).toBe(2);
    expect(await allocationsOf(piedmontAction)).toBe(2);
  });

  it('refuses an action its owner does not know, naming the field', async () => {
    const national = await bearer('funding', ['funding:write']);
    const unknown = await graph.execute(AllocateToPilotActionDocument, allocation(FAMI, 'PA-999'), national);
    expect(unknown.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.pilotActionId' },
      message: expect.stringMatching(/no pilot action has the id "PA-999"/),
    });
    expect(await allocationsOf('PA-999')).toBe(0);
  });

  it('writes nothing when the owner cannot answer, whatever earlier allocations say', async () => {
    const national = await bearer('funding', ['funding:write']);
    // PA-006 (Aosta Valley's) has seeded allocations, and was never asked about in this file (no cached answer).
    const before = await allocationsOf('PA-006');
    expect(before).toBeGreaterThan(0);
    await graph.stopSubgraph('pilot-actions');
    try {
      const refused = await graph.execute(
        AllocateToPilotActionDocument,
        allocation(FAMI, 'PA-006'),
        national,
      );
      expect(refused.data).toEqual({ allocateToPilotAction: null });
      expect(refused.errors?.[0]).toMatchObject({
        extensions: { code: 'GRAPH_UNAVAILABLE' },
        message: expect.stringMatching(
          /lead region of pilot action PA-006 could not be read from its owner \(pilot-actions\)/,
        ),
      });
      expect(await allocationsOf('PA-006')).toBe(before);
    } finally {
      await graph.startSubgraph('pilot-actions');
    }
    const afterwards = await graph.execute(
      AllocateToPilotActionDocument,
      allocation(FAMI, 'PA-006'),
      national,
    );
    expect(afterwards.errors).toBeUndefined();
    expect(await allocationsOf('PA-006', '02')).toBe(before + 1);
  });
});
