import { ApplicationOwner } from '../applications/application-owner.entity.js';
import { Application } from '../applications/application.entity.js';
import { OwnerInvitation } from '../applications/owner-invitation.entity.js';
import { Session } from '../auth/session.entity.js';
import { ApplicationDocument } from '../documents/document.entity.js';
import { DocumentVersion } from '../documents/document-version.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { Theme } from '../themes/theme.entity.js';
import { AuditEvent } from '../track/audit-event.entity.js';
import { OutboxMessage } from '../track/outbox-message.entity.js';
import { User } from '../users/user.entity.js';

/** Every TypeORM entity. Feature modules append theirs here. */
export const entities = [User, Session, Theme, Application, ApplicationOwner, OwnerInvitation, AuditEvent, OutboxMessage, ApplicationDocument, DocumentVersion, Notification];
