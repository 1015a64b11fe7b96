import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AppConfig } from '../config/app-config.js';
import { CommitteeSettingsModule } from '../committee-settings/committee-settings.module.js';
import { PublicationModule } from '../publication/publication.module.js';
import { ImportController } from './import.controller.js';
import { ImportService } from './import.service.js';

/** Import of the previous databank's listings and cases in flight (admin only; API and `npm run import`). */
@Module({
  imports: [
    CommitteeSettingsModule,
    PublicationModule,
    // In memory, bounded like document uploads; the service bounds the number of rows.
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 1, fields: 2, fieldSize: 100, parts: 3 } }),
    }),
  ],
  controllers: [ImportController],
  providers: [ImportService],
  exports: [ImportService],
})
export class ImportModule {}
