import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ServiceModel, AssociationModel, MunicipalityModel, ProvinceModel, RegionModel, CommunityModel, AuditEntryModel } from '../mappers.js';
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
  /** A timestamp in ISO 8601, UTC. */
  DateTime: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AreaCount = {
  __typename?: 'AreaCount';
  area: ServiceArea;
  count: Scalars['Int']['output'];
};

export type Association = {
  __typename?: 'Association';
  id: Scalars['ID']['output'];
  /** Services this association runs. */
  services: ServiceConnection;
};


export type AssociationServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** A migrant community, keyed by its country of origin (owned by the territories subgraph). */
export type Community = {
  __typename?: 'Community';
  /** ISO 3166-1 alpha-2 code of the country of origin, upper case, e.g. `SN`. */
  code: Scalars['ID']['output'];
  /** Languages the community speaks besides Italian, ISO 639-1 codes, the most widely spoken first (empty when not known). */
  languages: Array<Scalars['String']['output']>;
  /** Services whose desk speaks any of the community's `languages`, by id; `filter` narrows them further. */
  services: ServiceConnection;
};


/** A migrant community, keyed by its country of origin (owned by the territories subgraph). */
export type CommunityServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A named person to contact at a desk (personal data). */
export type ContactPerson = {
  __typename?: 'ContactPerson';
  email: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
};

export type ContactPersonInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Public contacts. */
export type Contacts = {
  __typename?: 'Contacts';
  email: Maybe<Scalars['String']['output']>;
  phone: Maybe<Scalars['String']['output']>;
  website: Maybe<Scalars['String']['output']>;
};

export type ContactsInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreateServiceInput = {
  address: Scalars['String']['input'];
  areas: Array<ServiceArea>;
  /** The association that runs the service, e.g. `ASS-0001`. */
  associationId?: InputMaybe<Scalars['ID']['input']>;
  contactPerson?: InputMaybe<ContactPersonInput>;
  contacts?: InputMaybe<ContactsInput>;
  description: LocalizedTextInput;
  freeOfCharge: Scalars['Boolean']['input'];
  /** ISO 639-1 codes, e.g. `ar`. */
  languages: Array<Scalars['String']['input']>;
  /** Six-digit ISTAT code of the municipality. */
  municipalityCode: Scalars['ID']['input'];
  name: LocalizedTextInput;
  openingHours: LocalizedTextInput;
  providerKind: ProviderKind;
  targetGroups: Array<TargetGroup>;
};

/** A changed field, with its values before and after as JSON text (null where there was none). */
export type FieldChange = {
  __typename?: 'FieldChange';
  after: Maybe<Scalars['String']['output']>;
  before: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

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
  serviceCountsByArea: Array<AreaCount>;
  services: ServiceConnection;
};


export type MunicipalityServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Closes a service: it stays readable, with status CLOSED, and leaves the lists and counts. */
  closeService: Maybe<Service>;
  /** Creates a service (status OPEN, version 1). Services partner, `services:write`; a regional token only in its region. */
  createService: Maybe<Service>;
  /** Changes the fields given; `expectedVersion` is the version the change is based on. */
  updateService: Maybe<Service>;
};


export type MutationCloseServiceArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCreateServiceArgs = {
  input: CreateServiceInput;
};


export type MutationUpdateServiceArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateServiceInput;
};

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type ProviderKind =
  | 'CPIA_SCHOOL'
  | 'EMPLOYMENT_CENTRE'
  | 'HEALTH_UNIT'
  | 'MUNICIPALITY'
  | 'PATRONATO_DESK'
  | 'PUBLIC_OFFICE'
  | 'THIRD_SECTOR_BODY';

export type Province = {
  __typename?: 'Province';
  code: Scalars['ID']['output'];
  serviceCountsByArea: Array<AreaCount>;
  services: ServiceConnection;
};


export type ProvinceServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  service: Maybe<Service>;
  /** Number of services per area in a territory (the whole country when no territory is given). */
  serviceCountsByArea: Array<AreaCount>;
  services: ServiceConnection;
  /** The services partner's audit log: every accepted write, newest first. */
  servicesAuditLog: Maybe<AuditEntryConnection>;
};


export type QueryServiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceCountsByAreaArgs = {
  territory?: InputMaybe<TerritoryFilter>;
};


export type QueryServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryServicesAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Region = {
  __typename?: 'Region';
  code: Scalars['ID']['output'];
  serviceCountsByArea: Array<AreaCount>;
  services: ServiceConnection;
};


export type RegionServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Service = {
  __typename?: 'Service';
  address: Scalars['String']['output'];
  areas: Array<ServiceArea>;
  /** The association that runs the service, where there is one. */
  association: Maybe<Association>;
  /** When the service was closed, if it is. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** The desk's contact person: personal data, for authenticated callers only. */
  contactPerson: Maybe<ContactPerson>;
  contacts: Contacts;
  description: LocalizedText;
  freeOfCharge: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Languages spoken at the desk, ISO 639-1 codes. */
  languages: Array<Scalars['String']['output']>;
  municipality: Municipality;
  name: LocalizedText;
  openingHours: LocalizedText;
  providerKind: ProviderKind;
  status: ServiceStatus;
  targetGroups: Array<TargetGroup>;
  updatedAt: Scalars['DateTime']['output'];
  /** The record's version: an update names the version it read and fails with CONFLICT if the record changed since. */
  version: Scalars['Int']['output'];
};


export type ServiceDescriptionArgs = {
  lang?: InputMaybe<Locale>;
};


export type ServiceNameArgs = {
  lang?: InputMaybe<Locale>;
};


export type ServiceOpeningHoursArgs = {
  lang?: InputMaybe<Locale>;
};

/** An area of integration the Portal maps services by. Intercultural mediation cuts across all the others. */
export type ServiceArea =
  | 'HEALTH'
  | 'HOUSING'
  | 'INTERCULTURAL_MEDIATION'
  | 'LANGUAGE'
  | 'MINORS_AND_SECOND_GENERATIONS'
  | 'WORK';

export type ServiceConnection = {
  __typename?: 'ServiceConnection';
  edges: Array<ServiceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceEdge = {
  __typename?: 'ServiceEdge';
  cursor: Scalars['String']['output'];
  node: Service;
};

export type ServiceFilter = {
  /** Services serving any of these areas. */
  areas?: InputMaybe<Array<ServiceArea>>;
  associationId?: InputMaybe<Scalars['ID']['input']>;
  freeOfCharge?: InputMaybe<Scalars['Boolean']['input']>;
  /** Also list closed services (they are left out by default). */
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Services whose desk speaks any of these languages (ISO 639-1 codes, e.g. `ar`, `pa`). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  municipalityCode?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive substring of the Italian name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  providerKinds?: InputMaybe<Array<ProviderKind>>;
  provinceCode?: InputMaybe<Scalars['ID']['input']>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Services for any of these target groups. */
  targetGroups?: InputMaybe<Array<TargetGroup>>;
};

export type ServiceStatus =
  | 'CLOSED'
  | 'OPEN';

export type TargetGroup =
  | 'ALL_FOREIGN_NATIONALS'
  | 'ASYLUM_SEEKERS_AND_REFUGEES'
  | 'FAMILIES'
  | 'SECOND_GENERATIONS'
  | 'STUDENTS'
  | 'UNACCOMPANIED_MINORS'
  | 'WOMEN'
  | 'WORKERS';

/** At most one of the codes is used: the narrowest one given. */
export type TerritoryFilter = {
  municipalityCode?: InputMaybe<Scalars['ID']['input']>;
  provinceCode?: InputMaybe<Scalars['ID']['input']>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};

/** The direction a text's script is written in. */
export type TextDirection =
  | 'LTR'
  | 'RTL';

/** Fields left out are unchanged; `associationId`, `contacts` and `contactPerson` set to null are cleared. */
export type UpdateServiceInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  areas?: InputMaybe<Array<ServiceArea>>;
  associationId?: InputMaybe<Scalars['ID']['input']>;
  contactPerson?: InputMaybe<ContactPersonInput>;
  contacts?: InputMaybe<ContactsInput>;
  description?: InputMaybe<LocalizedTextInput>;
  freeOfCharge?: InputMaybe<Scalars['Boolean']['input']>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  municipalityCode?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<LocalizedTextInput>;
  openingHours?: InputMaybe<LocalizedTextInput>;
  providerKind?: InputMaybe<ProviderKind>;
  targetGroups?: InputMaybe<Array<TargetGroup>>;
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
  Association: Association;
  Community: Community;
  Municipality: Municipality;
  Province: Province;
  Region: Region;
  Service: Service;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Association:
    ( { __typename: 'Association' }
    & GraphQLRecursivePick<FederationTypes['Association'], {"id":true}> );
  Community:
    ( { __typename: 'Community' }
    & GraphQLRecursivePick<FederationTypes['Community'], {"code":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"istatCode":true}> );
  Province:
    ( { __typename: 'Province' }
    & GraphQLRecursivePick<FederationTypes['Province'], {"code":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
  Service:
    ( { __typename: 'Service' }
    & GraphQLRecursivePick<FederationTypes['Service'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AreaCount: ResolverTypeWrapper<AreaCount>;
  Association: ResolverTypeWrapper<AssociationModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  CacheControlScope: CacheControlScope;
  Community: ResolverTypeWrapper<CommunityModel>;
  ContactPerson: ResolverTypeWrapper<ContactPerson>;
  ContactPersonInput: ContactPersonInput;
  Contacts: ResolverTypeWrapper<Contacts>;
  ContactsInput: ContactsInput;
  CreateServiceInput: CreateServiceInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  Locale: Locale;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  LocalizedTextInput: LocalizedTextInput;
  Municipality: ResolverTypeWrapper<MunicipalityModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProviderKind: ProviderKind;
  Province: ResolverTypeWrapper<ProvinceModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionModel>;
  Service: ResolverTypeWrapper<ServiceModel>;
  ServiceArea: ServiceArea;
  ServiceConnection: ResolverTypeWrapper<Omit<ServiceConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceEdge']> }>;
  ServiceEdge: ResolverTypeWrapper<Omit<ServiceEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  ServiceFilter: ServiceFilter;
  ServiceStatus: ServiceStatus;
  TargetGroup: TargetGroup;
  TerritoryFilter: TerritoryFilter;
  TextDirection: TextDirection;
  UpdateServiceInput: UpdateServiceInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AreaCount: AreaCount;
  Association: AssociationModel;
  ID: Scalars['ID']['output'];
  AuditEntry: AuditEntryModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Community: CommunityModel;
  ContactPerson: ContactPerson;
  ContactPersonInput: ContactPersonInput;
  Contacts: Contacts;
  ContactsInput: ContactsInput;
  CreateServiceInput: CreateServiceInput;
  DateTime: Scalars['DateTime']['output'];
  FieldChange: FieldChange;
  LocalizedText: LocalizedText;
  LocalizedTextInput: LocalizedTextInput;
  Municipality: MunicipalityModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Province: ProvinceModel;
  Query: Record<PropertyKey, never>;
  Region: RegionModel;
  Service: ServiceModel;
  ServiceConnection: Omit<ServiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceEdge']> };
  ServiceEdge: Omit<ServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  ServiceFilter: ServiceFilter;
  TerritoryFilter: TerritoryFilter;
  UpdateServiceInput: UpdateServiceInput;
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

export type AreaCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AreaCount'] = ResolversParentTypes['AreaCount']> = ResolversObject<{
  area?: Resolver<ResolversTypes['ServiceArea'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Association'] = ResolversParentTypes['Association'], FederationReferenceType extends FederationReferenceTypes['Association'] = FederationReferenceTypes['Association']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Association']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<AssociationServicesArgs, 'first'>>;
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

export type CommunityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community'], FederationReferenceType extends FederationReferenceTypes['Community'] = FederationReferenceTypes['Community']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Community']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<CommunityServicesArgs, 'first'>>;
}>;

export type ContactPersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactPerson'] = ResolversParentTypes['ContactPerson']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ContactsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contacts'] = ResolversParentTypes['Contacts']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FieldChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LocalizedTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = ResolversObject<{
  direction?: Resolver<ResolversTypes['TextDirection'], ParentType, ContextType>;
  fallback?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  istatCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  serviceCountsByArea?: Resolver<Array<ResolversTypes['AreaCount']>, ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<MunicipalityServicesArgs, 'first'>>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  closeService?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<MutationCloseServiceArgs, 'expectedVersion' | 'id'>>;
  createService?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<MutationCreateServiceArgs, 'input'>>;
  updateService?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<MutationUpdateServiceArgs, 'expectedVersion' | 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProvinceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province'], FederationReferenceType extends FederationReferenceTypes['Province'] = FederationReferenceTypes['Province']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  serviceCountsByArea?: Resolver<Array<ResolversTypes['AreaCount']>, ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<ProvinceServicesArgs, 'first'>>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<QueryServiceArgs, 'id'>>;
  serviceCountsByArea?: Resolver<Array<ResolversTypes['AreaCount']>, ParentType, ContextType, Partial<QueryServiceCountsByAreaArgs>>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<QueryServicesArgs, 'first'>>;
  servicesAuditLog?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, RequireFields<QueryServicesAuditLogArgs, 'first'>>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  serviceCountsByArea?: Resolver<Array<ResolversTypes['AreaCount']>, ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<RegionServicesArgs, 'first'>>;
}>;

export type ServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['ServiceArea']>, ParentType, ContextType>;
  association?: Resolver<Maybe<ResolversTypes['Association']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contactPerson?: Resolver<Maybe<ResolversTypes['ContactPerson']>, ParentType, ContextType>;
  contacts?: Resolver<ResolversTypes['Contacts'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType, Partial<ServiceDescriptionArgs>>;
  freeOfCharge?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType, Partial<ServiceNameArgs>>;
  openingHours?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType, Partial<ServiceOpeningHoursArgs>>;
  providerKind?: Resolver<ResolversTypes['ProviderKind'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceStatus'], ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceConnection'] = ResolversParentTypes['ServiceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceEdge'] = ResolversParentTypes['ServiceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AreaCount?: AreaCountResolvers<ContextType>;
  Association?: AssociationResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  ContactPerson?: ContactPersonResolvers<ContextType>;
  Contacts?: ContactsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FieldChange?: FieldChangeResolvers<ContextType>;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
  contact?: ContactDirectiveResolver<any, any, ContextType>;
}>;
