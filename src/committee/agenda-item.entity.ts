import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An application on a meeting's agenda, for one review round. Written only together with PLACE_ON_AGENDA. */
@Entity({ name: 'agenda_items' })
export class AgendaItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ type: 'integer' })
  round: number;

  /** Order on the agenda, 1 first. */
  @Column({ type: 'integer' })
  position: number;

  /** Internal minutes of the item, written from the meeting's start on; null until then. */
  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  @Column({ name: 'minutes_by', type: 'uuid', nullable: true })
  minutesBy: string | null;

  @Column({ name: 'minutes_at', type: 'timestamptz', nullable: true })
  minutesAt: Date | null;

  @Column({ name: 'added_by', type: 'uuid' })
  addedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
