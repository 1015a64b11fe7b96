import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { FILE_STORAGE } from './file-storage.js';
import { FilesystemStorage } from './filesystem-storage.js';

/** FILE_STORAGE: uploaded files on the filesystem under STORAGE_DIR. */
@Module({
  providers: [{ provide: FILE_STORAGE, inject: [AppConfig], useFactory: (config: AppConfig) => new FilesystemStorage(config.STORAGE_DIR) }],
  exports: [FILE_STORAGE],
})
export class StorageModule {}
