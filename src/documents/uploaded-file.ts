/** The part of multer's memory-storage file this module reads (multer's own types are not in the compile). */
export interface UploadedDocumentFile {
  buffer: Buffer;
  size: number;
  /** Client-supplied: treat as untrusted. */
  originalname: string;
}
