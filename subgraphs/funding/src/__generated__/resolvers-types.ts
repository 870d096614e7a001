import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { FundingSourceModel, CallModel, AllocationModel, PilotActionModel, PilotActionFundingModel, SourceFundingModel, AuditEntryModel } from '../mappers.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 (`YYYY-MM-DD`). */
  Date: { input: string; output: string; }
  /** A timestamp in ISO 8601, UTC. */
  DateTime: { input: string; output: string; }
  /** An exact sum in euro: a decimal string with two decimals, e.g. `1250000.00`. */
  Money: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AllocateInput = {
  /** A call of that source the money is awarded through (e.g. `CALL-0001`); the allocation then draws on the call's budget. */
  callId?: InputMaybe<Scalars['ID']['input']>;
  /** More than zero, and within what remains of the call's budget, or of the source's without a call. */
  committed: Scalars['Money']['input'];
  /** Not before `startsOn`; null for an open-ended allocation. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The source the money comes from, e.g. `FS-FAMI-2021-2027`. */
  fundingSourceId: Scalars['ID']['input'];
  /**
   * The pilot action funded, e.g. `PA-009`. Its region is its lead region, as its owner (pilot-actions)
   * says through the graph: a token limited to a region funds only the actions that region leads.
   */
  pilotActionId: Scalars['ID']['input'];
  startsOn: Scalars['Date']['input'];
};

export type Allocation = {
  __typename?: 'Allocation';
  call: Maybe<Call>;
  committed: Scalars['Money']['output'];
  endsOn: Maybe<Scalars['Date']['output']>;
  fundingSource: FundingSource;
  id: Scalars['ID']['output'];
  /** The latest `spentOn` date given to `recordSpending`; null when none was (the seeded figures carry no dates). */
  lastSpentOn: Maybe<Scalars['Date']['output']>;
  pilotAction: PilotAction;
  spent: Scalars['Money']['output'];
  startsOn: Scalars['Date']['output'];
  /** The record's version: an update names the version it read and fails with CONFLICT if the record changed since. */
  version: Scalars['Int']['output'];
};

export type AllocationConnection = {
  __typename?: 'AllocationConnection';
  edges: Array<AllocationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AllocationEdge = {
  __typename?: 'AllocationEdge';
  cursor: Scalars['String']['output'];
  node: Allocation;
};

export type AllocationFilter = {
  callId?: InputMaybe<Scalars['ID']['input']>;
  /** Only allocations committing at least this sum. */
  committedAtLeast?: InputMaybe<Scalars['Money']['input']>;
  /** Only allocations committing at most this sum. */
  committedAtMost?: InputMaybe<Scalars['Money']['input']>;
  fundingSourceId?: InputMaybe<Scalars['ID']['input']>;
  pilotActionId?: InputMaybe<Scalars['ID']['input']>;
  /** Allocations to the pilot actions of this region (ISTAT code, e.g. `03`). */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};

/** One accepted write: who changed which record, when, and what changed. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The mutation, e.g. `updateService`. */
  action: Scalars['String']['output'];
  /** The caller's subject (the token's `sub`). */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  changes: Array<FieldChange>;
  entityId: Scalars['ID']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  partner: Scalars['String']['output'];
  /** The gateway request that carried the write. */
  requestId: Maybe<Scalars['String']['output']>;
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type BeneficiaryKind =
  | 'ASSOCIATION'
  | 'HEALTH_UNIT'
  | 'MUNICIPALITY'
  | 'REGION'
  | 'SCHOOL'
  | 'THIRD_SECTOR_BODY'
  | 'UNIVERSITY';

/** Whether a cached answer may be shared between callers (PUBLIC) or kept for one caller only (PRIVATE); not part of the API. */
export type CacheControlScope =
  | 'PRIVATE'
  | 'PUBLIC';

export type Call = {
  __typename?: 'Call';
  allocations: AllocationConnection;
  budget: Scalars['Money']['output'];
  closesOn: Scalars['Date']['output'];
  eligibleBeneficiaries: Array<BeneficiaryKind>;
  fundingSource: FundingSource;
  id: Scalars['ID']['output'];
  opensOn: Scalars['Date']['output'];
  /** Derived from the dates relative to the reference date of the data (2026-10-31): FORTHCOMING before opening, CLOSED after closing, OPEN in between. */
  status: CallStatus;
  title: LocalizedText;
  /** The record's version: an update names the version it read and fails with CONFLICT if the record changed since. */
  version: Scalars['Int']['output'];
};


export type CallAllocationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CallTitleArgs = {
  lang?: InputMaybe<Locale>;
};

export type CallConnection = {
  __typename?: 'CallConnection';
  edges: Array<CallEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CallEdge = {
  __typename?: 'CallEdge';
  cursor: Scalars['String']['output'];
  node: Call;
};

export type CallFilter = {
  fundingSourceId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<CallStatus>>;
};

export type CallStatus =
  | 'CLOSED'
  | 'FORTHCOMING'
  | 'OPEN';

/** A changed field, with its values before and after as JSON text (null where there was none). */
export type FieldChange = {
  __typename?: 'FieldChange';
  after: Maybe<Scalars['String']['output']>;
  before: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

export type FundingKind =
  /** Innovative and alternative sources (social impact bonds, foundations, crowdfunding...). */
  | 'INNOVATIVE'
  | 'ORDINARY';

export type FundingLevel =
  | 'EU'
  | 'LOCAL'
  | 'NATIONAL'
  | 'PRIVATE'
  | 'REGIONAL';

export type FundingSource = {
  __typename?: 'FundingSource';
  allocations: AllocationConnection;
  calls: CallConnection;
  /** Share paid by the source, in percent (the rest is co-financing), e.g. `75.00`. */
  cofinancingRatePercent: Scalars['String']['output'];
  /** Sum committed over all allocations of this source. */
  committed: Scalars['Money']['output'];
  id: Scalars['ID']['output'];
  kind: FundingKind;
  level: FundingLevel;
  managingAuthority: LocalizedText;
  /** The municipality of a municipal budget line or civic crowdfunding; null otherwise. */
  municipality: Maybe<Municipality>;
  name: LocalizedText;
  /** Pilot actions this source funds (each once), ordered by id. */
  pilotActions: PilotActionConnection;
  priorities: Array<IntegrationPriority>;
  /** Programming period, e.g. `2021-2027`. */
  programmingPeriod: Scalars['String']['output'];
  /** The region of a regional or local source; null for EU, national and multi-regional sources. */
  region: Maybe<Region>;
  /** Sum spent over all allocations of this source. */
  spent: Scalars['Money']['output'];
  totalBudget: Scalars['Money']['output'];
  /** The record's version: an update names the version it read and fails with CONFLICT if the record changed since. */
  version: Scalars['Int']['output'];
};


export type FundingSourceAllocationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type FundingSourceCallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CallFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type FundingSourceManagingAuthorityArgs = {
  lang?: InputMaybe<Locale>;
};


export type FundingSourceNameArgs = {
  lang?: InputMaybe<Locale>;
};


export type FundingSourcePilotActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type FundingSourceConnection = {
  __typename?: 'FundingSourceConnection';
  edges: Array<FundingSourceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FundingSourceEdge = {
  __typename?: 'FundingSourceEdge';
  cursor: Scalars['String']['output'];
  node: FundingSource;
};

export type FundingSourceFilter = {
  kind?: InputMaybe<FundingKind>;
  levels?: InputMaybe<Array<FundingLevel>>;
  /** Case-insensitive substring of the Italian name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Sources serving at least one of these priorities. */
  priorities?: InputMaybe<Array<IntegrationPriority>>;
  programmingPeriod?: InputMaybe<Scalars['String']['input']>;
  /** Regional and local sources of this region (ISTAT code, e.g. `03`): its own lines, its municipalities' and its territorial foundations'. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};

/** The 2021-2027 integration priorities a source can serve. */
export type IntegrationPriority =
  | 'COOPERATION_BETWEEN_ACTORS'
  | 'DECENT_WORK'
  | 'LEGAL_ENTRY_CHANNELS'
  | 'MIGRANT_WOMEN'
  | 'PARTICIPATION_CULTURE_AND_SPORT'
  | 'VULNERABLE_MIGRANTS'
  | 'YOUNG_PEOPLE_AND_WORKERS';

/** A language a text can be returned in. Italian is always available and is the fallback. */
export type Locale =
  | 'AR'
  | 'EN'
  | 'ES'
  | 'FR'
  | 'IT'
  | 'PA'
  | 'RU'
  | 'SQ'
  | 'TL'
  | 'UK'
  | 'ZH';

/** A human-readable text in the language that was actually returned. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  /** How to lay `text` out: RTL for a right-to-left script (Arabic), LTR otherwise. */
  direction: TextDirection;
  /** True when `text` is not in the language asked for: Italian was returned instead. */
  fallback: Scalars['Boolean']['output'];
  /** The language of `text`: the requested one when available, Italian otherwise. */
  locale: Locale;
  text: Scalars['String']['output'];
};

/** A text in Italian (required) and any other language of the graph. */
export type LocalizedTextInput = {
  ar?: InputMaybe<Scalars['String']['input']>;
  en?: InputMaybe<Scalars['String']['input']>;
  es?: InputMaybe<Scalars['String']['input']>;
  fr?: InputMaybe<Scalars['String']['input']>;
  it: Scalars['String']['input'];
  pa?: InputMaybe<Scalars['String']['input']>;
  ru?: InputMaybe<Scalars['String']['input']>;
  sq?: InputMaybe<Scalars['String']['input']>;
  tl?: InputMaybe<Scalars['String']['input']>;
  uk?: InputMaybe<Scalars['String']['input']>;
  zh?: InputMaybe<Scalars['String']['input']>;
};

export type Municipality = {
  __typename?: 'Municipality';
  istatCode: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Commits money of a funding source, optionally through one of its calls, to a pilot action; the
   * allocation gets the next id (`ALL-` and four digits) and starts with nothing spent. The sum may
   * not exceed what remains of the call's budget (through a call) or of the source's (directly). A
   * regional or local source funds pilot actions of its own region only. Same callers as `openCall`,
   * and a token limited to a region funds only the actions its region leads (the action's owner is
   * asked through the graph: GRAPH_UNAVAILABLE, with nothing written, when it cannot answer).
   */
  allocateToPilotAction: Maybe<Allocation>;
  /**
   * Opens a call for proposals under a funding source; the call gets the next id (`CALL-` and four
   * digits). Its budget is reserved from the source: it may not exceed what remains of the source's
   * total budget once the budgets of the source's other calls and the sums it committed directly
   * (not through a call) are taken out. Only the funding partner, with the `funding:write` scope; a
   * token that names a region (a regional managing authority) writes only under the sources of that
   * region, never under EU, national or multi-regional sources, which have no region.
   */
  openCall: Maybe<Call>;
  /**
   * Adds `amount` (more than zero) to what was spent of an allocation; spent may never exceed
   * committed. `expectedVersion` is the version of the allocation the spending is based on (CONFLICT
   * when it changed since, so the same spending is never recorded twice by a retry). `spentOn`, when
   * given, must fall within the allocation's dates and becomes its `lastSpentOn` if later. Same
   * callers as `openCall` (a regional token: allocations of its region's sources).
   */
  recordSpending: Maybe<Allocation>;
  /**
   * Changes the fields given of a call; `expectedVersion` is the version the change is based on
   * (CONFLICT, with `extensions.currentVersion`, when the call changed since). Closing a call early is
   * moving its `closesOn`. Its budget may not fall below what was committed through it, nor grow by
   * more than what remains of the source's budget. Same callers as `openCall`.
   */
  updateCall: Maybe<Call>;
};


export type MutationAllocateToPilotActionArgs = {
  input: AllocateInput;
};


export type MutationOpenCallArgs = {
  input: OpenCallInput;
};


export type MutationRecordSpendingArgs = {
  allocationId: Scalars['ID']['input'];
  amount: Scalars['Money']['input'];
  expectedVersion: Scalars['Int']['input'];
  spentOn?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationUpdateCallArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateCallInput;
};

export type OpenCallInput = {
  /** More than zero, and within what remains of the source's budget. */
  budget: Scalars['Money']['input'];
  /** Not before `opensOn`. */
  closesOn: Scalars['Date']['input'];
  /** At least one kind. */
  eligibleBeneficiaries: Array<BeneficiaryKind>;
  /** The source the call is published under, e.g. `FS-FAMI-2021-2027`. */
  fundingSourceId: Scalars['ID']['input'];
  opensOn: Scalars['Date']['input'];
  title: LocalizedTextInput;
};

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PilotAction = {
  __typename?: 'PilotAction';
  funding: PilotActionFunding;
  id: Scalars['ID']['output'];
};

export type PilotActionConnection = {
  __typename?: 'PilotActionConnection';
  edges: Array<PilotActionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PilotActionEdge = {
  __typename?: 'PilotActionEdge';
  cursor: Scalars['String']['output'];
  node: PilotAction;
};

/** What a pilot action receives, in total and per funding source. */
export type PilotActionFunding = {
  __typename?: 'PilotActionFunding';
  allocations: Array<Allocation>;
  bySource: Array<SourceFunding>;
  committed: Scalars['Money']['output'];
  spent: Scalars['Money']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** An allocation by id, e.g. `ALL-0001`. */
  allocation: Maybe<Allocation>;
  /** Allocations, ordered by id. */
  allocations: AllocationConnection;
  /** A call for proposals by id, e.g. `CALL-0001`. */
  call: Maybe<Call>;
  /** Calls for proposals, ordered by id. */
  calls: CallConnection;
  /** The funding partner's audit log: every accepted write, newest first. */
  fundingAuditLog: Maybe<AuditEntryConnection>;
  /** A funding source by id, e.g. `FS-FAMI-2021-2027`. */
  fundingSource: Maybe<FundingSource>;
  /** Funding sources, ordered by id. */
  fundingSources: FundingSourceConnection;
};


export type QueryAllocationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAllocationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AllocationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCallArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CallFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFundingAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFundingSourceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFundingSourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FundingSourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Region = {
  __typename?: 'Region';
  code: Scalars['ID']['output'];
};

export type SourceFunding = {
  __typename?: 'SourceFunding';
  committed: Scalars['Money']['output'];
  fundingSource: FundingSource;
  spent: Scalars['Money']['output'];
};

/** The direction a text's script is written in. */
export type TextDirection =
  | 'LTR'
  | 'RTL';

/** Fields left out are unchanged. */
export type UpdateCallInput = {
  budget?: InputMaybe<Scalars['Money']['input']>;
  closesOn?: InputMaybe<Scalars['Date']['input']>;
  eligibleBeneficiaries?: InputMaybe<Array<BeneficiaryKind>>;
  opensOn?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<LocalizedTextInput>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Allocation: Allocation;
  Call: Call;
  FundingSource: FundingSource;
  PilotAction: PilotAction;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Allocation:
    ( { __typename: 'Allocation' }
    & GraphQLRecursivePick<FederationTypes['Allocation'], {"id":true}> );
  Call:
    ( { __typename: 'Call' }
    & GraphQLRecursivePick<FederationTypes['Call'], {"id":true}> );
  FundingSource:
    ( { __typename: 'FundingSource' }
    & GraphQLRecursivePick<FederationTypes['FundingSource'], {"id":true}> );
  PilotAction:
    ( { __typename: 'PilotAction' }
    & GraphQLRecursivePick<FederationTypes['PilotAction'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AllocateInput: AllocateInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Allocation: ResolverTypeWrapper<AllocationModel>;
  AllocationConnection: ResolverTypeWrapper<Omit<AllocationConnection, 'edges'> & { edges: Array<ResolversTypes['AllocationEdge']> }>;
  AllocationEdge: ResolverTypeWrapper<Omit<AllocationEdge, 'node'> & { node: ResolversTypes['Allocation'] }>;
  AllocationFilter: AllocationFilter;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  BeneficiaryKind: BeneficiaryKind;
  CacheControlScope: CacheControlScope;
  Call: ResolverTypeWrapper<CallModel>;
  CallConnection: ResolverTypeWrapper<Omit<CallConnection, 'edges'> & { edges: Array<ResolversTypes['CallEdge']> }>;
  CallEdge: ResolverTypeWrapper<Omit<CallEdge, 'node'> & { node: ResolversTypes['Call'] }>;
  CallFilter: CallFilter;
  CallStatus: CallStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  FundingKind: FundingKind;
  FundingLevel: FundingLevel;
  FundingSource: ResolverTypeWrapper<FundingSourceModel>;
  FundingSourceConnection: ResolverTypeWrapper<Omit<FundingSourceConnection, 'edges'> & { edges: Array<ResolversTypes['FundingSourceEdge']> }>;
  FundingSourceEdge: ResolverTypeWrapper<Omit<FundingSourceEdge, 'node'> & { node: ResolversTypes['FundingSource'] }>;
  FundingSourceFilter: FundingSourceFilter;
  IntegrationPriority: IntegrationPriority;
  Locale: Locale;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  LocalizedTextInput: LocalizedTextInput;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Municipality: ResolverTypeWrapper<Municipality>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenCallInput: OpenCallInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PilotAction: ResolverTypeWrapper<PilotActionModel>;
  PilotActionConnection: ResolverTypeWrapper<Omit<PilotActionConnection, 'edges'> & { edges: Array<ResolversTypes['PilotActionEdge']> }>;
  PilotActionEdge: ResolverTypeWrapper<Omit<PilotActionEdge, 'node'> & { node: ResolversTypes['PilotAction'] }>;
  PilotActionFunding: ResolverTypeWrapper<PilotActionFundingModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<Region>;
  SourceFunding: ResolverTypeWrapper<SourceFundingModel>;
  TextDirection: TextDirection;
  UpdateCallInput: UpdateCallInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AllocateInput: AllocateInput;
  ID: Scalars['ID']['output'];
  Allocation: AllocationModel;
  AllocationConnection: Omit<AllocationConnection, 'edges'> & { edges: Array<ResolversParentTypes['AllocationEdge']> };
  AllocationEdge: Omit<AllocationEdge, 'node'> & { node: ResolversParentTypes['Allocation'] };
  AllocationFilter: AllocationFilter;
  AuditEntry: AuditEntryModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Call: CallModel;
  CallConnection: Omit<CallConnection, 'edges'> & { edges: Array<ResolversParentTypes['CallEdge']> };
  CallEdge: Omit<CallEdge, 'node'> & { node: ResolversParentTypes['Call'] };
  CallFilter: CallFilter;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  FieldChange: FieldChange;
  FundingSource: FundingSourceModel;
  FundingSourceConnection: Omit<FundingSourceConnection, 'edges'> & { edges: Array<ResolversParentTypes['FundingSourceEdge']> };
  FundingSourceEdge: Omit<FundingSourceEdge, 'node'> & { node: ResolversParentTypes['FundingSource'] };
  FundingSourceFilter: FundingSourceFilter;
  LocalizedText: LocalizedText;
  LocalizedTextInput: LocalizedTextInput;
  Money: Scalars['Money']['output'];
  Municipality: Municipality;
  Mutation: Record<PropertyKey, never>;
  OpenCallInput: OpenCallInput;
  PageInfo: PageInfo;
  PilotAction: PilotActionModel;
  PilotActionConnection: Omit<PilotActionConnection, 'edges'> & { edges: Array<ResolversParentTypes['PilotActionEdge']> };
  PilotActionEdge: Omit<PilotActionEdge, 'node'> & { node: ResolversParentTypes['PilotAction'] };
  PilotActionFunding: PilotActionFundingModel;
  Query: Record<PropertyKey, never>;
  Region: Region;
  SourceFunding: SourceFundingModel;
  UpdateCallInput: UpdateCallInput;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
}>;

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = Context, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ContactDirectiveArgs = {
  description?: Maybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  url?: Maybe<Scalars['String']['input']>;
};

export type ContactDirectiveResolver<Result, Parent, ContextType = Context, Args = ContactDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AllocationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Allocation'] = ResolversParentTypes['Allocation'], FederationReferenceType extends FederationReferenceTypes['Allocation'] = FederationReferenceTypes['Allocation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Allocation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  call?: Resolver<Maybe<ResolversTypes['Call']>, ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  fundingSource?: Resolver<ResolversTypes['FundingSource'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSpentOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  pilotAction?: Resolver<ResolversTypes['PilotAction'], ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AllocationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AllocationConnection'] = ResolversParentTypes['AllocationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AllocationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AllocationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AllocationEdge'] = ResolversParentTypes['AllocationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Allocation'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type CallResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Call'] = ResolversParentTypes['Call'], FederationReferenceType extends FederationReferenceTypes['Call'] = FederationReferenceTypes['Call']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Call']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allocations?: Resolver<ResolversTypes['AllocationConnection'], ParentType, ContextType, RequireFields<CallAllocationsArgs, 'first'>>;
  budget?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  closesOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  eligibleBeneficiaries?: Resolver<Array<ResolversTypes['BeneficiaryKind']>, ParentType, ContextType>;
  fundingSource?: Resolver<ResolversTypes['FundingSource'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  opensOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CallStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType, Partial<CallTitleArgs>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CallConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CallConnection'] = ResolversParentTypes['CallConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CallEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CallEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CallEdge'] = ResolversParentTypes['CallEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Call'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FieldChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FundingSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingSource'] = ResolversParentTypes['FundingSource'], FederationReferenceType extends FederationReferenceTypes['FundingSource'] = FederationReferenceTypes['FundingSource']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FundingSource']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allocations?: Resolver<ResolversTypes['AllocationConnection'], ParentType, ContextType, RequireFields<FundingSourceAllocationsArgs, 'first'>>;
  calls?: Resolver<ResolversTypes['CallConnection'], ParentType, ContextType, RequireFields<FundingSourceCallsArgs, 'first'>>;
  cofinancingRatePercent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FundingKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['FundingLevel'], ParentType, ContextType>;
  managingAuthority?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType, Partial<FundingSourceManagingAuthorityArgs>>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType, Partial<FundingSourceNameArgs>>;
  pilotActions?: Resolver<ResolversTypes['PilotActionConnection'], ParentType, ContextType, RequireFields<FundingSourcePilotActionsArgs, 'first'>>;
  priorities?: Resolver<Array<ResolversTypes['IntegrationPriority']>, ParentType, ContextType>;
  programmingPeriod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalBudget?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FundingSourceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingSourceConnection'] = ResolversParentTypes['FundingSourceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FundingSourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FundingSourceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingSourceEdge'] = ResolversParentTypes['FundingSourceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FundingSource'], ParentType, ContextType>;
}>;

export type LocalizedTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = ResolversObject<{
  direction?: Resolver<ResolversTypes['TextDirection'], ParentType, ContextType>;
  fallback?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality']> = ResolversObject<{
  istatCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  allocateToPilotAction?: Resolver<Maybe<ResolversTypes['Allocation']>, ParentType, ContextType, RequireFields<MutationAllocateToPilotActionArgs, 'input'>>;
  openCall?: Resolver<Maybe<ResolversTypes['Call']>, ParentType, ContextType, RequireFields<MutationOpenCallArgs, 'input'>>;
  recordSpending?: Resolver<Maybe<ResolversTypes['Allocation']>, ParentType, ContextType, RequireFields<MutationRecordSpendingArgs, 'allocationId' | 'amount' | 'expectedVersion'>>;
  updateCall?: Resolver<Maybe<ResolversTypes['Call']>, ParentType, ContextType, RequireFields<MutationUpdateCallArgs, 'expectedVersion' | 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PilotActionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PilotAction'] = ResolversParentTypes['PilotAction'], FederationReferenceType extends FederationReferenceTypes['PilotAction'] = FederationReferenceTypes['PilotAction']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PilotAction']> | FederationReferenceType, FederationReferenceType, ContextType>;
  funding?: Resolver<ResolversTypes['PilotActionFunding'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PilotActionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PilotActionConnection'] = ResolversParentTypes['PilotActionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PilotActionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PilotActionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PilotActionEdge'] = ResolversParentTypes['PilotActionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PilotAction'], ParentType, ContextType>;
}>;

export type PilotActionFundingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PilotActionFunding'] = ResolversParentTypes['PilotActionFunding']> = ResolversObject<{
  allocations?: Resolver<Array<ResolversTypes['Allocation']>, ParentType, ContextType>;
  bySource?: Resolver<Array<ResolversTypes['SourceFunding']>, ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  allocation?: Resolver<Maybe<ResolversTypes['Allocation']>, ParentType, ContextType, RequireFields<QueryAllocationArgs, 'id'>>;
  allocations?: Resolver<ResolversTypes['AllocationConnection'], ParentType, ContextType, RequireFields<QueryAllocationsArgs, 'first'>>;
  call?: Resolver<Maybe<ResolversTypes['Call']>, ParentType, ContextType, RequireFields<QueryCallArgs, 'id'>>;
  calls?: Resolver<ResolversTypes['CallConnection'], ParentType, ContextType, RequireFields<QueryCallsArgs, 'first'>>;
  fundingAuditLog?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, RequireFields<QueryFundingAuditLogArgs, 'first'>>;
  fundingSource?: Resolver<Maybe<ResolversTypes['FundingSource']>, ParentType, ContextType, RequireFields<QueryFundingSourceArgs, 'id'>>;
  fundingSources?: Resolver<ResolversTypes['FundingSourceConnection'], ParentType, ContextType, RequireFields<QueryFundingSourcesArgs, 'first'>>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SourceFundingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceFunding'] = ResolversParentTypes['SourceFunding']> = ResolversObject<{
  committed?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  fundingSource?: Resolver<ResolversTypes['FundingSource'], ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Allocation?: AllocationResolvers<ContextType>;
  AllocationConnection?: AllocationConnectionResolvers<ContextType>;
  AllocationEdge?: AllocationEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Call?: CallResolvers<ContextType>;
  CallConnection?: CallConnectionResolvers<ContextType>;
  CallEdge?: CallEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FieldChange?: FieldChangeResolvers<ContextType>;
  FundingSource?: FundingSourceResolvers<ContextType>;
  FundingSourceConnection?: FundingSourceConnectionResolvers<ContextType>;
  FundingSourceEdge?: FundingSourceEdgeResolvers<ContextType>;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PilotAction?: PilotActionResolvers<ContextType>;
  PilotActionConnection?: PilotActionConnectionResolvers<ContextType>;
  PilotActionEdge?: PilotActionEdgeResolvers<ContextType>;
  PilotActionFunding?: PilotActionFundingResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  SourceFunding?: SourceFundingResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
  contact?: ContactDirectiveResolver<any, any, ContextType>;
}>;
