import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AssociationModel, RegionModel, ProvinceModel, MunicipalityModel, CommunityModel, AuditEntryModel } from '../mappers.js';
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

export type Association = {
  __typename?: 'Association';
  activities: LocalizedText;
  /**
   * Communities represented, as ISO 3166-1 alpha-2 country codes.
   * @deprecated Use representedCommunities
   */
  communities: Array<Scalars['String']['output']>;
  /** The association's contact person: personal data, for authenticated callers only. */
  contactPerson: Maybe<ContactPerson>;
  contacts: Contacts;
  /** Fields of the cultural area, for cultural organisations. */
  culturalFields: Array<CulturalField>;
  foundedYear: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: AssociationKind;
  /** The association's own name (a proper name, not translated). */
  name: Scalars['String']['output'];
  registerEntry: Maybe<RegisterEntry>;
  /** Communities represented, main one first (the order of `communities`). */
  representedCommunities: Array<Community>;
  seat: Municipality;
  /** The record's version: an update names the version it read and fails with CONFLICT if the record changed since. */
  version: Scalars['Int']['output'];
};


export type AssociationActivitiesArgs = {
  lang?: InputMaybe<Locale>;
};

export type AssociationConnection = {
  __typename?: 'AssociationConnection';
  edges: Array<AssociationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssociationEdge = {
  __typename?: 'AssociationEdge';
  cursor: Scalars['String']['output'];
  node: Association;
};

export type AssociationFilter = {
  /** Associations representing this community: an ISO 3166-1 alpha-2 country code, e.g. `SN`. */
  community?: InputMaybe<Scalars['String']['input']>;
  culturalFields?: InputMaybe<Array<CulturalField>>;
  kinds?: InputMaybe<Array<AssociationKind>>;
  municipalityCode?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive substring of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  provinceCode?: InputMaybe<Scalars['ID']['input']>;
  /** Seat in this region, province or municipality. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only associations entered (true) or not entered (false) in the national register. */
  registered?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AssociationKind =
  | 'CULTURAL_ORGANISATION'
  | 'MIGRANT_ASSOCIATION'
  | 'SECOND_GENERATION_ASSOCIATION'
  | 'THIRD_SECTOR_BODY';

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
  /** Associations representing this community, by name; only those seated in `regionCode` (ISTAT, e.g. `15`) when given. */
  associations: AssociationConnection;
  /** ISO 3166-1 alpha-2 code of the country of origin, upper case, e.g. `SN`. */
  code: Scalars['ID']['output'];
};


/** A migrant community, keyed by its country of origin (owned by the territories subgraph). */
export type CommunityAssociationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

export type CommunityCount = {
  __typename?: 'CommunityCount';
  community: Scalars['String']['output'];
  count: Scalars['Int']['output'];
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

export type CulturalField =
  | 'CINEMA'
  | 'CULTURAL_HERITAGE'
  | 'LITERATURE'
  | 'MUSIC'
  | 'THEATRE'
  | 'VISUAL_ARTS';

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
  associations: AssociationConnection;
  istatCode: Scalars['ID']['output'];
};


export type MunicipalityAssociationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssociationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Enters a new association in the register; the register gives its id (`ASS-` and four digits).
   * Only the associations partner, with the `associations:write` scope; a token that names a region
   * registers only associations seated in that region.
   */
  registerAssociation: Maybe<Association>;
  /**
   * Changes the fields given; `expectedVersion` is the version the change is based on (CONFLICT, with
   * `extensions.currentVersion`, when the record changed since). Only the associations partner, with
   * the `associations:write` scope; a token that names a region changes only associations seated in
   * that region, and cannot move one out of it.
   */
  updateAssociation: Maybe<Association>;
};


export type MutationRegisterAssociationArgs = {
  input: RegisterAssociationInput;
};


export type MutationUpdateAssociationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateAssociationInput;
};

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Province = {
  __typename?: 'Province';
  associations: AssociationConnection;
  code: Scalars['ID']['output'];
};


export type ProvinceAssociationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssociationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  association: Maybe<Association>;
  /** Number of associations per represented community (country of origin), largest first. */
  associationCountsByCommunity: Array<CommunityCount>;
  associations: AssociationConnection;
  /** The associations partner's audit log: every accepted write, newest first. */
  associationsAuditLog: Maybe<AuditEntryConnection>;
};


export type QueryAssociationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssociationCountsByCommunityArgs = {
  filter?: InputMaybe<AssociationFilter>;
};


export type QueryAssociationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssociationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAssociationsAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Region = {
  __typename?: 'Region';
  associationCountsByCommunity: Array<CommunityCount>;
  /** Associations seated in this region. */
  associations: AssociationConnection;
  code: Scalars['ID']['output'];
};


export type RegionAssociationCountsByCommunityArgs = {
  filter?: InputMaybe<AssociationFilter>;
};


export type RegionAssociationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssociationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RegisterAssociationInput = {
  activities: LocalizedTextInput;
  /** Communities represented, as ISO 3166-1 alpha-2 country codes in upper case, main one first (may be empty). */
  communities: Array<Scalars['String']['input']>;
  contactPerson?: InputMaybe<ContactPersonInput>;
  contacts?: InputMaybe<ContactsInput>;
  /** Fields of the cultural area: at least one for a CULTURAL_ORGANISATION, none for any other kind. */
  culturalFields?: InputMaybe<Array<CulturalField>>;
  foundedYear?: InputMaybe<Scalars['Int']['input']>;
  kind: AssociationKind;
  /** The association's own name (a proper name, not translated). */
  name: Scalars['String']['input'];
  /** Where the association is entered in the national register. */
  registerEntry?: InputMaybe<RegisterEntryInput>;
  /** Six-digit ISTAT code of the seat's municipality. */
  seatMunicipalityCode: Scalars['ID']['input'];
};

/** An entry in the national register of associations working for immigrants. */
export type RegisterEntry = {
  __typename?: 'RegisterEntry';
  number: Scalars['String']['output'];
  registeredOn: Scalars['String']['output'];
  section: Scalars['String']['output'];
};

/** An entry in the national register of associations working for immigrants, as the register writes it. */
export type RegisterEntryInput = {
  /**
   * The register's number, e.g. `A/123/2015/TO`: section letter (A for section I, C for section II),
   * progressive number, year of registration, abbreviation of the province of the seat.
   */
  number: Scalars['String']['input'];
  /** ISO date `YYYY-MM-DD`, not before the year the association was founded. */
  registeredOn: Scalars['String']['input'];
  /** `Sezione I` (integration activities) or `Sezione II` (programmes for victims of trafficking). */
  section: Scalars['String']['input'];
};

/** The direction a text's script is written in. */
export type TextDirection =
  | 'LTR'
  | 'RTL';

/**
 * Fields left out are unchanged; `registerEntry`, `foundedYear`, `contacts` and `contactPerson` set to
 * null are cleared; `communities` and `culturalFields` are replaced (an empty list for none).
 */
export type UpdateAssociationInput = {
  activities?: InputMaybe<LocalizedTextInput>;
  communities?: InputMaybe<Array<Scalars['String']['input']>>;
  contactPerson?: InputMaybe<ContactPersonInput>;
  contacts?: InputMaybe<ContactsInput>;
  culturalFields?: InputMaybe<Array<CulturalField>>;
  foundedYear?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<AssociationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  registerEntry?: InputMaybe<RegisterEntryInput>;
  seatMunicipalityCode?: InputMaybe<Scalars['ID']['input']>;
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
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Association: ResolverTypeWrapper<AssociationModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AssociationConnection: ResolverTypeWrapper<Omit<AssociationConnection, 'edges'> & { edges: Array<ResolversTypes['AssociationEdge']> }>;
  AssociationEdge: ResolverTypeWrapper<Omit<AssociationEdge, 'node'> & { node: ResolversTypes['Association'] }>;
  AssociationFilter: AssociationFilter;
  AssociationKind: AssociationKind;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  CacheControlScope: CacheControlScope;
  Community: ResolverTypeWrapper<CommunityModel>;
  CommunityCount: ResolverTypeWrapper<CommunityCount>;
  ContactPerson: ResolverTypeWrapper<ContactPerson>;
  ContactPersonInput: ContactPersonInput;
  Contacts: ResolverTypeWrapper<Contacts>;
  ContactsInput: ContactsInput;
  CulturalField: CulturalField;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  Locale: Locale;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  LocalizedTextInput: LocalizedTextInput;
  Municipality: ResolverTypeWrapper<MunicipalityModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Province: ResolverTypeWrapper<ProvinceModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionModel>;
  RegisterAssociationInput: RegisterAssociationInput;
  RegisterEntry: ResolverTypeWrapper<RegisterEntry>;
  RegisterEntryInput: RegisterEntryInput;
  TextDirection: TextDirection;
  UpdateAssociationInput: UpdateAssociationInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Association: AssociationModel;
  ID: Scalars['ID']['output'];
  AssociationConnection: Omit<AssociationConnection, 'edges'> & { edges: Array<ResolversParentTypes['AssociationEdge']> };
  AssociationEdge: Omit<AssociationEdge, 'node'> & { node: ResolversParentTypes['Association'] };
  AssociationFilter: AssociationFilter;
  AuditEntry: AuditEntryModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Community: CommunityModel;
  CommunityCount: CommunityCount;
  ContactPerson: ContactPerson;
  ContactPersonInput: ContactPersonInput;
  Contacts: Contacts;
  ContactsInput: ContactsInput;
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
  RegisterAssociationInput: RegisterAssociationInput;
  RegisterEntry: RegisterEntry;
  RegisterEntryInput: RegisterEntryInput;
  UpdateAssociationInput: UpdateAssociationInput;
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

export type AssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Association'] = ResolversParentTypes['Association'], FederationReferenceType extends FederationReferenceTypes['Association'] = FederationReferenceTypes['Association']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Association']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType, Partial<AssociationActivitiesArgs>>;
  communities?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  contactPerson?: Resolver<Maybe<ResolversTypes['ContactPerson']>, ParentType, ContextType>;
  contacts?: Resolver<ResolversTypes['Contacts'], ParentType, ContextType>;
  culturalFields?: Resolver<Array<ResolversTypes['CulturalField']>, ParentType, ContextType>;
  foundedYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssociationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registerEntry?: Resolver<Maybe<ResolversTypes['RegisterEntry']>, ParentType, ContextType>;
  representedCommunities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  seat?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AssociationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssociationConnection'] = ResolversParentTypes['AssociationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AssociationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AssociationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssociationEdge'] = ResolversParentTypes['AssociationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Association'], ParentType, ContextType>;
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
  associations?: Resolver<ResolversTypes['AssociationConnection'], ParentType, ContextType, RequireFields<CommunityAssociationsArgs, 'first'>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CommunityCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommunityCount'] = ResolversParentTypes['CommunityCount']> = ResolversObject<{
  community?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  associations?: Resolver<ResolversTypes['AssociationConnection'], ParentType, ContextType, RequireFields<MunicipalityAssociationsArgs, 'first'>>;
  istatCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  registerAssociation?: Resolver<Maybe<ResolversTypes['Association']>, ParentType, ContextType, RequireFields<MutationRegisterAssociationArgs, 'input'>>;
  updateAssociation?: Resolver<Maybe<ResolversTypes['Association']>, ParentType, ContextType, RequireFields<MutationUpdateAssociationArgs, 'expectedVersion' | 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProvinceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province'], FederationReferenceType extends FederationReferenceTypes['Province'] = FederationReferenceTypes['Province']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province']> | FederationReferenceType, FederationReferenceType, ContextType>;
  associations?: Resolver<ResolversTypes['AssociationConnection'], ParentType, ContextType, RequireFields<ProvinceAssociationsArgs, 'first'>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  association?: Resolver<Maybe<ResolversTypes['Association']>, ParentType, ContextType, RequireFields<QueryAssociationArgs, 'id'>>;
  associationCountsByCommunity?: Resolver<Array<ResolversTypes['CommunityCount']>, ParentType, ContextType, Partial<QueryAssociationCountsByCommunityArgs>>;
  associations?: Resolver<ResolversTypes['AssociationConnection'], ParentType, ContextType, RequireFields<QueryAssociationsArgs, 'first'>>;
  associationsAuditLog?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, RequireFields<QueryAssociationsAuditLogArgs, 'first'>>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  associationCountsByCommunity?: Resolver<Array<ResolversTypes['CommunityCount']>, ParentType, ContextType, Partial<RegionAssociationCountsByCommunityArgs>>;
  associations?: Resolver<ResolversTypes['AssociationConnection'], ParentType, ContextType, RequireFields<RegionAssociationsArgs, 'first'>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type RegisterEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterEntry'] = ResolversParentTypes['RegisterEntry']> = ResolversObject<{
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Association?: AssociationResolvers<ContextType>;
  AssociationConnection?: AssociationConnectionResolvers<ContextType>;
  AssociationEdge?: AssociationEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CommunityCount?: CommunityCountResolvers<ContextType>;
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
  RegisterEntry?: RegisterEntryResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
  contact?: ContactDirectiveResolver<any, any, ContextType>;
}>;
