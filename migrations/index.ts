import { Identity1764000000000 } from './1764000000000-identity.js';
import { RecognitionTrack1764000100000 } from './1764000100000-recognition-track.js';
import { Description1764000200000 } from './1764000200000-description.js';
import { Documents1764000300000 } from './1764000300000-documents.js';
import { Notifications1764000400000 } from './1764000400000-notifications.js';
import { Assessment1764000500000 } from './1764000500000-assessment.js';
import { Committee1764000600000 } from './1764000600000-committee.js';
import { Publication1764000700000 } from './1764000700000-publication.js';
import { Deadlines1764000800000 } from './1764000800000-deadlines.js';
import { MailClaims1764000900000 } from './1764000900000-mail-claims.js';
import { OutboxNotify1764001000000 } from './1764001000000-outbox-notify.js';
import { DeclineSuggestion1764001100000 } from './1764001100000-decline-suggestion.js';
import { AgendaMinutes1764001200000 } from './1764001200000-agenda-minutes.js';
import { StaffListIndexes1764002000000 } from './1764002000000-staff-list-indexes.js';
import { DeadlineReminderLookup1764002100000 } from './1764002100000-deadline-reminder-lookup.js';
import { DecisionLetterSending1764002200000 } from './1764002200000-decision-letter-sending.js';
import { SiteStatements1764002500000 } from './1764002500000-site-statements.js';
import { DatabankCompoundSearch1764002600000 } from './1764002600000-databank-compound-search.js';
import { NotificationPreferences1764002700000 } from './1764002700000-notification-preferences.js';
import { MailTemplateOverrides1764002710000 } from './1764002710000-mail-template-overrides.js';
import { CommentAnchors1764002800000 } from './1764002800000-comment-anchors.js';
import { StuckThresholds1764002900000 } from './1764002900000-stuck-thresholds.js';
import { WorkingDayCalendar1764003000000 } from './1764003000000-working-day-calendar.js';
import { AuditStateChangesIndex1764003010000 } from './1764003010000-audit-state-changes-index.js';
import { CommitteeSettings1764003500000 } from './1764003500000-committee-settings.js';

/** Every migration, in order. Listed explicitly so the built app and the tests run the same set. */
export const migrations = [Identity1764000000000, RecognitionTrack1764000100000, Description1764000200000, Documents1764000300000, Notifications1764000400000, Assessment1764000500000, Committee1764000600000, Publication1764000700000, Deadlines1764000800000, MailClaims1764000900000, OutboxNotify1764001000000, DeclineSuggestion1764001100000, AgendaMinutes1764001200000, StaffListIndexes1764002000000, DeadlineReminderLookup1764002100000, DecisionLetterSending1764002200000, SiteStatements1764002500000, DatabankCompoundSearch1764002600000, NotificationPreferences1764002700000, MailTemplateOverrides1764002710000, CommentAnchors1764002800000, StuckThresholds1764002900000, WorkingDayCalendar1764003000000, AuditStateChangesIndex1764003010000, CommitteeSettings1764003500000];
