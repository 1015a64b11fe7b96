import { jest } from '@jest/globals';
import { ConfigurationError, loadConfig } from '../../src/config/app-config.js';
import { loadConfigOrExit } from '../../src/config/load-config-or-exit.js';

describe('configuration', () => {
  it('uses defaults that fit local PostgreSQL and Redis', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/erkenning');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.REDIS_PREFIX).toBe('erk');
    expect(config.PORT).toBe(3000);
    expect(config.DEMO_SEED).toBe(true);
    expect(config.COOKIE_SECURE).toBe(false);
  });

  it('turns demo data off and secure cookies on in production', () => {
    const config = loadConfig({ NODE_ENV: 'production' });
    expect(config.DEMO_SEED).toBe(false);
    expect(config.COOKIE_SECURE).toBe(true);
  });

  it('converts numbers and booleans from strings', () => {
    const config = loadConfig({ PORT: '8080', MIGRATE_ON_START: 'off', DEMO_SEED: 'yes' });
    expect(config.PORT).toBe(8080);
    expect(config.MIGRATE_ON_START).toBe(false);
    expect(config.DEMO_SEED).toBe(true);
  });

  it('trusts no proxy unless TRUST_PROXY names them, in the forms Express knows', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).TRUST_PROXY).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.5,fd00::/8, uniquelocal' }).TRUST_PROXY).toEqual([
      '10.0.0.0/8',
      '192.168.1.5',
      'fd00::/8',
      'uniquelocal',
    ]);
  });

  it('still reads the old name LOGIN_MAX_ATTEMPTS_PER_IP when LOGIN_MAX_FAILURES_PER_IP is not set', () => {
    expect(loadConfig({}).LOGIN_MAX_FAILURES_PER_IP).toBe(30);
    expect(loadConfig({ LOGIN_MAX_ATTEMPTS_PER_IP: '50' }).LOGIN_MAX_FAILURES_PER_IP).toBe(50);
    expect(loadConfig({ LOGIN_MAX_ATTEMPTS_PER_IP: '50', LOGIN_MAX_FAILURES_PER_IP: '40' }).LOGIN_MAX_FAILURES_PER_IP).toBe(40);
  });

  it.each([
    ['TRUST_PROXY', 'true'],
    ['TRUST_PROXY', 'everyone'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['TRUST_PROXY', '10.0.0.1,'],
    ['TRUST_PROXY', '-1'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['REDIS_URL', 'not a url'],
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['NODE_ENV', 'staging'],
    ['MIGRATE_ON_START', 'maybe'],
    ['UPLOAD_MAX_BYTES', '12'],
    ['REDIS_PREFIX', 'erk:login'],
    ['REDIS_STARTUP_RETRIES', '-1'],
  ])('refuses %s=%s, naming the variable', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigurationError);
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });

  it('stops the process with one line naming the variable', () => {
    const saved = process.env.PORT;
    process.env.PORT = 'not-a-port';
    const exit = jest.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(() => loadConfigOrExit()).toThrow('exit 1');
      expect(write).toHaveBeenCalledTimes(1);
      const line = String(write.mock.calls[0][0]);
      expect(line).toMatch(/^Invalid configuration: PORT .+\n$/);
      expect(line.trim().split('\n')).toHaveLength(1);
    } finally {
      exit.mockRestore();
      write.mockRestore();
      if (saved === undefined) delete process.env.PORT;
      else process.env.PORT = saved;
    }
  });
});
