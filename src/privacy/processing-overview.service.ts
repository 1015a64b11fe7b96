import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { processingOverview, type ProcessingActivity } from './processing-overview.js';
import { readRetentionTerms } from './retention-settings.service.js';

/** The processing overview with the terms as stored now: for the admin's screen and the public page. */
@Injectable()
export class ProcessingOverviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async activities(): Promise<ProcessingActivity[]> {
    return processingOverview(await readRetentionTerms(this.dataSource), this.config.SESSION_TTL_HOURS);
  }
}
