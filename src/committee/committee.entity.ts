import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A (sub-)committee of the Erkenningscommissie Interventies (deelcommissie), serving one databank. */
@Entity({ name: 'committees' })
export class Committee {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The deelcommissie, e.g. "Maatschappelijke ondersteuning, participatie en veiligheid". */
  @Column({ type: 'text' })
  name: string;

  /** The databank it decides for, e.g. "Databank Effectieve sociale interventies". */
  @Column({ type: 'text' })
  databank: string;

  /** Its public path, /databanken/<databankSlug>/interventies; made once from the databank's name, never changed. */
  @Column({ name: 'databank_slug', type: 'text', nullable: true, update: false })
  databankSlug: string | null;

  @Column({ name: 'chair_id', type: 'uuid' })
  chairId: string;

  @Column({ type: 'boolean' })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
