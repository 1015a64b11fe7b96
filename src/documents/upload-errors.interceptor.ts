import { Injectable, PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { catchError, throwError, type Observable } from 'rxjs';
import { AppConfig } from '../config/app-config.js';
import { fileTooLarge } from './documents.errors.js';

/**
 * Bound outside FileInterceptor: multer's size limit surfaces there as a bare
 * `PayloadTooLargeException('File too large')` (cause: MulterError LIMIT_FILE_SIZE); this turns it
 * into our 413 with a code, a Dutch/English message and the limit.
 */
@Injectable()
export class UploadErrorsInterceptor implements NestInterceptor {
  constructor(private readonly config: AppConfig) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(catchError((error: unknown) => throwError(() => (isMulterFileTooLarge(error) ? fileTooLarge(this.config.UPLOAD_MAX_BYTES) : error))));
  }
}

function isMulterFileTooLarge(error: unknown): boolean {
  return error instanceof PayloadTooLargeException && (error.cause as { code?: string } | undefined)?.code === 'LIMIT_FILE_SIZE';
}
