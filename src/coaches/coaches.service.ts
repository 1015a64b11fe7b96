import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { FINISHED_STATES } from '../track/finished-states.js';
import type { CoachView } from './coach.view.js';

@Injectable()
export class CoachesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Active coaches, fewest open cases first, for the secretary's choice at admission. */
  async list(): Promise<CoachView[]> {
    const rows: (Omit<CoachView, 'caseload'> & { caseload: string })[] = await this.dataSource.query(
      `SELECT u.id, u.name, u.email, u.organisation,
              (SELECT count(*) FROM applications a WHERE a.coach_id = u.id AND a.state <> ALL ($1::text[])) AS caseload
         FROM users u
        WHERE 'coach' = ANY (u.roles) AND u.disabled_at IS NULL
        ORDER BY caseload, u.name`,
      [FINISHED_STATES],
    );
    return rows.map((row) => ({ ...row, caseload: Number(row.caseload) }));
  }
}
