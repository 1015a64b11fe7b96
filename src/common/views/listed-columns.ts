import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';

/**
 * Describes one property per key (a whole number unless told) on a view class whose columns come
 * from a list (the measures of a table, the levels), so the list stays the one place that names
 * them. Pair it with an interface of the same name that adds `Record<Key, ...>` to the class's type.
 */
export function describeColumns(view: Function, keys: readonly string[], options: ApiPropertyOptions = { type: 'integer' }): void {
  for (const key of keys) ApiProperty(options)(view.prototype as object, key);
}
