import { call, client } from './client';
import type { paths } from './schema';
import type { ApplicationSummary } from './types';

/** GET /staff/applications (src/staff-list/): the query as the OpenAPI document describes it. */
export type StaffListQuery = NonNullable<paths['/staff/applications']['get']['parameters']['query']>;

/** src/staff-list/staff-list.service.ts list */
export interface StaffListPage {
  items: ApplicationSummary[];
  total: number;
  /** How many of `total` are stuck by the per-phase rule. */
  stuckTotal: number;
  page: number;
  pageSize: number;
  pageCount: number;
  sort: string;
}

export const staffListApi = {
  list: (query: StaffListQuery) => call<StaffListPage>(client.GET('/staff/applications', { params: { query } })),
};
