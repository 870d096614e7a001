import type { BeneficiaryKind, CallResolvers } from '../__generated__/resolvers-types.js';
import { localize, parseTexts } from '../../../../lib/locale.js';
import { loadConnection } from '../../../../lib/pagination.js';

const BENEFICIARIES: readonly BeneficiaryKind[] = [
  'REGION',
  'MUNICIPALITY',
  'THIRD_SECTOR_BODY',
  'ASSOCIATION',
  'SCHOOL',
  'HEALTH_UNIT',
  'UNIVERSITY',
];

function isBeneficiary(value: unknown): value is BeneficiaryKind {
  return BENEFICIARIES.includes(value as BeneficiaryKind);
}

/** Parses the stored JSON list; an unknown kind is a data error, not something to pass on. */
function parseBeneficiaries(json: string, callId: string): BeneficiaryKind[] {
  const values: unknown = JSON.parse(json);
  if (!Array.isArray(values) || !values.every(isBeneficiary))
    throw new Error(`call ${callId} has malformed beneficiaries: ${json}`);
  return values;
}

export const Call: CallResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.call.load(reference.id),
  title: (call, { lang }, { locale }) => localize(parseTexts(call.title_i18n), lang, locale),
  fundingSource: async (call, _args, { loaders }) => {
    const source = await loaders.fundingSource.load(call.funding_source_id);
    if (!source) throw new Error(`call ${call.id} refers to missing source ${call.funding_source_id}`);
    return source;
  },
  budget: (call) => call.budget_cents,
  opensOn: (call) => call.opens_on,
  closesOn: (call) => call.closes_on,
  eligibleBeneficiaries: (call) => parseBeneficiaries(call.eligible_beneficiaries, call.id),
  // Derived in SQL from the dates and the fixed reference date (see calls.repository.ts).
  status: (call) => call.status,
  allocations: (call, args, { loaders }) =>
    loadConnection(args, (page) => loaders.allocationsOfCall.load(call.id, {}, page)),
};
