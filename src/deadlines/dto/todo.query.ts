import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { TO_DO_DEFAULT_PAGE_SIZE } from '../todo.service.js';

/** `GET /me/todo`: the page of the to-do list, earliest due first. */
export class TodoQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000)
  page: number = 1;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  pageSize: number = TO_DO_DEFAULT_PAGE_SIZE;
}
