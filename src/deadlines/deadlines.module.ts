import { Module } from '@nestjs/common';
import { DeadlinesController } from './deadlines.controller.js';
import { DeadlinesCoreModule } from './deadlines-core.module.js';
import { TodoService } from './todo.service.js';

/** API side of deadlines: the to-do list, a case's deadlines, extending and completing them. */
@Module({
  imports: [DeadlinesCoreModule],
  controllers: [DeadlinesController],
  providers: [TodoService],
})
export class DeadlinesModule {}
