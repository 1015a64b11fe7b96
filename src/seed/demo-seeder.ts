import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.js';

/** Creates the demo accounts that are missing; running it again changes nothing. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('seed');

  constructor(
    private readonly usersService: UsersService,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async seed(): Promise<number> {
    let created = 0;
    for (const demo of DEMO_USERS) {
      if (await this.users.existsBy({ email: demo.email })) continue;
      await this.usersService.create({ ...demo, password: DEMO_PASSWORD });
      created++;
    }
    this.logger.log(`Demo data: ${created} account(s) created, ${DEMO_USERS.length - created} already present`);
    return created;
  }

  async seedIfEmpty(): Promise<void> {
    if ((await this.users.count()) === 0) await this.seed();
  }
}
