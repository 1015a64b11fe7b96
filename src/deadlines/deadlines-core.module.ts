import { Global, Module } from '@nestjs/common';
import { DeadlinesService } from './deadlines.service.js';

/**
 * DeadlinesService for every module, in the API and in the worker: the panel and review modules
 * open and meet deadlines in their own transactions.
 */
@Global()
@Module({
  providers: [DeadlinesService],
  exports: [DeadlinesService],
})
export class DeadlinesCoreModule {}
