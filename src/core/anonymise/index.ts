/** Anonymised summaries for union representatives (issue 8): build, deduplicate, aggregate, suppress. */
export * from './model';
export * from './period';
export * from './groups';
export * from './group-labels';
export * from './build-summary';
export * from './dedupe';
export * from './disclosure';
export * from './summary-id';
export * from './invite';
export * from './report-model';
export * from './aggregate';
export * from './suppression';
export * from './stats';
