import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../users/user.entity.js';
import { UsersController } from '../users/users.controller.js';
import { UsersService } from '../users/users.service.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { MeController } from './me.controller.js';
import { PasswordHasher } from './password-hasher.js';
import { Session } from './session.entity.js';
import { SessionGuard } from './session.guard.js';
import { SessionsService } from './sessions.service.js';
import { AuthAuditLog } from './auth-audit-log.js';
import { MySessionsController } from './my-sessions.controller.js';
import { TwoFactorRateLimiter } from './two-factor/two-factor-rate-limiter.js';
import { TwoFactorService } from './two-factor/two-factor.service.js';
import { UserSessionsController } from './user-sessions.controller.js';

/** Identity and access: accounts, sessions, the global session guard. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([User, Session])],
  controllers: [AuthController, MeController, UsersController, MySessionsController, UserSessionsController],
  providers: [
    PasswordHasher,
    SessionsService,
    UsersService,
    AuthService,
    LoginRateLimiter,
    AuthAuditLog,
    TwoFactorRateLimiter,
    TwoFactorService,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [UsersService, SessionsService, PasswordHasher, AuthService, AuthAuditLog, TwoFactorService],
})
export class AuthModule {}
