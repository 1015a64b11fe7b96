import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config.js';
import { User } from '../users/user.entity.js';
import { DemoSeeder } from './demo-seeder.js';

@Module({ imports: [TypeOrmModule.forFeature([User])], providers: [DemoSeeder], exports: [DemoSeeder] })
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
