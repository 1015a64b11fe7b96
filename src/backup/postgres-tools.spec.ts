import { libpqEnvironment } from './postgres-tools.js';

describe('libpqEnvironment', () => {
  it('passes DATABASE_URL to pg_dump and pg_restore as PG* variables, the password never on a command line', () => {
    expect(libpqEnvironment('postgres://erk%40app:s%3Acret@db.internal:6543/erkenning?sslmode=verify-full&application_name=x')).toEqual({
      PGHOST: 'db.internal',
      PGPORT: '6543',
      PGDATABASE: 'erkenning',
      PGUSER: 'erk@app',
      PGPASSWORD: 's:cret',
      PGSSLMODE: 'verify-full',
      PGAPPNAME: 'x',
    });
  });

  it('takes the default port and leaves out what the URL does not name', () => {
    expect(libpqEnvironment('postgres://postgres@127.0.0.1/erk_backup')).toEqual({ PGHOST: '127.0.0.1', PGPORT: '5432', PGDATABASE: 'erk_backup', PGUSER: 'postgres' });
  });
});
