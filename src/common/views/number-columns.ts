import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';

/**
 * Describes one number property per key on a view class whose columns come from a list (the
 * measures of a table), so the list stays the one place that names them. Pair it with an
 * interface of the same name that adds `Record<Key, number>` to the class's type.
 */
export function describeNumberColumns(view: Function, keys: readonly string[], options: ApiPropertyOptions = { type: 'integer' }): void {
  for (const key of keys) ApiProperty(options)(view.prototype as object, key);
}
