import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ApplicationsModule } from './applications/applications.module.js';
import { AccountLinksModule } from './auth/account-links/account-links.module.js';
import { AuthModule } from './auth/auth.module.js';
import { OidcModule } from './auth/oidc/oidc.module.js';
import { CoachesModule } from './coaches/coaches.module.js';
import { CommitteeModule } from './committee/committee.module.js';
import { CommitteeSettingsModule } from './committee-settings/committee-settings.module.js';
import { DecisionsModule } from './decisions/decisions.module.js';
import { DescriptionModule } from './description/description.module.js';
import { DocumentsModule } from './documents/documents.module.js';
import { HttpExceptionFilter } from './common/http/http-exception.filter.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DeadlinesModule } from './deadlines/deadlines.module.js';
import { QueueDashboardModule } from './operations/queue-dashboard.module.js';
import { HealthModule } from './health/health.module.js';
import { ImportModule } from './import/import.module.js';
import { InsightModule } from './insight/insight.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { PanelsModule } from './panels/panels.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { PublicationModule } from './publication/publication.module.js';
import { OpenDataModule } from './open-data/open-data.module.js';
import { PublicSiteModule } from './public-site/public-site.module.js';
import { ReviewModule } from './review/review.module.js';
import { ReviewersModule } from './reviewers/reviewers.module.js';
import { RedisModule } from './redis/redis.module.js';
import { SeedModule } from './seed/seed.module.js';
import { StaffListModule } from './staff-list/staff-list.module.js';
import { StuckThresholdsModule } from './stuck-thresholds/stuck-thresholds.module.js';
import { ThemesModule } from './themes/themes.module.js';
import { TrackModule } from './track/track.module.js';

/**
 * Connections of the API's pool: twice the worker's, since 32 concurrent readers queued on 10
 * (bench/http.ts, docs/decisions/0011); the worker keeps its own setting.
 */
const API_POOL_SIZE = 20;

/** The API process. */
@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot('api', API_POOL_SIZE),
        RedisModule,
        AuthModule,
        OidcModule,
        AccountLinksModule,
        HealthModule,
        SeedModule,
        TrackModule,
        ThemesModule,
        ApplicationsModule,
        CoachesModule,
        DescriptionModule,
        DocumentsModule,
        NotificationsModule,
        ReviewersModule,
        PanelsModule,
        ReviewModule,
        CommitteeModule,
        CommitteeSettingsModule,
        DecisionsModule,
        PublicationModule,
        OpenDataModule,
        PublicSiteModule,
        DeadlinesModule,
        StaffListModule,
        StuckThresholdsModule,
        InsightModule,
        ImportModule,
        PrivacyModule,
        QueueDashboardModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: HttpExceptionFilter }],
    };
  }
}
