import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { ApplicationAccess } from '../applications/application-access.service.js';
import { trackContextOf } from '../track/track.snapshot.js';
import { Application } from '../applications/application.entity.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Committee } from '../committee/committee.entity.js';
import { caseSettingsVersion } from '../committee-settings/case-settings-version.js';
import { committeeLevelLabel } from '../committee-settings/procedure-settings.js';
import { PanelJudgmentsRepository } from '../committee/panel-judgments.repository.js';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage.js';
import { User } from '../users/user.entity.js';
import { DecisionLetter } from './decision-letter.entity.js';
import { ownerFeedback } from './decision-feedback.js';
import { renderDecisionLetter, type DecisionLetterModel } from './decision-letter.js';
import { Decision } from './decision.entity.js';
import { decisionLetterNotFound } from './decisions.errors.js';
import { conditionsDeadlineOnSending } from '../track/track.machine.js';
import { feasibilityView } from '../review/feasibility.js';
import { rulesFor } from '../notifications/who-hears-what.js';

import type { Objection } from './objection.entity.js';

export interface LetterObjection {
  objection: Objection;
  /** The decision objected to. */
  original: Decision;
}

/**
 * Decision letters: rendered and stored in the transaction of the decision, so a decision never
 * exists without its letter. Storage writes cannot roll back; the caller deletes the keys listed
 * in `written` when the transaction fails.
 */
@Injectable()
export class DecisionLettersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
    private readonly panel: PanelJudgmentsRepository,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /** Renders and stores the letter; `signedBy` is the chair who signs it (the one who decided, or resolved the objection). */
  async create(
    manager: EntityManager,
    decision: Decision,
    signedBy: string,
    letterDate: Date,
    objection: LetterObjection | null,
    written: string[],
  ): Promise<DecisionLetter> {
    const model = { ...(await this.model(manager, decision, signedBy, letterDate, objection)), draft: false };
    const pdf = await renderDecisionLetter(model);
    const stored = await this.storage.put(pdf);
    written.push(stored.key);
    const repository = manager.getRepository(DecisionLetter);
    const { identifiers } = await repository.insert({
      applicationId: decision.applicationId,
      decisionId: decision.id,
      objectionId: objection?.objection.id ?? null,
      storageKey: stored.key,
      sha256: stored.sha256,
      sizeBytes: stored.size,
    });
    return repository.findOneByOrFail({ id: identifiers[0].id as string });
  }

  /** The latest letter of the application, for its owners and the staff involved; everyone else 404. */
  async latest(user: AuthUser, applicationId: string): Promise<{ letter: DecisionLetter; content: Buffer; fileName: string }> {
    const { application } = await this.access.load(user, applicationId);
    const letter = await this.dataSource
      .getRepository(DecisionLetter)
      .findOne({ where: { applicationId }, order: { createdAt: 'DESC' } });
    if (!letter) throw decisionLetterNotFound();
    const content = await this.storage.read(letter.storageKey);
    const kind = letter.objectionId ? 'beslissing-op-bezwaar' : 'besluit';
    return { letter, content, fileName: `${kind}-${application.reference}.pdf` };
  }

  /**
   * The letter of a recorded decision before the secretary sends it, rendered now and never stored:
   * for the chair who decided and the secretaries only. Everyone else, owners above all, gets the
   * same 404 as when there is no draft: an owner never learns of a decision before its letter.
   */
  async draft(user: AuthUser, applicationId: string, now = new Date()): Promise<{ content: Buffer; fileName: string }> {
    const { application, kinds } = await this.access.load(user, applicationId);
    if (!kinds.includes('chair') && !kinds.includes('secretary')) throw decisionLetterNotFound();
    const decision = await this.dataSource.getRepository(Decision).findOne({
      where: { applicationId, kind: 'decision', letterSentAt: IsNull(), supersededBy: IsNull() },
      order: { decidedAt: 'DESC' },
    });
    if (!decision) throw decisionLetterNotFound();
    const asIfSentNow: Decision = {
      ...decision,
      conditionsDeadline:
        decision.verdict === 'conditionally_recognised'
          ? new Date(conditionsDeadlineOnSending(decision.decidedAt.toISOString(), decision.conditionsDeadline?.toISOString() ?? null, now.toISOString()))
          : null,
    };
    const model = await this.model(this.dataSource.manager, asIfSentNow, decision.decidedBy, now, null);
    const content = await renderDecisionLetter({ ...model, draft: true });
    return { content, fileName: `concept-besluit-${application.reference}.pdf` };
  }

  /**
   * Who the letter goes to, for the secretary's confirmation before sending: the owner users by
   * name and address, and which staff are told (from who-hears-what). Same access as the draft.
   */
  async addressees(user: AuthUser, applicationId: string) {
    const { kinds } = await this.access.load(user, applicationId);
    if (!kinds.includes('chair') && !kinds.includes('secretary')) throw decisionLetterNotFound();
    const pending = await this.dataSource
      .getRepository(Decision)
      .existsBy({ applicationId, kind: 'decision', letterSentAt: IsNull(), supersededBy: IsNull() });
    if (!pending) throw decisionLetterNotFound();
    const owners: { name: string; email: string }[] = await this.dataSource.query(
      `SELECT u.name, u.email FROM application_owners o JOIN users u ON u.id = o.user_id WHERE o.application_id = $1 ORDER BY u.name`,
      [applicationId],
    );
    const informed = [...new Set(rulesFor('SEND_DECISION_LETTER').flatMap((rule) => rule.to))].filter((role) => role !== 'owners');
    return { owners, informed };
  }

  private async model(
    manager: EntityManager,
    decision: Decision,
    signedBy: string,
    letterDate: Date,
    objection: LetterObjection | null,
  ): Promise<Omit<DecisionLetterModel, 'draft'>> {
    const application = await manager.getRepository(Application).findOneByOrFail({ id: decision.applicationId });
    const committee = await manager.getRepository(Committee).findOneByOrFail({ id: decision.committeeId });
    const chair = await manager.getRepository(User).findOneByOrFail({ id: signedBy });
    const seats = await this.panel.seats(decision.applicationId, decision.round, manager);
    const settings = await caseSettingsVersion(manager, application);
    return {
      reference: application.reference,
      interventionName: application.name,
      organisation: application.organisation,
      contactName: application.contactName,
      committeeName: committee.name,
      databank: committee.databank,
      chairName: chair.name,
      letterDate,
      decidedAt: decision.decidedAt,
      objectionWindowDays: trackContextOf(application).procedure.objectionWindowDays,
      verdict: decision.verdict,
      level: decision.level,
      levelLabel: decision.level ? committeeLevelLabel(settings, decision.level) : null,
      negativeVerdictPublished: settings?.publishNegativeVerdicts ?? false,
      motivation: decision.motivation,
      conditions: decision.conditions,
      conditionsDeadline: decision.conditionsDeadline,
      questions: decision.questions,
      feasibility: feasibilityView(decision.feasibility, decision.feasibilityExplanation),
      feedback: ownerFeedback(seats),
      objection: objection && {
        lodgedAt: objection.objection.lodgedAt,
        originalDecidedAt: objection.original.decidedAt,
        outcome: objection.objection.outcome!,
        motivation: objection.objection.motivation ?? '',
      },
    };
  }
}
