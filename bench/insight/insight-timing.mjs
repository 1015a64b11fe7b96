// Times the insight queries on the database in DATABASE_URL (after `npm run build`): node bench/insight/insight-timing.mjs
import pg from 'pg';
import { leadTimesQuery } from '../../dist/src/insight/lead-times.sql.js';
import { throughputQuery } from '../../dist/src/insight/throughput.sql.js';
import { punctualityQuery, missedNowQuery } from '../../dist/src/insight/deadline-punctuality.sql.js';
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const filter = { from: '2025-10-01', to: '2026-12-07', committee: null, targetLevel: null };
const year = { from: '2021-01-01', to: '2026-12-31', committee: null, targetLevel: null };
const now = new Date();
const queries = {
  'lead-times (5 quarters)': leadTimesQuery(filter),
  'lead-times (6 years)': leadTimesQuery(year),
  'throughput (5 quarters)': throughputQuery(filter),
  'punctuality (5 quarters)': punctualityQuery(filter, now),
  'missed now': missedNowQuery(filter, now, 201),
};
for (const [name, { sql, parameters }] of Object.entries(queries)) {
  const times = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    await client.query(sql, parameters);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(26)} median ${times[3].toFixed(0)} ms, max ${times[6].toFixed(0)} ms (7 runs)`);
}
await client.end();
