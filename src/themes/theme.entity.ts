import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A theme of the databank (eenzaamheid, schulden, ...); admin-editable. */
@Entity({ name: 'themes' })
export class Theme {
  @PrimaryColumn({ type: 'text' })
  slug: string;

  @Column({ name: 'name_nl', type: 'text' })
  nameNl: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ type: 'boolean' })
  active: boolean;
}
