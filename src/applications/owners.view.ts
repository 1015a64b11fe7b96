import { ApiProperty } from '@nestjs/swagger';
import { PersonRef } from '../common/views/person-ref.view.js';

/** A co-owner of an application. */
export class OwnerView extends PersonRef {
  @ApiProperty()
  organisation!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  addedAt!: Date;
}

/** An invitation to co-own, for an address that has no account yet. */
export class OwnerInvitationView {
  @ApiProperty()
  email!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  invitedAt!: Date;
}

export class OwnersView {
  @ApiProperty({ type: [OwnerView] })
  owners!: OwnerView[];

  @ApiProperty({ type: [OwnerInvitationView] })
  invitations!: OwnerInvitationView[];
}
