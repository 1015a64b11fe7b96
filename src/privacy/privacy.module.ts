import { Module } from '@nestjs/common';
import { ErasureService } from './erasure.service.js';
import { PersonalDataExport } from './personal-data-export.service.js';
import { PersonalDataController } from './personal-data.controller.js';
import { PrivacyAdminController } from './privacy-admin.controller.js';
import { ProcessingOverviewService } from './processing-overview.service.js';
import { RetentionSettings } from './retention-settings.service.js';
import { RetentionService } from './retention.service.js';

/** The AVG duties in the API: one's own data, retention terms and runs, erasure, the processing overview. */
@Module({
  controllers: [PrivacyAdminController, PersonalDataController],
  providers: [RetentionSettings, RetentionService, ErasureService, PersonalDataExport, ProcessingOverviewService],
  exports: [ProcessingOverviewService],
})
export class PrivacyModule {}
