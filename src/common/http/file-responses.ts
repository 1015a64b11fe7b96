import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';

/** A route that answers with a file to download rather than JSON: the media type and a binary body. */
export function ApiFileResponse(mediaType: 'text/csv' | 'application/pdf' | 'application/zip' | 'text/calendar', description: string) {
  return applyDecorators(ApiProduces(mediaType), ApiOkResponse({ description, content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } } }));
}
