import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One refused or missing field: the rule it breaks with that rule's parameters, and a readable reason for API clients. */
export class FieldErrorView {
  @ApiProperty()
  field!: string;

  @ApiProperty()
  reason!: string;

  @ApiPropertyOptional()
  rule?: string;

  @ApiPropertyOptional()
  min?: number;

  @ApiPropertyOptional()
  max?: number;

  @ApiPropertyOptional({ type: [String] })
  values?: string[];
}
