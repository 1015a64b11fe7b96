import { loadConfig } from '../config/app-config.js';
import { PasswordHasher } from './password-hasher.js';

const hasherFor = (NODE_ENV: string) => new PasswordHasher(loadConfig({ NODE_ENV }));

describe('password hashing', () => {
  it.each(['production', 'development'])('uses argon2id at the standard cost under NODE_ENV=%s', async (environment) => {
    expect(await hasherFor(environment).hash('een lange zin als wachtwoord')).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
  });

  it('uses the cheapest cost under NODE_ENV=test, and each setting verifies the other kind of hash', async () => {
    const test = hasherFor('test');
    const production = hasherFor('production');
    const cheap = await test.hash('een lange zin als wachtwoord');
    expect(cheap).toMatch(/^\$argon2id\$v=19\$m=1024,p=1,t=1\$/);
    expect(await production.verify(cheap, 'een lange zin als wachtwoord')).toBe(true);
    expect(await test.verify(await production.hash('een lange zin als wachtwoord'), 'een lange zin als wachtwoord')).toBe(true);
    expect(await test.verify(cheap, 'een ander wachtwoord')).toBe(false);
  });
});
