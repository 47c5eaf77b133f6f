/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A filter to be used against aggregates of `Alias` object types. */
export type AliasAggregatesFilter = {
  /** Mean average aggregate over matching `Alias` objects. */
  average?: AliasAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `Alias` objects. */
  distinctCount?: AliasDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `Alias` object to be included within the aggregate. */
  filter?: AliasFilter | null | undefined;
  /** Maximum aggregate over matching `Alias` objects. */
  max?: AliasMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `Alias` objects. */
  min?: AliasMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `Alias` objects. */
  stddevPopulation?: AliasStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `Alias` objects. */
  stddevSample?: AliasStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `Alias` objects. */
  sum?: AliasSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `Alias` objects. */
  variancePopulation?: AliasVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `Alias` objects. */
  varianceSample?: AliasVarianceSampleAggregateFilter | null | undefined;
};

export type AliasAverageAggregateFilter = {
  addedBy?: BigFloatFilter | null | undefined;
  confirmedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type AliasDistinctCountAggregateFilter = {
  addedAt?: BigIntFilter | null | undefined;
  addedBy?: BigIntFilter | null | undefined;
  baseForm?: BigIntFilter | null | undefined;
  compareForm?: BigIntFilter | null | undefined;
  confirmedBy?: BigIntFilter | null | undefined;
  employerId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  sourceSystem?: BigIntFilter | null | undefined;
};

/** A filter to be used against `Alias` object types. All fields are combined with a logical ‘and.’ */
export type AliasFilter = {
  /** Filter by the object’s `addedAt` field. */
  addedAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `addedBy` field. */
  addedBy?: BigIntFilter | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<AliasFilter> | null | undefined;
  /** Filter by the object’s `baseForm` field. */
  baseForm?: StringFilter | null | undefined;
  /** Filter by the object’s `compareForm` field. */
  compareForm?: StringFilter | null | undefined;
  /** Filter by the object’s `confirmedBy` field. */
  confirmedBy?: BigIntFilter | null | undefined;
  /** Filter by the object’s `employer` relation. */
  employer?: EmployerFilter | null | undefined;
  /** Filter by the object’s `employerId` field. */
  employerId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `importRows` relation. */
  importRows?: AliasToManyImportRowFilter | null | undefined;
  /** Some related `importRows` exist. */
  importRowsExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: AliasFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<AliasFilter> | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `sourceSystem` field. */
  sourceSystem?: StringFilter | null | undefined;
  /** Filter by the object’s `sourceSystemBySourceSystem` relation. */
  sourceSystemBySourceSystem?: SourceSystemFilter | null | undefined;
  /** Filter by the object’s `userByAddedBy` relation. */
  userByAddedBy?: UserFilter | null | undefined;
  /** A related `userByAddedBy` exists. */
  userByAddedByExists?: boolean | null | undefined;
  /** Filter by the object’s `userByConfirmedBy` relation. */
  userByConfirmedBy?: UserFilter | null | undefined;
  /** A related `userByConfirmedBy` exists. */
  userByConfirmedByExists?: boolean | null | undefined;
};

/**
 * legal: a registered legal name; trading: a business or trading name; former: a
 * name it used to have; abbreviation: initials or a short form; feed_spelling: how
 * a feed spelled it; other.
 */
export type AliasKind =
  | 'abbreviation'
  | 'feed_spelling'
  | 'former'
  | 'legal'
  | 'other'
  | 'trading';

/** A filter to be used against AliasKind fields. All fields are combined with a logical ‘and.’ */
export type AliasKindFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: AliasKind | null | undefined;
  /** Equal to the specified value. */
  equalTo?: AliasKind | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: AliasKind | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: AliasKind | null | undefined;
  /** Included in the specified list. */
  in?: Array<AliasKind> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: AliasKind | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: AliasKind | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: AliasKind | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: AliasKind | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<AliasKind> | null | undefined;
};

export type AliasMaxAggregateFilter = {
  addedBy?: BigIntFilter | null | undefined;
  confirmedBy?: BigIntFilter | null | undefined;
  employerId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

export type AliasMinAggregateFilter = {
  addedBy?: BigIntFilter | null | undefined;
  confirmedBy?: BigIntFilter | null | undefined;
  employerId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against aggregates of `AliasOccurrence` object types. */
export type AliasOccurrenceAggregatesFilter = {
  /** Mean average aggregate over matching `AliasOccurrence` objects. */
  average?: AliasOccurrenceAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `AliasOccurrence` objects. */
  distinctCount?: AliasOccurrenceDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `AliasOccurrence` object to be included within the aggregate. */
  filter?: AliasOccurrenceFilter | null | undefined;
  /** Maximum aggregate over matching `AliasOccurrence` objects. */
  max?: AliasOccurrenceMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `AliasOccurrence` objects. */
  min?: AliasOccurrenceMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `AliasOccurrence` objects. */
  stddevPopulation?: AliasOccurrenceStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `AliasOccurrence` objects. */
  stddevSample?: AliasOccurrenceStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `AliasOccurrence` objects. */
  sum?: AliasOccurrenceSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `AliasOccurrence` objects. */
  variancePopulation?: AliasOccurrenceVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `AliasOccurrence` objects. */
  varianceSample?: AliasOccurrenceVarianceSampleAggregateFilter | null | undefined;
};

export type AliasOccurrenceAverageAggregateFilter = {
  rowId?: BigFloatFilter | null | undefined;
};

export type AliasOccurrenceDistinctCountAggregateFilter = {
  compareForm?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  sourceSystem?: BigIntFilter | null | undefined;
};

/** A filter to be used against `AliasOccurrence` object types. All fields are combined with a logical ‘and.’ */
export type AliasOccurrenceFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<AliasOccurrenceFilter> | null | undefined;
  /** Filter by the object’s `compareForm` field. */
  compareForm?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: AliasOccurrenceFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<AliasOccurrenceFilter> | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `sourceSystem` field. */
  sourceSystem?: StringFilter | null | undefined;
  /** Filter by the object’s `sourceSystemBySourceSystem` relation. */
  sourceSystemBySourceSystem?: SourceSystemFilter | null | undefined;
};

export type AliasOccurrenceMaxAggregateFilter = {
  rowId?: BigIntFilter | null | undefined;
};

export type AliasOccurrenceMinAggregateFilter = {
  rowId?: BigIntFilter | null | undefined;
};

export type AliasOccurrenceStddevPopulationAggregateFilter = {
  rowId?: BigFloatFilter | null | undefined;
};

export type AliasOccurrenceStddevSampleAggregateFilter = {
  rowId?: BigFloatFilter | null | undefined;
};

export type AliasOccurrenceSumAggregateFilter = {
  rowId?: BigFloatFilter | null | undefined;
};

export type AliasOccurrenceVariancePopulationAggregateFilter = {
  rowId?: BigFloatFilter | null | undefined;
};

export type AliasOccurrenceVarianceSampleAggregateFilter = {
  rowId?: BigFloatFilter | null | undefined;
};

export type AliasStddevPopulationAggregateFilter = {
  addedBy?: BigFloatFilter | null | undefined;
  confirmedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type AliasStddevSampleAggregateFilter = {
  addedBy?: BigFloatFilter | null | undefined;
  confirmedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type AliasSumAggregateFilter = {
  addedBy?: BigFloatFilter | null | undefined;
  confirmedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

/** A filter to be used against many `ImportRow` object types. All fields are combined with a logical ‘and.’ */
export type AliasToManyImportRowFilter = {
  /** Aggregates across related `ImportRow` match the filter criteria. */
  aggregates?: ImportRowAggregatesFilter | null | undefined;
  /** Every related `ImportRow` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ImportRowFilter | null | undefined;
  /** No related `ImportRow` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ImportRowFilter | null | undefined;
  /** Some related `ImportRow` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ImportRowFilter | null | undefined;
};

export type AliasVariancePopulationAggregateFilter = {
  addedBy?: BigFloatFilter | null | undefined;
  confirmedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type AliasVarianceSampleAggregateFilter = {
  addedBy?: BigFloatFilter | null | undefined;
  confirmedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

/** public: API clients may see it; internal: staff only. */
export type AliasVisibility =
  | 'internal'
  | 'public';

/** A filter to be used against aggregates of `AnalyticsAliasDaily` object types. */
export type AnalyticsAliasDailyAggregatesFilter = {
  /** Distinct count aggregate over matching `AnalyticsAliasDaily` objects. */
  distinctCount?: AnalyticsAliasDailyDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `AnalyticsAliasDaily` object to be included within the aggregate. */
  filter?: AnalyticsAliasDailyFilter | null | undefined;
};

export type AnalyticsAliasDailyDistinctCountAggregateFilter = {
  day?: BigIntFilter | null | undefined;
  kind?: BigIntFilter | null | undefined;
  sourceSystem?: BigIntFilter | null | undefined;
};

/** A filter to be used against `AnalyticsAliasDaily` object types. All fields are combined with a logical ‘and.’ */
export type AnalyticsAliasDailyFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<AnalyticsAliasDailyFilter> | null | undefined;
  /** Filter by the object’s `day` field. */
  day?: DateFilter | null | undefined;
  /** Filter by the object’s `kind` field. */
  kind?: AliasKindFilter | null | undefined;
  /** Negates the expression. */
  not?: AnalyticsAliasDailyFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<AnalyticsAliasDailyFilter> | null | undefined;
  /** Filter by the object’s `sourceSystem` field. */
  sourceSystem?: StringFilter | null | undefined;
  /** Filter by the object’s `sourceSystemBySourceSystem` relation. */
  sourceSystemBySourceSystem?: SourceSystemFilter | null | undefined;
};

/** A filter to be used against aggregates of `AnalyticsImportDaily` object types. */
export type AnalyticsImportDailyAggregatesFilter = {
  /** Mean average aggregate over matching `AnalyticsImportDaily` objects. */
  average?: AnalyticsImportDailyAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `AnalyticsImportDaily` objects. */
  distinctCount?: AnalyticsImportDailyDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `AnalyticsImportDaily` object to be included within the aggregate. */
  filter?: AnalyticsImportDailyFilter | null | undefined;
  /** Maximum aggregate over matching `AnalyticsImportDaily` objects. */
  max?: AnalyticsImportDailyMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `AnalyticsImportDaily` objects. */
  min?: AnalyticsImportDailyMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `AnalyticsImportDaily` objects. */
  stddevPopulation?: AnalyticsImportDailyStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `AnalyticsImportDaily` objects. */
  stddevSample?: AnalyticsImportDailyStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `AnalyticsImportDaily` objects. */
  sum?: AnalyticsImportDailySumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `AnalyticsImportDaily` objects. */
  variancePopulation?: AnalyticsImportDailyVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `AnalyticsImportDaily` objects. */
  varianceSample?: AnalyticsImportDailyVarianceSampleAggregateFilter | null | undefined;
};

export type AnalyticsImportDailyAverageAggregateFilter = {
  batchId?: BigFloatFilter | null | undefined;
};

export type AnalyticsImportDailyDistinctCountAggregateFilter = {
  batchId?: BigIntFilter | null | undefined;
  day?: BigIntFilter | null | undefined;
  outcome?: BigIntFilter | null | undefined;
  sourceSystem?: BigIntFilter | null | undefined;
};

/** A filter to be used against `AnalyticsImportDaily` object types. All fields are combined with a logical ‘and.’ */
export type AnalyticsImportDailyFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<AnalyticsImportDailyFilter> | null | undefined;
  /** Filter by the object’s `batch` relation. */
  batch?: ImportBatchFilter | null | undefined;
  /** Filter by the object’s `batchId` field. */
  batchId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `day` field. */
  day?: DateFilter | null | undefined;
  /** Negates the expression. */
  not?: AnalyticsImportDailyFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<AnalyticsImportDailyFilter> | null | undefined;
  /** Filter by the object’s `outcome` field. */
  outcome?: ImportRowOutcomeFilter | null | undefined;
  /** Filter by the object’s `sourceSystem` field. */
  sourceSystem?: StringFilter | null | undefined;
  /** Filter by the object’s `sourceSystemBySourceSystem` relation. */
  sourceSystemBySourceSystem?: SourceSystemFilter | null | undefined;
};

export type AnalyticsImportDailyMaxAggregateFilter = {
  batchId?: BigIntFilter | null | undefined;
};

export type AnalyticsImportDailyMinAggregateFilter = {
  batchId?: BigIntFilter | null | undefined;
};

export type AnalyticsImportDailyStddevPopulationAggregateFilter = {
  batchId?: BigFloatFilter | null | undefined;
};

export type AnalyticsImportDailyStddevSampleAggregateFilter = {
  batchId?: BigFloatFilter | null | undefined;
};

export type AnalyticsImportDailySumAggregateFilter = {
  batchId?: BigFloatFilter | null | undefined;
};

export type AnalyticsImportDailyVariancePopulationAggregateFilter = {
  batchId?: BigFloatFilter | null | undefined;
};

export type AnalyticsImportDailyVarianceSampleAggregateFilter = {
  batchId?: BigFloatFilter | null | undefined;
};

/** A filter to be used against aggregates of `AnalyticsRefresh` object types. */
export type AnalyticsRefreshAggregatesFilter = {
  /** Mean average aggregate over matching `AnalyticsRefresh` objects. */
  average?: AnalyticsRefreshAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `AnalyticsRefresh` objects. */
  distinctCount?: AnalyticsRefreshDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `AnalyticsRefresh` object to be included within the aggregate. */
  filter?: AnalyticsRefreshFilter | null | undefined;
  /** Maximum aggregate over matching `AnalyticsRefresh` objects. */
  max?: AnalyticsRefreshMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `AnalyticsRefresh` objects. */
  min?: AnalyticsRefreshMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `AnalyticsRefresh` objects. */
  stddevPopulation?: AnalyticsRefreshStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `AnalyticsRefresh` objects. */
  stddevSample?: AnalyticsRefreshStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `AnalyticsRefresh` objects. */
  sum?: AnalyticsRefreshSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `AnalyticsRefresh` objects. */
  variancePopulation?: AnalyticsRefreshVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `AnalyticsRefresh` objects. */
  varianceSample?: AnalyticsRefreshVarianceSampleAggregateFilter | null | undefined;
};

export type AnalyticsRefreshAverageAggregateFilter = {
  requestedBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type AnalyticsRefreshDistinctCountAggregateFilter = {
  requestedBy?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  startedAt?: BigIntFilter | null | undefined;
};

/** A filter to be used against `AnalyticsRefresh` object types. All fields are combined with a logical ‘and.’ */
export type AnalyticsRefreshFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<AnalyticsRefreshFilter> | null | undefined;
  /** Negates the expression. */
  not?: AnalyticsRefreshFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<AnalyticsRefreshFilter> | null | undefined;
  /** Filter by the object’s `requestedBy` field. */
  requestedBy?: BigIntFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `startedAt` field. */
  startedAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `userByRequestedBy` relation. */
  userByRequestedBy?: UserFilter | null | undefined;
  /** A related `userByRequestedBy` exists. */
  userByRequestedByExists?: boolean | null | undefined;
};

export type AnalyticsRefreshMaxAggregateFilter = {
  requestedBy?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

export type AnalyticsRefreshMinAggregateFilter = {
  requestedBy?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

export type AnalyticsRefreshStddevPopulationAggregateFilter = {
  requestedBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type AnalyticsRefreshStddevSampleAggregateFilter = {
  requestedBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type AnalyticsRefreshSumAggregateFilter = {
  requestedBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type AnalyticsRefreshVariancePopulationAggregateFilter = {
  requestedBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type AnalyticsRefreshVarianceSampleAggregateFilter = {
  requestedBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

/** A filter to be used against aggregates of `ApiToken` object types. */
export type ApiTokenAggregatesFilter = {
  /** Mean average aggregate over matching `ApiToken` objects. */
  average?: ApiTokenAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `ApiToken` objects. */
  distinctCount?: ApiTokenDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `ApiToken` object to be included within the aggregate. */
  filter?: ApiTokenFilter | null | undefined;
  /** Maximum aggregate over matching `ApiToken` objects. */
  max?: ApiTokenMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `ApiToken` objects. */
  min?: ApiTokenMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `ApiToken` objects. */
  stddevPopulation?: ApiTokenStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `ApiToken` objects. */
  stddevSample?: ApiTokenStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `ApiToken` objects. */
  sum?: ApiTokenSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `ApiToken` objects. */
  variancePopulation?: ApiTokenVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `ApiToken` objects. */
  varianceSample?: ApiTokenVarianceSampleAggregateFilter | null | undefined;
};

export type ApiTokenAverageAggregateFilter = {
  createdBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type ApiTokenDistinctCountAggregateFilter = {
  createdBy?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `ApiToken` object types. All fields are combined with a logical ‘and.’ */
export type ApiTokenFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<ApiTokenFilter> | null | undefined;
  /** Filter by the object’s `apiTokenUsageDailiesByTokenId` relation. */
  apiTokenUsageDailiesByTokenId?: ApiTokenToManyApiTokenUsageDailyFilter | null | undefined;
  /** Some related `apiTokenUsageDailiesByTokenId` exist. */
  apiTokenUsageDailiesByTokenIdExist?: boolean | null | undefined;
  /** Filter by the object’s `createdBy` field. */
  createdBy?: BigIntFilter | null | undefined;
  /** Negates the expression. */
  not?: ApiTokenFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<ApiTokenFilter> | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `userByCreatedBy` relation. */
  userByCreatedBy?: UserFilter | null | undefined;
  /** A related `userByCreatedBy` exists. */
  userByCreatedByExists?: boolean | null | undefined;
};

export type ApiTokenMaxAggregateFilter = {
  createdBy?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

export type ApiTokenMinAggregateFilter = {
  createdBy?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** What a token may do: api_client reads public data; analyst reads everything an analyst can. */
export type ApiTokenRole =
  | 'analyst'
  | 'api_client';

export type ApiTokenStddevPopulationAggregateFilter = {
  createdBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type ApiTokenStddevSampleAggregateFilter = {
  createdBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type ApiTokenSumAggregateFilter = {
  createdBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

/** A filter to be used against many `ApiTokenUsageDaily` object types. All fields are combined with a logical ‘and.’ */
export type ApiTokenToManyApiTokenUsageDailyFilter = {
  /** Aggregates across related `ApiTokenUsageDaily` match the filter criteria. */
  aggregates?: ApiTokenUsageDailyAggregatesFilter | null | undefined;
  /** Every related `ApiTokenUsageDaily` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ApiTokenUsageDailyFilter | null | undefined;
  /** No related `ApiTokenUsageDaily` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ApiTokenUsageDailyFilter | null | undefined;
  /** Some related `ApiTokenUsageDaily` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ApiTokenUsageDailyFilter | null | undefined;
};

/** A filter to be used against aggregates of `ApiTokenUsageDaily` object types. */
export type ApiTokenUsageDailyAggregatesFilter = {
  /** Mean average aggregate over matching `ApiTokenUsageDaily` objects. */
  average?: ApiTokenUsageDailyAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `ApiTokenUsageDaily` objects. */
  distinctCount?: ApiTokenUsageDailyDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `ApiTokenUsageDaily` object to be included within the aggregate. */
  filter?: ApiTokenUsageDailyFilter | null | undefined;
  /** Maximum aggregate over matching `ApiTokenUsageDaily` objects. */
  max?: ApiTokenUsageDailyMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `ApiTokenUsageDaily` objects. */
  min?: ApiTokenUsageDailyMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `ApiTokenUsageDaily` objects. */
  stddevPopulation?: ApiTokenUsageDailyStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `ApiTokenUsageDaily` objects. */
  stddevSample?: ApiTokenUsageDailyStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `ApiTokenUsageDaily` objects. */
  sum?: ApiTokenUsageDailySumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `ApiTokenUsageDaily` objects. */
  variancePopulation?: ApiTokenUsageDailyVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `ApiTokenUsageDaily` objects. */
  varianceSample?: ApiTokenUsageDailyVarianceSampleAggregateFilter | null | undefined;
};

export type ApiTokenUsageDailyAverageAggregateFilter = {
  tokenId?: BigFloatFilter | null | undefined;
};

export type ApiTokenUsageDailyDistinctCountAggregateFilter = {
  day?: BigIntFilter | null | undefined;
  tokenId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `ApiTokenUsageDaily` object types. All fields are combined with a logical ‘and.’ */
export type ApiTokenUsageDailyFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<ApiTokenUsageDailyFilter> | null | undefined;
  /** Filter by the object’s `day` field. */
  day?: DateFilter | null | undefined;
  /** Negates the expression. */
  not?: ApiTokenUsageDailyFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<ApiTokenUsageDailyFilter> | null | undefined;
  /** Filter by the object’s `token` relation. */
  token?: ApiTokenFilter | null | undefined;
  /** Filter by the object’s `tokenId` field. */
  tokenId?: BigIntFilter | null | undefined;
};

export type ApiTokenUsageDailyMaxAggregateFilter = {
  tokenId?: BigIntFilter | null | undefined;
};

export type ApiTokenUsageDailyMinAggregateFilter = {
  tokenId?: BigIntFilter | null | undefined;
};

export type ApiTokenUsageDailyStddevPopulationAggregateFilter = {
  tokenId?: BigFloatFilter | null | undefined;
};

export type ApiTokenUsageDailyStddevSampleAggregateFilter = {
  tokenId?: BigFloatFilter | null | undefined;
};

export type ApiTokenUsageDailySumAggregateFilter = {
  tokenId?: BigFloatFilter | null | undefined;
};

export type ApiTokenUsageDailyVariancePopulationAggregateFilter = {
  tokenId?: BigFloatFilter | null | undefined;
};

export type ApiTokenUsageDailyVarianceSampleAggregateFilter = {
  tokenId?: BigFloatFilter | null | undefined;
};

export type ApiTokenVariancePopulationAggregateFilter = {
  createdBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type ApiTokenVarianceSampleAggregateFilter = {
  createdBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

/** A filter to be used against BigFloat fields. All fields are combined with a logical ‘and.’ */
export type BigFloatFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: string | null | undefined;
  /** Equal to the specified value. */
  equalTo?: string | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: string | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: string | null | undefined;
  /** Included in the specified list. */
  in?: Array<string> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: string | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: string | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: string | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: string | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<string> | null | undefined;
};

/** A filter to be used against BigInt fields. All fields are combined with a logical ‘and.’ */
export type BigIntFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: string | null | undefined;
  /** Equal to the specified value. */
  equalTo?: string | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: string | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: string | null | undefined;
  /** Included in the specified list. */
  in?: Array<string> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: string | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: string | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: string | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: string | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<string> | null | undefined;
};

/** promote: an alias became the canonical name; reject: it should not; defer: decide later; revert: a promotion undone. */
export type CanonicalDecisionAction =
  | 'defer'
  | 'promote'
  | 'reject'
  | 'revert';

/** A filter to be used against CanonicalDecisionAction fields. All fields are combined with a logical ‘and.’ */
export type CanonicalDecisionActionFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: CanonicalDecisionAction | null | undefined;
  /** Equal to the specified value. */
  equalTo?: CanonicalDecisionAction | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: CanonicalDecisionAction | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: CanonicalDecisionAction | null | undefined;
  /** Included in the specified list. */
  in?: Array<CanonicalDecisionAction> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: CanonicalDecisionAction | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: CanonicalDecisionAction | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: CanonicalDecisionAction | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: CanonicalDecisionAction | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<CanonicalDecisionAction> | null | undefined;
};

/** A filter to be used against aggregates of `CanonicalDecision` object types. */
export type CanonicalDecisionAggregatesFilter = {
  /** Mean average aggregate over matching `CanonicalDecision` objects. */
  average?: CanonicalDecisionAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `CanonicalDecision` objects. */
  distinctCount?: CanonicalDecisionDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `CanonicalDecision` object to be included within the aggregate. */
  filter?: CanonicalDecisionFilter | null | undefined;
  /** Maximum aggregate over matching `CanonicalDecision` objects. */
  max?: CanonicalDecisionMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `CanonicalDecision` objects. */
  min?: CanonicalDecisionMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `CanonicalDecision` objects. */
  stddevPopulation?: CanonicalDecisionStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `CanonicalDecision` objects. */
  stddevSample?: CanonicalDecisionStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `CanonicalDecision` objects. */
  sum?: CanonicalDecisionSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `CanonicalDecision` objects. */
  variancePopulation?: CanonicalDecisionVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `CanonicalDecision` objects. */
  varianceSample?: CanonicalDecisionVarianceSampleAggregateFilter | null | undefined;
};

export type CanonicalDecisionAverageAggregateFilter = {
  decidedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  revertsDecisionId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type CanonicalDecisionDistinctCountAggregateFilter = {
  action?: BigIntFilter | null | undefined;
  decidedAt?: BigIntFilter | null | undefined;
  decidedBy?: BigIntFilter | null | undefined;
  employerId?: BigIntFilter | null | undefined;
  revertsDecisionId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `CanonicalDecision` object types. All fields are combined with a logical ‘and.’ */
export type CanonicalDecisionFilter = {
  /** Filter by the object’s `action` field. */
  action?: CanonicalDecisionActionFilter | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<CanonicalDecisionFilter> | null | undefined;
  /** Filter by the object’s `canonicalDecisionByRevertsDecisionId` relation. */
  canonicalDecisionByRevertsDecisionId?: CanonicalDecisionFilter | null | undefined;
  /** A related `canonicalDecisionByRevertsDecisionId` exists. */
  canonicalDecisionByRevertsDecisionIdExists?: boolean | null | undefined;
  /** Filter by the object’s `decidedAt` field. */
  decidedAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `decidedBy` field. */
  decidedBy?: BigIntFilter | null | undefined;
  /** Filter by the object’s `employer` relation. */
  employer?: EmployerFilter | null | undefined;
  /** Filter by the object’s `employerId` field. */
  employerId?: BigIntFilter | null | undefined;
  /** Negates the expression. */
  not?: CanonicalDecisionFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<CanonicalDecisionFilter> | null | undefined;
  /** Filter by the object’s `revertsDecision` relation. */
  revertsDecision?: CanonicalDecisionFilter | null | undefined;
  /** A related `revertsDecision` exists. */
  revertsDecisionExists?: boolean | null | undefined;
  /** Filter by the object’s `revertsDecisionId` field. */
  revertsDecisionId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `userByDecidedBy` relation. */
  userByDecidedBy?: UserFilter | null | undefined;
  /** A related `userByDecidedBy` exists. */
  userByDecidedByExists?: boolean | null | undefined;
};

export type CanonicalDecisionMaxAggregateFilter = {
  decidedBy?: BigIntFilter | null | undefined;
  employerId?: BigIntFilter | null | undefined;
  revertsDecisionId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

export type CanonicalDecisionMinAggregateFilter = {
  decidedBy?: BigIntFilter | null | undefined;
  employerId?: BigIntFilter | null | undefined;
  revertsDecisionId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

export type CanonicalDecisionStddevPopulationAggregateFilter = {
  decidedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  revertsDecisionId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type CanonicalDecisionStddevSampleAggregateFilter = {
  decidedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  revertsDecisionId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type CanonicalDecisionSumAggregateFilter = {
  decidedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  revertsDecisionId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type CanonicalDecisionVariancePopulationAggregateFilter = {
  decidedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  revertsDecisionId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type CanonicalDecisionVarianceSampleAggregateFilter = {
  decidedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  revertsDecisionId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

/** A filter to be used against Date fields. All fields are combined with a logical ‘and.’ */
export type DateFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: string | null | undefined;
  /** Equal to the specified value. */
  equalTo?: string | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: string | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: string | null | undefined;
  /** Included in the specified list. */
  in?: Array<string> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: string | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: string | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: string | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: string | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<string> | null | undefined;
};

/** A filter to be used against Datetime fields. All fields are combined with a logical ‘and.’ */
export type DatetimeFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: string | null | undefined;
  /** Equal to the specified value. */
  equalTo?: string | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: string | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: string | null | undefined;
  /** Included in the specified list. */
  in?: Array<string> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: string | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: string | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: string | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: string | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<string> | null | undefined;
};

/** A filter to be used against aggregates of `Employer` object types. */
export type EmployerAggregatesFilter = {
  /** Mean average aggregate over matching `Employer` objects. */
  average?: EmployerAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `Employer` objects. */
  distinctCount?: EmployerDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `Employer` object to be included within the aggregate. */
  filter?: EmployerFilter | null | undefined;
  /** Maximum aggregate over matching `Employer` objects. */
  max?: EmployerMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `Employer` objects. */
  min?: EmployerMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `Employer` objects. */
  stddevPopulation?: EmployerStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `Employer` objects. */
  stddevSample?: EmployerStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `Employer` objects. */
  sum?: EmployerSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `Employer` objects. */
  variancePopulation?: EmployerVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `Employer` objects. */
  varianceSample?: EmployerVarianceSampleAggregateFilter | null | undefined;
};

export type EmployerAverageAggregateFilter = {
  createdBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type EmployerDistinctCountAggregateFilter = {
  baseName?: BigIntFilter | null | undefined;
  compareName?: BigIntFilter | null | undefined;
  createdBy?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
};

/** A filter to be used against aggregates of `EmployerDistinction` object types. */
export type EmployerDistinctionAggregatesFilter = {
  /** Mean average aggregate over matching `EmployerDistinction` objects. */
  average?: EmployerDistinctionAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `EmployerDistinction` objects. */
  distinctCount?: EmployerDistinctionDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `EmployerDistinction` object to be included within the aggregate. */
  filter?: EmployerDistinctionFilter | null | undefined;
  /** Maximum aggregate over matching `EmployerDistinction` objects. */
  max?: EmployerDistinctionMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `EmployerDistinction` objects. */
  min?: EmployerDistinctionMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `EmployerDistinction` objects. */
  stddevPopulation?: EmployerDistinctionStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `EmployerDistinction` objects. */
  stddevSample?: EmployerDistinctionStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `EmployerDistinction` objects. */
  sum?: EmployerDistinctionSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `EmployerDistinction` objects. */
  variancePopulation?: EmployerDistinctionVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `EmployerDistinction` objects. */
  varianceSample?: EmployerDistinctionVarianceSampleAggregateFilter | null | undefined;
};

export type EmployerDistinctionAverageAggregateFilter = {
  employerId?: BigFloatFilter | null | undefined;
  otherEmployerId?: BigFloatFilter | null | undefined;
  recordedBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type EmployerDistinctionDistinctCountAggregateFilter = {
  employerId?: BigIntFilter | null | undefined;
  otherEmployerId?: BigIntFilter | null | undefined;
  recordedBy?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `EmployerDistinction` object types. All fields are combined with a logical ‘and.’ */
export type EmployerDistinctionFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<EmployerDistinctionFilter> | null | undefined;
  /** Filter by the object’s `employer` relation. */
  employer?: EmployerFilter | null | undefined;
  /** Filter by the object’s `employerId` field. */
  employerId?: BigIntFilter | null | undefined;
  /** Negates the expression. */
  not?: EmployerDistinctionFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<EmployerDistinctionFilter> | null | undefined;
  /** Filter by the object’s `otherEmployer` relation. */
  otherEmployer?: EmployerFilter | null | undefined;
  /** Filter by the object’s `otherEmployerId` field. */
  otherEmployerId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `recordedBy` field. */
  recordedBy?: BigIntFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `userByRecordedBy` relation. */
  userByRecordedBy?: UserFilter | null | undefined;
  /** A related `userByRecordedBy` exists. */
  userByRecordedByExists?: boolean | null | undefined;
};

export type EmployerDistinctionMaxAggregateFilter = {
  employerId?: BigIntFilter | null | undefined;
  otherEmployerId?: BigIntFilter | null | undefined;
  recordedBy?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

export type EmployerDistinctionMinAggregateFilter = {
  employerId?: BigIntFilter | null | undefined;
  otherEmployerId?: BigIntFilter | null | undefined;
  recordedBy?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

export type EmployerDistinctionStddevPopulationAggregateFilter = {
  employerId?: BigFloatFilter | null | undefined;
  otherEmployerId?: BigFloatFilter | null | undefined;
  recordedBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type EmployerDistinctionStddevSampleAggregateFilter = {
  employerId?: BigFloatFilter | null | undefined;
  otherEmployerId?: BigFloatFilter | null | undefined;
  recordedBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type EmployerDistinctionSumAggregateFilter = {
  employerId?: BigFloatFilter | null | undefined;
  otherEmployerId?: BigFloatFilter | null | undefined;
  recordedBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type EmployerDistinctionVariancePopulationAggregateFilter = {
  employerId?: BigFloatFilter | null | undefined;
  otherEmployerId?: BigFloatFilter | null | undefined;
  recordedBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type EmployerDistinctionVarianceSampleAggregateFilter = {
  employerId?: BigFloatFilter | null | undefined;
  otherEmployerId?: BigFloatFilter | null | undefined;
  recordedBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

/** A filter to be used against `Employer` object types. All fields are combined with a logical ‘and.’ */
export type EmployerFilter = {
  /** Filter by the object’s `aliases` relation. */
  aliases?: EmployerToManyAliasFilter | null | undefined;
  /** Some related `aliases` exist. */
  aliasesExist?: boolean | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<EmployerFilter> | null | undefined;
  /** Filter by the object’s `baseName` field. */
  baseName?: StringFilter | null | undefined;
  /** Filter by the object’s `canonicalDecisions` relation. */
  canonicalDecisions?: EmployerToManyCanonicalDecisionFilter | null | undefined;
  /** Some related `canonicalDecisions` exist. */
  canonicalDecisionsExist?: boolean | null | undefined;
  /** Filter by the object’s `compareName` field. */
  compareName?: StringFilter | null | undefined;
  /** Filter by the object’s `createdBy` field. */
  createdBy?: BigIntFilter | null | undefined;
  /** Filter by the object’s `employerByMergedInto` relation. */
  employerByMergedInto?: EmployerFilter | null | undefined;
  /** A related `employerByMergedInto` exists. */
  employerByMergedIntoExists?: boolean | null | undefined;
  /** Filter by the object’s `employerDistinctions` relation. */
  employerDistinctions?: EmployerToManyEmployerDistinctionFilter | null | undefined;
  /** Filter by the object’s `employerDistinctionsByOtherEmployerId` relation. */
  employerDistinctionsByOtherEmployerId?: EmployerToManyEmployerDistinctionFilter | null | undefined;
  /** Some related `employerDistinctionsByOtherEmployerId` exist. */
  employerDistinctionsByOtherEmployerIdExist?: boolean | null | undefined;
  /** Some related `employerDistinctions` exist. */
  employerDistinctionsExist?: boolean | null | undefined;
  /** Filter by the object’s `employerIdentifiers` relation. */
  employerIdentifiers?: EmployerToManyEmployerIdentifierFilter | null | undefined;
  /** Some related `employerIdentifiers` exist. */
  employerIdentifiersExist?: boolean | null | undefined;
  /** Filter by the object’s `employerMergesByMergedId` relation. */
  employerMergesByMergedId?: EmployerToManyEmployerMergeFilter | null | undefined;
  /** Some related `employerMergesByMergedId` exist. */
  employerMergesByMergedIdExist?: boolean | null | undefined;
  /** Filter by the object’s `employerMergesBySurvivorId` relation. */
  employerMergesBySurvivorId?: EmployerToManyEmployerMergeFilter | null | undefined;
  /** Some related `employerMergesBySurvivorId` exist. */
  employerMergesBySurvivorIdExist?: boolean | null | undefined;
  /** Filter by the object’s `feedNameOccurrences` relation. */
  feedNameOccurrences?: EmployerToManyFeedNameOccurrenceFilter | null | undefined;
  /** Some related `feedNameOccurrences` exist. */
  feedNameOccurrencesExist?: boolean | null | undefined;
  /** Filter by the object’s `importRows` relation. */
  importRows?: EmployerToManyImportRowFilter | null | undefined;
  /** Some related `importRows` exist. */
  importRowsExist?: boolean | null | undefined;
  /** Filter by the object’s `learnedAliasDecisions` relation. */
  learnedAliasDecisions?: EmployerToManyLearnedAliasDecisionFilter | null | undefined;
  /** Some related `learnedAliasDecisions` exist. */
  learnedAliasDecisionsExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: EmployerFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<EmployerFilter> | null | undefined;
  /** Filter by the object’s `pendingEmployersByResolvedEmployerId` relation. */
  pendingEmployersByResolvedEmployerId?: EmployerToManyPendingEmployerFilter | null | undefined;
  /** Some related `pendingEmployersByResolvedEmployerId` exist. */
  pendingEmployersByResolvedEmployerIdExist?: boolean | null | undefined;
  /** Filter by the object’s `promotionClaim` relation. */
  promotionClaim?: PromotionClaimFilter | null | undefined;
  /** A related `promotionClaim` exists. */
  promotionClaimExists?: boolean | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: EmployerStatusFilter | null | undefined;
  /** Filter by the object’s `userByCreatedBy` relation. */
  userByCreatedBy?: UserFilter | null | undefined;
  /** A related `userByCreatedBy` exists. */
  userByCreatedByExists?: boolean | null | undefined;
};

/** A filter to be used against aggregates of `EmployerIdentifier` object types. */
export type EmployerIdentifierAggregatesFilter = {
  /** Mean average aggregate over matching `EmployerIdentifier` objects. */
  average?: EmployerIdentifierAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `EmployerIdentifier` objects. */
  distinctCount?: EmployerIdentifierDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `EmployerIdentifier` object to be included within the aggregate. */
  filter?: EmployerIdentifierFilter | null | undefined;
  /** Maximum aggregate over matching `EmployerIdentifier` objects. */
  max?: EmployerIdentifierMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `EmployerIdentifier` objects. */
  min?: EmployerIdentifierMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `EmployerIdentifier` objects. */
  stddevPopulation?: EmployerIdentifierStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `EmployerIdentifier` objects. */
  stddevSample?: EmployerIdentifierStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `EmployerIdentifier` objects. */
  sum?: EmployerIdentifierSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `EmployerIdentifier` objects. */
  variancePopulation?: EmployerIdentifierVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `EmployerIdentifier` objects. */
  varianceSample?: EmployerIdentifierVarianceSampleAggregateFilter | null | undefined;
};

export type EmployerIdentifierAverageAggregateFilter = {
  addedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type EmployerIdentifierDistinctCountAggregateFilter = {
  addedBy?: BigIntFilter | null | undefined;
  employerId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  scheme?: BigIntFilter | null | undefined;
  sourceSystem?: BigIntFilter | null | undefined;
  value?: BigIntFilter | null | undefined;
};

/** A filter to be used against `EmployerIdentifier` object types. All fields are combined with a logical ‘and.’ */
export type EmployerIdentifierFilter = {
  /** Filter by the object’s `addedBy` field. */
  addedBy?: BigIntFilter | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<EmployerIdentifierFilter> | null | undefined;
  /** Filter by the object’s `employer` relation. */
  employer?: EmployerFilter | null | undefined;
  /** Filter by the object’s `employerId` field. */
  employerId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `identifierSchemeByScheme` relation. */
  identifierSchemeByScheme?: IdentifierSchemeFilter | null | undefined;
  /** Negates the expression. */
  not?: EmployerIdentifierFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<EmployerIdentifierFilter> | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `scheme` field. */
  scheme?: StringFilter | null | undefined;
  /** Filter by the object’s `sourceSystem` field. */
  sourceSystem?: StringFilter | null | undefined;
  /** Filter by the object’s `sourceSystemBySourceSystem` relation. */
  sourceSystemBySourceSystem?: SourceSystemFilter | null | undefined;
  /** Filter by the object’s `userByAddedBy` relation. */
  userByAddedBy?: UserFilter | null | undefined;
  /** A related `userByAddedBy` exists. */
  userByAddedByExists?: boolean | null | undefined;
  /** Filter by the object’s `value` field. */
  value?: StringFilter | null | undefined;
};

export type EmployerIdentifierMaxAggregateFilter = {
  addedBy?: BigIntFilter | null | undefined;
  employerId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

export type EmployerIdentifierMinAggregateFilter = {
  addedBy?: BigIntFilter | null | undefined;
  employerId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

export type EmployerIdentifierStddevPopulationAggregateFilter = {
  addedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type EmployerIdentifierStddevSampleAggregateFilter = {
  addedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type EmployerIdentifierSumAggregateFilter = {
  addedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type EmployerIdentifierVariancePopulationAggregateFilter = {
  addedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type EmployerIdentifierVarianceSampleAggregateFilter = {
  addedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type EmployerMaxAggregateFilter = {
  createdBy?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against aggregates of `EmployerMerge` object types. */
export type EmployerMergeAggregatesFilter = {
  /** Mean average aggregate over matching `EmployerMerge` objects. */
  average?: EmployerMergeAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `EmployerMerge` objects. */
  distinctCount?: EmployerMergeDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `EmployerMerge` object to be included within the aggregate. */
  filter?: EmployerMergeFilter | null | undefined;
  /** Maximum aggregate over matching `EmployerMerge` objects. */
  max?: EmployerMergeMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `EmployerMerge` objects. */
  min?: EmployerMergeMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `EmployerMerge` objects. */
  stddevPopulation?: EmployerMergeStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `EmployerMerge` objects. */
  stddevSample?: EmployerMergeStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `EmployerMerge` objects. */
  sum?: EmployerMergeSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `EmployerMerge` objects. */
  variancePopulation?: EmployerMergeVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `EmployerMerge` objects. */
  varianceSample?: EmployerMergeVarianceSampleAggregateFilter | null | undefined;
};

export type EmployerMergeAverageAggregateFilter = {
  mergedBy?: BigFloatFilter | null | undefined;
  mergedId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
  survivorId?: BigFloatFilter | null | undefined;
  unmergedBy?: BigFloatFilter | null | undefined;
};

export type EmployerMergeDistinctCountAggregateFilter = {
  mergedBy?: BigIntFilter | null | undefined;
  mergedId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  survivorId?: BigIntFilter | null | undefined;
  unmergedBy?: BigIntFilter | null | undefined;
};

/** A filter to be used against `EmployerMerge` object types. All fields are combined with a logical ‘and.’ */
export type EmployerMergeFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<EmployerMergeFilter> | null | undefined;
  /** Filter by the object’s `merged` relation. */
  merged?: EmployerFilter | null | undefined;
  /** Filter by the object’s `mergedBy` field. */
  mergedBy?: BigIntFilter | null | undefined;
  /** Filter by the object’s `mergedId` field. */
  mergedId?: BigIntFilter | null | undefined;
  /** Negates the expression. */
  not?: EmployerMergeFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<EmployerMergeFilter> | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `survivor` relation. */
  survivor?: EmployerFilter | null | undefined;
  /** Filter by the object’s `survivorId` field. */
  survivorId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `unmergedBy` field. */
  unmergedBy?: BigIntFilter | null | undefined;
  /** Filter by the object’s `userByMergedBy` relation. */
  userByMergedBy?: UserFilter | null | undefined;
  /** A related `userByMergedBy` exists. */
  userByMergedByExists?: boolean | null | undefined;
  /** Filter by the object’s `userByUnmergedBy` relation. */
  userByUnmergedBy?: UserFilter | null | undefined;
  /** A related `userByUnmergedBy` exists. */
  userByUnmergedByExists?: boolean | null | undefined;
};

export type EmployerMergeMaxAggregateFilter = {
  mergedBy?: BigIntFilter | null | undefined;
  mergedId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  survivorId?: BigIntFilter | null | undefined;
  unmergedBy?: BigIntFilter | null | undefined;
};

export type EmployerMergeMinAggregateFilter = {
  mergedBy?: BigIntFilter | null | undefined;
  mergedId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  survivorId?: BigIntFilter | null | undefined;
  unmergedBy?: BigIntFilter | null | undefined;
};

export type EmployerMergeStddevPopulationAggregateFilter = {
  mergedBy?: BigFloatFilter | null | undefined;
  mergedId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
  survivorId?: BigFloatFilter | null | undefined;
  unmergedBy?: BigFloatFilter | null | undefined;
};

export type EmployerMergeStddevSampleAggregateFilter = {
  mergedBy?: BigFloatFilter | null | undefined;
  mergedId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
  survivorId?: BigFloatFilter | null | undefined;
  unmergedBy?: BigFloatFilter | null | undefined;
};

export type EmployerMergeSumAggregateFilter = {
  mergedBy?: BigFloatFilter | null | undefined;
  mergedId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
  survivorId?: BigFloatFilter | null | undefined;
  unmergedBy?: BigFloatFilter | null | undefined;
};

export type EmployerMergeVariancePopulationAggregateFilter = {
  mergedBy?: BigFloatFilter | null | undefined;
  mergedId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
  survivorId?: BigFloatFilter | null | undefined;
  unmergedBy?: BigFloatFilter | null | undefined;
};

export type EmployerMergeVarianceSampleAggregateFilter = {
  mergedBy?: BigFloatFilter | null | undefined;
  mergedId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
  survivorId?: BigFloatFilter | null | undefined;
  unmergedBy?: BigFloatFilter | null | undefined;
};

export type EmployerMinAggregateFilter = {
  createdBy?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/**
 * active: in use; merged: folded into another employer (see merged_into);
 * archived: kept for history, out of searches by default.
 */
export type EmployerStatus =
  | 'active'
  | 'archived'
  | 'merged';

/** A filter to be used against EmployerStatus fields. All fields are combined with a logical ‘and.’ */
export type EmployerStatusFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: EmployerStatus | null | undefined;
  /** Equal to the specified value. */
  equalTo?: EmployerStatus | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: EmployerStatus | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: EmployerStatus | null | undefined;
  /** Included in the specified list. */
  in?: Array<EmployerStatus> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: EmployerStatus | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: EmployerStatus | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: EmployerStatus | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: EmployerStatus | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<EmployerStatus> | null | undefined;
};

export type EmployerStddevPopulationAggregateFilter = {
  createdBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type EmployerStddevSampleAggregateFilter = {
  createdBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type EmployerSumAggregateFilter = {
  createdBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

/** A filter to be used against many `Alias` object types. All fields are combined with a logical ‘and.’ */
export type EmployerToManyAliasFilter = {
  /** Aggregates across related `Alias` match the filter criteria. */
  aggregates?: AliasAggregatesFilter | null | undefined;
  /** Every related `Alias` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: AliasFilter | null | undefined;
  /** No related `Alias` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: AliasFilter | null | undefined;
  /** Some related `Alias` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: AliasFilter | null | undefined;
};

/** A filter to be used against many `CanonicalDecision` object types. All fields are combined with a logical ‘and.’ */
export type EmployerToManyCanonicalDecisionFilter = {
  /** Aggregates across related `CanonicalDecision` match the filter criteria. */
  aggregates?: CanonicalDecisionAggregatesFilter | null | undefined;
  /** Every related `CanonicalDecision` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: CanonicalDecisionFilter | null | undefined;
  /** No related `CanonicalDecision` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: CanonicalDecisionFilter | null | undefined;
  /** Some related `CanonicalDecision` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: CanonicalDecisionFilter | null | undefined;
};

/** A filter to be used against many `EmployerDistinction` object types. All fields are combined with a logical ‘and.’ */
export type EmployerToManyEmployerDistinctionFilter = {
  /** Aggregates across related `EmployerDistinction` match the filter criteria. */
  aggregates?: EmployerDistinctionAggregatesFilter | null | undefined;
  /** Every related `EmployerDistinction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EmployerDistinctionFilter | null | undefined;
  /** No related `EmployerDistinction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EmployerDistinctionFilter | null | undefined;
  /** Some related `EmployerDistinction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EmployerDistinctionFilter | null | undefined;
};

/** A filter to be used against many `EmployerIdentifier` object types. All fields are combined with a logical ‘and.’ */
export type EmployerToManyEmployerIdentifierFilter = {
  /** Aggregates across related `EmployerIdentifier` match the filter criteria. */
  aggregates?: EmployerIdentifierAggregatesFilter | null | undefined;
  /** Every related `EmployerIdentifier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EmployerIdentifierFilter | null | undefined;
  /** No related `EmployerIdentifier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EmployerIdentifierFilter | null | undefined;
  /** Some related `EmployerIdentifier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EmployerIdentifierFilter | null | undefined;
};

/** A filter to be used against many `EmployerMerge` object types. All fields are combined with a logical ‘and.’ */
export type EmployerToManyEmployerMergeFilter = {
  /** Aggregates across related `EmployerMerge` match the filter criteria. */
  aggregates?: EmployerMergeAggregatesFilter | null | undefined;
  /** Every related `EmployerMerge` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EmployerMergeFilter | null | undefined;
  /** No related `EmployerMerge` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EmployerMergeFilter | null | undefined;
  /** Some related `EmployerMerge` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EmployerMergeFilter | null | undefined;
};

/** A filter to be used against many `FeedNameOccurrence` object types. All fields are combined with a logical ‘and.’ */
export type EmployerToManyFeedNameOccurrenceFilter = {
  /** Aggregates across related `FeedNameOccurrence` match the filter criteria. */
  aggregates?: FeedNameOccurrenceAggregatesFilter | null | undefined;
  /** Every related `FeedNameOccurrence` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: FeedNameOccurrenceFilter | null | undefined;
  /** No related `FeedNameOccurrence` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: FeedNameOccurrenceFilter | null | undefined;
  /** Some related `FeedNameOccurrence` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: FeedNameOccurrenceFilter | null | undefined;
};

/** A filter to be used against many `ImportRow` object types. All fields are combined with a logical ‘and.’ */
export type EmployerToManyImportRowFilter = {
  /** Aggregates across related `ImportRow` match the filter criteria. */
  aggregates?: ImportRowAggregatesFilter | null | undefined;
  /** Every related `ImportRow` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ImportRowFilter | null | undefined;
  /** No related `ImportRow` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ImportRowFilter | null | undefined;
  /** Some related `ImportRow` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ImportRowFilter | null | undefined;
};

/** A filter to be used against many `LearnedAliasDecision` object types. All fields are combined with a logical ‘and.’ */
export type EmployerToManyLearnedAliasDecisionFilter = {
  /** Aggregates across related `LearnedAliasDecision` match the filter criteria. */
  aggregates?: LearnedAliasDecisionAggregatesFilter | null | undefined;
  /** Every related `LearnedAliasDecision` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LearnedAliasDecisionFilter | null | undefined;
  /** No related `LearnedAliasDecision` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LearnedAliasDecisionFilter | null | undefined;
  /** Some related `LearnedAliasDecision` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LearnedAliasDecisionFilter | null | undefined;
};

/** A filter to be used against many `PendingEmployer` object types. All fields are combined with a logical ‘and.’ */
export type EmployerToManyPendingEmployerFilter = {
  /** Aggregates across related `PendingEmployer` match the filter criteria. */
  aggregates?: PendingEmployerAggregatesFilter | null | undefined;
  /** Every related `PendingEmployer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: PendingEmployerFilter | null | undefined;
  /** No related `PendingEmployer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: PendingEmployerFilter | null | undefined;
  /** Some related `PendingEmployer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: PendingEmployerFilter | null | undefined;
};

export type EmployerVariancePopulationAggregateFilter = {
  createdBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type EmployerVarianceSampleAggregateFilter = {
  createdBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

/** A filter to be used against aggregates of `FeatureSwitch` object types. */
export type FeatureSwitchAggregatesFilter = {
  /** Mean average aggregate over matching `FeatureSwitch` objects. */
  average?: FeatureSwitchAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `FeatureSwitch` objects. */
  distinctCount?: FeatureSwitchDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `FeatureSwitch` object to be included within the aggregate. */
  filter?: FeatureSwitchFilter | null | undefined;
  /** Maximum aggregate over matching `FeatureSwitch` objects. */
  max?: FeatureSwitchMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `FeatureSwitch` objects. */
  min?: FeatureSwitchMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `FeatureSwitch` objects. */
  stddevPopulation?: FeatureSwitchStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `FeatureSwitch` objects. */
  stddevSample?: FeatureSwitchStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `FeatureSwitch` objects. */
  sum?: FeatureSwitchSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `FeatureSwitch` objects. */
  variancePopulation?: FeatureSwitchVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `FeatureSwitch` objects. */
  varianceSample?: FeatureSwitchVarianceSampleAggregateFilter | null | undefined;
};

export type FeatureSwitchAverageAggregateFilter = {
  updatedBy?: BigFloatFilter | null | undefined;
};

export type FeatureSwitchDistinctCountAggregateFilter = {
  key?: BigIntFilter | null | undefined;
  updatedBy?: BigIntFilter | null | undefined;
};

/** A filter to be used against `FeatureSwitch` object types. All fields are combined with a logical ‘and.’ */
export type FeatureSwitchFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<FeatureSwitchFilter> | null | undefined;
  /** Filter by the object’s `key` field. */
  key?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: FeatureSwitchFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<FeatureSwitchFilter> | null | undefined;
  /** Filter by the object’s `updatedBy` field. */
  updatedBy?: BigIntFilter | null | undefined;
  /** Filter by the object’s `userByUpdatedBy` relation. */
  userByUpdatedBy?: UserFilter | null | undefined;
  /** A related `userByUpdatedBy` exists. */
  userByUpdatedByExists?: boolean | null | undefined;
};

export type FeatureSwitchMaxAggregateFilter = {
  updatedBy?: BigIntFilter | null | undefined;
};

export type FeatureSwitchMinAggregateFilter = {
  updatedBy?: BigIntFilter | null | undefined;
};

export type FeatureSwitchStddevPopulationAggregateFilter = {
  updatedBy?: BigFloatFilter | null | undefined;
};

export type FeatureSwitchStddevSampleAggregateFilter = {
  updatedBy?: BigFloatFilter | null | undefined;
};

export type FeatureSwitchSumAggregateFilter = {
  updatedBy?: BigFloatFilter | null | undefined;
};

export type FeatureSwitchVariancePopulationAggregateFilter = {
  updatedBy?: BigFloatFilter | null | undefined;
};

export type FeatureSwitchVarianceSampleAggregateFilter = {
  updatedBy?: BigFloatFilter | null | undefined;
};

/** A filter to be used against aggregates of `FeedNameOccurrence` object types. */
export type FeedNameOccurrenceAggregatesFilter = {
  /** Mean average aggregate over matching `FeedNameOccurrence` objects. */
  average?: FeedNameOccurrenceAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `FeedNameOccurrence` objects. */
  distinctCount?: FeedNameOccurrenceDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `FeedNameOccurrence` object to be included within the aggregate. */
  filter?: FeedNameOccurrenceFilter | null | undefined;
  /** Maximum aggregate over matching `FeedNameOccurrence` objects. */
  max?: FeedNameOccurrenceMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `FeedNameOccurrence` objects. */
  min?: FeedNameOccurrenceMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `FeedNameOccurrence` objects. */
  stddevPopulation?: FeedNameOccurrenceStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `FeedNameOccurrence` objects. */
  stddevSample?: FeedNameOccurrenceStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `FeedNameOccurrence` objects. */
  sum?: FeedNameOccurrenceSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `FeedNameOccurrence` objects. */
  variancePopulation?: FeedNameOccurrenceVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `FeedNameOccurrence` objects. */
  varianceSample?: FeedNameOccurrenceVarianceSampleAggregateFilter | null | undefined;
};

export type FeedNameOccurrenceAverageAggregateFilter = {
  employerId?: BigFloatFilter | null | undefined;
  firstBatchId?: BigFloatFilter | null | undefined;
  lastBatchId?: BigFloatFilter | null | undefined;
};

export type FeedNameOccurrenceDistinctCountAggregateFilter = {
  compareForm?: BigIntFilter | null | undefined;
  employerId?: BigIntFilter | null | undefined;
  firstBatchId?: BigIntFilter | null | undefined;
  lastBatchId?: BigIntFilter | null | undefined;
  sourceSystem?: BigIntFilter | null | undefined;
};

/** A filter to be used against `FeedNameOccurrence` object types. All fields are combined with a logical ‘and.’ */
export type FeedNameOccurrenceFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<FeedNameOccurrenceFilter> | null | undefined;
  /** Filter by the object’s `compareForm` field. */
  compareForm?: StringFilter | null | undefined;
  /** Filter by the object’s `employer` relation. */
  employer?: EmployerFilter | null | undefined;
  /** A related `employer` exists. */
  employerExists?: boolean | null | undefined;
  /** Filter by the object’s `employerId` field. */
  employerId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `firstBatch` relation. */
  firstBatch?: ImportBatchFilter | null | undefined;
  /** A related `firstBatch` exists. */
  firstBatchExists?: boolean | null | undefined;
  /** Filter by the object’s `firstBatchId` field. */
  firstBatchId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `lastBatch` relation. */
  lastBatch?: ImportBatchFilter | null | undefined;
  /** A related `lastBatch` exists. */
  lastBatchExists?: boolean | null | undefined;
  /** Filter by the object’s `lastBatchId` field. */
  lastBatchId?: BigIntFilter | null | undefined;
  /** Negates the expression. */
  not?: FeedNameOccurrenceFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<FeedNameOccurrenceFilter> | null | undefined;
  /** Filter by the object’s `sourceSystem` field. */
  sourceSystem?: StringFilter | null | undefined;
  /** Filter by the object’s `sourceSystemBySourceSystem` relation. */
  sourceSystemBySourceSystem?: SourceSystemFilter | null | undefined;
};

export type FeedNameOccurrenceMaxAggregateFilter = {
  employerId?: BigIntFilter | null | undefined;
  firstBatchId?: BigIntFilter | null | undefined;
  lastBatchId?: BigIntFilter | null | undefined;
};

export type FeedNameOccurrenceMinAggregateFilter = {
  employerId?: BigIntFilter | null | undefined;
  firstBatchId?: BigIntFilter | null | undefined;
  lastBatchId?: BigIntFilter | null | undefined;
};

export type FeedNameOccurrenceStddevPopulationAggregateFilter = {
  employerId?: BigFloatFilter | null | undefined;
  firstBatchId?: BigFloatFilter | null | undefined;
  lastBatchId?: BigFloatFilter | null | undefined;
};

export type FeedNameOccurrenceStddevSampleAggregateFilter = {
  employerId?: BigFloatFilter | null | undefined;
  firstBatchId?: BigFloatFilter | null | undefined;
  lastBatchId?: BigFloatFilter | null | undefined;
};

export type FeedNameOccurrenceSumAggregateFilter = {
  employerId?: BigFloatFilter | null | undefined;
  firstBatchId?: BigFloatFilter | null | undefined;
  lastBatchId?: BigFloatFilter | null | undefined;
};

export type FeedNameOccurrenceVariancePopulationAggregateFilter = {
  employerId?: BigFloatFilter | null | undefined;
  firstBatchId?: BigFloatFilter | null | undefined;
  lastBatchId?: BigFloatFilter | null | undefined;
};

export type FeedNameOccurrenceVarianceSampleAggregateFilter = {
  employerId?: BigFloatFilter | null | undefined;
  firstBatchId?: BigFloatFilter | null | undefined;
  lastBatchId?: BigFloatFilter | null | undefined;
};

/** A filter to be used against Float fields. All fields are combined with a logical ‘and.’ */
export type FloatFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: number | null | undefined;
  /** Equal to the specified value. */
  equalTo?: number | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: number | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: number | null | undefined;
  /** Included in the specified list. */
  in?: Array<number> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: number | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: number | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: number | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: number | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<number> | null | undefined;
};

/** A filter to be used against `IdentifierScheme` object types. All fields are combined with a logical ‘and.’ */
export type IdentifierSchemeFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<IdentifierSchemeFilter> | null | undefined;
  /** Filter by the object’s `employerIdentifiersByScheme` relation. */
  employerIdentifiersByScheme?: IdentifierSchemeToManyEmployerIdentifierFilter | null | undefined;
  /** Some related `employerIdentifiersByScheme` exist. */
  employerIdentifiersBySchemeExist?: boolean | null | undefined;
  /** Filter by the object’s `key` field. */
  key?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: IdentifierSchemeFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<IdentifierSchemeFilter> | null | undefined;
  /** Filter by the object’s `pendingEmployerIdentifiersByScheme` relation. */
  pendingEmployerIdentifiersByScheme?: IdentifierSchemeToManyPendingEmployerIdentifierFilter | null | undefined;
  /** Some related `pendingEmployerIdentifiersByScheme` exist. */
  pendingEmployerIdentifiersBySchemeExist?: boolean | null | undefined;
};

/** A filter to be used against many `EmployerIdentifier` object types. All fields are combined with a logical ‘and.’ */
export type IdentifierSchemeToManyEmployerIdentifierFilter = {
  /** Aggregates across related `EmployerIdentifier` match the filter criteria. */
  aggregates?: EmployerIdentifierAggregatesFilter | null | undefined;
  /** Every related `EmployerIdentifier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EmployerIdentifierFilter | null | undefined;
  /** No related `EmployerIdentifier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EmployerIdentifierFilter | null | undefined;
  /** Some related `EmployerIdentifier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EmployerIdentifierFilter | null | undefined;
};

/** A filter to be used against many `PendingEmployerIdentifier` object types. All fields are combined with a logical ‘and.’ */
export type IdentifierSchemeToManyPendingEmployerIdentifierFilter = {
  /** Aggregates across related `PendingEmployerIdentifier` match the filter criteria. */
  aggregates?: PendingEmployerIdentifierAggregatesFilter | null | undefined;
  /** Every related `PendingEmployerIdentifier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: PendingEmployerIdentifierFilter | null | undefined;
  /** No related `PendingEmployerIdentifier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: PendingEmployerIdentifierFilter | null | undefined;
  /** Some related `PendingEmployerIdentifier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: PendingEmployerIdentifierFilter | null | undefined;
};

/** How values of a scheme are checked: ABN or ACN checksum, a regular expression, or not at all. */
export type IdentifierValidation =
  | 'abn'
  | 'acn'
  | 'none'
  | 'pattern';

/** A filter to be used against aggregates of `ImportBatch` object types. */
export type ImportBatchAggregatesFilter = {
  /** Mean average aggregate over matching `ImportBatch` objects. */
  average?: ImportBatchAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `ImportBatch` objects. */
  distinctCount?: ImportBatchDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `ImportBatch` object to be included within the aggregate. */
  filter?: ImportBatchFilter | null | undefined;
  /** Maximum aggregate over matching `ImportBatch` objects. */
  max?: ImportBatchMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `ImportBatch` objects. */
  min?: ImportBatchMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `ImportBatch` objects. */
  stddevPopulation?: ImportBatchStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `ImportBatch` objects. */
  stddevSample?: ImportBatchStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `ImportBatch` objects. */
  sum?: ImportBatchSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `ImportBatch` objects. */
  variancePopulation?: ImportBatchVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `ImportBatch` objects. */
  varianceSample?: ImportBatchVarianceSampleAggregateFilter | null | undefined;
};

export type ImportBatchAverageAggregateFilter = {
  processingSeconds?: FloatFilter | null | undefined;
  progress?: FloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
  uploadedBy?: BigFloatFilter | null | undefined;
};

export type ImportBatchDistinctCountAggregateFilter = {
  createdAt?: BigIntFilter | null | undefined;
  fileSha256?: BigIntFilter | null | undefined;
  processingSeconds?: BigIntFilter | null | undefined;
  progress?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  sourceSystem?: BigIntFilter | null | undefined;
  state?: BigIntFilter | null | undefined;
  uploadedBy?: BigIntFilter | null | undefined;
};

/** A filter to be used against `ImportBatch` object types. All fields are combined with a logical ‘and.’ */
export type ImportBatchFilter = {
  /** Filter by the object’s `analyticsImportDailiesByBatchId` relation. */
  analyticsImportDailiesByBatchId?: ImportBatchToManyAnalyticsImportDailyFilter | null | undefined;
  /** Some related `analyticsImportDailiesByBatchId` exist. */
  analyticsImportDailiesByBatchIdExist?: boolean | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<ImportBatchFilter> | null | undefined;
  /** Filter by the object’s `createdAt` field. */
  createdAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `feedNameOccurrencesByFirstBatchId` relation. */
  feedNameOccurrencesByFirstBatchId?: ImportBatchToManyFeedNameOccurrenceFilter | null | undefined;
  /** Some related `feedNameOccurrencesByFirstBatchId` exist. */
  feedNameOccurrencesByFirstBatchIdExist?: boolean | null | undefined;
  /** Filter by the object’s `feedNameOccurrencesByLastBatchId` relation. */
  feedNameOccurrencesByLastBatchId?: ImportBatchToManyFeedNameOccurrenceFilter | null | undefined;
  /** Some related `feedNameOccurrencesByLastBatchId` exist. */
  feedNameOccurrencesByLastBatchIdExist?: boolean | null | undefined;
  /** Filter by the object’s `fileSha256` field. */
  fileSha256?: StringFilter | null | undefined;
  /** Filter by the object’s `importBatchRetractionsByBatchId` relation. */
  importBatchRetractionsByBatchId?: ImportBatchToManyImportBatchRetractionFilter | null | undefined;
  /** Some related `importBatchRetractionsByBatchId` exist. */
  importBatchRetractionsByBatchIdExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: ImportBatchFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<ImportBatchFilter> | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `rows` relation. */
  rows?: ImportBatchToManyImportRowFilter | null | undefined;
  /** Some related `rows` exist. */
  rowsExist?: boolean | null | undefined;
  /** Filter by the object’s `sourceSystem` field. */
  sourceSystem?: StringFilter | null | undefined;
  /** Filter by the object’s `sourceSystemBySourceSystem` relation. */
  sourceSystemBySourceSystem?: SourceSystemFilter | null | undefined;
  /** Filter by the object’s `state` field. */
  state?: ImportBatchStateFilter | null | undefined;
  /** Filter by the object’s `uploadedBy` field. */
  uploadedBy?: BigIntFilter | null | undefined;
  /** Filter by the object’s `uploader` relation. */
  uploader?: UserFilter | null | undefined;
  /** A related `uploader` exists. */
  uploaderExists?: boolean | null | undefined;
};

export type ImportBatchMaxAggregateFilter = {
  processingSeconds?: FloatFilter | null | undefined;
  progress?: FloatFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  uploadedBy?: BigIntFilter | null | undefined;
};

export type ImportBatchMinAggregateFilter = {
  processingSeconds?: FloatFilter | null | undefined;
  progress?: FloatFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  uploadedBy?: BigIntFilter | null | undefined;
};

/** A filter to be used against aggregates of `ImportBatchRetraction` object types. */
export type ImportBatchRetractionAggregatesFilter = {
  /** Mean average aggregate over matching `ImportBatchRetraction` objects. */
  average?: ImportBatchRetractionAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `ImportBatchRetraction` objects. */
  distinctCount?: ImportBatchRetractionDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `ImportBatchRetraction` object to be included within the aggregate. */
  filter?: ImportBatchRetractionFilter | null | undefined;
  /** Maximum aggregate over matching `ImportBatchRetraction` objects. */
  max?: ImportBatchRetractionMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `ImportBatchRetraction` objects. */
  min?: ImportBatchRetractionMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `ImportBatchRetraction` objects. */
  stddevPopulation?: ImportBatchRetractionStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `ImportBatchRetraction` objects. */
  stddevSample?: ImportBatchRetractionStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `ImportBatchRetraction` objects. */
  sum?: ImportBatchRetractionSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `ImportBatchRetraction` objects. */
  variancePopulation?: ImportBatchRetractionVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `ImportBatchRetraction` objects. */
  varianceSample?: ImportBatchRetractionVarianceSampleAggregateFilter | null | undefined;
};

export type ImportBatchRetractionAverageAggregateFilter = {
  batchId?: BigFloatFilter | null | undefined;
  retractedBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type ImportBatchRetractionDistinctCountAggregateFilter = {
  batchId?: BigIntFilter | null | undefined;
  retractedBy?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `ImportBatchRetraction` object types. All fields are combined with a logical ‘and.’ */
export type ImportBatchRetractionFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<ImportBatchRetractionFilter> | null | undefined;
  /** Filter by the object’s `batch` relation. */
  batch?: ImportBatchFilter | null | undefined;
  /** Filter by the object’s `batchId` field. */
  batchId?: BigIntFilter | null | undefined;
  /** Negates the expression. */
  not?: ImportBatchRetractionFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<ImportBatchRetractionFilter> | null | undefined;
  /** Filter by the object’s `retractedBy` field. */
  retractedBy?: BigIntFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `userByRetractedBy` relation. */
  userByRetractedBy?: UserFilter | null | undefined;
  /** A related `userByRetractedBy` exists. */
  userByRetractedByExists?: boolean | null | undefined;
};

export type ImportBatchRetractionMaxAggregateFilter = {
  batchId?: BigIntFilter | null | undefined;
  retractedBy?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

export type ImportBatchRetractionMinAggregateFilter = {
  batchId?: BigIntFilter | null | undefined;
  retractedBy?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

export type ImportBatchRetractionStddevPopulationAggregateFilter = {
  batchId?: BigFloatFilter | null | undefined;
  retractedBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type ImportBatchRetractionStddevSampleAggregateFilter = {
  batchId?: BigFloatFilter | null | undefined;
  retractedBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type ImportBatchRetractionSumAggregateFilter = {
  batchId?: BigFloatFilter | null | undefined;
  retractedBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type ImportBatchRetractionVariancePopulationAggregateFilter = {
  batchId?: BigFloatFilter | null | undefined;
  retractedBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type ImportBatchRetractionVarianceSampleAggregateFilter = {
  batchId?: BigFloatFilter | null | undefined;
  retractedBy?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

/**
 * receiving: the upload is streaming in (never visible to others); queued: waiting
 * for the worker; processing: rows are being matched; done: every row has an
 * outcome; failed: processing stopped (see lastError).
 */
export type ImportBatchState =
  | 'done'
  | 'failed'
  | 'processing'
  | 'queued'
  | 'receiving';

/** A filter to be used against ImportBatchState fields. All fields are combined with a logical ‘and.’ */
export type ImportBatchStateFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: ImportBatchState | null | undefined;
  /** Equal to the specified value. */
  equalTo?: ImportBatchState | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: ImportBatchState | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: ImportBatchState | null | undefined;
  /** Included in the specified list. */
  in?: Array<ImportBatchState> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: ImportBatchState | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: ImportBatchState | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: ImportBatchState | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: ImportBatchState | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<ImportBatchState> | null | undefined;
};

export type ImportBatchStddevPopulationAggregateFilter = {
  processingSeconds?: FloatFilter | null | undefined;
  progress?: FloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
  uploadedBy?: BigFloatFilter | null | undefined;
};

export type ImportBatchStddevSampleAggregateFilter = {
  processingSeconds?: FloatFilter | null | undefined;
  progress?: FloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
  uploadedBy?: BigFloatFilter | null | undefined;
};

export type ImportBatchSumAggregateFilter = {
  processingSeconds?: FloatFilter | null | undefined;
  progress?: FloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
  uploadedBy?: BigFloatFilter | null | undefined;
};

/** A filter to be used against many `AnalyticsImportDaily` object types. All fields are combined with a logical ‘and.’ */
export type ImportBatchToManyAnalyticsImportDailyFilter = {
  /** Aggregates across related `AnalyticsImportDaily` match the filter criteria. */
  aggregates?: AnalyticsImportDailyAggregatesFilter | null | undefined;
  /** Every related `AnalyticsImportDaily` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: AnalyticsImportDailyFilter | null | undefined;
  /** No related `AnalyticsImportDaily` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: AnalyticsImportDailyFilter | null | undefined;
  /** Some related `AnalyticsImportDaily` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: AnalyticsImportDailyFilter | null | undefined;
};

/** A filter to be used against many `FeedNameOccurrence` object types. All fields are combined with a logical ‘and.’ */
export type ImportBatchToManyFeedNameOccurrenceFilter = {
  /** Aggregates across related `FeedNameOccurrence` match the filter criteria. */
  aggregates?: FeedNameOccurrenceAggregatesFilter | null | undefined;
  /** Every related `FeedNameOccurrence` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: FeedNameOccurrenceFilter | null | undefined;
  /** No related `FeedNameOccurrence` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: FeedNameOccurrenceFilter | null | undefined;
  /** Some related `FeedNameOccurrence` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: FeedNameOccurrenceFilter | null | undefined;
};

/** A filter to be used against many `ImportBatchRetraction` object types. All fields are combined with a logical ‘and.’ */
export type ImportBatchToManyImportBatchRetractionFilter = {
  /** Aggregates across related `ImportBatchRetraction` match the filter criteria. */
  aggregates?: ImportBatchRetractionAggregatesFilter | null | undefined;
  /** Every related `ImportBatchRetraction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ImportBatchRetractionFilter | null | undefined;
  /** No related `ImportBatchRetraction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ImportBatchRetractionFilter | null | undefined;
  /** Some related `ImportBatchRetraction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ImportBatchRetractionFilter | null | undefined;
};

/** A filter to be used against many `ImportRow` object types. All fields are combined with a logical ‘and.’ */
export type ImportBatchToManyImportRowFilter = {
  /** Aggregates across related `ImportRow` match the filter criteria. */
  aggregates?: ImportRowAggregatesFilter | null | undefined;
  /** Every related `ImportRow` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ImportRowFilter | null | undefined;
  /** No related `ImportRow` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ImportRowFilter | null | undefined;
  /** Some related `ImportRow` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ImportRowFilter | null | undefined;
};

export type ImportBatchVariancePopulationAggregateFilter = {
  processingSeconds?: FloatFilter | null | undefined;
  progress?: FloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
  uploadedBy?: BigFloatFilter | null | undefined;
};

export type ImportBatchVarianceSampleAggregateFilter = {
  processingSeconds?: FloatFilter | null | undefined;
  progress?: FloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
  uploadedBy?: BigFloatFilter | null | undefined;
};

/** A filter to be used against aggregates of `ImportRow` object types. */
export type ImportRowAggregatesFilter = {
  /** Mean average aggregate over matching `ImportRow` objects. */
  average?: ImportRowAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `ImportRow` objects. */
  distinctCount?: ImportRowDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `ImportRow` object to be included within the aggregate. */
  filter?: ImportRowFilter | null | undefined;
  /** Maximum aggregate over matching `ImportRow` objects. */
  max?: ImportRowMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `ImportRow` objects. */
  min?: ImportRowMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `ImportRow` objects. */
  stddevPopulation?: ImportRowStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `ImportRow` objects. */
  stddevSample?: ImportRowStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `ImportRow` objects. */
  sum?: ImportRowSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `ImportRow` objects. */
  variancePopulation?: ImportRowVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `ImportRow` objects. */
  varianceSample?: ImportRowVarianceSampleAggregateFilter | null | undefined;
};

export type ImportRowAverageAggregateFilter = {
  aliasId?: BigFloatFilter | null | undefined;
  batchId?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  line?: BigFloatFilter | null | undefined;
  pendingEmployerId?: BigFloatFilter | null | undefined;
};

export type ImportRowDistinctCountAggregateFilter = {
  aliasId?: BigIntFilter | null | undefined;
  batchId?: BigIntFilter | null | undefined;
  employerId?: BigIntFilter | null | undefined;
  line?: BigIntFilter | null | undefined;
  outcome?: BigIntFilter | null | undefined;
  pendingEmployerId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `ImportRow` object types. All fields are combined with a logical ‘and.’ */
export type ImportRowFilter = {
  /** Filter by the object’s `alias` relation. */
  alias?: AliasFilter | null | undefined;
  /** A related `alias` exists. */
  aliasExists?: boolean | null | undefined;
  /** Filter by the object’s `aliasId` field. */
  aliasId?: BigIntFilter | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<ImportRowFilter> | null | undefined;
  /** Filter by the object’s `batch` relation. */
  batch?: ImportBatchFilter | null | undefined;
  /** Filter by the object’s `batchId` field. */
  batchId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `employer` relation. */
  employer?: EmployerFilter | null | undefined;
  /** A related `employer` exists. */
  employerExists?: boolean | null | undefined;
  /** Filter by the object’s `employerId` field. */
  employerId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `line` field. */
  line?: IntFilter | null | undefined;
  /** Negates the expression. */
  not?: ImportRowFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<ImportRowFilter> | null | undefined;
  /** Filter by the object’s `outcome` field. */
  outcome?: ImportRowOutcomeFilter | null | undefined;
  /** Filter by the object’s `pendingEmployer` relation. */
  pendingEmployer?: PendingEmployerFilter | null | undefined;
  /** A related `pendingEmployer` exists. */
  pendingEmployerExists?: boolean | null | undefined;
  /** Filter by the object’s `pendingEmployerId` field. */
  pendingEmployerId?: BigIntFilter | null | undefined;
};

export type ImportRowMaxAggregateFilter = {
  aliasId?: BigIntFilter | null | undefined;
  batchId?: BigIntFilter | null | undefined;
  employerId?: BigIntFilter | null | undefined;
  line?: IntFilter | null | undefined;
  pendingEmployerId?: BigIntFilter | null | undefined;
};

export type ImportRowMinAggregateFilter = {
  aliasId?: BigIntFilter | null | undefined;
  batchId?: BigIntFilter | null | undefined;
  employerId?: BigIntFilter | null | undefined;
  line?: IntFilter | null | undefined;
  pendingEmployerId?: BigIntFilter | null | undefined;
};

/**
 * matched_identifier / matched_exact / matched_fuzzy: landed on an employer;
 * pending: sent to the pending queue; conflict: identifier and name disagree,
 * flagged for review; rejected: a name a steward rejected before; error: unusable (see error).
 */
export type ImportRowOutcome =
  | 'conflict'
  | 'error'
  | 'matched_exact'
  | 'matched_fuzzy'
  | 'matched_identifier'
  | 'pending'
  | 'rejected';

/** A filter to be used against ImportRowOutcome fields. All fields are combined with a logical ‘and.’ */
export type ImportRowOutcomeFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: ImportRowOutcome | null | undefined;
  /** Equal to the specified value. */
  equalTo?: ImportRowOutcome | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: ImportRowOutcome | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: ImportRowOutcome | null | undefined;
  /** Included in the specified list. */
  in?: Array<ImportRowOutcome> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: ImportRowOutcome | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: ImportRowOutcome | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: ImportRowOutcome | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: ImportRowOutcome | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<ImportRowOutcome> | null | undefined;
};

export type ImportRowStddevPopulationAggregateFilter = {
  aliasId?: BigFloatFilter | null | undefined;
  batchId?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  line?: BigFloatFilter | null | undefined;
  pendingEmployerId?: BigFloatFilter | null | undefined;
};

export type ImportRowStddevSampleAggregateFilter = {
  aliasId?: BigFloatFilter | null | undefined;
  batchId?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  line?: BigFloatFilter | null | undefined;
  pendingEmployerId?: BigFloatFilter | null | undefined;
};

export type ImportRowSumAggregateFilter = {
  aliasId?: BigFloatFilter | null | undefined;
  batchId?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  line?: BigIntFilter | null | undefined;
  pendingEmployerId?: BigFloatFilter | null | undefined;
};

export type ImportRowVariancePopulationAggregateFilter = {
  aliasId?: BigFloatFilter | null | undefined;
  batchId?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  line?: BigFloatFilter | null | undefined;
  pendingEmployerId?: BigFloatFilter | null | undefined;
};

export type ImportRowVarianceSampleAggregateFilter = {
  aliasId?: BigFloatFilter | null | undefined;
  batchId?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  line?: BigFloatFilter | null | undefined;
  pendingEmployerId?: BigFloatFilter | null | undefined;
};

/** A filter to be used against Int fields. All fields are combined with a logical ‘and.’ */
export type IntFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: number | null | undefined;
  /** Equal to the specified value. */
  equalTo?: number | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: number | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: number | null | undefined;
  /** Included in the specified list. */
  in?: Array<number> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: number | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: number | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: number | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: number | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<number> | null | undefined;
};

/** A filter to be used against aggregates of `LearnedAliasDecision` object types. */
export type LearnedAliasDecisionAggregatesFilter = {
  /** Mean average aggregate over matching `LearnedAliasDecision` objects. */
  average?: LearnedAliasDecisionAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `LearnedAliasDecision` objects. */
  distinctCount?: LearnedAliasDecisionDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `LearnedAliasDecision` object to be included within the aggregate. */
  filter?: LearnedAliasDecisionFilter | null | undefined;
  /** Maximum aggregate over matching `LearnedAliasDecision` objects. */
  max?: LearnedAliasDecisionMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `LearnedAliasDecision` objects. */
  min?: LearnedAliasDecisionMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `LearnedAliasDecision` objects. */
  stddevPopulation?: LearnedAliasDecisionStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `LearnedAliasDecision` objects. */
  stddevSample?: LearnedAliasDecisionStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `LearnedAliasDecision` objects. */
  sum?: LearnedAliasDecisionSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `LearnedAliasDecision` objects. */
  variancePopulation?: LearnedAliasDecisionVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `LearnedAliasDecision` objects. */
  varianceSample?: LearnedAliasDecisionVarianceSampleAggregateFilter | null | undefined;
};

export type LearnedAliasDecisionAverageAggregateFilter = {
  decidedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type LearnedAliasDecisionDistinctCountAggregateFilter = {
  decidedAt?: BigIntFilter | null | undefined;
  decidedBy?: BigIntFilter | null | undefined;
  employerId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `LearnedAliasDecision` object types. All fields are combined with a logical ‘and.’ */
export type LearnedAliasDecisionFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<LearnedAliasDecisionFilter> | null | undefined;
  /** Filter by the object’s `decidedAt` field. */
  decidedAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `decidedBy` field. */
  decidedBy?: BigIntFilter | null | undefined;
  /** Filter by the object’s `employer` relation. */
  employer?: EmployerFilter | null | undefined;
  /** Filter by the object’s `employerId` field. */
  employerId?: BigIntFilter | null | undefined;
  /** Negates the expression. */
  not?: LearnedAliasDecisionFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<LearnedAliasDecisionFilter> | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `userByDecidedBy` relation. */
  userByDecidedBy?: UserFilter | null | undefined;
  /** A related `userByDecidedBy` exists. */
  userByDecidedByExists?: boolean | null | undefined;
};

export type LearnedAliasDecisionMaxAggregateFilter = {
  decidedBy?: BigIntFilter | null | undefined;
  employerId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

export type LearnedAliasDecisionMinAggregateFilter = {
  decidedBy?: BigIntFilter | null | undefined;
  employerId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

export type LearnedAliasDecisionStddevPopulationAggregateFilter = {
  decidedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type LearnedAliasDecisionStddevSampleAggregateFilter = {
  decidedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type LearnedAliasDecisionSumAggregateFilter = {
  decidedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type LearnedAliasDecisionVariancePopulationAggregateFilter = {
  decidedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type LearnedAliasDecisionVarianceSampleAggregateFilter = {
  decidedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

/**
 * A condition to be used against `LearnedAliasQueue` object types. All fields are
 * tested for equality and combined with a logical ‘and.’
 */
export type LearnedAliasQueueCondition = {
  /** Checks for equality with the object’s `addedAt` field. */
  addedAt?: string | null | undefined;
  /** Checks for equality with the object’s `aliasId` field. */
  aliasId?: string | null | undefined;
  /** Checks for equality with the object’s `employerId` field. */
  employerId?: string | null | undefined;
  /** Checks for equality with the object’s `employerName` field. */
  employerName?: string | null | undefined;
  /** Checks for equality with the object’s `importBatchId` field. */
  importBatchId?: string | null | undefined;
  /** Checks for equality with the object’s `learnedScore` field. */
  learnedScore?: number | null | undefined;
  /** Checks for equality with the object’s `name` field. */
  name?: string | null | undefined;
  /** Checks for equality with the object’s `risk` field. */
  risk?: number | null | undefined;
  /** Checks for equality with the object’s `rowsSeen` field. */
  rowsSeen?: number | null | undefined;
  /** Checks for equality with the object’s `siblingCount` field. */
  siblingCount?: number | null | undefined;
};

/** auto: safe to accept without a person; review: a steward should confirm; new: probably a different employer. */
export type MatchBand =
  | 'auto'
  | 'new'
  | 'review';

/** How a match was found: by an identifier (ABN, ACN, ...), by a name's exact compare form, or by similar names. */
export type MatchMethod =
  | 'exact'
  | 'fuzzy'
  | 'identifier';

/** A filter to be used against aggregates of `MatchSetting` object types. */
export type MatchSettingAggregatesFilter = {
  /** Mean average aggregate over matching `MatchSetting` objects. */
  average?: MatchSettingAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `MatchSetting` objects. */
  distinctCount?: MatchSettingDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `MatchSetting` object to be included within the aggregate. */
  filter?: MatchSettingFilter | null | undefined;
  /** Maximum aggregate over matching `MatchSetting` objects. */
  max?: MatchSettingMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `MatchSetting` objects. */
  min?: MatchSettingMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `MatchSetting` objects. */
  stddevPopulation?: MatchSettingStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `MatchSetting` objects. */
  stddevSample?: MatchSettingStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `MatchSetting` objects. */
  sum?: MatchSettingSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `MatchSetting` objects. */
  variancePopulation?: MatchSettingVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `MatchSetting` objects. */
  varianceSample?: MatchSettingVarianceSampleAggregateFilter | null | undefined;
};

export type MatchSettingAverageAggregateFilter = {
  updatedBy?: BigFloatFilter | null | undefined;
};

export type MatchSettingDistinctCountAggregateFilter = {
  key?: BigIntFilter | null | undefined;
  updatedBy?: BigIntFilter | null | undefined;
};

/** A filter to be used against `MatchSetting` object types. All fields are combined with a logical ‘and.’ */
export type MatchSettingFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<MatchSettingFilter> | null | undefined;
  /** Filter by the object’s `key` field. */
  key?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: MatchSettingFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<MatchSettingFilter> | null | undefined;
  /** Filter by the object’s `updatedBy` field. */
  updatedBy?: BigIntFilter | null | undefined;
  /** Filter by the object’s `userByUpdatedBy` relation. */
  userByUpdatedBy?: UserFilter | null | undefined;
  /** A related `userByUpdatedBy` exists. */
  userByUpdatedByExists?: boolean | null | undefined;
};

export type MatchSettingMaxAggregateFilter = {
  updatedBy?: BigIntFilter | null | undefined;
};

export type MatchSettingMinAggregateFilter = {
  updatedBy?: BigIntFilter | null | undefined;
};

export type MatchSettingStddevPopulationAggregateFilter = {
  updatedBy?: BigFloatFilter | null | undefined;
};

export type MatchSettingStddevSampleAggregateFilter = {
  updatedBy?: BigFloatFilter | null | undefined;
};

export type MatchSettingSumAggregateFilter = {
  updatedBy?: BigFloatFilter | null | undefined;
};

export type MatchSettingVariancePopulationAggregateFilter = {
  updatedBy?: BigFloatFilter | null | undefined;
};

export type MatchSettingVarianceSampleAggregateFilter = {
  updatedBy?: BigFloatFilter | null | undefined;
};

/** An input for mutations affecting `NewAlias` */
export type NewAliasInput = {
  kind?: AliasKind | null | undefined;
  name?: string | null | undefined;
  visibility?: AliasVisibility | null | undefined;
};

/** An input for mutations affecting `NewIdentifier` */
export type NewIdentifierInput = {
  scheme?: string | null | undefined;
  value?: string | null | undefined;
};

/** A filter to be used against aggregates of `PendingEmployer` object types. */
export type PendingEmployerAggregatesFilter = {
  /** Mean average aggregate over matching `PendingEmployer` objects. */
  average?: PendingEmployerAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `PendingEmployer` objects. */
  distinctCount?: PendingEmployerDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `PendingEmployer` object to be included within the aggregate. */
  filter?: PendingEmployerFilter | null | undefined;
  /** Maximum aggregate over matching `PendingEmployer` objects. */
  max?: PendingEmployerMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `PendingEmployer` objects. */
  min?: PendingEmployerMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `PendingEmployer` objects. */
  stddevPopulation?: PendingEmployerStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `PendingEmployer` objects. */
  stddevSample?: PendingEmployerStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `PendingEmployer` objects. */
  sum?: PendingEmployerSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `PendingEmployer` objects. */
  variancePopulation?: PendingEmployerVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `PendingEmployer` objects. */
  varianceSample?: PendingEmployerVarianceSampleAggregateFilter | null | undefined;
};

export type PendingEmployerAverageAggregateFilter = {
  mergedIntoId?: BigFloatFilter | null | undefined;
  occurrenceCount?: BigFloatFilter | null | undefined;
  resolvedBy?: BigFloatFilter | null | undefined;
  resolvedEmployerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type PendingEmployerDistinctCountAggregateFilter = {
  firstSeenAt?: BigIntFilter | null | undefined;
  mergedIntoId?: BigIntFilter | null | undefined;
  occurrenceCount?: BigIntFilter | null | undefined;
  resolvedBy?: BigIntFilter | null | undefined;
  resolvedEmployerId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  sourceSystem?: BigIntFilter | null | undefined;
  status?: BigIntFilter | null | undefined;
};

/** A filter to be used against `PendingEmployer` object types. All fields are combined with a logical ‘and.’ */
export type PendingEmployerFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<PendingEmployerFilter> | null | undefined;
  /** Filter by the object’s `firstSeenAt` field. */
  firstSeenAt?: DatetimeFilter | null | undefined;
  /** Filter by the object’s `mergedInto` relation. */
  mergedInto?: PendingEmployerFilter | null | undefined;
  /** A related `mergedInto` exists. */
  mergedIntoExists?: boolean | null | undefined;
  /** Filter by the object’s `mergedIntoId` field. */
  mergedIntoId?: BigIntFilter | null | undefined;
  /** Negates the expression. */
  not?: PendingEmployerFilter | null | undefined;
  /** Filter by the object’s `occurrenceCount` field. */
  occurrenceCount?: IntFilter | null | undefined;
  /** Filter by the object’s `occurrences` relation. */
  occurrences?: PendingEmployerToManyImportRowFilter | null | undefined;
  /** Some related `occurrences` exist. */
  occurrencesExist?: boolean | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<PendingEmployerFilter> | null | undefined;
  /** Filter by the object’s `pendingEmployerIdentifiers` relation. */
  pendingEmployerIdentifiers?: PendingEmployerToManyPendingEmployerIdentifierFilter | null | undefined;
  /** Some related `pendingEmployerIdentifiers` exist. */
  pendingEmployerIdentifiersExist?: boolean | null | undefined;
  /** Filter by the object’s `pendingEmployerNames` relation. */
  pendingEmployerNames?: PendingEmployerToManyPendingEmployerNameFilter | null | undefined;
  /** Some related `pendingEmployerNames` exist. */
  pendingEmployerNamesExist?: boolean | null | undefined;
  /** Filter by the object’s `pendingEmployersByMergedIntoId` relation. */
  pendingEmployersByMergedIntoId?: PendingEmployerToManyPendingEmployerFilter | null | undefined;
  /** Some related `pendingEmployersByMergedIntoId` exist. */
  pendingEmployersByMergedIntoIdExist?: boolean | null | undefined;
  /** Filter by the object’s `resolvedBy` field. */
  resolvedBy?: BigIntFilter | null | undefined;
  /** Filter by the object’s `resolvedEmployer` relation. */
  resolvedEmployer?: EmployerFilter | null | undefined;
  /** A related `resolvedEmployer` exists. */
  resolvedEmployerExists?: boolean | null | undefined;
  /** Filter by the object’s `resolvedEmployerId` field. */
  resolvedEmployerId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `resolver` relation. */
  resolver?: UserFilter | null | undefined;
  /** A related `resolver` exists. */
  resolverExists?: boolean | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `sourceSystem` field. */
  sourceSystem?: StringFilter | null | undefined;
  /** Filter by the object’s `sourceSystemBySourceSystem` relation. */
  sourceSystemBySourceSystem?: SourceSystemFilter | null | undefined;
  /** Filter by the object’s `status` field. */
  status?: PendingEmployerStatusFilter | null | undefined;
};

/** A filter to be used against aggregates of `PendingEmployerIdentifier` object types. */
export type PendingEmployerIdentifierAggregatesFilter = {
  /** Mean average aggregate over matching `PendingEmployerIdentifier` objects. */
  average?: PendingEmployerIdentifierAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `PendingEmployerIdentifier` objects. */
  distinctCount?: PendingEmployerIdentifierDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `PendingEmployerIdentifier` object to be included within the aggregate. */
  filter?: PendingEmployerIdentifierFilter | null | undefined;
  /** Maximum aggregate over matching `PendingEmployerIdentifier` objects. */
  max?: PendingEmployerIdentifierMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `PendingEmployerIdentifier` objects. */
  min?: PendingEmployerIdentifierMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `PendingEmployerIdentifier` objects. */
  stddevPopulation?: PendingEmployerIdentifierStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `PendingEmployerIdentifier` objects. */
  stddevSample?: PendingEmployerIdentifierStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `PendingEmployerIdentifier` objects. */
  sum?: PendingEmployerIdentifierSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `PendingEmployerIdentifier` objects. */
  variancePopulation?: PendingEmployerIdentifierVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `PendingEmployerIdentifier` objects. */
  varianceSample?: PendingEmployerIdentifierVarianceSampleAggregateFilter | null | undefined;
};

export type PendingEmployerIdentifierAverageAggregateFilter = {
  pendingEmployerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type PendingEmployerIdentifierDistinctCountAggregateFilter = {
  pendingEmployerId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
  scheme?: BigIntFilter | null | undefined;
  value?: BigIntFilter | null | undefined;
};

/** A filter to be used against `PendingEmployerIdentifier` object types. All fields are combined with a logical ‘and.’ */
export type PendingEmployerIdentifierFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<PendingEmployerIdentifierFilter> | null | undefined;
  /** Filter by the object’s `identifierSchemeByScheme` relation. */
  identifierSchemeByScheme?: IdentifierSchemeFilter | null | undefined;
  /** Negates the expression. */
  not?: PendingEmployerIdentifierFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<PendingEmployerIdentifierFilter> | null | undefined;
  /** Filter by the object’s `pendingEmployer` relation. */
  pendingEmployer?: PendingEmployerFilter | null | undefined;
  /** Filter by the object’s `pendingEmployerId` field. */
  pendingEmployerId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `scheme` field. */
  scheme?: StringFilter | null | undefined;
  /** Filter by the object’s `value` field. */
  value?: StringFilter | null | undefined;
};

export type PendingEmployerIdentifierMaxAggregateFilter = {
  pendingEmployerId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

export type PendingEmployerIdentifierMinAggregateFilter = {
  pendingEmployerId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

export type PendingEmployerIdentifierStddevPopulationAggregateFilter = {
  pendingEmployerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type PendingEmployerIdentifierStddevSampleAggregateFilter = {
  pendingEmployerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type PendingEmployerIdentifierSumAggregateFilter = {
  pendingEmployerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type PendingEmployerIdentifierVariancePopulationAggregateFilter = {
  pendingEmployerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type PendingEmployerIdentifierVarianceSampleAggregateFilter = {
  pendingEmployerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type PendingEmployerMaxAggregateFilter = {
  mergedIntoId?: BigIntFilter | null | undefined;
  occurrenceCount?: IntFilter | null | undefined;
  resolvedBy?: BigIntFilter | null | undefined;
  resolvedEmployerId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

export type PendingEmployerMinAggregateFilter = {
  mergedIntoId?: BigIntFilter | null | undefined;
  occurrenceCount?: IntFilter | null | undefined;
  resolvedBy?: BigIntFilter | null | undefined;
  resolvedEmployerId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against aggregates of `PendingEmployerName` object types. */
export type PendingEmployerNameAggregatesFilter = {
  /** Mean average aggregate over matching `PendingEmployerName` objects. */
  average?: PendingEmployerNameAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `PendingEmployerName` objects. */
  distinctCount?: PendingEmployerNameDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `PendingEmployerName` object to be included within the aggregate. */
  filter?: PendingEmployerNameFilter | null | undefined;
  /** Maximum aggregate over matching `PendingEmployerName` objects. */
  max?: PendingEmployerNameMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `PendingEmployerName` objects. */
  min?: PendingEmployerNameMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `PendingEmployerName` objects. */
  stddevPopulation?: PendingEmployerNameStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `PendingEmployerName` objects. */
  stddevSample?: PendingEmployerNameStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `PendingEmployerName` objects. */
  sum?: PendingEmployerNameSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `PendingEmployerName` objects. */
  variancePopulation?: PendingEmployerNameVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `PendingEmployerName` objects. */
  varianceSample?: PendingEmployerNameVarianceSampleAggregateFilter | null | undefined;
};

export type PendingEmployerNameAverageAggregateFilter = {
  pendingEmployerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type PendingEmployerNameDistinctCountAggregateFilter = {
  baseForm?: BigIntFilter | null | undefined;
  pendingEmployerId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `PendingEmployerName` object types. All fields are combined with a logical ‘and.’ */
export type PendingEmployerNameFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<PendingEmployerNameFilter> | null | undefined;
  /** Filter by the object’s `baseForm` field. */
  baseForm?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: PendingEmployerNameFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<PendingEmployerNameFilter> | null | undefined;
  /** Filter by the object’s `pendingEmployer` relation. */
  pendingEmployer?: PendingEmployerFilter | null | undefined;
  /** Filter by the object’s `pendingEmployerId` field. */
  pendingEmployerId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: BigIntFilter | null | undefined;
};

export type PendingEmployerNameMaxAggregateFilter = {
  pendingEmployerId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

export type PendingEmployerNameMinAggregateFilter = {
  pendingEmployerId?: BigIntFilter | null | undefined;
  rowId?: BigIntFilter | null | undefined;
};

export type PendingEmployerNameStddevPopulationAggregateFilter = {
  pendingEmployerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type PendingEmployerNameStddevSampleAggregateFilter = {
  pendingEmployerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type PendingEmployerNameSumAggregateFilter = {
  pendingEmployerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type PendingEmployerNameVariancePopulationAggregateFilter = {
  pendingEmployerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type PendingEmployerNameVarianceSampleAggregateFilter = {
  pendingEmployerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

/**
 * open: waiting for a steward; matched: its names now belong to an existing
 * employer; created: a new employer was made from it; merged: folded into another
 * pending item; rejected: not an employer (junk).
 */
export type PendingEmployerStatus =
  | 'created'
  | 'matched'
  | 'merged'
  | 'open'
  | 'rejected';

/** A filter to be used against PendingEmployerStatus fields. All fields are combined with a logical ‘and.’ */
export type PendingEmployerStatusFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: PendingEmployerStatus | null | undefined;
  /** Equal to the specified value. */
  equalTo?: PendingEmployerStatus | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: PendingEmployerStatus | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: PendingEmployerStatus | null | undefined;
  /** Included in the specified list. */
  in?: Array<PendingEmployerStatus> | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: PendingEmployerStatus | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: PendingEmployerStatus | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: PendingEmployerStatus | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: PendingEmployerStatus | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<PendingEmployerStatus> | null | undefined;
};

export type PendingEmployerStddevPopulationAggregateFilter = {
  mergedIntoId?: BigFloatFilter | null | undefined;
  occurrenceCount?: BigFloatFilter | null | undefined;
  resolvedBy?: BigFloatFilter | null | undefined;
  resolvedEmployerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type PendingEmployerStddevSampleAggregateFilter = {
  mergedIntoId?: BigFloatFilter | null | undefined;
  occurrenceCount?: BigFloatFilter | null | undefined;
  resolvedBy?: BigFloatFilter | null | undefined;
  resolvedEmployerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type PendingEmployerSumAggregateFilter = {
  mergedIntoId?: BigFloatFilter | null | undefined;
  occurrenceCount?: BigIntFilter | null | undefined;
  resolvedBy?: BigFloatFilter | null | undefined;
  resolvedEmployerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

/** A filter to be used against many `ImportRow` object types. All fields are combined with a logical ‘and.’ */
export type PendingEmployerToManyImportRowFilter = {
  /** Aggregates across related `ImportRow` match the filter criteria. */
  aggregates?: ImportRowAggregatesFilter | null | undefined;
  /** Every related `ImportRow` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ImportRowFilter | null | undefined;
  /** No related `ImportRow` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ImportRowFilter | null | undefined;
  /** Some related `ImportRow` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ImportRowFilter | null | undefined;
};

/** A filter to be used against many `PendingEmployer` object types. All fields are combined with a logical ‘and.’ */
export type PendingEmployerToManyPendingEmployerFilter = {
  /** Aggregates across related `PendingEmployer` match the filter criteria. */
  aggregates?: PendingEmployerAggregatesFilter | null | undefined;
  /** Every related `PendingEmployer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: PendingEmployerFilter | null | undefined;
  /** No related `PendingEmployer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: PendingEmployerFilter | null | undefined;
  /** Some related `PendingEmployer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: PendingEmployerFilter | null | undefined;
};

/** A filter to be used against many `PendingEmployerIdentifier` object types. All fields are combined with a logical ‘and.’ */
export type PendingEmployerToManyPendingEmployerIdentifierFilter = {
  /** Aggregates across related `PendingEmployerIdentifier` match the filter criteria. */
  aggregates?: PendingEmployerIdentifierAggregatesFilter | null | undefined;
  /** Every related `PendingEmployerIdentifier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: PendingEmployerIdentifierFilter | null | undefined;
  /** No related `PendingEmployerIdentifier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: PendingEmployerIdentifierFilter | null | undefined;
  /** Some related `PendingEmployerIdentifier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: PendingEmployerIdentifierFilter | null | undefined;
};

/** A filter to be used against many `PendingEmployerName` object types. All fields are combined with a logical ‘and.’ */
export type PendingEmployerToManyPendingEmployerNameFilter = {
  /** Aggregates across related `PendingEmployerName` match the filter criteria. */
  aggregates?: PendingEmployerNameAggregatesFilter | null | undefined;
  /** Every related `PendingEmployerName` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: PendingEmployerNameFilter | null | undefined;
  /** No related `PendingEmployerName` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: PendingEmployerNameFilter | null | undefined;
  /** Some related `PendingEmployerName` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: PendingEmployerNameFilter | null | undefined;
};

export type PendingEmployerVariancePopulationAggregateFilter = {
  mergedIntoId?: BigFloatFilter | null | undefined;
  occurrenceCount?: BigFloatFilter | null | undefined;
  resolvedBy?: BigFloatFilter | null | undefined;
  resolvedEmployerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

export type PendingEmployerVarianceSampleAggregateFilter = {
  mergedIntoId?: BigFloatFilter | null | undefined;
  occurrenceCount?: BigFloatFilter | null | undefined;
  resolvedBy?: BigFloatFilter | null | undefined;
  resolvedEmployerId?: BigFloatFilter | null | undefined;
  rowId?: BigFloatFilter | null | undefined;
};

/** An input for mutations affecting `PendingMatchChoice` */
export type PendingMatchChoiceInput = {
  employerId?: string | null | undefined;
  pendingEmployerId?: string | null | undefined;
};

/** A filter to be used against aggregates of `PromotionClaim` object types. */
export type PromotionClaimAggregatesFilter = {
  /** Mean average aggregate over matching `PromotionClaim` objects. */
  average?: PromotionClaimAverageAggregateFilter | null | undefined;
  /** Distinct count aggregate over matching `PromotionClaim` objects. */
  distinctCount?: PromotionClaimDistinctCountAggregateFilter | null | undefined;
  /** A filter that must pass for the relevant `PromotionClaim` object to be included within the aggregate. */
  filter?: PromotionClaimFilter | null | undefined;
  /** Maximum aggregate over matching `PromotionClaim` objects. */
  max?: PromotionClaimMaxAggregateFilter | null | undefined;
  /** Minimum aggregate over matching `PromotionClaim` objects. */
  min?: PromotionClaimMinAggregateFilter | null | undefined;
  /** Population standard deviation aggregate over matching `PromotionClaim` objects. */
  stddevPopulation?: PromotionClaimStddevPopulationAggregateFilter | null | undefined;
  /** Sample standard deviation aggregate over matching `PromotionClaim` objects. */
  stddevSample?: PromotionClaimStddevSampleAggregateFilter | null | undefined;
  /** Sum aggregate over matching `PromotionClaim` objects. */
  sum?: PromotionClaimSumAggregateFilter | null | undefined;
  /** Population variance aggregate over matching `PromotionClaim` objects. */
  variancePopulation?: PromotionClaimVariancePopulationAggregateFilter | null | undefined;
  /** Sample variance aggregate over matching `PromotionClaim` objects. */
  varianceSample?: PromotionClaimVarianceSampleAggregateFilter | null | undefined;
};

export type PromotionClaimAverageAggregateFilter = {
  claimedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
};

export type PromotionClaimDistinctCountAggregateFilter = {
  claimedBy?: BigIntFilter | null | undefined;
  employerId?: BigIntFilter | null | undefined;
};

/** A filter to be used against `PromotionClaim` object types. All fields are combined with a logical ‘and.’ */
export type PromotionClaimFilter = {
  /** Checks for all expressions in this list. */
  and?: Array<PromotionClaimFilter> | null | undefined;
  /** Filter by the object’s `claimedBy` field. */
  claimedBy?: BigIntFilter | null | undefined;
  /** Filter by the object’s `employer` relation. */
  employer?: EmployerFilter | null | undefined;
  /** Filter by the object’s `employerId` field. */
  employerId?: BigIntFilter | null | undefined;
  /** Negates the expression. */
  not?: PromotionClaimFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<PromotionClaimFilter> | null | undefined;
  /** Filter by the object’s `userByClaimedBy` relation. */
  userByClaimedBy?: UserFilter | null | undefined;
};

export type PromotionClaimMaxAggregateFilter = {
  claimedBy?: BigIntFilter | null | undefined;
  employerId?: BigIntFilter | null | undefined;
};

export type PromotionClaimMinAggregateFilter = {
  claimedBy?: BigIntFilter | null | undefined;
  employerId?: BigIntFilter | null | undefined;
};

export type PromotionClaimStddevPopulationAggregateFilter = {
  claimedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
};

export type PromotionClaimStddevSampleAggregateFilter = {
  claimedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
};

export type PromotionClaimSumAggregateFilter = {
  claimedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
};

export type PromotionClaimVariancePopulationAggregateFilter = {
  claimedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
};

export type PromotionClaimVarianceSampleAggregateFilter = {
  claimedBy?: BigFloatFilter | null | undefined;
  employerId?: BigFloatFilter | null | undefined;
};

/** A filter to be used against `SourceSystem` object types. All fields are combined with a logical ‘and.’ */
export type SourceSystemFilter = {
  /** Filter by the object’s `aliasOccurrencesBySourceSystem` relation. */
  aliasOccurrencesBySourceSystem?: SourceSystemToManyAliasOccurrenceFilter | null | undefined;
  /** Some related `aliasOccurrencesBySourceSystem` exist. */
  aliasOccurrencesBySourceSystemExist?: boolean | null | undefined;
  /** Filter by the object’s `aliasesBySourceSystem` relation. */
  aliasesBySourceSystem?: SourceSystemToManyAliasFilter | null | undefined;
  /** Some related `aliasesBySourceSystem` exist. */
  aliasesBySourceSystemExist?: boolean | null | undefined;
  /** Filter by the object’s `analyticsAliasDailiesBySourceSystem` relation. */
  analyticsAliasDailiesBySourceSystem?: SourceSystemToManyAnalyticsAliasDailyFilter | null | undefined;
  /** Some related `analyticsAliasDailiesBySourceSystem` exist. */
  analyticsAliasDailiesBySourceSystemExist?: boolean | null | undefined;
  /** Filter by the object’s `analyticsImportDailiesBySourceSystem` relation. */
  analyticsImportDailiesBySourceSystem?: SourceSystemToManyAnalyticsImportDailyFilter | null | undefined;
  /** Some related `analyticsImportDailiesBySourceSystem` exist. */
  analyticsImportDailiesBySourceSystemExist?: boolean | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<SourceSystemFilter> | null | undefined;
  /** Filter by the object’s `employerIdentifiersBySourceSystem` relation. */
  employerIdentifiersBySourceSystem?: SourceSystemToManyEmployerIdentifierFilter | null | undefined;
  /** Some related `employerIdentifiersBySourceSystem` exist. */
  employerIdentifiersBySourceSystemExist?: boolean | null | undefined;
  /** Filter by the object’s `feedNameOccurrencesBySourceSystem` relation. */
  feedNameOccurrencesBySourceSystem?: SourceSystemToManyFeedNameOccurrenceFilter | null | undefined;
  /** Some related `feedNameOccurrencesBySourceSystem` exist. */
  feedNameOccurrencesBySourceSystemExist?: boolean | null | undefined;
  /** Filter by the object’s `importBatchesBySourceSystem` relation. */
  importBatchesBySourceSystem?: SourceSystemToManyImportBatchFilter | null | undefined;
  /** Some related `importBatchesBySourceSystem` exist. */
  importBatchesBySourceSystemExist?: boolean | null | undefined;
  /** Filter by the object’s `key` field. */
  key?: StringFilter | null | undefined;
  /** Negates the expression. */
  not?: SourceSystemFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<SourceSystemFilter> | null | undefined;
  /** Filter by the object’s `pendingEmployersBySourceSystem` relation. */
  pendingEmployersBySourceSystem?: SourceSystemToManyPendingEmployerFilter | null | undefined;
  /** Some related `pendingEmployersBySourceSystem` exist. */
  pendingEmployersBySourceSystemExist?: boolean | null | undefined;
};

/** A filter to be used against many `Alias` object types. All fields are combined with a logical ‘and.’ */
export type SourceSystemToManyAliasFilter = {
  /** Aggregates across related `Alias` match the filter criteria. */
  aggregates?: AliasAggregatesFilter | null | undefined;
  /** Every related `Alias` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: AliasFilter | null | undefined;
  /** No related `Alias` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: AliasFilter | null | undefined;
  /** Some related `Alias` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: AliasFilter | null | undefined;
};

/** A filter to be used against many `AliasOccurrence` object types. All fields are combined with a logical ‘and.’ */
export type SourceSystemToManyAliasOccurrenceFilter = {
  /** Aggregates across related `AliasOccurrence` match the filter criteria. */
  aggregates?: AliasOccurrenceAggregatesFilter | null | undefined;
  /** Every related `AliasOccurrence` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: AliasOccurrenceFilter | null | undefined;
  /** No related `AliasOccurrence` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: AliasOccurrenceFilter | null | undefined;
  /** Some related `AliasOccurrence` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: AliasOccurrenceFilter | null | undefined;
};

/** A filter to be used against many `AnalyticsAliasDaily` object types. All fields are combined with a logical ‘and.’ */
export type SourceSystemToManyAnalyticsAliasDailyFilter = {
  /** Aggregates across related `AnalyticsAliasDaily` match the filter criteria. */
  aggregates?: AnalyticsAliasDailyAggregatesFilter | null | undefined;
  /** Every related `AnalyticsAliasDaily` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: AnalyticsAliasDailyFilter | null | undefined;
  /** No related `AnalyticsAliasDaily` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: AnalyticsAliasDailyFilter | null | undefined;
  /** Some related `AnalyticsAliasDaily` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: AnalyticsAliasDailyFilter | null | undefined;
};

/** A filter to be used against many `AnalyticsImportDaily` object types. All fields are combined with a logical ‘and.’ */
export type SourceSystemToManyAnalyticsImportDailyFilter = {
  /** Aggregates across related `AnalyticsImportDaily` match the filter criteria. */
  aggregates?: AnalyticsImportDailyAggregatesFilter | null | undefined;
  /** Every related `AnalyticsImportDaily` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: AnalyticsImportDailyFilter | null | undefined;
  /** No related `AnalyticsImportDaily` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: AnalyticsImportDailyFilter | null | undefined;
  /** Some related `AnalyticsImportDaily` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: AnalyticsImportDailyFilter | null | undefined;
};

/** A filter to be used against many `EmployerIdentifier` object types. All fields are combined with a logical ‘and.’ */
export type SourceSystemToManyEmployerIdentifierFilter = {
  /** Aggregates across related `EmployerIdentifier` match the filter criteria. */
  aggregates?: EmployerIdentifierAggregatesFilter | null | undefined;
  /** Every related `EmployerIdentifier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EmployerIdentifierFilter | null | undefined;
  /** No related `EmployerIdentifier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EmployerIdentifierFilter | null | undefined;
  /** Some related `EmployerIdentifier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EmployerIdentifierFilter | null | undefined;
};

/** A filter to be used against many `FeedNameOccurrence` object types. All fields are combined with a logical ‘and.’ */
export type SourceSystemToManyFeedNameOccurrenceFilter = {
  /** Aggregates across related `FeedNameOccurrence` match the filter criteria. */
  aggregates?: FeedNameOccurrenceAggregatesFilter | null | undefined;
  /** Every related `FeedNameOccurrence` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: FeedNameOccurrenceFilter | null | undefined;
  /** No related `FeedNameOccurrence` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: FeedNameOccurrenceFilter | null | undefined;
  /** Some related `FeedNameOccurrence` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: FeedNameOccurrenceFilter | null | undefined;
};

/** A filter to be used against many `ImportBatch` object types. All fields are combined with a logical ‘and.’ */
export type SourceSystemToManyImportBatchFilter = {
  /** Aggregates across related `ImportBatch` match the filter criteria. */
  aggregates?: ImportBatchAggregatesFilter | null | undefined;
  /** Every related `ImportBatch` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ImportBatchFilter | null | undefined;
  /** No related `ImportBatch` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ImportBatchFilter | null | undefined;
  /** Some related `ImportBatch` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ImportBatchFilter | null | undefined;
};

/** A filter to be used against many `PendingEmployer` object types. All fields are combined with a logical ‘and.’ */
export type SourceSystemToManyPendingEmployerFilter = {
  /** Aggregates across related `PendingEmployer` match the filter criteria. */
  aggregates?: PendingEmployerAggregatesFilter | null | undefined;
  /** Every related `PendingEmployer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: PendingEmployerFilter | null | undefined;
  /** No related `PendingEmployer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: PendingEmployerFilter | null | undefined;
  /** Some related `PendingEmployer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: PendingEmployerFilter | null | undefined;
};

/** A filter to be used against String fields. All fields are combined with a logical ‘and.’ */
export type StringFilter = {
  /** Not equal to the specified value, treating null like an ordinary value. */
  distinctFrom?: string | null | undefined;
  /** Not equal to the specified value, treating null like an ordinary value (case-insensitive). */
  distinctFromInsensitive?: string | null | undefined;
  /** Ends with the specified string (case-sensitive). */
  endsWith?: string | null | undefined;
  /** Ends with the specified string (case-insensitive). */
  endsWithInsensitive?: string | null | undefined;
  /** Equal to the specified value. */
  equalTo?: string | null | undefined;
  /** Equal to the specified value (case-insensitive). */
  equalToInsensitive?: string | null | undefined;
  /** Greater than the specified value. */
  greaterThan?: string | null | undefined;
  /** Greater than the specified value (case-insensitive). */
  greaterThanInsensitive?: string | null | undefined;
  /** Greater than or equal to the specified value. */
  greaterThanOrEqualTo?: string | null | undefined;
  /** Greater than or equal to the specified value (case-insensitive). */
  greaterThanOrEqualToInsensitive?: string | null | undefined;
  /** Included in the specified list. */
  in?: Array<string> | null | undefined;
  /** Included in the specified list (case-insensitive). */
  inInsensitive?: Array<string> | null | undefined;
  /** Contains the specified string (case-sensitive). */
  includes?: string | null | undefined;
  /** Contains the specified string (case-insensitive). */
  includesInsensitive?: string | null | undefined;
  /** Is null (if `true` is specified) or is not null (if `false` is specified). */
  isNull?: boolean | null | undefined;
  /** Less than the specified value. */
  lessThan?: string | null | undefined;
  /** Less than the specified value (case-insensitive). */
  lessThanInsensitive?: string | null | undefined;
  /** Less than or equal to the specified value. */
  lessThanOrEqualTo?: string | null | undefined;
  /** Less than or equal to the specified value (case-insensitive). */
  lessThanOrEqualToInsensitive?: string | null | undefined;
  /** Matches the specified pattern (case-sensitive). An underscore (_) matches any single character; a percent sign (%) matches any sequence of zero or more characters. */
  like?: string | null | undefined;
  /** Matches the specified pattern (case-insensitive). An underscore (_) matches any single character; a percent sign (%) matches any sequence of zero or more characters. */
  likeInsensitive?: string | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value. */
  notDistinctFrom?: string | null | undefined;
  /** Equal to the specified value, treating null like an ordinary value (case-insensitive). */
  notDistinctFromInsensitive?: string | null | undefined;
  /** Does not end with the specified string (case-sensitive). */
  notEndsWith?: string | null | undefined;
  /** Does not end with the specified string (case-insensitive). */
  notEndsWithInsensitive?: string | null | undefined;
  /** Not equal to the specified value. */
  notEqualTo?: string | null | undefined;
  /** Not equal to the specified value (case-insensitive). */
  notEqualToInsensitive?: string | null | undefined;
  /** Not included in the specified list. */
  notIn?: Array<string> | null | undefined;
  /** Not included in the specified list (case-insensitive). */
  notInInsensitive?: Array<string> | null | undefined;
  /** Does not contain the specified string (case-sensitive). */
  notIncludes?: string | null | undefined;
  /** Does not contain the specified string (case-insensitive). */
  notIncludesInsensitive?: string | null | undefined;
  /** Does not match the specified pattern (case-sensitive). An underscore (_) matches any single character; a percent sign (%) matches any sequence of zero or more characters. */
  notLike?: string | null | undefined;
  /** Does not match the specified pattern (case-insensitive). An underscore (_) matches any single character; a percent sign (%) matches any sequence of zero or more characters. */
  notLikeInsensitive?: string | null | undefined;
  /** Does not start with the specified string (case-sensitive). */
  notStartsWith?: string | null | undefined;
  /** Does not start with the specified string (case-insensitive). */
  notStartsWithInsensitive?: string | null | undefined;
  /** Starts with the specified string (case-sensitive). */
  startsWith?: string | null | undefined;
  /** Starts with the specified string (case-insensitive). */
  startsWithInsensitive?: string | null | undefined;
};

/** A filter to be used against `User` object types. All fields are combined with a logical ‘and.’ */
export type UserFilter = {
  /** Filter by the object’s `aliasesByAddedBy` relation. */
  aliasesByAddedBy?: UserToManyAliasFilter | null | undefined;
  /** Some related `aliasesByAddedBy` exist. */
  aliasesByAddedByExist?: boolean | null | undefined;
  /** Filter by the object’s `aliasesByConfirmedBy` relation. */
  aliasesByConfirmedBy?: UserToManyAliasFilter | null | undefined;
  /** Some related `aliasesByConfirmedBy` exist. */
  aliasesByConfirmedByExist?: boolean | null | undefined;
  /** Filter by the object’s `analyticsRefreshesByRequestedBy` relation. */
  analyticsRefreshesByRequestedBy?: UserToManyAnalyticsRefreshFilter | null | undefined;
  /** Some related `analyticsRefreshesByRequestedBy` exist. */
  analyticsRefreshesByRequestedByExist?: boolean | null | undefined;
  /** Checks for all expressions in this list. */
  and?: Array<UserFilter> | null | undefined;
  /** Filter by the object’s `apiTokensByCreatedBy` relation. */
  apiTokensByCreatedBy?: UserToManyApiTokenFilter | null | undefined;
  /** Some related `apiTokensByCreatedBy` exist. */
  apiTokensByCreatedByExist?: boolean | null | undefined;
  /** Filter by the object’s `canonicalDecisionsByDecidedBy` relation. */
  canonicalDecisionsByDecidedBy?: UserToManyCanonicalDecisionFilter | null | undefined;
  /** Some related `canonicalDecisionsByDecidedBy` exist. */
  canonicalDecisionsByDecidedByExist?: boolean | null | undefined;
  /** Filter by the object’s `employerDistinctionsByRecordedBy` relation. */
  employerDistinctionsByRecordedBy?: UserToManyEmployerDistinctionFilter | null | undefined;
  /** Some related `employerDistinctionsByRecordedBy` exist. */
  employerDistinctionsByRecordedByExist?: boolean | null | undefined;
  /** Filter by the object’s `employerIdentifiersByAddedBy` relation. */
  employerIdentifiersByAddedBy?: UserToManyEmployerIdentifierFilter | null | undefined;
  /** Some related `employerIdentifiersByAddedBy` exist. */
  employerIdentifiersByAddedByExist?: boolean | null | undefined;
  /** Filter by the object’s `employerMergesByMergedBy` relation. */
  employerMergesByMergedBy?: UserToManyEmployerMergeFilter | null | undefined;
  /** Some related `employerMergesByMergedBy` exist. */
  employerMergesByMergedByExist?: boolean | null | undefined;
  /** Filter by the object’s `employerMergesByUnmergedBy` relation. */
  employerMergesByUnmergedBy?: UserToManyEmployerMergeFilter | null | undefined;
  /** Some related `employerMergesByUnmergedBy` exist. */
  employerMergesByUnmergedByExist?: boolean | null | undefined;
  /** Filter by the object’s `employersByCreatedBy` relation. */
  employersByCreatedBy?: UserToManyEmployerFilter | null | undefined;
  /** Some related `employersByCreatedBy` exist. */
  employersByCreatedByExist?: boolean | null | undefined;
  /** Filter by the object’s `featureSwitchesByUpdatedBy` relation. */
  featureSwitchesByUpdatedBy?: UserToManyFeatureSwitchFilter | null | undefined;
  /** Some related `featureSwitchesByUpdatedBy` exist. */
  featureSwitchesByUpdatedByExist?: boolean | null | undefined;
  /** Filter by the object’s `importBatchRetractionsByRetractedBy` relation. */
  importBatchRetractionsByRetractedBy?: UserToManyImportBatchRetractionFilter | null | undefined;
  /** Some related `importBatchRetractionsByRetractedBy` exist. */
  importBatchRetractionsByRetractedByExist?: boolean | null | undefined;
  /** Filter by the object’s `importBatchesUploaded` relation. */
  importBatchesUploaded?: UserToManyImportBatchFilter | null | undefined;
  /** Some related `importBatchesUploaded` exist. */
  importBatchesUploadedExist?: boolean | null | undefined;
  /** Filter by the object’s `learnedAliasDecisionsByDecidedBy` relation. */
  learnedAliasDecisionsByDecidedBy?: UserToManyLearnedAliasDecisionFilter | null | undefined;
  /** Some related `learnedAliasDecisionsByDecidedBy` exist. */
  learnedAliasDecisionsByDecidedByExist?: boolean | null | undefined;
  /** Filter by the object’s `matchSettingsByUpdatedBy` relation. */
  matchSettingsByUpdatedBy?: UserToManyMatchSettingFilter | null | undefined;
  /** Some related `matchSettingsByUpdatedBy` exist. */
  matchSettingsByUpdatedByExist?: boolean | null | undefined;
  /** Negates the expression. */
  not?: UserFilter | null | undefined;
  /** Checks for any expressions in this list. */
  or?: Array<UserFilter> | null | undefined;
  /** Filter by the object’s `pendingEmployersResolved` relation. */
  pendingEmployersResolved?: UserToManyPendingEmployerFilter | null | undefined;
  /** Some related `pendingEmployersResolved` exist. */
  pendingEmployersResolvedExist?: boolean | null | undefined;
  /** Filter by the object’s `promotionClaimsByClaimedBy` relation. */
  promotionClaimsByClaimedBy?: UserToManyPromotionClaimFilter | null | undefined;
  /** Some related `promotionClaimsByClaimedBy` exist. */
  promotionClaimsByClaimedByExist?: boolean | null | undefined;
  /** Filter by the object’s `rowId` field. */
  rowId?: BigIntFilter | null | undefined;
  /** Filter by the object’s `username` field. */
  username?: StringFilter | null | undefined;
};

/** Represents an update to a `User`. Fields that are set will be updated. */
export type UserPatch = {
  /** The name shown to colleagues. */
  displayName?: string | null | undefined;
  /** A disabled user cannot log in, and their existing tokens are refused (HTTP 401). */
  isDisabled?: boolean | null | undefined;
  /** What the user may do; takes effect on their next request. */
  role?: UserRole | null | undefined;
};

/** What a person may do: analyst reads, steward also curates, admin also administers. */
export type UserRole =
  | 'admin'
  | 'analyst'
  | 'steward';

/** A filter to be used against many `Alias` object types. All fields are combined with a logical ‘and.’ */
export type UserToManyAliasFilter = {
  /** Aggregates across related `Alias` match the filter criteria. */
  aggregates?: AliasAggregatesFilter | null | undefined;
  /** Every related `Alias` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: AliasFilter | null | undefined;
  /** No related `Alias` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: AliasFilter | null | undefined;
  /** Some related `Alias` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: AliasFilter | null | undefined;
};

/** A filter to be used against many `AnalyticsRefresh` object types. All fields are combined with a logical ‘and.’ */
export type UserToManyAnalyticsRefreshFilter = {
  /** Aggregates across related `AnalyticsRefresh` match the filter criteria. */
  aggregates?: AnalyticsRefreshAggregatesFilter | null | undefined;
  /** Every related `AnalyticsRefresh` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: AnalyticsRefreshFilter | null | undefined;
  /** No related `AnalyticsRefresh` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: AnalyticsRefreshFilter | null | undefined;
  /** Some related `AnalyticsRefresh` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: AnalyticsRefreshFilter | null | undefined;
};

/** A filter to be used against many `ApiToken` object types. All fields are combined with a logical ‘and.’ */
export type UserToManyApiTokenFilter = {
  /** Aggregates across related `ApiToken` match the filter criteria. */
  aggregates?: ApiTokenAggregatesFilter | null | undefined;
  /** Every related `ApiToken` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ApiTokenFilter | null | undefined;
  /** No related `ApiToken` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ApiTokenFilter | null | undefined;
  /** Some related `ApiToken` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ApiTokenFilter | null | undefined;
};

/** A filter to be used against many `CanonicalDecision` object types. All fields are combined with a logical ‘and.’ */
export type UserToManyCanonicalDecisionFilter = {
  /** Aggregates across related `CanonicalDecision` match the filter criteria. */
  aggregates?: CanonicalDecisionAggregatesFilter | null | undefined;
  /** Every related `CanonicalDecision` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: CanonicalDecisionFilter | null | undefined;
  /** No related `CanonicalDecision` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: CanonicalDecisionFilter | null | undefined;
  /** Some related `CanonicalDecision` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: CanonicalDecisionFilter | null | undefined;
};

/** A filter to be used against many `EmployerDistinction` object types. All fields are combined with a logical ‘and.’ */
export type UserToManyEmployerDistinctionFilter = {
  /** Aggregates across related `EmployerDistinction` match the filter criteria. */
  aggregates?: EmployerDistinctionAggregatesFilter | null | undefined;
  /** Every related `EmployerDistinction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EmployerDistinctionFilter | null | undefined;
  /** No related `EmployerDistinction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EmployerDistinctionFilter | null | undefined;
  /** Some related `EmployerDistinction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EmployerDistinctionFilter | null | undefined;
};

/** A filter to be used against many `Employer` object types. All fields are combined with a logical ‘and.’ */
export type UserToManyEmployerFilter = {
  /** Aggregates across related `Employer` match the filter criteria. */
  aggregates?: EmployerAggregatesFilter | null | undefined;
  /** Every related `Employer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EmployerFilter | null | undefined;
  /** No related `Employer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EmployerFilter | null | undefined;
  /** Some related `Employer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EmployerFilter | null | undefined;
};

/** A filter to be used against many `EmployerIdentifier` object types. All fields are combined with a logical ‘and.’ */
export type UserToManyEmployerIdentifierFilter = {
  /** Aggregates across related `EmployerIdentifier` match the filter criteria. */
  aggregates?: EmployerIdentifierAggregatesFilter | null | undefined;
  /** Every related `EmployerIdentifier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EmployerIdentifierFilter | null | undefined;
  /** No related `EmployerIdentifier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EmployerIdentifierFilter | null | undefined;
  /** Some related `EmployerIdentifier` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EmployerIdentifierFilter | null | undefined;
};

/** A filter to be used against many `EmployerMerge` object types. All fields are combined with a logical ‘and.’ */
export type UserToManyEmployerMergeFilter = {
  /** Aggregates across related `EmployerMerge` match the filter criteria. */
  aggregates?: EmployerMergeAggregatesFilter | null | undefined;
  /** Every related `EmployerMerge` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: EmployerMergeFilter | null | undefined;
  /** No related `EmployerMerge` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: EmployerMergeFilter | null | undefined;
  /** Some related `EmployerMerge` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: EmployerMergeFilter | null | undefined;
};

/** A filter to be used against many `FeatureSwitch` object types. All fields are combined with a logical ‘and.’ */
export type UserToManyFeatureSwitchFilter = {
  /** Aggregates across related `FeatureSwitch` match the filter criteria. */
  aggregates?: FeatureSwitchAggregatesFilter | null | undefined;
  /** Every related `FeatureSwitch` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: FeatureSwitchFilter | null | undefined;
  /** No related `FeatureSwitch` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: FeatureSwitchFilter | null | undefined;
  /** Some related `FeatureSwitch` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: FeatureSwitchFilter | null | undefined;
};

/** A filter to be used against many `ImportBatch` object types. All fields are combined with a logical ‘and.’ */
export type UserToManyImportBatchFilter = {
  /** Aggregates across related `ImportBatch` match the filter criteria. */
  aggregates?: ImportBatchAggregatesFilter | null | undefined;
  /** Every related `ImportBatch` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ImportBatchFilter | null | undefined;
  /** No related `ImportBatch` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ImportBatchFilter | null | undefined;
  /** Some related `ImportBatch` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ImportBatchFilter | null | undefined;
};

/** A filter to be used against many `ImportBatchRetraction` object types. All fields are combined with a logical ‘and.’ */
export type UserToManyImportBatchRetractionFilter = {
  /** Aggregates across related `ImportBatchRetraction` match the filter criteria. */
  aggregates?: ImportBatchRetractionAggregatesFilter | null | undefined;
  /** Every related `ImportBatchRetraction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: ImportBatchRetractionFilter | null | undefined;
  /** No related `ImportBatchRetraction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: ImportBatchRetractionFilter | null | undefined;
  /** Some related `ImportBatchRetraction` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: ImportBatchRetractionFilter | null | undefined;
};

/** A filter to be used against many `LearnedAliasDecision` object types. All fields are combined with a logical ‘and.’ */
export type UserToManyLearnedAliasDecisionFilter = {
  /** Aggregates across related `LearnedAliasDecision` match the filter criteria. */
  aggregates?: LearnedAliasDecisionAggregatesFilter | null | undefined;
  /** Every related `LearnedAliasDecision` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: LearnedAliasDecisionFilter | null | undefined;
  /** No related `LearnedAliasDecision` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: LearnedAliasDecisionFilter | null | undefined;
  /** Some related `LearnedAliasDecision` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: LearnedAliasDecisionFilter | null | undefined;
};

/** A filter to be used against many `MatchSetting` object types. All fields are combined with a logical ‘and.’ */
export type UserToManyMatchSettingFilter = {
  /** Aggregates across related `MatchSetting` match the filter criteria. */
  aggregates?: MatchSettingAggregatesFilter | null | undefined;
  /** Every related `MatchSetting` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: MatchSettingFilter | null | undefined;
  /** No related `MatchSetting` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: MatchSettingFilter | null | undefined;
  /** Some related `MatchSetting` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: MatchSettingFilter | null | undefined;
};

/** A filter to be used against many `PendingEmployer` object types. All fields are combined with a logical ‘and.’ */
export type UserToManyPendingEmployerFilter = {
  /** Aggregates across related `PendingEmployer` match the filter criteria. */
  aggregates?: PendingEmployerAggregatesFilter | null | undefined;
  /** Every related `PendingEmployer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: PendingEmployerFilter | null | undefined;
  /** No related `PendingEmployer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: PendingEmployerFilter | null | undefined;
  /** Some related `PendingEmployer` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: PendingEmployerFilter | null | undefined;
};

/** A filter to be used against many `PromotionClaim` object types. All fields are combined with a logical ‘and.’ */
export type UserToManyPromotionClaimFilter = {
  /** Aggregates across related `PromotionClaim` match the filter criteria. */
  aggregates?: PromotionClaimAggregatesFilter | null | undefined;
  /** Every related `PromotionClaim` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  every?: PromotionClaimFilter | null | undefined;
  /** No related `PromotionClaim` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  none?: PromotionClaimFilter | null | undefined;
  /** Some related `PromotionClaim` matches the filter criteria. All fields are combined with a logical ‘and.’ */
  some?: PromotionClaimFilter | null | undefined;
};

export type AddAliasMutationVariables = Exact<{
  employerId: string;
  name: string;
  kind: AliasKind;
  visibility: AliasVisibility;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
  sourceRef?: string | null | undefined;
}>;


export type AddAliasMutation = { addAlias: { result: { rowId: string, name: string } | null } | null };

export type AddIdentifierMutationVariables = Exact<{
  employerId: string;
  scheme: string;
  value: string;
}>;


export type AddIdentifierMutation = { addIdentifier: { result: { rowId: string, scheme: string, value: string } | null } | null };

export type AddUserMutationVariables = Exact<{
  username: string;
  displayName: string;
  role: UserRole;
  password: string;
}>;


export type AddUserMutation = { addUser: { result: { rowId: string, username: string } | null } | null };

export type AdminApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminApiTokensQuery = { apiTokens: { nodes: Array<{ rowId: string, name: string, role: ApiTokenRole, tokenPrefix: string, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null, userByCreatedBy: { displayName: string } | null, apiTokenUsageDailiesByTokenId: { nodes: Array<{ day: string, requests: string, searches: string, refused: string, quotaUsed: string, quota: string } | null> } } | null> } | null };

export type AdminFeatureSwitchesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminFeatureSwitchesQuery = { featureSwitches: { nodes: Array<{ key: string, description: string, isEnabled: boolean, lastChangeReason: string | null, updatedAt: string, userByUpdatedBy: { displayName: string } | null } | null> } | null };

export type AdminUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUsersQuery = { users: { nodes: Array<{ rowId: string, username: string, displayName: string, role: UserRole, isDisabled: boolean, lastLoginAt: string | null, createdAt: string } | null> } | null };

export type AnalyticsAliasesPerDayQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AnalyticsAliasesPerDayQuery = { analyticsAliasDailies: { groupedAggregates: Array<{ keys: Array<string | null> | null, sum: { aliasesAdded: string } | null }> | null } | null };

export type AnalyticsBacklogsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AnalyticsBacklogsQuery = { page1: { nodes: Array<{ day: string, promotionItems: number | null, pendingItems: number, measuredAt: string } | null> } | null, page2: { nodes: Array<{ day: string, promotionItems: number | null, pendingItems: number, measuredAt: string } | null> } | null, page3: { nodes: Array<{ day: string, promotionItems: number | null, pendingItems: number, measuredAt: string } | null> } | null, page4: { nodes: Array<{ day: string, promotionItems: number | null, pendingItems: number, measuredAt: string } | null> } | null };

export type BacklogDayFragment = { day: string, promotionItems: number | null, pendingItems: number, measuredAt: string };

export type AnalyticsCalibrationRunsQueryVariables = Exact<{
  since: string;
  until: string;
}>;


export type AnalyticsCalibrationRunsQuery = { matchCalibrationRuns: { totalCount: number, nodes: Array<{ rowId: string, runAt: string, triggeredBy: string, labels: number, judged: number, autoAnswers: number, autoRight: number, autoPrecision: number | null, fuzzyAutoAnswers: number, fuzzyAutoPrecision: number | null, targetPrecision: number | null, learnedNames: number, learnedNamesReversed: number, observedAutoPrecision: number | null, isEnoughEvidence: boolean, proposals: unknown } | null> } | null };

export type AnalyticsConflictsPerDayQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AnalyticsConflictsPerDayQuery = { page1: { nodes: Array<{ day: string, sharedNames: number | null, commonNames: number | null, employersSharingNames: number | null, unexplainedPairs: number | null, distinctionsRecorded: number, merges: number, unmerges: number } | null> } | null, page2: { nodes: Array<{ day: string, sharedNames: number | null, commonNames: number | null, employersSharingNames: number | null, unexplainedPairs: number | null, distinctionsRecorded: number, merges: number, unmerges: number } | null> } | null, page3: { nodes: Array<{ day: string, sharedNames: number | null, commonNames: number | null, employersSharingNames: number | null, unexplainedPairs: number | null, distinctionsRecorded: number, merges: number, unmerges: number } | null> } | null, page4: { nodes: Array<{ day: string, sharedNames: number | null, commonNames: number | null, employersSharingNames: number | null, unexplainedPairs: number | null, distinctionsRecorded: number, merges: number, unmerges: number } | null> } | null };

export type ConflictDayFragment = { day: string, sharedNames: number | null, commonNames: number | null, employersSharingNames: number | null, unexplainedPairs: number | null, distinctionsRecorded: number, merges: number, unmerges: number };

export type AnalyticsCoverageTrendQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AnalyticsCoverageTrendQuery = { page1: { nodes: Array<{ day: string, activeEmployers: number, aliasCoverage: number, identifierCoverage: number, feedNamesResolved: number | null } | null> } | null, page2: { nodes: Array<{ day: string, activeEmployers: number, aliasCoverage: number, identifierCoverage: number, feedNamesResolved: number | null } | null> } | null, page3: { nodes: Array<{ day: string, activeEmployers: number, aliasCoverage: number, identifierCoverage: number, feedNamesResolved: number | null } | null> } | null, page4: { nodes: Array<{ day: string, activeEmployers: number, aliasCoverage: number, identifierCoverage: number, feedNamesResolved: number | null } | null> } | null };

export type CoverageDayFragment = { day: string, activeEmployers: number, aliasCoverage: number, identifierCoverage: number, feedNamesResolved: number | null };

export type AnalyticsDecisionsPerDayQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AnalyticsDecisionsPerDayQuery = { byAction: { groupedAggregates: Array<{ keys: Array<string | null> | null, sum: { decisions: string } | null }> | null } | null, bySteward: { groupedAggregates: Array<{ keys: Array<string | null> | null, sum: { decisions: string } | null }> | null } | null, stewards: { nodes: Array<{ rowId: string, username: string } | null> } | null };

export type AnalyticsImportOutcomesPerDayQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AnalyticsImportOutcomesPerDayQuery = { analyticsImportDailies: { groupedAggregates: Array<{ keys: Array<string | null> | null, sum: { rows: string } | null }> | null } | null };

export type AnalyticsLastRefreshQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsLastRefreshQuery = { analyticsRefreshes: { nodes: Array<{ rowId: string, finishedAt: string, triggeredBy: string } | null> } | null };

export type BulkCreateEmployersFromPendingMutationVariables = Exact<{
  pendingEmployerIds: Array<string> | string;
  note?: string | null | undefined;
}>;


export type BulkCreateEmployersFromPendingMutation = { bulkCreateEmployersFromPending: { result: Array<{ rowId: string, status: PendingEmployerStatus } | null> | null } | null };

export type BulkMatchPendingEmployersMutationVariables = Exact<{
  choices: Array<PendingMatchChoiceInput> | PendingMatchChoiceInput;
  note?: string | null | undefined;
}>;


export type BulkMatchPendingEmployersMutation = { bulkMatchPendingEmployers: { result: Array<{ rowId: string, status: PendingEmployerStatus } | null> | null } | null };

export type BulkRejectPendingEmployersMutationVariables = Exact<{
  pendingEmployerIds: Array<string> | string;
  reason: string;
}>;


export type BulkRejectPendingEmployersMutation = { bulkRejectPendingEmployers: { result: Array<{ rowId: string, status: PendingEmployerStatus } | null> | null } | null };

export type ClaimPromotionItemMutationVariables = Exact<{
  employerId: string;
  minutes?: number | null | undefined;
}>;


export type ClaimPromotionItemMutation = { claimPromotionItem: { result: { employerId: string, claimedBy: string, expiresAt: string } | null } | null };

export type ConfirmLearnedAliasMutationVariables = Exact<{
  aliasId: string;
}>;


export type ConfirmLearnedAliasMutation = { confirmLearnedAlias: { result: { rowId: string, learnedState: string | null } | null } | null };

export type CorrectCanonicalSpellingMutationVariables = Exact<{
  employerId: string;
  name: string;
  rationale?: string | null | undefined;
}>;


export type CorrectCanonicalSpellingMutation = { correctCanonicalSpelling: { result: { rowId: string, nameBefore: string, nameAfter: string } | null } | null };

export type CreateEmployerFromPendingMutationVariables = Exact<{
  pendingEmployerId: string;
  name?: string | null | undefined;
  note?: string | null | undefined;
}>;


export type CreateEmployerFromPendingMutation = { createEmployerFromPending: { result: { rowId: string, status: PendingEmployerStatus, resolvedEmployerId: string | null } | null } | null };

export type CurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUserQuery = { currentUser: { rowId: string, username: string, displayName: string, role: UserRole } | null };

export type DeferPromotionCandidateMutationVariables = Exact<{
  employerId: string;
  aliasId?: string | null | undefined;
  until: string;
  rationale?: string | null | undefined;
}>;


export type DeferPromotionCandidateMutation = { deferPromotionCandidate: { result: { rowId: string, deferUntil: string | null } | null } | null };

export type EmployerDetailQueryVariables = Exact<{
  id: string;
}>;


export type EmployerDetailQuery = { employer: { rowId: string, name: string, status: EmployerStatus, createdAt: string, updatedAt: string, mergedInto: string | null, employerByMergedInto: { rowId: string, name: string } | null, userByCreatedBy: { displayName: string } | null, aliases: { totalCount: number, nodes: Array<{ rowId: string, name: string, kind: AliasKind, visibility: AliasVisibility, validFrom: string | null, validTo: string | null, sourceSystem: string, sourceRef: string | null, importBatchId: string | null, importRow: number | null, addedAt: string, normalizerVersion: number, userByAddedBy: { displayName: string } | null } | null> }, employerIdentifiers: { nodes: Array<{ rowId: string, scheme: string, value: string, sourceSystem: string, sourceRef: string | null, addedAt: string, userByAddedBy: { displayName: string } | null } | null> }, employerDistinctions: { nodes: Array<{ rowId: string, reason: string, recordedAt: string, otherEmployer: { rowId: string, name: string } | null, userByRecordedBy: { displayName: string } | null } | null> }, employerDistinctionsByOtherEmployerId: { nodes: Array<{ rowId: string, reason: string, recordedAt: string, employer: { rowId: string, name: string } | null, userByRecordedBy: { displayName: string } | null } | null> }, employerMergesBySurvivorId: { nodes: Array<{ rowId: string, reason: string | null, mergedAt: string, unmergedAt: string | null, undo: unknown, survivor: { rowId: string, name: string } | null, merged: { rowId: string, name: string } | null, userByMergedBy: { displayName: string } | null, userByUnmergedBy: { displayName: string } | null } | null> }, employerMergesByMergedId: { nodes: Array<{ rowId: string, reason: string | null, mergedAt: string, unmergedAt: string | null, undo: unknown, survivor: { rowId: string, name: string } | null, merged: { rowId: string, name: string } | null, userByMergedBy: { displayName: string } | null, userByUnmergedBy: { displayName: string } | null } | null> } } | null };

export type MergeHistoryEntryFragment = { rowId: string, reason: string | null, mergedAt: string, unmergedAt: string | null, undo: unknown, survivor: { rowId: string, name: string } | null, merged: { rowId: string, name: string } | null, userByMergedBy: { displayName: string } | null, userByUnmergedBy: { displayName: string } | null };

export type HomePageQueryVariables = Exact<{
  activity: number;
}>;


export type HomePageQuery = { homeCounts: { promotionItems: number | null, spellingItems: number | null, claimedByMe: number | null, pendingItems: number | null, oldestPendingDays: string | null, importsInProgress: number | null, importsFailedThisWeek: number | null, aliasFailuresLastHour: number | null, alerts: unknown } | null, recentActivity: { nodes: Array<{ at: string | null, kind: string | null, action: string | null, title: string | null, who: string | null, employerId: string | null, batchId: string | null, pendingId: string | null } | null> } | null };

export type IdentifierSchemesQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentifierSchemesQuery = { identifierSchemes: { nodes: Array<{ key: string, name: string, validation: IdentifierValidation } | null> } | null };

export type ImportBatchQueryVariables = Exact<{
  id: string;
}>;


export type ImportBatchQuery = { importBatch: { rowId: string, fileName: string | null, sourceSystem: string, byteCount: string, state: ImportBatchState, progress: number | null, rowCount: number, rowsProcessed: number, processingSeconds: number | null, warnings: Array<string | null>, lastError: string | null, matchedIdentifierCount: number, matchedExactCount: number, matchedFuzzyCount: number, pendingCount: number, conflictCount: number, rejectedCount: number, errorCount: number, aliasesAddedCount: number, createdAt: string, receivedAt: string | null, startedAt: string | null, finishedAt: string | null, uploader: { username: string, displayName: string } | null } | null };

export type ImportBatchRowsQueryVariables = Exact<{
  id: string;
  first: number;
  offset: number;
  filter?: ImportRowFilter | null | undefined;
}>;


export type ImportBatchRowsQuery = { importBatch: { rowId: string, rows: { totalCount: number, nodes: Array<{ line: number, companyName: string | null, bciCompanyId: string | null, abn: string | null, acn: string | null, outcome: ImportRowOutcome | null, score: number | null, error: string | null, explanation: string | null, pendingEmployerId: string | null, employer: { rowId: string, name: string } | null } | null> } } | null };

export type ImportBatchesQueryVariables = Exact<{
  first: number;
}>;


export type ImportBatchesQuery = { importBatches: { totalCount: number, nodes: Array<{ rowId: string, fileName: string | null, sourceSystem: string, state: ImportBatchState, progress: number | null, rowCount: number, rowsProcessed: number, errorCount: number, pendingCount: number, createdAt: string, finishedAt: string | null, uploader: { username: string } | null } | null> } | null };

export type IssueApiTokenMutationVariables = Exact<{
  name: string;
  role: ApiTokenRole;
  expiresAt?: string | null | undefined;
}>;


export type IssueApiTokenMutation = { issueApiToken: { result: { tokenId: string | null, secret: string | null, expiresAt: string | null } | null } | null };

export type LearnedAliasQueueQueryVariables = Exact<{
  first: number;
  condition?: LearnedAliasQueueCondition | null | undefined;
}>;


export type LearnedAliasQueueQuery = { learnedAliasQueues: { totalCount: number, nodes: Array<{ aliasId: string | null, employerId: string | null, employerName: string | null, name: string | null, importBatchId: string | null, learnedScore: number | null, siblingCount: number | null, rowsSeen: number | null, risk: number | null } | null> } | null };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { result: string | null } | null };

export type MatchPendingEmployerMutationVariables = Exact<{
  pendingEmployerId: string;
  employerId: string;
  note?: string | null | undefined;
}>;


export type MatchPendingEmployerMutation = { matchPendingEmployer: { result: { rowId: string, status: PendingEmployerStatus } | null } | null };

export type MergeCandidateQueryVariables = Exact<{
  id: string;
}>;


export type MergeCandidateQuery = { employer: { rowId: string, name: string, compareName: string, status: EmployerStatus, mergedInto: string | null, aliases: { totalCount: number, nodes: Array<{ rowId: string, name: string, kind: AliasKind, compareForm: string, validTo: string | null } | null> }, employerIdentifiers: { nodes: Array<{ rowId: string, scheme: string, value: string } | null> } } | null };

export type MergeEmployersMutationVariables = Exact<{
  survivorId: string;
  mergedId: string;
  reason?: string | null | undefined;
}>;


export type MergeEmployersMutation = { mergeEmployers: { result: { rowId: string, survivorId: string, mergedId: string } | null } | null };

export type MergePendingEmployersMutationVariables = Exact<{
  survivorId: string;
  mergedId: string;
  note?: string | null | undefined;
}>;


export type MergePendingEmployersMutation = { mergePendingEmployers: { result: { rowId: string, status: PendingEmployerStatus } | null } | null };

export type PendingEmployerDetailQueryVariables = Exact<{
  id: string;
}>;


export type PendingEmployerDetailQuery = { pendingEmployer: { rowId: string, name: string, status: PendingEmployerStatus, sourceSystem: string, occurrenceCount: number, conflict: string | null, firstSeenAt: string, lastSeenAt: string, resolutionNote: string | null, resolvedAt: string | null, resolver: { displayName: string } | null, resolvedEmployer: { rowId: string, name: string } | null, mergedInto: { rowId: string, name: string } | null, pendingEmployerNames: { nodes: Array<{ rowId: string, name: string, occurrenceCount: number, firstSeenAt: string } | null> }, pendingEmployerIdentifiers: { nodes: Array<{ rowId: string, scheme: string, value: string } | null> }, occurrences: { totalCount: number, nodes: Array<{ batchId: string, line: number, companyName: string | null, projectId: string | null, projectName: string | null, role: string | null, batch: { rowId: string, fileName: string | null, receivedAt: string | null } | null } | null> }, candidates: { nodes: Array<{ rank: number | null, score: number | null, band: MatchBand | null, method: MatchMethod | null, matchedName: string | null, explanation: string | null, employer: { rowId: string, name: string, status: EmployerStatus } | null } | null> } } | null };

export type PendingEmployersQueryVariables = Exact<{
  first: number;
}>;


export type PendingEmployersQuery = { pendingEmployers: { totalCount: number, nodes: Array<{ rowId: string, name: string, occurrenceCount: number, conflict: string | null, lastSeenAt: string, pendingEmployerNames: { totalCount: number }, candidates: { nodes: Array<{ score: number | null, band: MatchBand | null, employer: { rowId: string, name: string } | null } | null> } } | null> } | null };

export type PromoteCanonicalNameMutationVariables = Exact<{
  employerId: string;
  aliasId: string;
  rationale?: string | null | undefined;
}>;


export type PromoteCanonicalNameMutation = { promoteCanonicalName: { result: { rowId: string, nameBefore: string, nameAfter: string } | null } | null };

export type PromotionEmployerQueryVariables = Exact<{
  employerId: string;
}>;


export type PromotionEmployerQuery = { employer: { rowId: string, name: string, status: EmployerStatus } | null, promotionCandidatesForEmployer: { nodes: Array<{ employerId: string | null, employerName: string | null, aliasId: string | null, candidateName: string | null, candidateKind: AliasKind | null, rules: Array<string | null> | null, score: string | null, priority: string | null, impact: string | null, candidateRows: string | null, candidateProjects: string | null, canonicalRows: string | null, firstSeenAt: string | null, lastSeenAt: string | null, queuedSince: string | null, sources: unknown, conflicts: unknown, conflictCount: number | null, status: string | null, claimedBy: string | null, claimedByUsername: string | null, claimExpiresAt: string | null, task: string | null, likelyMisspelling: boolean | null, reason: string | null } | null> } | null, canonicalDecisions: { nodes: Array<{ rowId: string, action: CanonicalDecisionAction, candidateName: string | null, nameBefore: string, nameAfter: string, rationale: string | null, deferUntil: string | null, decidedAt: string, decidedRole: string, revertsDecisionId: string | null, userByDecidedBy: { username: string, displayName: string } | null, canonicalDecisionByRevertsDecisionId: { rowId: string } | null } | null> } | null };

export type PromotionQueueQueryVariables = Exact<{
  first: number;
  task?: string | null | undefined;
}>;


export type PromotionQueueQuery = { canonicalPromotionQueue: { totalCount: number, nodes: Array<{ employerId: string | null, employerName: string | null, aliasId: string | null, candidateName: string | null, candidateKind: AliasKind | null, rules: Array<string | null> | null, score: string | null, priority: string | null, impact: string | null, candidateRows: string | null, candidateProjects: string | null, canonicalRows: string | null, firstSeenAt: string | null, lastSeenAt: string | null, queuedSince: string | null, sources: unknown, conflicts: unknown, conflictCount: number | null, status: string | null, claimedBy: string | null, claimedByUsername: string | null, claimExpiresAt: string | null, task: string | null, likelyMisspelling: boolean | null, reason: string | null } | null> } | null, toPromote: { totalCount: number } | null, toFixSpelling: { totalCount: number } | null };

export type PromotionItemFieldsFragment = { employerId: string | null, employerName: string | null, aliasId: string | null, candidateName: string | null, candidateKind: AliasKind | null, rules: Array<string | null> | null, score: string | null, priority: string | null, impact: string | null, candidateRows: string | null, candidateProjects: string | null, canonicalRows: string | null, firstSeenAt: string | null, lastSeenAt: string | null, queuedSince: string | null, sources: unknown, conflicts: unknown, conflictCount: number | null, status: string | null, claimedBy: string | null, claimedByUsername: string | null, claimExpiresAt: string | null, task: string | null, likelyMisspelling: boolean | null, reason: string | null };

export type RecordDistinctionMutationVariables = Exact<{
  employerId: string;
  otherEmployerId: string;
  reason: string;
}>;


export type RecordDistinctionMutation = { recordDistinction: { result: { rowId: string } | null } | null };

export type RefreshAnalyticsMutationVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type RefreshAnalyticsMutation = { refreshAnalytics: { result: { rowId: string, fromDay: string, toDay: string, finishedAt: string } | null } | null };

export type RegisterEmployerMutationVariables = Exact<{
  name: string;
  identifiers?: Array<NewIdentifierInput | null | undefined> | NewIdentifierInput | null | undefined;
  aliases?: Array<NewAliasInput | null | undefined> | NewAliasInput | null | undefined;
  sourceRef?: string | null | undefined;
}>;


export type RegisterEmployerMutation = { registerEmployer: { result: { rowId: string, name: string } | null } | null };

export type RejectPendingEmployerMutationVariables = Exact<{
  pendingEmployerId: string;
  reason: string;
}>;


export type RejectPendingEmployerMutation = { rejectPendingEmployer: { result: { rowId: string, status: PendingEmployerStatus } | null } | null };

export type RejectPromotionCandidateMutationVariables = Exact<{
  employerId: string;
  aliasId?: string | null | undefined;
  rationale?: string | null | undefined;
}>;


export type RejectPromotionCandidateMutation = { rejectPromotionCandidate: { result: { rowId: string } | null } | null };

export type ReleasePromotionItemMutationVariables = Exact<{
  employerId: string;
}>;


export type ReleasePromotionItemMutation = { releasePromotionItem: { result: { employerId: string } | null } | null };

export type RemoveIdentifierMutationVariables = Exact<{
  identifierId: string;
}>;


export type RemoveIdentifierMutation = { removeIdentifier: { clientMutationId: string | null } | null };

export type RetireAliasMutationVariables = Exact<{
  aliasId: string;
  validTo?: string | null | undefined;
}>;


export type RetireAliasMutation = { retireAlias: { result: { rowId: string, validTo: string | null } | null } | null };

export type RetireLearnedAliasMutationVariables = Exact<{
  aliasId: string;
  note?: string | null | undefined;
}>;


export type RetireLearnedAliasMutation = { retireLearnedAlias: { result: { rowId: string, decision: string } | null } | null };

export type RevertCanonicalPromotionMutationVariables = Exact<{
  decisionId: string;
  rationale?: string | null | undefined;
}>;


export type RevertCanonicalPromotionMutation = { revertCanonicalPromotion: { result: { rowId: string, nameAfter: string } | null } | null };

export type RevokeApiTokenMutationVariables = Exact<{
  tokenId: string;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { clientMutationId: string | null } | null };

export type SearchEmployersQueryVariables = Exact<{
  query: string;
  includeAliases: boolean;
  includeArchived: boolean;
  first: number;
}>;


export type SearchEmployersQuery = { searchEmployers: { nodes: Array<{ rank: number | null, score: number | null, band: MatchBand | null, method: MatchMethod | null, matchedName: string | null, matchedKind: string | null, matchedEmployerId: string | null, explanation: string | null, employer: { rowId: string, name: string, status: EmployerStatus } | null } | null> } | null };

export type SetEmployerArchivedMutationVariables = Exact<{
  employerId: string;
  archived: boolean;
}>;


export type SetEmployerArchivedMutation = { setEmployerArchived: { result: { rowId: string, status: EmployerStatus } | null } | null };

export type SetFeatureSwitchMutationVariables = Exact<{
  key: string;
  isEnabled: boolean;
  reason: string;
}>;


export type SetFeatureSwitchMutation = { setFeatureSwitch: { result: { key: string, isEnabled: boolean, lastChangeReason: string | null } | null } | null };

export type SetUserPasswordMutationVariables = Exact<{
  userId: string;
  password: string;
}>;


export type SetUserPasswordMutation = { setUserPassword: { clientMutationId: string | null } | null };

export type UnmergeEmployersMutationVariables = Exact<{
  mergeId: string;
}>;


export type UnmergeEmployersMutation = { unmergeEmployers: { result: { rowId: string, unmergedAt: string | null } | null } | null };

export type UpdateAliasDetailsMutationVariables = Exact<{
  aliasId: string;
  kind?: AliasKind | null | undefined;
  visibility?: AliasVisibility | null | undefined;
  validFrom?: string | null | undefined;
}>;


export type UpdateAliasDetailsMutation = { updateAliasDetails: { result: { rowId: string, kind: AliasKind, visibility: AliasVisibility, validFrom: string | null } | null } | null };

export type UpdateUserMutationVariables = Exact<{
  rowId: string;
  patch: UserPatch;
}>;


export type UpdateUserMutation = { updateUser: { user: { rowId: string, role: UserRole, isDisabled: boolean } | null } | null };

export const BacklogDayFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BacklogDay"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsBacklogDaily"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"promotionItems"}},{"kind":"Field","name":{"kind":"Name","value":"pendingItems"}},{"kind":"Field","name":{"kind":"Name","value":"measuredAt"}}]}}]} as unknown as DocumentNode<BacklogDayFragment, unknown>;
export const ConflictDayFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConflictDay"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsConflictDaily"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"sharedNames"}},{"kind":"Field","name":{"kind":"Name","value":"commonNames"}},{"kind":"Field","name":{"kind":"Name","value":"employersSharingNames"}},{"kind":"Field","name":{"kind":"Name","value":"unexplainedPairs"}},{"kind":"Field","name":{"kind":"Name","value":"distinctionsRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"merges"}},{"kind":"Field","name":{"kind":"Name","value":"unmerges"}}]}}]} as unknown as DocumentNode<ConflictDayFragment, unknown>;
export const CoverageDayFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageDay"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsCoverageDaily"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"activeEmployers"}},{"kind":"Field","name":{"kind":"Name","value":"aliasCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"identifierCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"feedNamesResolved"}}]}}]} as unknown as DocumentNode<CoverageDayFragment, unknown>;
export const MergeHistoryEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MergeHistoryEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmployerMerge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"mergedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unmergedAt"}},{"kind":"Field","name":{"kind":"Name","value":"undo"}},{"kind":"Field","name":{"kind":"Name","value":"survivor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"merged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userByMergedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userByUnmergedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MergeHistoryEntryFragment, unknown>;
export const PromotionItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PromotionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionQueueItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"aliasId"}},{"kind":"Field","name":{"kind":"Name","value":"candidateName"}},{"kind":"Field","name":{"kind":"Name","value":"candidateKind"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"candidateRows"}},{"kind":"Field","name":{"kind":"Name","value":"candidateProjects"}},{"kind":"Field","name":{"kind":"Name","value":"canonicalRows"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"queuedSince"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"}},{"kind":"Field","name":{"kind":"Name","value":"conflictCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"}},{"kind":"Field","name":{"kind":"Name","value":"claimedByUsername"}},{"kind":"Field","name":{"kind":"Name","value":"claimExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"likelyMisspelling"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<PromotionItemFieldsFragment, unknown>;
export const AddAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AliasKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"visibility"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AliasVisibility"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceRef"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAlias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"visibility"},"value":{"kind":"Variable","name":{"kind":"Name","value":"visibility"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"validFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"validTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validTo"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"sourceSystem"},"value":{"kind":"StringValue","value":"manual","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"sourceRef"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceRef"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddAliasMutation, AddAliasMutationVariables>;
export const AddIdentifierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddIdentifier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scheme"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addIdentifier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scheme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scheme"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"sourceSystem"},"value":{"kind":"StringValue","value":"manual","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<AddIdentifierMutation, AddIdentifierMutationVariables>;
export const AddUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"displayName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserRole"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"displayName"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<AddUserMutation, AddUserMutationVariables>;
export const AdminApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_DESC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userByCreatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiTokenUsageDailiesByTokenId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"7"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DAY_DESC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"searches"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"quotaUsed"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminApiTokensQuery, AdminApiTokensQueryVariables>;
export const AdminFeatureSwitchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminFeatureSwitches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"featureSwitches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"KEY_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangeReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userByUpdatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminFeatureSwitchesQuery, AdminFeatureSwitchesQueryVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"USERNAME_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AnalyticsAliasesPerDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsAliasesPerDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analyticsAliasDailies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"day"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"greaterThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lessThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupedAggregates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DAY"},{"kind":"EnumValue","value":"SOURCE_SYSTEM"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"}},{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aliasesAdded"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsAliasesPerDayQuery, AnalyticsAliasesPerDayQueryVariables>;
export const AnalyticsBacklogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsBacklogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page1"},"name":{"kind":"Name","value":"analyticsBacklogDailies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"day"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"greaterThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lessThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DAY_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BacklogDay"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"page2"},"name":{"kind":"Name","value":"analyticsBacklogDailies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"day"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"greaterThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lessThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DAY_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BacklogDay"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"page3"},"name":{"kind":"Name","value":"analyticsBacklogDailies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"day"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"greaterThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lessThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DAY_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BacklogDay"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"page4"},"name":{"kind":"Name","value":"analyticsBacklogDailies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"300"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"day"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"greaterThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lessThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DAY_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BacklogDay"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BacklogDay"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsBacklogDaily"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"promotionItems"}},{"kind":"Field","name":{"kind":"Name","value":"pendingItems"}},{"kind":"Field","name":{"kind":"Name","value":"measuredAt"}}]}}]} as unknown as DocumentNode<AnalyticsBacklogsQuery, AnalyticsBacklogsQueryVariables>;
export const AnalyticsCalibrationRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsCalibrationRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Datetime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Datetime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchCalibrationRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"runAt"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"greaterThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lessThan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RUN_AT_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"runAt"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"judged"}},{"kind":"Field","name":{"kind":"Name","value":"autoAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"autoRight"}},{"kind":"Field","name":{"kind":"Name","value":"autoPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"fuzzyAutoAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"fuzzyAutoPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"targetPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"learnedNames"}},{"kind":"Field","name":{"kind":"Name","value":"learnedNamesReversed"}},{"kind":"Field","name":{"kind":"Name","value":"observedAutoPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"isEnoughEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsCalibrationRunsQuery, AnalyticsCalibrationRunsQueryVariables>;
export const AnalyticsConflictsPerDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsConflictsPerDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page1"},"name":{"kind":"Name","value":"analyticsConflictDailies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"day"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"greaterThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lessThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DAY_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictDay"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"page2"},"name":{"kind":"Name","value":"analyticsConflictDailies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"day"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"greaterThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lessThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DAY_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictDay"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"page3"},"name":{"kind":"Name","value":"analyticsConflictDailies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"day"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"greaterThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lessThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DAY_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictDay"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"page4"},"name":{"kind":"Name","value":"analyticsConflictDailies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"300"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"day"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"greaterThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lessThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DAY_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConflictDay"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConflictDay"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsConflictDaily"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"sharedNames"}},{"kind":"Field","name":{"kind":"Name","value":"commonNames"}},{"kind":"Field","name":{"kind":"Name","value":"employersSharingNames"}},{"kind":"Field","name":{"kind":"Name","value":"unexplainedPairs"}},{"kind":"Field","name":{"kind":"Name","value":"distinctionsRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"merges"}},{"kind":"Field","name":{"kind":"Name","value":"unmerges"}}]}}]} as unknown as DocumentNode<AnalyticsConflictsPerDayQuery, AnalyticsConflictsPerDayQueryVariables>;
export const AnalyticsCoverageTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsCoverageTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"page1"},"name":{"kind":"Name","value":"analyticsCoverageDailies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"day"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"greaterThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lessThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DAY_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageDay"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"page2"},"name":{"kind":"Name","value":"analyticsCoverageDailies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"day"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"greaterThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lessThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DAY_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageDay"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"page3"},"name":{"kind":"Name","value":"analyticsCoverageDailies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"day"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"greaterThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lessThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DAY_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageDay"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"page4"},"name":{"kind":"Name","value":"analyticsCoverageDailies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"300"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"day"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"greaterThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lessThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DAY_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageDay"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageDay"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsCoverageDaily"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"activeEmployers"}},{"kind":"Field","name":{"kind":"Name","value":"aliasCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"identifierCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"feedNamesResolved"}}]}}]} as unknown as DocumentNode<AnalyticsCoverageTrendQuery, AnalyticsCoverageTrendQueryVariables>;
export const AnalyticsDecisionsPerDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsDecisionsPerDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"byAction"},"name":{"kind":"Name","value":"analyticsDecisionDailies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"day"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"greaterThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lessThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupedAggregates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DAY"},{"kind":"EnumValue","value":"ACTION"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"}},{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bySteward"},"name":{"kind":"Name","value":"analyticsDecisionDailies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"day"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"greaterThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lessThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupedAggregates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DAY"},{"kind":"EnumValue","value":"DECIDED_BY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"}},{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"stewards"},"name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"USERNAME_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsDecisionsPerDayQuery, AnalyticsDecisionsPerDayQueryVariables>;
export const AnalyticsImportOutcomesPerDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsImportOutcomesPerDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analyticsImportDailies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"day"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"greaterThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lessThanOrEqualTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupedAggregates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DAY"},{"kind":"EnumValue","value":"OUTCOME"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"}},{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsImportOutcomesPerDayQuery, AnalyticsImportOutcomesPerDayQueryVariables>;
export const AnalyticsLastRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsLastRefresh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analyticsRefreshes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PRIMARY_KEY_DESC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"triggeredBy"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsLastRefreshQuery, AnalyticsLastRefreshQueryVariables>;
export const BulkCreateEmployersFromPendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkCreateEmployersFromPending"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pendingEmployerIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkCreateEmployersFromPending"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pendingEmployerIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pendingEmployerIds"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<BulkCreateEmployersFromPendingMutation, BulkCreateEmployersFromPendingMutationVariables>;
export const BulkMatchPendingEmployersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkMatchPendingEmployers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"choices"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PendingMatchChoiceInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkMatchPendingEmployers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"choices"},"value":{"kind":"Variable","name":{"kind":"Name","value":"choices"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<BulkMatchPendingEmployersMutation, BulkMatchPendingEmployersMutationVariables>;
export const BulkRejectPendingEmployersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkRejectPendingEmployers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pendingEmployerIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkRejectPendingEmployers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pendingEmployerIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pendingEmployerIds"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<BulkRejectPendingEmployersMutation, BulkRejectPendingEmployersMutationVariables>;
export const ClaimPromotionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimPromotionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimPromotionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimPromotionItemMutation, ClaimPromotionItemMutationVariables>;
export const ConfirmLearnedAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmLearnedAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aliasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmLearnedAlias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"aliasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aliasId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"learnedState"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmLearnedAliasMutation, ConfirmLearnedAliasMutationVariables>;
export const CorrectCanonicalSpellingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectCanonicalSpelling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctCanonicalSpelling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"rationale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"nameBefore"}},{"kind":"Field","name":{"kind":"Name","value":"nameAfter"}}]}}]}}]}}]} as unknown as DocumentNode<CorrectCanonicalSpellingMutation, CorrectCanonicalSpellingMutationVariables>;
export const CreateEmployerFromPendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEmployerFromPending"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pendingEmployerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEmployerFromPending"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pendingEmployerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pendingEmployerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedEmployerId"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEmployerFromPendingMutation, CreateEmployerFromPendingMutationVariables>;
export const CurrentUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CurrentUserQuery, CurrentUserQueryVariables>;
export const DeferPromotionCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeferPromotionCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aliasId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deferPromotionCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"aliasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aliasId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"rationale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"deferUntil"}}]}}]}}]}}]} as unknown as DocumentNode<DeferPromotionCandidateMutation, DeferPromotionCandidateMutationVariables>;
export const EmployerDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployerDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"}},{"kind":"Field","name":{"kind":"Name","value":"employerByMergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userByCreatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ADDED_AT_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"importBatchId"}},{"kind":"Field","name":{"kind":"Name","value":"importRow"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"normalizerVersion"}},{"kind":"Field","name":{"kind":"Name","value":"userByAddedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerIdentifiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SCHEME_ASC"},{"kind":"EnumValue","value":"VALUE_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userByAddedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerDistinctions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"otherEmployer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userByRecordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerDistinctionsByOtherEmployerId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userByRecordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerMergesBySurvivorId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_DESC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MergeHistoryEntry"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerMergesByMergedId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_DESC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MergeHistoryEntry"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MergeHistoryEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmployerMerge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"mergedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unmergedAt"}},{"kind":"Field","name":{"kind":"Name","value":"undo"}},{"kind":"Field","name":{"kind":"Name","value":"survivor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"merged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userByMergedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userByUnmergedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<EmployerDetailQuery, EmployerDetailQueryVariables>;
export const HomePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotionItems"}},{"kind":"Field","name":{"kind":"Name","value":"spellingItems"}},{"kind":"Field","name":{"kind":"Name","value":"claimedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"pendingItems"}},{"kind":"Field","name":{"kind":"Name","value":"oldestPendingDays"}},{"kind":"Field","name":{"kind":"Name","value":"importsInProgress"}},{"kind":"Field","name":{"kind":"Name","value":"importsFailedThisWeek"}},{"kind":"Field","name":{"kind":"Name","value":"aliasFailuresLastHour"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"maxItems"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activity"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"pendingId"}}]}}]}}]}}]} as unknown as DocumentNode<HomePageQuery, HomePageQueryVariables>;
export const IdentifierSchemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentifierSchemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifierSchemes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"KEY_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validation"}}]}}]}}]}}]} as unknown as DocumentNode<IdentifierSchemesQuery, IdentifierSchemesQueryVariables>;
export const ImportBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"byteCount"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"rowsProcessed"}},{"kind":"Field","name":{"kind":"Name","value":"processingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"matchedIdentifierCount"}},{"kind":"Field","name":{"kind":"Name","value":"matchedExactCount"}},{"kind":"Field","name":{"kind":"Name","value":"matchedFuzzyCount"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCount"}},{"kind":"Field","name":{"kind":"Name","value":"conflictCount"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"aliasesAddedCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ImportBatchQuery, ImportBatchQueryVariables>;
export const ImportBatchRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportBatchRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRowFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"LINE_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"bciCompanyId"}},{"kind":"Field","name":{"kind":"Name","value":"abn"}},{"kind":"Field","name":{"kind":"Name","value":"acn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingEmployerId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportBatchRowsQuery, ImportBatchRowsQueryVariables>;
export const ImportBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CREATED_AT_DESC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"rowsProcessed"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportBatchesQuery, ImportBatchesQueryVariables>;
export const IssueApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiTokenRole"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Datetime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expiresAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenId"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<IssueApiTokenMutation, IssueApiTokenMutationVariables>;
export const LearnedAliasQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearnedAliasQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"condition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LearnedAliasQueueCondition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learnedAliasQueues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"condition"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RISK_DESC"},{"kind":"EnumValue","value":"ALIAS_ID_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aliasId"}},{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"importBatchId"}},{"kind":"Field","name":{"kind":"Name","value":"learnedScore"}},{"kind":"Field","name":{"kind":"Name","value":"siblingCount"}},{"kind":"Field","name":{"kind":"Name","value":"rowsSeen"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}}]}}]}}]}}]} as unknown as DocumentNode<LearnedAliasQueueQuery, LearnedAliasQueueQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MatchPendingEmployerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatchPendingEmployer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pendingEmployerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchPendingEmployer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pendingEmployerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pendingEmployerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MatchPendingEmployerMutation, MatchPendingEmployerMutationVariables>;
export const MergeCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MergeCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"compareName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ADDED_AT_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"compareForm"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employerIdentifiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SCHEME_ASC"},{"kind":"EnumValue","value":"VALUE_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MergeCandidateQuery, MergeCandidateQueryVariables>;
export const MergeEmployersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeEmployers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"survivorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mergedId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeEmployers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"survivorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"survivorId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"mergedId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mergedId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"survivorId"}},{"kind":"Field","name":{"kind":"Name","value":"mergedId"}}]}}]}}]}}]} as unknown as DocumentNode<MergeEmployersMutation, MergeEmployersMutationVariables>;
export const MergePendingEmployersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergePendingEmployers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"survivorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mergedId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergePendingEmployers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"survivorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"survivorId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"mergedId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mergedId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MergePendingEmployersMutation, MergePendingEmployersMutationVariables>;
export const PendingEmployerDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingEmployerDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingEmployer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSystem"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"conflict"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedEmployer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingEmployerNames"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingEmployerIdentifiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BATCH_ID_DESC"},{"kind":"EnumValue","value":"LINE_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"matchedName"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingEmployerDetailQuery, PendingEmployerDetailQueryVariables>;
export const PendingEmployersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingEmployers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingEmployers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"open"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OCCURRENCE_COUNT_DESC"},{"kind":"EnumValue","value":"ROW_ID_ASC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceCount"}},{"kind":"Field","name":{"kind":"Name","value":"conflict"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingEmployerNames"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingEmployersQuery, PendingEmployersQueryVariables>;
export const PromoteCanonicalNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PromoteCanonicalName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aliasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promoteCanonicalName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"aliasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aliasId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"rationale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"nameBefore"}},{"kind":"Field","name":{"kind":"Name","value":"nameAfter"}}]}}]}}]}}]} as unknown as DocumentNode<PromoteCanonicalNameMutation, PromoteCanonicalNameMutationVariables>;
export const PromotionEmployerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PromotionEmployer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotionCandidatesForEmployer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PromotionItemFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"canonicalDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ROW_ID_DESC"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"candidateName"}},{"kind":"Field","name":{"kind":"Name","value":"nameBefore"}},{"kind":"Field","name":{"kind":"Name","value":"nameAfter"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"deferUntil"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"revertsDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"userByDecidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canonicalDecisionByRevertsDecisionId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PromotionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionQueueItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"aliasId"}},{"kind":"Field","name":{"kind":"Name","value":"candidateName"}},{"kind":"Field","name":{"kind":"Name","value":"candidateKind"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"candidateRows"}},{"kind":"Field","name":{"kind":"Name","value":"candidateProjects"}},{"kind":"Field","name":{"kind":"Name","value":"canonicalRows"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"queuedSince"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"}},{"kind":"Field","name":{"kind":"Name","value":"conflictCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"}},{"kind":"Field","name":{"kind":"Name","value":"claimedByUsername"}},{"kind":"Field","name":{"kind":"Name","value":"claimExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"likelyMisspelling"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<PromotionEmployerQuery, PromotionEmployerQueryVariables>;
export const PromotionQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PromotionQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"task"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canonicalPromotionQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"task"},"value":{"kind":"Variable","name":{"kind":"Name","value":"task"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PromotionItemFields"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toPromote"},"name":{"kind":"Name","value":"canonicalPromotionQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"task"},"value":{"kind":"StringValue","value":"promote","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toFixSpelling"},"name":{"kind":"Name","value":"canonicalPromotionQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"task"},"value":{"kind":"StringValue","value":"fix_spelling","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PromotionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionQueueItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"aliasId"}},{"kind":"Field","name":{"kind":"Name","value":"candidateName"}},{"kind":"Field","name":{"kind":"Name","value":"candidateKind"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"candidateRows"}},{"kind":"Field","name":{"kind":"Name","value":"candidateProjects"}},{"kind":"Field","name":{"kind":"Name","value":"canonicalRows"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"queuedSince"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"}},{"kind":"Field","name":{"kind":"Name","value":"conflictCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"}},{"kind":"Field","name":{"kind":"Name","value":"claimedByUsername"}},{"kind":"Field","name":{"kind":"Name","value":"claimExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"likelyMisspelling"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<PromotionQueueQuery, PromotionQueueQueryVariables>;
export const RecordDistinctionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDistinction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"otherEmployerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDistinction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"otherEmployerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"otherEmployerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<RecordDistinctionMutation, RecordDistinctionMutationVariables>;
export const RefreshAnalyticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshAnalytics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshAnalytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fromDay"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"toDay"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"fromDay"}},{"kind":"Field","name":{"kind":"Name","value":"toDay"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshAnalyticsMutation, RefreshAnalyticsMutationVariables>;
export const RegisterEmployerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterEmployer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifiers"}},"type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewIdentifierInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aliases"}},"type":{"kind":"ListType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewAliasInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceRef"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerEmployer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"identifiers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifiers"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"aliases"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aliases"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"sourceSystem"},"value":{"kind":"StringValue","value":"manual","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"sourceRef"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceRef"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterEmployerMutation, RegisterEmployerMutationVariables>;
export const RejectPendingEmployerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectPendingEmployer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pendingEmployerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectPendingEmployer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pendingEmployerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pendingEmployerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RejectPendingEmployerMutation, RejectPendingEmployerMutationVariables>;
export const RejectPromotionCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectPromotionCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aliasId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectPromotionCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"aliasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aliasId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"rationale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}}]}}]}}]}}]} as unknown as DocumentNode<RejectPromotionCandidateMutation, RejectPromotionCandidateMutationVariables>;
export const ReleasePromotionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleasePromotionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releasePromotionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerId"}}]}}]}}]}}]} as unknown as DocumentNode<ReleasePromotionItemMutation, ReleasePromotionItemMutationVariables>;
export const RemoveIdentifierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveIdentifier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeIdentifier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"identifierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifierId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}}]}}]}}]} as unknown as DocumentNode<RemoveIdentifierMutation, RemoveIdentifierMutationVariables>;
export const RetireAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aliasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireAlias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"aliasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aliasId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"validTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validTo"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]} as unknown as DocumentNode<RetireAliasMutation, RetireAliasMutationVariables>;
export const RetireLearnedAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireLearnedAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aliasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireLearnedAlias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"aliasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aliasId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]}}]} as unknown as DocumentNode<RetireLearnedAliasMutation, RetireLearnedAliasMutationVariables>;
export const RevertCanonicalPromotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevertCanonicalPromotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revertCanonicalPromotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"decisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"rationale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"nameAfter"}}]}}]}}]}}]} as unknown as DocumentNode<RevertCanonicalPromotionMutation, RevertCanonicalPromotionMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tokenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"tokenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tokenId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const SearchEmployersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchEmployers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeAliases"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchEmployers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeAliases"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeAliases"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"matchedName"}},{"kind":"Field","name":{"kind":"Name","value":"matchedKind"}},{"kind":"Field","name":{"kind":"Name","value":"matchedEmployerId"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchEmployersQuery, SearchEmployersQueryVariables>;
export const SetEmployerArchivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEmployerArchived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"archived"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEmployerArchived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"archived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archived"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SetEmployerArchivedMutation, SetEmployerArchivedMutationVariables>;
export const SetFeatureSwitchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFeatureSwitch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isEnabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFeatureSwitch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"isEnabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isEnabled"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangeReason"}}]}}]}}]}}]} as unknown as DocumentNode<SetFeatureSwitchMutation, SetFeatureSwitchMutationVariables>;
export const SetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}}]}}]}}]} as unknown as DocumentNode<SetUserPasswordMutation, SetUserPasswordMutationVariables>;
export const UnmergeEmployersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnmergeEmployers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mergeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmergeEmployers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mergeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mergeId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"unmergedAt"}}]}}]}}]}}]} as unknown as DocumentNode<UnmergeEmployersMutation, UnmergeEmployersMutationVariables>;
export const UpdateAliasDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAliasDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aliasId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AliasKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"visibility"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AliasVisibility"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAliasDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"aliasId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aliasId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"visibility"},"value":{"kind":"Variable","name":{"kind":"Name","value":"visibility"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"validFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAliasDetailsMutation, UpdateAliasDetailsMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigInt"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserPatch"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rowId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rowId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isDisabled"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;