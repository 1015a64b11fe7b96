import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';

/** TypeORM's partial-entity typing cannot express open JSON objects; a jsonb value is written whole. */
export function jsonb<T>(value: T): QueryDeepPartialEntity<T> {
  return value as QueryDeepPartialEntity<T>;
}
