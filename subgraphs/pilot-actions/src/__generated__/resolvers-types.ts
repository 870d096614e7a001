import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PilotActionModel, IndicatorModel, MeasurementModel, MonitoringVisitModel, LeadAuthorityModel, RegionModel, MunicipalityModel, AuditEntryModel } from '../mappers.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

export type AddIndicatorInput = {
  baseline: Scalars['Float']['input'];
  /** Unique within the action: the action's code and a suffix, e.g. `PNI-LOM-05-OUT1`. */
  code: Scalars['String']['input'];
  name: LocalizedTextInput;
  /** Must differ from the baseline (progress is measured from one to the other). */
  target: Scalars['Float']['input'];
  type: IndicatorType;
  /** e.g. `people`, `%`, `courses`. */
  unit: Scalars['String']['input'];
};

export type Association = {
  __typename?: 'Association';
  id: Scalars['ID']['output'];
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

/** Whether a cached answer may be shared between callers (PUBLIC) or kept for one caller only (PRIVATE); not part of the API. */
export type CacheControlScope =
  | 'PRIVATE'
  | 'PUBLIC';

export type CreatePilotActionInput = {
  /** Code in the National Plan, `PNI-<region>-<nn>` with the lead region's abbreviation, e.g. `PNI-LOM-05`. */
  code: Scalars['String']['input'];
  /** Not before `startsOn`. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The good practice or study visit that inspired the action. */
  inspiredBy?: InputMaybe<LocalizedTextInput>;
  leadAuthority: LeadAuthorityInput;
  /** Six-digit ISTAT codes of the municipalities where the action runs, all in the lead region; the first is the main one. */
  municipalityCodes: Array<Scalars['ID']['input']>;
  /** Partner associations, e.g. `ASS-0001`. */
  partnerAssociationIds: Array<Scalars['ID']['input']>;
  /** Related services, e.g. `SRV-00001`. */
  relatedServiceIds: Array<Scalars['ID']['input']>;
  startsOn: Scalars['Date']['input'];
  thematicArea: ThematicArea;
  title: LocalizedTextInput;
};

/** A changed field, with its values before and after as JSON text (null where there was none). */
export type FieldChange = {
  __typename?: 'FieldChange';
  after: Maybe<Scalars['String']['output']>;
  before: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

export type Indicator = {
  __typename?: 'Indicator';
  baseline: Scalars['Float']['output'];
  /** True when progress trails expected progress by more than 10 points. */
  behindTarget: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  /** Share of the action's planned duration elapsed at the latest measurement. */
  expectedProgress: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  latestMeasuredOn: Maybe<Scalars['Date']['output']>;
  /** Most recent measured value, if any. */
  latestValue: Maybe<Scalars['Float']['output']>;
  measurements: MeasurementConnection;
  name: LocalizedText;
  pilotAction: PilotAction;
  /** Share of the way from baseline to target reached by the latest value (1 = target met). Derived, never stored. */
  progress: Maybe<Scalars['Float']['output']>;
  target: Scalars['Float']['output'];
  type: IndicatorType;
  unit: Scalars['String']['output'];
};


export type IndicatorMeasurementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type IndicatorNameArgs = {
  lang?: InputMaybe<Locale>;
};

export type IndicatorType =
  | 'IMPACT'
  | 'OUTCOME'
  | 'OUTPUT';

/** The authority that leads a pilot action: a region or a municipality. */
export type LeadAuthority = {
  __typename?: 'LeadAuthority';
  kind: LeadAuthorityKind;
  municipality: Maybe<Municipality>;
  region: Maybe<Region>;
};

/** The lead authority of a new action: exactly one of the two codes. */
export type LeadAuthorityInput = {
  /** Six-digit ISTAT code of the lead municipality, which must be one of the municipalities where the action runs. */
  municipalityCode?: InputMaybe<Scalars['ID']['input']>;
  /** Two-digit ISTAT code of the lead region, e.g. `03`. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};

export type LeadAuthorityKind =
  | 'MUNICIPALITY'
  | 'REGION';

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

export type Measurement = {
  __typename?: 'Measurement';
  id: Scalars['ID']['output'];
  /** The indicator this value measures. */
  indicator: Indicator;
  measuredOn: Scalars['Date']['output'];
  source: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type MeasurementConnection = {
  __typename?: 'MeasurementConnection';
  edges: Array<MeasurementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MeasurementEdge = {
  __typename?: 'MeasurementEdge';
  cursor: Scalars['String']['output'];
  node: Measurement;
};

export type MonitoringVisit = {
  __typename?: 'MonitoringVisit';
  /** What the monitoring team found: internal, for callers with the monitoring:read scope. */
  findings: Maybe<LocalizedText>;
  /** Follow-up actions the monitoring team asked for: internal, for callers with the monitoring:read scope. */
  followUps: Maybe<Array<Scalars['String']['output']>>;
  id: Scalars['ID']['output'];
  municipality: Municipality;
  pilotAction: PilotAction;
  /** 1 (critical) to 5 (excellent). */
  rating: Scalars['Int']['output'];
  visitedOn: Scalars['Date']['output'];
};


export type MonitoringVisitFindingsArgs = {
  lang?: InputMaybe<Locale>;
};

export type MonitoringVisitConnection = {
  __typename?: 'MonitoringVisitConnection';
  edges: Array<MonitoringVisitEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MonitoringVisitEdge = {
  __typename?: 'MonitoringVisitEdge';
  cursor: Scalars['String']['output'];
  node: MonitoringVisit;
};

export type Municipality = {
  __typename?: 'Municipality';
  istatCode: Scalars['ID']['output'];
  pilotActions: PilotActionConnection;
};


export type MunicipalityPilotActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PilotActionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an indicator to an action, after its existing ones (a regional token: only to actions its region leads). */
  addIndicator: Maybe<Indicator>;
  /**
   * Moves an action along its lifecycle (see `allowedTransitions`); `expectedVersion` is the version
   * the change is based on. A token limited to a region changes only actions that region leads.
   */
  changePilotActionStatus: Maybe<PilotAction>;
  /**
   * Creates a pilot action; it starts PLANNED, at version 1. A token limited to a region creates only
   * actions that region leads.
   */
  createPilotAction: Maybe<PilotAction>;
  /** Records a measured value of an indicator; its progress is derived from the latest one (a regional token: only for actions its region leads). */
  recordMeasurement: Maybe<Measurement>;
  /** Records a monitoring visit to an action, in one of the municipalities where it runs (a regional token: only actions its region leads). */
  recordMonitoringVisit: Maybe<MonitoringVisit>;
};


export type MutationAddIndicatorArgs = {
  input: AddIndicatorInput;
  pilotActionId: Scalars['ID']['input'];
};


export type MutationChangePilotActionStatusArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  status: PilotActionStatus;
};


export type MutationCreatePilotActionArgs = {
  input: CreatePilotActionInput;
};


export type MutationRecordMeasurementArgs = {
  indicatorId: Scalars['ID']['input'];
  input: RecordMeasurementInput;
};


export type MutationRecordMonitoringVisitArgs = {
  input: RecordMonitoringVisitInput;
  pilotActionId: Scalars['ID']['input'];
};

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PilotAction = {
  __typename?: 'PilotAction';
  /** Statuses this action may move to next. */
  allowedTransitions: Array<PilotActionStatus>;
  /** True when at least one indicator is behind its expected progress. */
  behindTarget: Scalars['Boolean']['output'];
  /** Code in the National Plan, e.g. `PNI-LOM-03`. */
  code: Scalars['String']['output'];
  endsOn: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  indicators: Array<Indicator>;
  /** The good practice or study visit that inspired the action. */
  inspiredBy: Maybe<LocalizedText>;
  lastMonitoringVisit: Maybe<MonitoringVisit>;
  leadAuthority: LeadAuthority;
  monitoringVisits: MonitoringVisitConnection;
  /** Municipalities where the action runs. */
  municipalities: Array<Municipality>;
  partnerAssociations: Array<Association>;
  relatedServices: Array<Service>;
  startsOn: Scalars['Date']['output'];
  status: PilotActionStatus;
  thematicArea: ThematicArea;
  title: LocalizedText;
  /** The record's version: a status change names the version it read and fails with CONFLICT if the action changed since. */
  version: Scalars['Int']['output'];
};


export type PilotActionInspiredByArgs = {
  lang?: InputMaybe<Locale>;
};


export type PilotActionMonitoringVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PilotActionTitleArgs = {
  lang?: InputMaybe<Locale>;
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

export type PilotActionFilter = {
  /** Only actions with at least one indicator behind its expected progress (true), or none (false). */
  behindTarget?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Actions running in this municipality. */
  municipalityCode?: InputMaybe<Scalars['ID']['input']>;
  /** Actions running in (or led by) this region. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<PilotActionStatus>>;
  thematicAreas?: InputMaybe<Array<ThematicArea>>;
};

/** Lifecycle: PLANNED -> ACTIVE -> (SUSPENDED <-> ACTIVE) -> COMPLETED -> EVALUATED. */
export type PilotActionStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'EVALUATED'
  | 'PLANNED'
  | 'SUSPENDED';

export type Query = {
  __typename?: 'Query';
  /** An indicator by its id, e.g. `IND-0001`. */
  indicator: Maybe<Indicator>;
  /** A measurement by its id, e.g. `MEA-000001`. */
  measurement: Maybe<Measurement>;
  /** A monitoring visit by its id, e.g. `MV-0001`. */
  monitoringVisit: Maybe<MonitoringVisit>;
  /** A pilot action by its id, e.g. `PA-009`. */
  pilotAction: Maybe<PilotAction>;
  pilotActions: PilotActionConnection;
  /**
   * The pilot-actions partner's audit log: every accepted write, newest first. The values of a
   * visit's findings and follow-ups are shown only to callers that also have monitoring:read.
   */
  pilotActionsAuditLog: Maybe<AuditEntryConnection>;
};


export type QueryIndicatorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeasurementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMonitoringVisitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPilotActionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPilotActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PilotActionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPilotActionsAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordMeasurementInput = {
  /** Not before the action starts, and not in the future. */
  measuredOn: Scalars['Date']['input'];
  /** Where the figure comes from, e.g. a register or an on-site check. */
  source: Scalars['String']['input'];
  /** Not negative; at most 100 when the unit is `%`. */
  value: Scalars['Float']['input'];
};

export type RecordMonitoringVisitInput = {
  findings: LocalizedTextInput;
  followUps: Array<Scalars['String']['input']>;
  /** Six-digit ISTAT code of a municipality where the action runs. */
  municipalityCode: Scalars['ID']['input'];
  /** 1 (critical) to 5 (excellent). */
  rating: Scalars['Int']['input'];
  /** Not before the action starts, and not in the future. */
  visitedOn: Scalars['Date']['input'];
};

export type Region = {
  __typename?: 'Region';
  code: Scalars['ID']['output'];
  /** Pilot actions running in or led by this region. */
  pilotActions: PilotActionConnection;
};


export type RegionPilotActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PilotActionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Service = {
  __typename?: 'Service';
  id: Scalars['ID']['output'];
};

/** The direction a text's script is written in. */
export type TextDirection =
  | 'LTR'
  | 'RTL';

/** The National Plan's priority thematic areas. */
export type ThematicArea =
  | 'HEALTH'
  | 'HOUSING'
  | 'INTERCULTURAL_MEDIATION'
  | 'LANGUAGE_AND_EDUCATION'
  | 'MINORS_AND_SECOND_GENERATIONS'
  | 'PARTICIPATION_AND_CULTURE'
  | 'VULNERABLE_MIGRANTS'
  | 'WORK_AND_SKILLS';

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
  Indicator: Indicator;
  Measurement: Measurement;
  MonitoringVisit: MonitoringVisit;
  Municipality: Municipality;
  PilotAction: PilotAction;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Indicator:
    ( { __typename: 'Indicator' }
    & GraphQLRecursivePick<FederationTypes['Indicator'], {"id":true}> );
  Measurement:
    ( { __typename: 'Measurement' }
    & GraphQLRecursivePick<FederationTypes['Measurement'], {"id":true}> );
  MonitoringVisit:
    ( { __typename: 'MonitoringVisit' }
    & GraphQLRecursivePick<FederationTypes['MonitoringVisit'], {"id":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"istatCode":true}> );
  PilotAction:
    ( { __typename: 'PilotAction' }
    & GraphQLRecursivePick<FederationTypes['PilotAction'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddIndicatorInput: AddIndicatorInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Association: ResolverTypeWrapper<Association>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  CacheControlScope: CacheControlScope;
  CreatePilotActionInput: CreatePilotActionInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  Indicator: ResolverTypeWrapper<IndicatorModel>;
  IndicatorType: IndicatorType;
  LeadAuthority: ResolverTypeWrapper<LeadAuthorityModel>;
  LeadAuthorityInput: LeadAuthorityInput;
  LeadAuthorityKind: LeadAuthorityKind;
  Locale: Locale;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  LocalizedTextInput: LocalizedTextInput;
  Measurement: ResolverTypeWrapper<MeasurementModel>;
  MeasurementConnection: ResolverTypeWrapper<Omit<MeasurementConnection, 'edges'> & { edges: Array<ResolversTypes['MeasurementEdge']> }>;
  MeasurementEdge: ResolverTypeWrapper<Omit<MeasurementEdge, 'node'> & { node: ResolversTypes['Measurement'] }>;
  MonitoringVisit: ResolverTypeWrapper<MonitoringVisitModel>;
  MonitoringVisitConnection: ResolverTypeWrapper<Omit<MonitoringVisitConnection, 'edges'> & { edges: Array<ResolversTypes['MonitoringVisitEdge']> }>;
  MonitoringVisitEdge: ResolverTypeWrapper<Omit<MonitoringVisitEdge, 'node'> & { node: ResolversTypes['MonitoringVisit'] }>;
  Municipality: ResolverTypeWrapper<MunicipalityModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PilotAction: ResolverTypeWrapper<PilotActionModel>;
  PilotActionConnection: ResolverTypeWrapper<Omit<PilotActionConnection, 'edges'> & { edges: Array<ResolversTypes['PilotActionEdge']> }>;
  PilotActionEdge: ResolverTypeWrapper<Omit<PilotActionEdge, 'node'> & { node: ResolversTypes['PilotAction'] }>;
  PilotActionFilter: PilotActionFilter;
  PilotActionStatus: PilotActionStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordMeasurementInput: RecordMeasurementInput;
  RecordMonitoringVisitInput: RecordMonitoringVisitInput;
  Region: ResolverTypeWrapper<RegionModel>;
  Service: ResolverTypeWrapper<Service>;
  TextDirection: TextDirection;
  ThematicArea: ThematicArea;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddIndicatorInput: AddIndicatorInput;
  Float: Scalars['Float']['output'];
  Association: Association;
  ID: Scalars['ID']['output'];
  AuditEntry: AuditEntryModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  CreatePilotActionInput: CreatePilotActionInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  FieldChange: FieldChange;
  Indicator: IndicatorModel;
  LeadAuthority: LeadAuthorityModel;
  LeadAuthorityInput: LeadAuthorityInput;
  LocalizedText: LocalizedText;
  LocalizedTextInput: LocalizedTextInput;
  Measurement: MeasurementModel;
  MeasurementConnection: Omit<MeasurementConnection, 'edges'> & { edges: Array<ResolversParentTypes['MeasurementEdge']> };
  MeasurementEdge: Omit<MeasurementEdge, 'node'> & { node: ResolversParentTypes['Measurement'] };
  MonitoringVisit: MonitoringVisitModel;
  MonitoringVisitConnection: Omit<MonitoringVisitConnection, 'edges'> & { edges: Array<ResolversParentTypes['MonitoringVisitEdge']> };
  MonitoringVisitEdge: Omit<MonitoringVisitEdge, 'node'> & { node: ResolversParentTypes['MonitoringVisit'] };
  Municipality: MunicipalityModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PilotAction: PilotActionModel;
  PilotActionConnection: Omit<PilotActionConnection, 'edges'> & { edges: Array<ResolversParentTypes['PilotActionEdge']> };
  PilotActionEdge: Omit<PilotActionEdge, 'node'> & { node: ResolversParentTypes['PilotAction'] };
  PilotActionFilter: PilotActionFilter;
  Query: Record<PropertyKey, never>;
  RecordMeasurementInput: RecordMeasurementInput;
  RecordMonitoringVisitInput: RecordMonitoringVisitInput;
  Region: RegionModel;
  Service: Service;
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

export type AssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Association'] = ResolversParentTypes['Association']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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

export type IndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator'], FederationReferenceType extends FederationReferenceTypes['Indicator'] = FederationReferenceTypes['Indicator']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Indicator']> | FederationReferenceType, FederationReferenceType, ContextType>;
  baseline?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  behindTarget?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expectedProgress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestMeasuredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  latestValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  measurements?: Resolver<ResolversTypes['MeasurementConnection'], ParentType, ContextType, RequireFields<IndicatorMeasurementsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType, Partial<IndicatorNameArgs>>;
  pilotAction?: Resolver<ResolversTypes['PilotAction'], ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['IndicatorType'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LeadAuthorityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadAuthority'] = ResolversParentTypes['LeadAuthority']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['LeadAuthorityKind'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
}>;

export type LocalizedTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = ResolversObject<{
  direction?: Resolver<ResolversTypes['TextDirection'], ParentType, ContextType>;
  fallback?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MeasurementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Measurement'] = ResolversParentTypes['Measurement'], FederationReferenceType extends FederationReferenceTypes['Measurement'] = FederationReferenceTypes['Measurement']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Measurement']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  measuredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MeasurementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasurementConnection'] = ResolversParentTypes['MeasurementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MeasurementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MeasurementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasurementEdge'] = ResolversParentTypes['MeasurementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Measurement'], ParentType, ContextType>;
}>;

export type MonitoringVisitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonitoringVisit'] = ResolversParentTypes['MonitoringVisit'], FederationReferenceType extends FederationReferenceTypes['MonitoringVisit'] = FederationReferenceTypes['MonitoringVisit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MonitoringVisit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  findings?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType, Partial<MonitoringVisitFindingsArgs>>;
  followUps?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  pilotAction?: Resolver<ResolversTypes['PilotAction'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visitedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type MonitoringVisitConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonitoringVisitConnection'] = ResolversParentTypes['MonitoringVisitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MonitoringVisitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MonitoringVisitEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonitoringVisitEdge'] = ResolversParentTypes['MonitoringVisitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MonitoringVisit'], ParentType, ContextType>;
}>;

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  istatCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pilotActions?: Resolver<ResolversTypes['PilotActionConnection'], ParentType, ContextType, RequireFields<MunicipalityPilotActionsArgs, 'first'>>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addIndicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<MutationAddIndicatorArgs, 'input' | 'pilotActionId'>>;
  changePilotActionStatus?: Resolver<Maybe<ResolversTypes['PilotAction']>, ParentType, ContextType, RequireFields<MutationChangePilotActionStatusArgs, 'expectedVersion' | 'id' | 'status'>>;
  createPilotAction?: Resolver<Maybe<ResolversTypes['PilotAction']>, ParentType, ContextType, RequireFields<MutationCreatePilotActionArgs, 'input'>>;
  recordMeasurement?: Resolver<Maybe<ResolversTypes['Measurement']>, ParentType, ContextType, RequireFields<MutationRecordMeasurementArgs, 'indicatorId' | 'input'>>;
  recordMonitoringVisit?: Resolver<Maybe<ResolversTypes['MonitoringVisit']>, ParentType, ContextType, RequireFields<MutationRecordMonitoringVisitArgs, 'input' | 'pilotActionId'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PilotActionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PilotAction'] = ResolversParentTypes['PilotAction'], FederationReferenceType extends FederationReferenceTypes['PilotAction'] = FederationReferenceTypes['PilotAction']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PilotAction']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allowedTransitions?: Resolver<Array<ResolversTypes['PilotActionStatus']>, ParentType, ContextType>;
  behindTarget?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  inspiredBy?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType, Partial<PilotActionInspiredByArgs>>;
  lastMonitoringVisit?: Resolver<Maybe<ResolversTypes['MonitoringVisit']>, ParentType, ContextType>;
  leadAuthority?: Resolver<ResolversTypes['LeadAuthority'], ParentType, ContextType>;
  monitoringVisits?: Resolver<ResolversTypes['MonitoringVisitConnection'], ParentType, ContextType, RequireFields<PilotActionMonitoringVisitsArgs, 'first'>>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  partnerAssociations?: Resolver<Array<ResolversTypes['Association']>, ParentType, ContextType>;
  relatedServices?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PilotActionStatus'], ParentType, ContextType>;
  thematicArea?: Resolver<ResolversTypes['ThematicArea'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType, Partial<PilotActionTitleArgs>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorArgs, 'id'>>;
  measurement?: Resolver<Maybe<ResolversTypes['Measurement']>, ParentType, ContextType, RequireFields<QueryMeasurementArgs, 'id'>>;
  monitoringVisit?: Resolver<Maybe<ResolversTypes['MonitoringVisit']>, ParentType, ContextType, RequireFields<QueryMonitoringVisitArgs, 'id'>>;
  pilotAction?: Resolver<Maybe<ResolversTypes['PilotAction']>, ParentType, ContextType, RequireFields<QueryPilotActionArgs, 'id'>>;
  pilotActions?: Resolver<ResolversTypes['PilotActionConnection'], ParentType, ContextType, RequireFields<QueryPilotActionsArgs, 'first'>>;
  pilotActionsAuditLog?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, RequireFields<QueryPilotActionsAuditLogArgs, 'first'>>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pilotActions?: Resolver<ResolversTypes['PilotActionConnection'], ParentType, ContextType, RequireFields<RegionPilotActionsArgs, 'first'>>;
}>;

export type ServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Association?: AssociationResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FieldChange?: FieldChangeResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  LeadAuthority?: LeadAuthorityResolvers<ContextType>;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Measurement?: MeasurementResolvers<ContextType>;
  MeasurementConnection?: MeasurementConnectionResolvers<ContextType>;
  MeasurementEdge?: MeasurementEdgeResolvers<ContextType>;
  MonitoringVisit?: MonitoringVisitResolvers<ContextType>;
  MonitoringVisitConnection?: MonitoringVisitConnectionResolvers<ContextType>;
  MonitoringVisitEdge?: MonitoringVisitEdgeResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PilotAction?: PilotActionResolvers<ContextType>;
  PilotActionConnection?: PilotActionConnectionResolvers<ContextType>;
  PilotActionEdge?: PilotActionEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
  contact?: ContactDirectiveResolver<any, any, ContextType>;
}>;
