import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { AppConfig } from '../config/app-config.js';

/** argon2id with the library's defaults: m=64 MiB, t=3, p=4. */
const STANDARD_COST = { type: argon2.argon2id } as const;
/**
 * Under NODE_ENV=test only: the test suite hashes and verifies passwords hundreds of times, which
 * at the standard cost took about a third of its CPU time (docs/decisions/0008). A hash records
 * its own parameters, so either kind verifies with either setting.
 */
const TEST_COST = { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  private readonly cost: typeof STANDARD_COST | typeof TEST_COST;
  /** A hash of a random password, checked against when the user is unknown, so timing gives nothing away. */
  private readonly decoy: Promise<string>;

  constructor(config: AppConfig) {
    this.cost = config.NODE_ENV === 'test' ? TEST_COST : STANDARD_COST;
    this.decoy = argon2.hash(`decoy-${Math.random()}`, this.cost);
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, this.cost);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      await argon2.verify(await this.decoy, password);
      return false;
    }
    return argon2.verify(hash, password);
  }
}
