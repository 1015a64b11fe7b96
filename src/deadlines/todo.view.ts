import { ApiProperty } from '@nestjs/swagger';
import { BilingualText } from '../common/views/bilingual-text.view.js';
import { DEADLINE_STATUSES, type DeadlineStatus } from './deadline-kinds.js';
import { TO_DO_ACTIONS, type TodoAction } from './todo-actions.js';

/** One line of a person's to-do list. */
export class TodoItem {
  /** Stable per thing to do: `deadline:<id>`, `invitation:<id>` or `<action>:<application id>`. */
  @ApiProperty()
  id!: string;

  @ApiProperty({ format: 'uuid' })
  applicationId!: string;

  @ApiProperty()
  applicationReference!: string;

  @ApiProperty()
  applicationName!: string;

  /** A stable code a client may switch on (src/deadlines/todo-actions.ts). */
  @ApiProperty({ enum: Object.keys(TO_DO_ACTIONS), enumName: 'TodoAction' })
  action!: TodoAction;

  @ApiProperty({ type: BilingualText })
  label!: BilingualText;

  /** In the reader's language. */
  @ApiProperty()
  title!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  dueAt!: Date | null;

  @ApiProperty()
  overdue!: boolean;

  /** Set when a deadline row carries the due date (it can be extended); `missed` once its missed reminder went out. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  deadlineId!: string | null;

  @ApiProperty({ enum: DEADLINE_STATUSES, enumName: 'DeadlineStatus', nullable: true })
  deadlineStatus!: DeadlineStatus | null;

  @ApiProperty()
  link!: string;
}

/** One page of the to-do list, with the number of things to do in all. */
export class TodoPage {
  @ApiProperty({ type: [TodoItem] })
  items!: TodoItem[];

  @ApiProperty({ type: 'integer' })
  total!: number;

  @ApiProperty({ type: 'integer' })
  page!: number;

  @ApiProperty({ type: 'integer' })
  pageSize!: number;

  @ApiProperty({ type: 'integer' })
  pageCount!: number;
}
