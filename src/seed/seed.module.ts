import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { CommitteeModule } from '../committee/committee.module.js';
import { AppConfig } from '../config/app-config.js';
import { DecisionsModule } from '../decisions/decisions.module.js';
import { DescriptionModule } from '../description/description.module.js';
import { DocumentsModule } from '../documents/documents.module.js';
import { PanelsModule } from '../panels/panels.module.js';
import { PublicationModule } from '../publication/publication.module.js';
import { ReviewModule } from '../review/review.module.js';
import { ReviewersModule } from '../reviewers/reviewers.module.js';
import { CommitteeSettingsModule } from '../committee-settings/committee-settings.module.js';
import { DemoCasesSeeder } from './demo-cases.js';
import { DemoSeeder } from './demo-seeder.js';

@Module({
  imports: [
    ReviewersModule,
    CommitteeModule,
    CommitteeSettingsModule,
    ApplicationsModule,
    DescriptionModule,
    DocumentsModule,
    PanelsModule,
    ReviewModule,
    DecisionsModule,
    PublicationModule,
  ],
  providers: [DemoSeeder, DemoCasesSeeder],
  exports: [DemoSeeder],
})
export class SeedModule implements OnApplicationBootstrap {
  constructor(
    private readonly seeder: DemoSeeder,
    private readonly config: AppConfig,
  ) {}

  /** On an empty database with DEMO_SEED on, the API starts with the demo accounts and cases. */
  async onApplicationBootstrap() {
    if (this.config.DEMO_SEED) await this.seeder.seedIfEmpty();
  }
}
