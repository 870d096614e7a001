import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PublicationModel, NewsletterIssueModel, NewsletterItemModel, EventModel, CulturalExperienceModel, ProtectionProjectModel, CommunityModel, RegionModel, MunicipalityModel, AssociationModel, ServiceModel, AuditEntryModel } from '../mappers.js';
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

export type AddPublicationInput = {
  /** For a COMMUNITY_REPORT (required there, refused otherwise): ISO 3166-1 alpha-2 code, e.g. `PH`. */
  communityCode?: InputMaybe<Scalars['String']['input']>;
  kind: PublicationKind;
  /** Not before the year the report is about, not in the future. */
  publishedOn: Scalars['Date']['input'];
  summary: LocalizedTextInput;
  title: LocalizedTextInput;
  /** The year the report is about: 2012 or later for a community report, 2011 or later for a labour-market report. */
  year: Scalars['Int']['input'];
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

/** A migrant community (owned by the territories subgraph): here its reports and its events. */
export type Community = {
  __typename?: 'Community';
  code: Scalars['ID']['output'];
  /** Events the community takes part in, in date order. */
  events: EventConnection;
  /** The newest report on the community; null when there is none. */
  latestReport: Maybe<Publication>;
  /** The Portal's yearly reports on the community, newest first. */
  reports: Array<Publication>;
};


/** A migrant community (owned by the territories subgraph): here its reports and its events. */
export type CommunityEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An experience of the Portal's Cultural Area. */
export type CulturalExperience = {
  __typename?: 'CulturalExperience';
  /** The associations involved. */
  associations: Array<Association>;
  description: LocalizedText;
  /** `CE-` and four digits, e.g. `CE-0001`. */
  id: Scalars['ID']['output'];
  kind: CulturalExperienceKind;
  municipality: Municipality;
  /** Its own name (a proper name, not translated). */
  name: Scalars['String']['output'];
  section: CulturalSection;
};


/** An experience of the Portal's Cultural Area. */
export type CulturalExperienceDescriptionArgs = {
  lang?: InputMaybe<Locale>;
};

export type CulturalExperienceConnection = {
  __typename?: 'CulturalExperienceConnection';
  edges: Array<CulturalExperienceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CulturalExperienceEdge = {
  __typename?: 'CulturalExperienceEdge';
  cursor: Scalars['String']['output'];
  node: CulturalExperience;
};

export type CulturalExperienceFilter = {
  kind?: InputMaybe<CulturalExperienceKind>;
  provinceCode?: InputMaybe<Scalars['ID']['input']>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  section?: InputMaybe<CulturalSection>;
};

export type CulturalExperienceKind =
  | 'ARCHIVE'
  | 'CHOIR'
  | 'COMPANY'
  | 'DATABASE'
  | 'EXHIBITION'
  | 'FESTIVAL'
  /** A legal framework on culture (a regional law, say) that supports intercultural activity. */
  | 'LEGAL_FRAMEWORK'
  | 'LIBRARY'
  | 'LITERARY_PRIZE'
  | 'MAGAZINE'
  | 'MULTIETHNIC_ORCHESTRA'
  | 'MUSEUM'
  | 'PRODUCTION_COMPANY'
  | 'PUBLISHING_HOUSE'
  | 'WORKSHOP';

/** The five sections of the Portal's Cultural Area. */
export type CulturalSection =
  | 'CINEMA'
  | 'LITERATURE'
  | 'MUSIC'
  | 'THEATRE'
  | 'VISUAL_ART_AND_CULTURAL_HERITAGE';

/** How many experiences of a section of the Cultural Area a region has. */
export type CulturalSectionCount = {
  __typename?: 'CulturalSectionCount';
  count: Scalars['Int']['output'];
  section: CulturalSection;
};

/** An event: a meeting with communities, a conference, a festival, a workshop... */
export type Event = {
  __typename?: 'Event';
  /** The associations taking part. */
  associations: Array<Association>;
  /** The communities taking part, by country of origin. */
  communities: Array<Community>;
  endsOn: Maybe<Scalars['Date']['output']>;
  /** `EV-` and five digits, e.g. `EV-00001`. */
  id: Scalars['ID']['output'];
  kind: EventKind;
  municipality: Municipality;
  /** The series the event belongs to, e.g. `IN.CO.NT.RO`; null for a single event. */
  series: Maybe<Scalars['String']['output']>;
  startsOn: Scalars['Date']['output'];
  title: LocalizedText;
};


/** An event: a meeting with communities, a conference, a festival, a workshop... */
export type EventTitleArgs = {
  lang?: InputMaybe<Locale>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventFilter = {
  /** Events with this community: an ISO 3166-1 alpha-2 country code, e.g. `MA`. */
  communityCode?: InputMaybe<Scalars['String']['input']>;
  /** Events starting on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<EventKind>;
  provinceCode?: InputMaybe<Scalars['ID']['input']>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** A series, e.g. `IN.CO.NT.RO`. */
  series?: InputMaybe<Scalars['String']['input']>;
  /** Events starting on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type EventKind =
  | 'CONCERT'
  | 'CONFERENCE'
  | 'EXHIBITION'
  | 'FESTIVAL'
  /** A meeting with migrant communities, such as those of the IN.CO.NT.RO series. */
  | 'MEETING'
  | 'SCREENING'
  | 'SEMINAR'
  | 'WORKSHOP';

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
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds a publication; the Portal gives its id (`PUB-` and four digits) and, for a labour-market
   * report, its edition. Only the content partner (the editorial office), with the `content:write` scope.
   */
  addPublication: Maybe<Publication>;
  /**
   * Publishes the newsletter issue of a month (one per month; its number follows the last issue's).
   * The short version must be given in Italian and all ten other languages. Needs the `content:write` scope.
   */
  publishNewsletterIssue: Maybe<NewsletterIssue>;
  /**
   * Changes the fields given; `expectedVersion` is the version the change is based on (CONFLICT, with
   * `extensions.currentVersion`, when the record changed since). Needs the `content:write` scope.
   */
  updatePublication: Maybe<Publication>;
};


export type MutationAddPublicationArgs = {
  input: AddPublicationInput;
};


export type MutationPublishNewsletterIssueArgs = {
  input: PublishNewsletterIssueInput;
};


export type MutationUpdatePublicationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdatePublicationInput;
};

/** A monthly issue of the Portal's newsletter. */
export type NewsletterIssue = {
  __typename?: 'NewsletterIssue';
  /** The events starting in the issue's month, in date order, optionally only those in a province or region. */
  events: Array<Event>;
  /** `NL-` and the month, e.g. `NL-2026-12`. */
  id: Scalars['ID']['output'];
  /** The issue's items in order, optionally of one kind. */
  items: Array<NewsletterItem>;
  /** `YYYY-MM`. */
  month: Scalars['String']['output'];
  /** Progressive number: 1 is January 2013. */
  number: Scalars['Int']['output'];
  publishedOn: Scalars['Date']['output'];
  /** The short version, in Italian and the Portal's ten other languages. */
  shortVersion: LocalizedText;
  title: LocalizedText;
};


/** A monthly issue of the Portal's newsletter. */
export type NewsletterIssueEventsArgs = {
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


/** A monthly issue of the Portal's newsletter. */
export type NewsletterIssueItemsArgs = {
  kind?: InputMaybe<NewsletterItemKind>;
};


/** A monthly issue of the Portal's newsletter. */
export type NewsletterIssueShortVersionArgs = {
  lang?: InputMaybe<Locale>;
};


/** A monthly issue of the Portal's newsletter. */
export type NewsletterIssueTitleArgs = {
  lang?: InputMaybe<Locale>;
};

export type NewsletterIssueConnection = {
  __typename?: 'NewsletterIssueConnection';
  edges: Array<NewsletterIssueEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NewsletterIssueEdge = {
  __typename?: 'NewsletterIssueEdge';
  cursor: Scalars['String']['output'];
  node: NewsletterIssue;
};

/** One item of a newsletter issue. */
export type NewsletterItem = {
  __typename?: 'NewsletterItem';
  /** The event an EVENT item announces. */
  event: Maybe<Event>;
  kind: NewsletterItemKind;
  /** The publication a PUBLICATION item presents. */
  publication: Maybe<Publication>;
  /** Where a PROJECT was launched; null for other kinds. */
  scope: Maybe<ProjectScope>;
  summary: Maybe<LocalizedText>;
  title: LocalizedText;
};


/** One item of a newsletter issue. */
export type NewsletterItemSummaryArgs = {
  lang?: InputMaybe<Locale>;
};


/** One item of a newsletter issue. */
export type NewsletterItemTitleArgs = {
  lang?: InputMaybe<Locale>;
};

export type NewsletterItemInput = {
  /** Required for an EVENT item: the event's id. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  kind: NewsletterItemKind;
  /** Required for a PUBLICATION item: the publication's id. */
  publicationId?: InputMaybe<Scalars['ID']['input']>;
  /** Required for a PROJECT, refused otherwise. */
  scope?: InputMaybe<ProjectScope>;
  summary?: InputMaybe<LocalizedTextInput>;
  title: LocalizedTextInput;
};

/** What an item of the newsletter reports. */
export type NewsletterItemKind =
  | 'CASE_LAW'
  | 'EVENT'
  | 'LEGISLATION'
  /** News on migration and asylum. */
  | 'NEWS'
  | 'PROJECT'
  | 'PUBLICATION';

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Where a project reported by the newsletter was launched. */
export type ProjectScope =
  | 'INTERNATIONAL'
  | 'LOCAL'
  | 'NATIONAL';

/** A project for applicants and holders of international, subsidiary or humanitarian protection, made with UNHCR. */
export type ProtectionProject = {
  __typename?: 'ProtectionProject';
  beneficiaries: Array<ProtectionStatus>;
  description: LocalizedText;
  endsOn: Maybe<Scalars['Date']['output']>;
  /** `PP-` and four digits, e.g. `PP-0001`. */
  id: Scalars['ID']['output'];
  /** Where the project runs, when it runs in one municipality; null for a region-wide project. */
  municipality: Maybe<Municipality>;
  region: Region;
  /** The services that deliver it. */
  services: Array<Service>;
  startsOn: Scalars['Date']['output'];
  title: LocalizedText;
};


/** A project for applicants and holders of international, subsidiary or humanitarian protection, made with UNHCR. */
export type ProtectionProjectDescriptionArgs = {
  lang?: InputMaybe<Locale>;
};


/** A project for applicants and holders of international, subsidiary or humanitarian protection, made with UNHCR. */
export type ProtectionProjectTitleArgs = {
  lang?: InputMaybe<Locale>;
};

export type ProtectionProjectConnection = {
  __typename?: 'ProtectionProjectConnection';
  edges: Array<ProtectionProjectEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProtectionProjectEdge = {
  __typename?: 'ProtectionProjectEdge';
  cursor: Scalars['String']['output'];
  node: ProtectionProject;
};

export type ProtectionProjectFilter = {
  /** Projects for these beneficiaries. */
  beneficiary?: InputMaybe<ProtectionStatus>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};

/** Whom an International Protection project is for. */
export type ProtectionStatus =
  /** Applicants for international protection (asylum seekers). */
  | 'APPLICANTS'
  /** Holders of humanitarian (now special) protection. */
  | 'HUMANITARIAN_PROTECTION'
  /** Holders of international protection (refugee status). */
  | 'INTERNATIONAL_PROTECTION'
  /** Holders of subsidiary protection. */
  | 'SUBSIDIARY_PROTECTION';

/** A publication of the Portal: a community report or a labour-market report. */
export type Publication = {
  __typename?: 'Publication';
  /** The community a report is about; null for labour-market reports. */
  community: Maybe<Community>;
  /** Edition number of the labour-market report (1 for 2011); null for other publications. */
  edition: Maybe<Scalars['Int']['output']>;
  /** `PUB-` and four digits, e.g. `PUB-0001`. */
  id: Scalars['ID']['output'];
  kind: PublicationKind;
  publishedOn: Scalars['Date']['output'];
  /** Summary, in Italian and the Portal's ten other languages. */
  summary: LocalizedText;
  title: LocalizedText;
  /** The record's version: an update names the version it read and fails with CONFLICT if it changed since. */
  version: Scalars['Int']['output'];
  /** The year the report is about. */
  year: Scalars['Int']['output'];
};


/** A publication of the Portal: a community report or a labour-market report. */
export type PublicationSummaryArgs = {
  lang?: InputMaybe<Locale>;
};


/** A publication of the Portal: a community report or a labour-market report. */
export type PublicationTitleArgs = {
  lang?: InputMaybe<Locale>;
};

export type PublicationConnection = {
  __typename?: 'PublicationConnection';
  edges: Array<PublicationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PublicationEdge = {
  __typename?: 'PublicationEdge';
  cursor: Scalars['String']['output'];
  node: Publication;
};

export type PublicationFilter = {
  /** Reports on this community: an ISO 3166-1 alpha-2 country code, e.g. `PH`. */
  communityCode?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<PublicationKind>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** What a publication of the Portal is. */
export type PublicationKind =
  /** The yearly report on one of the main foreign communities living in Italy (since 2012). */
  | 'COMMUNITY_REPORT'
  /** The yearly report "Migrants in the Italian Labour Market" (first edition 2011). */
  | 'LABOUR_MARKET_REPORT'
  /** One of DG Immigration's plans, e.g. the three-year plan against labour exploitation and caporalato in agriculture (2020-2022). */
  | 'POLICY_PLAN'
  /** The second generations' area's common document of their needs and proposals. */
  | 'SECOND_GENERATIONS_DOCUMENT';

export type PublishNewsletterIssueInput = {
  /** At least one item, in the order they appear. */
  items: Array<NewsletterItemInput>;
  /** `YYYY-MM`, not before 2013-01; one issue per month. */
  month: Scalars['String']['input'];
  /** Defaults to today. */
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Italian and all ten other languages of the Portal. */
  shortVersion: LocalizedTextInput;
  title: LocalizedTextInput;
};

export type Query = {
  __typename?: 'Query';
  /** The editorial office's audit log: every accepted write, newest first. */
  contentAuditLog: Maybe<AuditEntryConnection>;
  /** An experience of the Cultural Area by its id, e.g. `CE-0001`. */
  culturalExperience: Maybe<CulturalExperience>;
  /** Experiences of the Cultural Area, by section then name. */
  culturalExperiences: CulturalExperienceConnection;
  /** An event by its id, e.g. `EV-00001`. */
  event: Maybe<Event>;
  /** Events in date order (earliest first). */
  events: EventConnection;
  /** The most recent newsletter issue. */
  latestNewsletterIssue: Maybe<NewsletterIssue>;
  /** The newsletter issue of a month, `YYYY-MM`; null when none was published that month. */
  newsletterIssue: Maybe<NewsletterIssue>;
  /** Newsletter issues, newest first, optionally of one year. */
  newsletterIssues: NewsletterIssueConnection;
  /** An International Protection project by its id, e.g. `PP-0001`. */
  protectionProject: Maybe<ProtectionProject>;
  /** International Protection projects (made with UNHCR), newest first. */
  protectionProjects: ProtectionProjectConnection;
  /** A publication by its id, e.g. `PUB-0001`; null when there is none. */
  publication: Maybe<Publication>;
  /** Publications, newest first (by year, then kind and community). */
  publications: PublicationConnection;
};


export type QueryContentAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCulturalExperienceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCulturalExperiencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CulturalExperienceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNewsletterIssueArgs = {
  month: Scalars['String']['input'];
};


export type QueryNewsletterIssuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProtectionProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProtectionProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProtectionProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPublicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PublicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Region = {
  __typename?: 'Region';
  code: Scalars['ID']['output'];
  /** The Cultural Area's experiences in the region by section: every section, in order, with zero where it has none. */
  culturalExperienceCounts: Array<CulturalSectionCount>;
  /** The International Protection projects run in the region. */
  protectionProjectCount: Scalars['Int']['output'];
};

export type Service = {
  __typename?: 'Service';
  id: Scalars['ID']['output'];
};

/** The direction a text's script is written in. */
export type TextDirection =
  | 'LTR'
  | 'RTL';

/** Fields left out are unchanged. */
export type UpdatePublicationInput = {
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  summary?: InputMaybe<LocalizedTextInput>;
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
  Community: Community;
  CulturalExperience: CulturalExperience;
  Event: Event;
  NewsletterIssue: NewsletterIssue;
  ProtectionProject: ProtectionProject;
  Publication: Publication;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Community:
    ( { __typename: 'Community' }
    & GraphQLRecursivePick<FederationTypes['Community'], {"code":true}> );
  CulturalExperience:
    ( { __typename: 'CulturalExperience' }
    & GraphQLRecursivePick<FederationTypes['CulturalExperience'], {"id":true}> );
  Event:
    ( { __typename: 'Event' }
    & GraphQLRecursivePick<FederationTypes['Event'], {"id":true}> );
  NewsletterIssue:
    ( { __typename: 'NewsletterIssue' }
    & GraphQLRecursivePick<FederationTypes['NewsletterIssue'], {"id":true}> );
  ProtectionProject:
    ( { __typename: 'ProtectionProject' }
    & GraphQLRecursivePick<FederationTypes['ProtectionProject'], {"id":true}> );
  Publication:
    ( { __typename: 'Publication' }
    & GraphQLRecursivePick<FederationTypes['Publication'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddPublicationInput: AddPublicationInput;
  Association: ResolverTypeWrapper<AssociationModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  CacheControlScope: CacheControlScope;
  Community: ResolverTypeWrapper<CommunityModel>;
  CulturalExperience: ResolverTypeWrapper<CulturalExperienceModel>;
  CulturalExperienceConnection: ResolverTypeWrapper<Omit<CulturalExperienceConnection, 'edges'> & { edges: Array<ResolversTypes['CulturalExperienceEdge']> }>;
  CulturalExperienceEdge: ResolverTypeWrapper<Omit<CulturalExperienceEdge, 'node'> & { node: ResolversTypes['CulturalExperience'] }>;
  CulturalExperienceFilter: CulturalExperienceFilter;
  CulturalExperienceKind: CulturalExperienceKind;
  CulturalSection: CulturalSection;
  CulturalSectionCount: ResolverTypeWrapper<CulturalSectionCount>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Event: ResolverTypeWrapper<EventModel>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventFilter: EventFilter;
  EventKind: EventKind;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  Locale: Locale;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  LocalizedTextInput: LocalizedTextInput;
  Municipality: ResolverTypeWrapper<MunicipalityModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewsletterIssue: ResolverTypeWrapper<NewsletterIssueModel>;
  NewsletterIssueConnection: ResolverTypeWrapper<Omit<NewsletterIssueConnection, 'edges'> & { edges: Array<ResolversTypes['NewsletterIssueEdge']> }>;
  NewsletterIssueEdge: ResolverTypeWrapper<Omit<NewsletterIssueEdge, 'node'> & { node: ResolversTypes['NewsletterIssue'] }>;
  NewsletterItem: ResolverTypeWrapper<NewsletterItemModel>;
  NewsletterItemInput: NewsletterItemInput;
  NewsletterItemKind: NewsletterItemKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProjectScope: ProjectScope;
  ProtectionProject: ResolverTypeWrapper<ProtectionProjectModel>;
  ProtectionProjectConnection: ResolverTypeWrapper<Omit<ProtectionProjectConnection, 'edges'> & { edges: Array<ResolversTypes['ProtectionProjectEdge']> }>;
  ProtectionProjectEdge: ResolverTypeWrapper<Omit<ProtectionProjectEdge, 'node'> & { node: ResolversTypes['ProtectionProject'] }>;
  ProtectionProjectFilter: ProtectionProjectFilter;
  ProtectionStatus: ProtectionStatus;
  Publication: ResolverTypeWrapper<PublicationModel>;
  PublicationConnection: ResolverTypeWrapper<Omit<PublicationConnection, 'edges'> & { edges: Array<ResolversTypes['PublicationEdge']> }>;
  PublicationEdge: ResolverTypeWrapper<Omit<PublicationEdge, 'node'> & { node: ResolversTypes['Publication'] }>;
  PublicationFilter: PublicationFilter;
  PublicationKind: PublicationKind;
  PublishNewsletterIssueInput: PublishNewsletterIssueInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionModel>;
  Service: ResolverTypeWrapper<ServiceModel>;
  TextDirection: TextDirection;
  UpdatePublicationInput: UpdatePublicationInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddPublicationInput: AddPublicationInput;
  Association: AssociationModel;
  ID: Scalars['ID']['output'];
  AuditEntry: AuditEntryModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Community: CommunityModel;
  CulturalExperience: CulturalExperienceModel;
  CulturalExperienceConnection: Omit<CulturalExperienceConnection, 'edges'> & { edges: Array<ResolversParentTypes['CulturalExperienceEdge']> };
  CulturalExperienceEdge: Omit<CulturalExperienceEdge, 'node'> & { node: ResolversParentTypes['CulturalExperience'] };
  CulturalExperienceFilter: CulturalExperienceFilter;
  CulturalSectionCount: CulturalSectionCount;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Event: EventModel;
  EventConnection: Omit<EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventFilter: EventFilter;
  FieldChange: FieldChange;
  LocalizedText: LocalizedText;
  LocalizedTextInput: LocalizedTextInput;
  Municipality: MunicipalityModel;
  Mutation: Record<PropertyKey, never>;
  NewsletterIssue: NewsletterIssueModel;
  NewsletterIssueConnection: Omit<NewsletterIssueConnection, 'edges'> & { edges: Array<ResolversParentTypes['NewsletterIssueEdge']> };
  NewsletterIssueEdge: Omit<NewsletterIssueEdge, 'node'> & { node: ResolversParentTypes['NewsletterIssue'] };
  NewsletterItem: NewsletterItemModel;
  NewsletterItemInput: NewsletterItemInput;
  PageInfo: PageInfo;
  ProtectionProject: ProtectionProjectModel;
  ProtectionProjectConnection: Omit<ProtectionProjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProtectionProjectEdge']> };
  ProtectionProjectEdge: Omit<ProtectionProjectEdge, 'node'> & { node: ResolversParentTypes['ProtectionProject'] };
  ProtectionProjectFilter: ProtectionProjectFilter;
  Publication: PublicationModel;
  PublicationConnection: Omit<PublicationConnection, 'edges'> & { edges: Array<ResolversParentTypes['PublicationEdge']> };
  PublicationEdge: Omit<PublicationEdge, 'node'> & { node: ResolversParentTypes['Publication'] };
  PublicationFilter: PublicationFilter;
  PublishNewsletterIssueInput: PublishNewsletterIssueInput;
  Query: Record<PropertyKey, never>;
  Region: RegionModel;
  Service: ServiceModel;
  UpdatePublicationInput: UpdatePublicationInput;
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

export type CommunityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community'], FederationReferenceType extends FederationReferenceTypes['Community'] = FederationReferenceTypes['Community']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Community']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<CommunityEventsArgs, 'first'>>;
  latestReport?: Resolver<Maybe<ResolversTypes['Publication']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Publication']>, ParentType, ContextType>;
}>;

export type CulturalExperienceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CulturalExperience'] = ResolversParentTypes['CulturalExperience'], FederationReferenceType extends FederationReferenceTypes['CulturalExperience'] = FederationReferenceTypes['CulturalExperience']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CulturalExperience']> | FederationReferenceType, FederationReferenceType, ContextType>;
  associations?: Resolver<Array<ResolversTypes['Association']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType, Partial<CulturalExperienceDescriptionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CulturalExperienceKind'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['CulturalSection'], ParentType, ContextType>;
}>;

export type CulturalExperienceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CulturalExperienceConnection'] = ResolversParentTypes['CulturalExperienceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CulturalExperienceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CulturalExperienceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CulturalExperienceEdge'] = ResolversParentTypes['CulturalExperienceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CulturalExperience'], ParentType, ContextType>;
}>;

export type CulturalSectionCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CulturalSectionCount'] = ResolversParentTypes['CulturalSectionCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['CulturalSection'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'], FederationReferenceType extends FederationReferenceTypes['Event'] = FederationReferenceTypes['Event']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Event']> | FederationReferenceType, FederationReferenceType, ContextType>;
  associations?: Resolver<Array<ResolversTypes['Association']>, ParentType, ContextType>;
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  series?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType, Partial<EventTitleArgs>>;
}>;

export type EventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
}>;

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

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality']> = ResolversObject<{
  istatCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addPublication?: Resolver<Maybe<ResolversTypes['Publication']>, ParentType, ContextType, RequireFields<MutationAddPublicationArgs, 'input'>>;
  publishNewsletterIssue?: Resolver<Maybe<ResolversTypes['NewsletterIssue']>, ParentType, ContextType, RequireFields<MutationPublishNewsletterIssueArgs, 'input'>>;
  updatePublication?: Resolver<Maybe<ResolversTypes['Publication']>, ParentType, ContextType, RequireFields<MutationUpdatePublicationArgs, 'expectedVersion' | 'id' | 'input'>>;
}>;

export type NewsletterIssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NewsletterIssue'] = ResolversParentTypes['NewsletterIssue'], FederationReferenceType extends FederationReferenceTypes['NewsletterIssue'] = FederationReferenceTypes['NewsletterIssue']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['NewsletterIssue']> | FederationReferenceType, FederationReferenceType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, Partial<NewsletterIssueEventsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['NewsletterItem']>, ParentType, ContextType, Partial<NewsletterIssueItemsArgs>>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publishedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  shortVersion?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType, Partial<NewsletterIssueShortVersionArgs>>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType, Partial<NewsletterIssueTitleArgs>>;
}>;

export type NewsletterIssueConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NewsletterIssueConnection'] = ResolversParentTypes['NewsletterIssueConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NewsletterIssueEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NewsletterIssueEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NewsletterIssueEdge'] = ResolversParentTypes['NewsletterIssueEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NewsletterIssue'], ParentType, ContextType>;
}>;

export type NewsletterItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NewsletterItem'] = ResolversParentTypes['NewsletterItem']> = ResolversObject<{
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NewsletterItemKind'], ParentType, ContextType>;
  publication?: Resolver<Maybe<ResolversTypes['Publication']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['ProjectScope']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType, Partial<NewsletterItemSummaryArgs>>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType, Partial<NewsletterItemTitleArgs>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProtectionProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProtectionProject'] = ResolversParentTypes['ProtectionProject'], FederationReferenceType extends FederationReferenceTypes['ProtectionProject'] = FederationReferenceTypes['ProtectionProject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProtectionProject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  beneficiaries?: Resolver<Array<ResolversTypes['ProtectionStatus']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType, Partial<ProtectionProjectDescriptionArgs>>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType, Partial<ProtectionProjectTitleArgs>>;
}>;

export type ProtectionProjectConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProtectionProjectConnection'] = ResolversParentTypes['ProtectionProjectConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProtectionProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProtectionProjectEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProtectionProjectEdge'] = ResolversParentTypes['ProtectionProjectEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProtectionProject'], ParentType, ContextType>;
}>;

export type PublicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Publication'] = ResolversParentTypes['Publication'], FederationReferenceType extends FederationReferenceTypes['Publication'] = FederationReferenceTypes['Publication']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Publication']> | FederationReferenceType, FederationReferenceType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  edition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PublicationKind'], ParentType, ContextType>;
  publishedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType, Partial<PublicationSummaryArgs>>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType, Partial<PublicationTitleArgs>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PublicationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicationConnection'] = ResolversParentTypes['PublicationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PublicationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PublicationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicationEdge'] = ResolversParentTypes['PublicationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Publication'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  contentAuditLog?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, RequireFields<QueryContentAuditLogArgs, 'first'>>;
  culturalExperience?: Resolver<Maybe<ResolversTypes['CulturalExperience']>, ParentType, ContextType, RequireFields<QueryCulturalExperienceArgs, 'id'>>;
  culturalExperiences?: Resolver<ResolversTypes['CulturalExperienceConnection'], ParentType, ContextType, RequireFields<QueryCulturalExperiencesArgs, 'first'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  latestNewsletterIssue?: Resolver<Maybe<ResolversTypes['NewsletterIssue']>, ParentType, ContextType>;
  newsletterIssue?: Resolver<Maybe<ResolversTypes['NewsletterIssue']>, ParentType, ContextType, RequireFields<QueryNewsletterIssueArgs, 'month'>>;
  newsletterIssues?: Resolver<ResolversTypes['NewsletterIssueConnection'], ParentType, ContextType, RequireFields<QueryNewsletterIssuesArgs, 'first'>>;
  protectionProject?: Resolver<Maybe<ResolversTypes['ProtectionProject']>, ParentType, ContextType, RequireFields<QueryProtectionProjectArgs, 'id'>>;
  protectionProjects?: Resolver<ResolversTypes['ProtectionProjectConnection'], ParentType, ContextType, RequireFields<QueryProtectionProjectsArgs, 'first'>>;
  publication?: Resolver<Maybe<ResolversTypes['Publication']>, ParentType, ContextType, RequireFields<QueryPublicationArgs, 'id'>>;
  publications?: Resolver<ResolversTypes['PublicationConnection'], ParentType, ContextType, RequireFields<QueryPublicationsArgs, 'first'>>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  culturalExperienceCounts?: Resolver<Array<ResolversTypes['CulturalSectionCount']>, ParentType, ContextType>;
  protectionProjectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Association?: AssociationResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CulturalExperience?: CulturalExperienceResolvers<ContextType>;
  CulturalExperienceConnection?: CulturalExperienceConnectionResolvers<ContextType>;
  CulturalExperienceEdge?: CulturalExperienceEdgeResolvers<ContextType>;
  CulturalSectionCount?: CulturalSectionCountResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NewsletterIssue?: NewsletterIssueResolvers<ContextType>;
  NewsletterIssueConnection?: NewsletterIssueConnectionResolvers<ContextType>;
  NewsletterIssueEdge?: NewsletterIssueEdgeResolvers<ContextType>;
  NewsletterItem?: NewsletterItemResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProtectionProject?: ProtectionProjectResolvers<ContextType>;
  ProtectionProjectConnection?: ProtectionProjectConnectionResolvers<ContextType>;
  ProtectionProjectEdge?: ProtectionProjectEdgeResolvers<ContextType>;
  Publication?: PublicationResolvers<ContextType>;
  PublicationConnection?: PublicationConnectionResolvers<ContextType>;
  PublicationEdge?: PublicationEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
  contact?: ContactDirectiveResolver<any, any, ContextType>;
}>;
