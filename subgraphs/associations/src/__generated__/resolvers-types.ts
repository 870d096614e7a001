import type { GraphQLResolveInfo } from 'graphql';
import type { AssociationModel, RegionModel, ProvinceModel, MunicipalityModel } from '../mappers.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

export type Association = {
  __typename?: 'Association';
  activities: LocalizedText;
  /** Communities represented, as ISO 3166-1 alpha-2 country codes. */
  communities: Array<Scalars['String']['output']>;
  contacts: Contacts;
  /** Fields of the cultural area, for cultural organisations. */
  culturalFields: Array<CulturalField>;
  foundedYear: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: AssociationKind;
  /** The association's own name (a proper name, not translated). */
  name: Scalars['String']['output'];
  registerEntry: Maybe<RegisterEntry>;
  seat: Municipality;
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

export type CommunityCount = {
  __typename?: 'CommunityCount';
  community: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

/** Public contacts. */
export type Contacts = {
  __typename?: 'Contacts';
  email: Maybe<Scalars['String']['output']>;
  phone: Maybe<Scalars['String']['output']>;
  website: Maybe<Scalars['String']['output']>;
};

export type CulturalField =
  | 'CINEMA'
  | 'CULTURAL_HERITAGE'
  | 'LITERATURE'
  | 'MUSIC'
  | 'THEATRE'
  | 'VISUAL_ARTS';

/** A language a text can be returned in. Italian is always available and is the fallback. */
export type Locale =
  | 'AR'
  | 'EN'
  | 'ES'
  | 'FR'
  | 'IT'
  | 'ZH';

/** A human-readable text in the language that was actually returned. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  /** The language of `text`: the requested one when available, Italian otherwise. */
  locale: Locale;
  text: Scalars['String']['output'];
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

/** An entry in the national register of associations working for immigrants. */
export type RegisterEntry = {
  __typename?: 'RegisterEntry';
  number: Scalars['String']['output'];
  registeredOn: Scalars['String']['output'];
  section: Scalars['String']['output'];
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
  Municipality: Municipality;
  Province: Province;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Association:
    ( { __typename: 'Association' }
    & GraphQLRecursivePick<FederationTypes['Association'], {"id":true}> );
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
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AssociationConnection: ResolverTypeWrapper<Omit<AssociationConnection, 'edges'> & { edges: Array<ResolversTypes['AssociationEdge']> }>;
  AssociationEdge: ResolverTypeWrapper<Omit<AssociationEdge, 'node'> & { node: ResolversTypes['Association'] }>;
  AssociationFilter: AssociationFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AssociationKind: AssociationKind;
  CommunityCount: ResolverTypeWrapper<CommunityCount>;
  Contacts: ResolverTypeWrapper<Contacts>;
  CulturalField: CulturalField;
  Locale: Locale;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  Municipality: ResolverTypeWrapper<MunicipalityModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Province: ResolverTypeWrapper<ProvinceModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionModel>;
  RegisterEntry: ResolverTypeWrapper<RegisterEntry>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Association: AssociationModel;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  AssociationConnection: Omit<AssociationConnection, 'edges'> & { edges: Array<ResolversParentTypes['AssociationEdge']> };
  AssociationEdge: Omit<AssociationEdge, 'node'> & { node: ResolversParentTypes['Association'] };
  AssociationFilter: AssociationFilter;
  Boolean: Scalars['Boolean']['output'];
  CommunityCount: CommunityCount;
  Contacts: Contacts;
  LocalizedText: LocalizedText;
  Municipality: MunicipalityModel;
  PageInfo: PageInfo;
  Province: ProvinceModel;
  Query: Record<PropertyKey, never>;
  Region: RegionModel;
  RegisterEntry: RegisterEntry;
  String: Scalars['String']['output'];
}>;

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
  contacts?: Resolver<ResolversTypes['Contacts'], ParentType, ContextType>;
  culturalFields?: Resolver<Array<ResolversTypes['CulturalField']>, ParentType, ContextType>;
  foundedYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssociationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registerEntry?: Resolver<Maybe<ResolversTypes['RegisterEntry']>, ParentType, ContextType>;
  seat?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
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

export type CommunityCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommunityCount'] = ResolversParentTypes['CommunityCount']> = ResolversObject<{
  community?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ContactsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contacts'] = ResolversParentTypes['Contacts']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LocalizedTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = ResolversObject<{
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  associations?: Resolver<ResolversTypes['AssociationConnection'], ParentType, ContextType, RequireFields<MunicipalityAssociationsArgs, 'first'>>;
  istatCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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
  CommunityCount?: CommunityCountResolvers<ContextType>;
  Contacts?: ContactsResolvers<ContextType>;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegisterEntry?: RegisterEntryResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  contact?: ContactDirectiveResolver<any, any, ContextType>;
}>;
