import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { CommitteeModule } from '../committee/committee.module.js';
import { AppConfig } from '../config/app-config.js';
import { ReviewersModule } from '../reviewers/reviewers.module.js';
import { DemoSeeder } from './demo-seeder.js';

@Module({ imports: [ReviewersModule, CommitteeModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class SeedModule implements OnApplicationBootstrap {
  constructor(
    private readonly seeder: DemoSeeder,
    private readonly config: AppConfig,
  ) {}

  /** On an empty database with DEMO_SEED on, the API starts with the demo accounts. */
  async onApplicationBootstrap() {
    if (this.config.DEMO_SEED) await this.seeder.seedIfEmpty();
  }
}
