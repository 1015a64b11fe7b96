import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import { ensureDatabaseExists } from './ensure-database.js';
import { runMigrations } from './run-migrations.js';

@Module({})
export class DatabaseModule {
  /** `processName` shows up as the PostgreSQL application_name (pg_stat_activity). */
  static forRoot(processName: string, poolSize?: number): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: async (config: AppConfig) => {
            if (await ensureDatabaseExists(config.DATABASE_URL, !config.isProduction))
              new Logger('database').log(`Created database ${new URL(config.DATABASE_URL).pathname.slice(1)}`);
            return { ...dataSourceOptions(config, `erkenning-${processName}`, poolSize), migrationsRun: config.MIGRATE_ON_START };
          },
          // TypeORM's own migrationsRun takes no lock; run them ourselves under an advisory lock.
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource({ ...options!, migrationsRun: false }).initialize();
            if (options!.migrationsRun) await runMigrations(dataSource);
            return dataSource;
          },
        }),
      ],
    };
  }
}
