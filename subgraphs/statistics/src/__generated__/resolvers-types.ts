import type { GraphQLResolveInfo } from 'graphql';
import type { RegionModel, ProvinceModel, CommunityModel, DataSourceModel } from '../mappers.js';
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

/** Whether a cached answer may be shared between callers (PUBLIC) or kept for one caller only (PRIVATE); not part of the API. */
export type CacheControlScope =
  | 'PRIVATE'
  | 'PUBLIC';

/** Foreign residents of one citizenship in a territory. */
export type CitizenshipResidents = {
  __typename?: 'CitizenshipResidents';
  community: Community;
  /** Percent of the territory's foreign residents, one decimal. */
  share: Scalars['Float']['output'];
  source: DataSource;
  total: Scalars['Int']['output'];
  women: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A migrant community, keyed by its country of origin (owned by the territories subgraph). */
export type Community = {
  __typename?: 'Community';
  /** ISO 3166-1 alpha-2 code of the country of origin, upper case, e.g. `SN`. */
  code: Scalars['ID']['output'];
  /** The community's residents in Italy on 1 January of `year` (the latest year held by default); null when none are held. */
  residents: Maybe<CommunityResidents>;
};


/** A migrant community, keyed by its country of origin (owned by the territories subgraph). */
export type CommunityResidentsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A community's residents in Italy on 1 January of a year, with how they spread over the regions. */
export type CommunityResidents = {
  __typename?: 'CommunityResidents';
  /** Every region where the community has residents, largest first. */
  byRegion: Array<RegionResidents>;
  source: DataSource;
  total: Scalars['Int']['output'];
  women: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/**
 * Where a figure comes from, so that clients can label it. The figures of this graph are generated
 * for development (`generated: true`): plausible, close to the order of magnitude of the official
 * ones, but not official data.
 */
export type DataSource = {
  __typename?: 'DataSource';
  /**
   * What the figures are and how far they can be trusted, e.g. "Generated for development: plausible,
   * not official. ..."
   */
  description: LocalizedText;
  /** True when the figures were generated for development rather than taken from an official release. */
  generated: Scalars['Boolean']['output'];
  /** The data set: `residents`, `unaccompanied-minors` or `labour-market`. */
  id: Scalars['ID']['output'];
  /** The publisher whose official series the figures stand for, e.g. `ISTAT`. */
  publisher: Scalars['String']['output'];
};


/**
 * Where a figure comes from, so that clients can label it. The figures of this graph are generated
 * for development (`generated: true`): plausible, close to the order of magnitude of the official
 * ones, but not official data.
 */
export type DataSourceDescriptionArgs = {
  lang?: InputMaybe<Locale>;
};

/** Foreign residents of a territory on 1 January of a year. */
export type ForeignResidents = {
  __typename?: 'ForeignResidents';
  /** The citizenship counted; null when the figure counts every citizenship held. */
  community: Maybe<Community>;
  source: DataSource;
  total: Scalars['Int']['output'];
  women: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type ForeignResidentsConnection = {
  __typename?: 'ForeignResidentsConnection';
  edges: Array<ForeignResidentsEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ForeignResidentsEdge = {
  __typename?: 'ForeignResidentsEdge';
  cursor: Scalars['String']['output'];
  node: ForeignResidentsRecord;
};

export type ForeignResidentsFilter = {
  /** ISO 3166-1 alpha-2 code of the citizenship, e.g. `SN`. */
  citizenship?: InputMaybe<Scalars['String']['input']>;
  /** Three-digit ISTAT province code, e.g. `015`. */
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  /** Two-digit ISTAT region code, e.g. `03`. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** A year held (see `residentYears`); every year when absent. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Foreign residents of one citizenship in one province on 1 January of a year. */
export type ForeignResidentsRecord = {
  __typename?: 'ForeignResidentsRecord';
  community: Community;
  province: Province;
  region: Region;
  source: DataSource;
  total: Scalars['Int']['output'];
  women: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type Gender =
  | 'FEMALE'
  | 'MALE';

/**
 * Foreign workers (15 to 64 years) in a region's labour market, yearly averages. Rates are derived
 * from the counts: employment = employed / population, unemployment = unemployed / labour force,
 * activity = labour force / population, where the labour force is employed + unemployed.
 */
export type LabourMarketFigures = {
  __typename?: 'LabourMarketFigures';
  /** Percent, one decimal. */
  activityRate: Scalars['Float']['output'];
  /** Employed foreign workers. */
  employed: Scalars['Int']['output'];
  /** Percent, one decimal. */
  employmentRate: Scalars['Float']['output'];
  /** Foreign residents aged 15 to 64. */
  population: Scalars['Int']['output'];
  region: Region;
  source: DataSource;
  /** Foreign job seekers. */
  unemployed: Scalars['Int']['output'];
  /** Percent, one decimal. */
  unemploymentRate: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
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

/** Age bands of the census of unaccompanied foreign minors. */
export type MinorAgeBand =
  /** 0 to 6 years. */
  | 'AGE_0_6'
  /** 7 to 14 years. */
  | 'AGE_7_14'
  | 'AGE_15'
  | 'AGE_16'
  | 'AGE_17';

export type MinorsByAgeBand = {
  __typename?: 'MinorsByAgeBand';
  ageBand: MinorAgeBand;
  count: Scalars['Int']['output'];
};

export type MinorsByCitizenship = {
  __typename?: 'MinorsByCitizenship';
  community: Community;
  count: Scalars['Int']['output'];
};

export type MinorsByGender = {
  __typename?: 'MinorsByGender';
  count: Scalars['Int']['output'];
  gender: Gender;
};

/**
 * Unaccompanied foreign minors in the reception system at the end of a month. Each breakdown adds
 * up to `total`.
 */
export type MinorsMonth = {
  __typename?: 'MinorsMonth';
  /** Every age band, youngest first. */
  byAgeBand: Array<MinorsByAgeBand>;
  /** Every citizenship with minors in the month, largest first. */
  byCitizenship: Array<MinorsByCitizenship>;
  /** Both genders, female first. */
  byGender: Array<MinorsByGender>;
  /** The month, `YYYY-MM`. */
  month: Scalars['String']['output'];
  source: DataSource;
  total: Scalars['Int']['output'];
};

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Province = {
  __typename?: 'Province';
  code: Scalars['ID']['output'];
  /** Foreign residents on 1 January of `year` (the latest held by default), of one `citizenship` or of all. Null when none are held. */
  residents: Maybe<ForeignResidents>;
  /** The province's largest communities on 1 January of `year` (the latest held by default), largest first. */
  residentsByCitizenship: Array<CitizenshipResidents>;
};


export type ProvinceResidentsArgs = {
  citizenship?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type ProvinceResidentsByCitizenshipArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * Foreign residents by province and citizenship: one record per province, citizenship and year;
   * newest year first, then by province code and largest community first.
   */
  foreignResidents: ForeignResidentsConnection;
  /**
   * Labour-market figures of foreign workers, one per region in region code order (only `regionCode`'s
   * when given), for `year` (the latest held by default). An empty list when the year is not held.
   */
  labourMarketIndicators: Array<LabourMarketFigures>;
  /** The years held for foreign residents (each counted on 1 January), oldest first. */
  residentYears: Array<Scalars['Int']['output']>;
  /**
   * The census of unaccompanied foreign minors month by month, oldest first: in Italy, or in the
   * region `regionCode` (ISTAT, e.g. `19`). `from` and `until` are months `YYYY-MM`, at most 120
   * apart; `until` defaults to the latest month held, and the answer holds at most the 120 months
   * up to it. An empty list when nothing is held in the span.
   */
  unaccompaniedMinors: Array<MinorsMonth>;
};


export type QueryForeignResidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ForeignResidentsFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLabourMarketIndicatorsArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUnaccompaniedMinorsArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  until?: InputMaybe<Scalars['String']['input']>;
};

export type Region = {
  __typename?: 'Region';
  code: Scalars['ID']['output'];
  /** Labour-market figures of foreign workers in `year` (the latest held by default); null when not held. */
  labourMarket: Maybe<LabourMarketFigures>;
  /** Labour-market figures of every year held, oldest first. */
  labourMarketSeries: Array<LabourMarketFigures>;
  /**
   * Foreign residents on 1 January of `year` (the latest held by default), of one `citizenship` (ISO
   * 3166-1 alpha-2) or of all: the sum of the region's provinces. Null when none are held.
   */
  residents: Maybe<ForeignResidents>;
  /** The region's largest communities on 1 January of `year` (the latest held by default), largest first. */
  residentsByCitizenship: Array<CitizenshipResidents>;
  /**
   * The last `months` months (1 to 120) of the census of unaccompanied foreign minors up to `until`
   * (`YYYY-MM`, the latest month held by default), oldest first.
   */
  unaccompaniedMinors: Array<MinorsMonth>;
};


export type RegionLabourMarketArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type RegionResidentsArgs = {
  citizenship?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type RegionResidentsByCitizenshipArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type RegionUnaccompaniedMinorsArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
  until?: InputMaybe<Scalars['String']['input']>;
};

/** Residents of a community in one region (the sum of the region's provinces). */
export type RegionResidents = {
  __typename?: 'RegionResidents';
  region: Region;
  total: Scalars['Int']['output'];
  women: Scalars['Int']['output'];
};

/** The direction a text's script is written in. */
export type TextDirection =
  | 'LTR'
  | 'RTL';

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
  Community: Community;
  Province: Province;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Community:
    ( { __typename: 'Community' }
    & GraphQLRecursivePick<FederationTypes['Community'], {"code":true}> );
  Province:
    ( { __typename: 'Province' }
    & GraphQLRecursivePick<FederationTypes['Province'], {"code":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CacheControlScope: CacheControlScope;
  CitizenshipResidents: ResolverTypeWrapper<Omit<CitizenshipResidents, 'community' | 'source'> & { community: ResolversTypes['Community'], source: ResolversTypes['DataSource'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Community: ResolverTypeWrapper<CommunityModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CommunityResidents: ResolverTypeWrapper<Omit<CommunityResidents, 'byRegion' | 'source'> & { byRegion: Array<ResolversTypes['RegionResidents']>, source: ResolversTypes['DataSource'] }>;
  DataSource: ResolverTypeWrapper<DataSourceModel>;
  ForeignResidents: ResolverTypeWrapper<Omit<ForeignResidents, 'community' | 'source'> & { community?: Maybe<ResolversTypes['Community']>, source: ResolversTypes['DataSource'] }>;
  ForeignResidentsConnection: ResolverTypeWrapper<Omit<ForeignResidentsConnection, 'edges'> & { edges: Array<ResolversTypes['ForeignResidentsEdge']> }>;
  ForeignResidentsEdge: ResolverTypeWrapper<Omit<ForeignResidentsEdge, 'node'> & { node: ResolversTypes['ForeignResidentsRecord'] }>;
  ForeignResidentsFilter: ForeignResidentsFilter;
  ForeignResidentsRecord: ResolverTypeWrapper<Omit<ForeignResidentsRecord, 'community' | 'province' | 'region' | 'source'> & { community: ResolversTypes['Community'], province: ResolversTypes['Province'], region: ResolversTypes['Region'], source: ResolversTypes['DataSource'] }>;
  Gender: Gender;
  LabourMarketFigures: ResolverTypeWrapper<Omit<LabourMarketFigures, 'region' | 'source'> & { region: ResolversTypes['Region'], source: ResolversTypes['DataSource'] }>;
  Locale: Locale;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  MinorAgeBand: MinorAgeBand;
  MinorsByAgeBand: ResolverTypeWrapper<MinorsByAgeBand>;
  MinorsByCitizenship: ResolverTypeWrapper<Omit<MinorsByCitizenship, 'community'> & { community: ResolversTypes['Community'] }>;
  MinorsByGender: ResolverTypeWrapper<MinorsByGender>;
  MinorsMonth: ResolverTypeWrapper<Omit<MinorsMonth, 'byCitizenship' | 'source'> & { byCitizenship: Array<ResolversTypes['MinorsByCitizenship']>, source: ResolversTypes['DataSource'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Province: ResolverTypeWrapper<ProvinceModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionModel>;
  RegionResidents: ResolverTypeWrapper<Omit<RegionResidents, 'region'> & { region: ResolversTypes['Region'] }>;
  TextDirection: TextDirection;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CitizenshipResidents: Omit<CitizenshipResidents, 'community' | 'source'> & { community: ResolversParentTypes['Community'], source: ResolversParentTypes['DataSource'] };
  Float: Scalars['Float']['output'];
  Community: CommunityModel;
  ID: Scalars['ID']['output'];
  CommunityResidents: Omit<CommunityResidents, 'byRegion' | 'source'> & { byRegion: Array<ResolversParentTypes['RegionResidents']>, source: ResolversParentTypes['DataSource'] };
  DataSource: DataSourceModel;
  ForeignResidents: Omit<ForeignResidents, 'community' | 'source'> & { community?: Maybe<ResolversParentTypes['Community']>, source: ResolversParentTypes['DataSource'] };
  ForeignResidentsConnection: Omit<ForeignResidentsConnection, 'edges'> & { edges: Array<ResolversParentTypes['ForeignResidentsEdge']> };
  ForeignResidentsEdge: Omit<ForeignResidentsEdge, 'node'> & { node: ResolversParentTypes['ForeignResidentsRecord'] };
  ForeignResidentsFilter: ForeignResidentsFilter;
  ForeignResidentsRecord: Omit<ForeignResidentsRecord, 'community' | 'province' | 'region' | 'source'> & { community: ResolversParentTypes['Community'], province: ResolversParentTypes['Province'], region: ResolversParentTypes['Region'], source: ResolversParentTypes['DataSource'] };
  LabourMarketFigures: Omit<LabourMarketFigures, 'region' | 'source'> & { region: ResolversParentTypes['Region'], source: ResolversParentTypes['DataSource'] };
  LocalizedText: LocalizedText;
  MinorsByAgeBand: MinorsByAgeBand;
  MinorsByCitizenship: Omit<MinorsByCitizenship, 'community'> & { community: ResolversParentTypes['Community'] };
  MinorsByGender: MinorsByGender;
  MinorsMonth: Omit<MinorsMonth, 'byCitizenship' | 'source'> & { byCitizenship: Array<ResolversParentTypes['MinorsByCitizenship']>, source: ResolversParentTypes['DataSource'] };
  PageInfo: PageInfo;
  Province: ProvinceModel;
  Query: Record<PropertyKey, never>;
  Region: RegionModel;
  RegionResidents: Omit<RegionResidents, 'region'> & { region: ResolversParentTypes['Region'] };
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

export type CitizenshipResidentsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitizenshipResidents'] = ResolversParentTypes['CitizenshipResidents']> = ResolversObject<{
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CommunityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community'], FederationReferenceType extends FederationReferenceTypes['Community'] = FederationReferenceTypes['Community']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Community']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  residents?: Resolver<Maybe<ResolversTypes['CommunityResidents']>, ParentType, ContextType, Partial<CommunityResidentsArgs>>;
}>;

export type CommunityResidentsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CommunityResidents'] = ResolversParentTypes['CommunityResidents']> = ResolversObject<{
  byRegion?: Resolver<Array<ResolversTypes['RegionResidents']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DataSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataSource'] = ResolversParentTypes['DataSource']> = ResolversObject<{
  description?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType, Partial<DataSourceDescriptionArgs>>;
  generated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ForeignResidentsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForeignResidents'] = ResolversParentTypes['ForeignResidents']> = ResolversObject<{
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ForeignResidentsConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForeignResidentsConnection'] = ResolversParentTypes['ForeignResidentsConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ForeignResidentsEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ForeignResidentsEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForeignResidentsEdge'] = ResolversParentTypes['ForeignResidentsEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ForeignResidentsRecord'], ParentType, ContextType>;
}>;

export type ForeignResidentsRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ForeignResidentsRecord'] = ResolversParentTypes['ForeignResidentsRecord']> = ResolversObject<{
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LabourMarketFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LabourMarketFigures'] = ResolversParentTypes['LabourMarketFigures']> = ResolversObject<{
  activityRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  employed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employmentRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  unemployed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unemploymentRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LocalizedTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = ResolversObject<{
  direction?: Resolver<ResolversTypes['TextDirection'], ParentType, ContextType>;
  fallback?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MinorsByAgeBandResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MinorsByAgeBand'] = ResolversParentTypes['MinorsByAgeBand']> = ResolversObject<{
  ageBand?: Resolver<ResolversTypes['MinorAgeBand'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MinorsByCitizenshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MinorsByCitizenship'] = ResolversParentTypes['MinorsByCitizenship']> = ResolversObject<{
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MinorsByGenderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MinorsByGender'] = ResolversParentTypes['MinorsByGender']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gender?: Resolver<ResolversTypes['Gender'], ParentType, ContextType>;
}>;

export type MinorsMonthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MinorsMonth'] = ResolversParentTypes['MinorsMonth']> = ResolversObject<{
  byAgeBand?: Resolver<Array<ResolversTypes['MinorsByAgeBand']>, ParentType, ContextType>;
  byCitizenship?: Resolver<Array<ResolversTypes['MinorsByCitizenship']>, ParentType, ContextType>;
  byGender?: Resolver<Array<ResolversTypes['MinorsByGender']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DataSource'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProvinceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province'], FederationReferenceType extends FederationReferenceTypes['Province'] = FederationReferenceTypes['Province']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  residents?: Resolver<Maybe<ResolversTypes['ForeignResidents']>, ParentType, ContextType, Partial<ProvinceResidentsArgs>>;
  residentsByCitizenship?: Resolver<Array<ResolversTypes['CitizenshipResidents']>, ParentType, ContextType, RequireFields<ProvinceResidentsByCitizenshipArgs, 'first'>>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  foreignResidents?: Resolver<ResolversTypes['ForeignResidentsConnection'], ParentType, ContextType, RequireFields<QueryForeignResidentsArgs, 'first'>>;
  labourMarketIndicators?: Resolver<Array<ResolversTypes['LabourMarketFigures']>, ParentType, ContextType, Partial<QueryLabourMarketIndicatorsArgs>>;
  residentYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  unaccompaniedMinors?: Resolver<Array<ResolversTypes['MinorsMonth']>, ParentType, ContextType, Partial<QueryUnaccompaniedMinorsArgs>>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labourMarket?: Resolver<Maybe<ResolversTypes['LabourMarketFigures']>, ParentType, ContextType, Partial<RegionLabourMarketArgs>>;
  labourMarketSeries?: Resolver<Array<ResolversTypes['LabourMarketFigures']>, ParentType, ContextType>;
  residents?: Resolver<Maybe<ResolversTypes['ForeignResidents']>, ParentType, ContextType, Partial<RegionResidentsArgs>>;
  residentsByCitizenship?: Resolver<Array<ResolversTypes['CitizenshipResidents']>, ParentType, ContextType, RequireFields<RegionResidentsByCitizenshipArgs, 'first'>>;
  unaccompaniedMinors?: Resolver<Array<ResolversTypes['MinorsMonth']>, ParentType, ContextType, RequireFields<RegionUnaccompaniedMinorsArgs, 'months'>>;
}>;

export type RegionResidentsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionResidents'] = ResolversParentTypes['RegionResidents']> = ResolversObject<{
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  CitizenshipResidents?: CitizenshipResidentsResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CommunityResidents?: CommunityResidentsResolvers<ContextType>;
  DataSource?: DataSourceResolvers<ContextType>;
  ForeignResidents?: ForeignResidentsResolvers<ContextType>;
  ForeignResidentsConnection?: ForeignResidentsConnectionResolvers<ContextType>;
  ForeignResidentsEdge?: ForeignResidentsEdgeResolvers<ContextType>;
  ForeignResidentsRecord?: ForeignResidentsRecordResolvers<ContextType>;
  LabourMarketFigures?: LabourMarketFiguresResolvers<ContextType>;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  MinorsByAgeBand?: MinorsByAgeBandResolvers<ContextType>;
  MinorsByCitizenship?: MinorsByCitizenshipResolvers<ContextType>;
  MinorsByGender?: MinorsByGenderResolvers<ContextType>;
  MinorsMonth?: MinorsMonthResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionResidents?: RegionResidentsResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
  contact?: ContactDirectiveResolver<any, any, ContextType>;
}>;
