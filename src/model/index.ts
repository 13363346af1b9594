export * from './types.ts';
export * from './predicates.ts';
export * from './keys.ts';
export * from './gazetteer.ts';
