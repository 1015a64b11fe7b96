import { Session } from '../auth/session.entity.js';
import { User } from '../users/user.entity.js';

/** Every TypeORM entity. Feature modules append theirs here. */
export const entities = [User, Session];
