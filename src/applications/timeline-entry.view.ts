import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One line of an application's history: a recorded event, or (for staff) a notification that went out. */
export class TimelineEntryView {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  eventType!: string;

  @ApiProperty({ type: String, nullable: true })
  fromState!: string | null;

  @ApiProperty({ type: String, nullable: true })
  toState!: string | null;

  @ApiProperty()
  actorKind!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actorId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  actorName!: string | null;

  /** The event's own facts; their keys depend on `eventType`. */
  @ApiProperty({ type: 'object', additionalProperties: true })
  payload!: Record<string, unknown>;

  /** Staff only. */
  @ApiPropertyOptional({ type: String, nullable: true })
  internalNote?: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;
}
