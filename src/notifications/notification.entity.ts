import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * `sending`: claimed by a worker that is talking to the SMTP server (see mail-delivery.service.ts).
 * `digest`: waits for the recipient's daily digest, `digested`: went out in it (`digestId`);
 * `in_app`: the recipient chose not to be mailed about it (notification-topics.ts).
 */
export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed', 'digest', 'digested', 'in_app'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * One message to one person about one thing that happened: the in-app notification and the log
 * of its e-mail. `(sourceKey, recipientId)` is unique, so a redelivered job can never create a
 * second one; the mail job sends only while the status is not `sent` (nor freshly `sending`).
 */
@Entity({ name: 'notifications' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `<outbox id>:<template>`: what caused it. */
  @Column({ name: 'source_key', type: 'text' })
  sourceKey: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId: string | null;

  /** The track event or domain trigger (see who-hears-what.ts). */
  @Column({ type: 'text' })
  trigger: string;

  @Column({ type: 'text' })
  template: string;

  /** In which capacity the recipient hears of it: owner, coach, secretary, chair, reviewer, addressed. */
  @Column({ type: 'text' })
  audience: string;

  /** Only the values the template declares (never reviewer identities for owners). */
  @Column({ type: 'jsonb' })
  params: Record<string, unknown>;

  @Column({ name: 'mail_status', type: 'text' })
  mailStatus: MailStatus;

  @Column({ name: 'mail_attempts', type: 'integer' })
  mailAttempts: number;

  @Column({ name: 'mail_message_id', type: 'text', nullable: true })
  mailMessageId: string | null;

  @Column({ name: 'mail_error', type: 'text', nullable: true })
  mailError: string | null;

  /** When the current `sending` claim was made, and its token; both null in every other status. */
  @Column({ name: 'mail_claimed_at', type: 'timestamptz', nullable: true })
  mailClaimedAt: Date | null;

  @Column({ name: 'mail_claim_token', type: 'uuid', nullable: true })
  mailClaimToken: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;

  /** False for a user's own step (an owner's receipt by mail) and for digest mails: not in the in-app list. */
  @Column({ name: 'in_app', type: 'boolean' })
  inApp: boolean;

  /** The daily digest notification that took this one along. */
  @Column({ name: 'digest_id', type: 'uuid', nullable: true })
  digestId: string | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
