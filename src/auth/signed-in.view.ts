import { ApiProperty } from '@nestjs/swagger';
import { UserView } from '../users/dto/user.view.js';

/** The answer to registering or signing in with a cookie: who is signed in, and until when. */
export class SignedInView {
  @ApiProperty({ type: UserView })
  user!: UserView;

  @ApiProperty({ type: String, format: 'date-time' })
  expiresAt!: Date;
}

/** The answer to an API client's sign-in: the session as a bearer token. */
export class BearerTokenView extends SignedInView {
  @ApiProperty()
  token!: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';
}
