import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One uploaded file of a document; every upload is kept. `storageKey` never leaves the server. */
@Entity({ name: 'document_versions' })
export class DocumentVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  /** 1, 2, … per document. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  /** The name the client sent (user input): only ever used through contentDisposition(). */
  @Column({ name: 'original_name', type: 'text' })
  originalName: string;

  /** Detected from the content, never taken from the client. */
  @Column({ name: 'mime_type', type: 'text' })
  mimeType: string;

  @Column({ name: 'size_bytes', type: 'bigint', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  sizeBytes: number;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
