import { ApplicationOwner } from '../applications/application-owner.entity.js';
import { Application } from '../applications/application.entity.js';
import { OwnerInvitation } from '../applications/owner-invitation.entity.js';
import { Session } from '../auth/session.entity.js';
import { AgendaItem } from '../committee/agenda-item.entity.js';
import { CommitteeMeeting } from '../committee/committee-meeting.entity.js';
import { CommitteeMember } from '../committee/committee-member.entity.js';
import { Committee } from '../committee/committee.entity.js';
import { DecisionLetter } from '../decisions/decision-letter.entity.js';
import { Decision } from '../decisions/decision.entity.js';
import { Objection } from '../decisions/objection.entity.js';
import { DescriptionSection } from '../description/description-section.entity.js';
import { DescriptionVersion } from '../description/description-version.entity.js';
import { SectionComment } from '../description/section-comment.entity.js';
import { ApplicationDocument } from '../documents/document.entity.js';
import { DocumentVersion } from '../documents/document-version.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { PanelAlternate } from '../panels/panel-alternate.entity.js';
import { PanelInvitation } from '../panels/panel-invitation.entity.js';
import { PanelMember } from '../panels/panel-member.entity.js';
import { Review } from '../review/review.entity.js';
import { ReviewerProfile } from '../reviewers/reviewer-profile.entity.js';
import { Theme } from '../themes/theme.entity.js';
import { AuditEvent } from '../track/audit-event.entity.js';
import { OutboxMessage } from '../track/outbox-message.entity.js';
import { User } from '../users/user.entity.js';

/** Every TypeORM entity. Feature modules append theirs here. */
export const entities = [User, Session, Theme, Application, ApplicationOwner, OwnerInvitation, AuditEvent, OutboxMessage, ApplicationDocument, DocumentVersion, Notification, ReviewerProfile, PanelInvitation, PanelMember, PanelAlternate, Review, Committee, CommitteeMember, CommitteeMeeting, AgendaItem, Decision, Objection, DecisionLetter, DescriptionSection, DescriptionVersion, SectionComment];
