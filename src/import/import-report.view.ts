import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BilingualText } from '../common/views/bilingual-text.view.js';
import { describeColumns } from '../common/views/listed-columns.js';
import type { ImportProblem } from './import-problem.js';

export const IMPORT_KINDS = ['listings', 'cases'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const ROW_ACTIONS = ['create', 'update', 'unchanged', 'invalid'] as const;
export type RowAction = (typeof ROW_ACTIONS)[number];

/** One problem: where (row 1 is the header; 0 is the file as a whole), which column, which rule, in both languages. */
export class ImportProblemView implements Omit<ImportProblem, 'rule'> {
  @ApiProperty({ type: 'integer' })
  row!: number;

  @ApiProperty({ type: String, nullable: true })
  column!: string | null;

  /** A rule of src/import/import-problem.ts; the web catalogue words it. */
  @ApiProperty()
  rule!: string;

  @ApiProperty({ type: BilingualText })
  message!: BilingualText;

  @ApiPropertyOptional({ type: 'integer' })
  max?: number;

  @ApiPropertyOptional({ type: [String] })
  values?: string[];

  @ApiPropertyOptional()
  value?: string;

  /** The other column a date is compared with (notBefore). */
  @ApiPropertyOptional()
  other?: string;
}

export class ImportCommittee {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

export interface ImportCounts extends Record<RowAction, number> {}
/** Rows by what the import does (or would do) with them, and the rows in all. */
export class ImportCounts {
  @ApiProperty({ type: 'integer' })
  rows!: number;
}
describeColumns(ImportCounts, ROW_ACTIONS);

export class ImportRowView {
  @ApiProperty({ type: 'integer' })
  row!: number;

  /** The row's slug or reference. */
  @ApiProperty()
  key!: string;

  @ApiProperty({ enum: ROW_ACTIONS, enumName: 'RowAction' })
  action!: RowAction;
}

export class ImportReport {
  @ApiProperty({ enum: IMPORT_KINDS, enumName: 'ImportKind' })
  kind!: ImportKind;

  @ApiProperty({ type: ImportCommittee })
  committee!: ImportCommittee;

  /** True for the dry run: nothing was written. */
  @ApiProperty()
  dryRun!: boolean;

  /** No problems: the real run will (or did) apply every row. */
  @ApiProperty()
  valid!: boolean;

  @ApiProperty({ type: ImportCounts })
  counts!: ImportCounts;

  @ApiProperty({ type: [ImportRowView] })
  rows!: ImportRowView[];

  @ApiProperty({ type: [ImportProblemView] })
  problems!: ImportProblemView[];
}
