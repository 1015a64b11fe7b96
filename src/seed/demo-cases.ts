import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApplicationOwner } from '../applications/application-owner.entity.js';
import { Application } from '../applications/application.entity.js';
import { ApplicationsService } from '../applications/applications.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { WorkingDayCalendar } from '../calendar/working-days.js';
import { Committee } from '../committee/committee.entity.js';
import { MeetingsService } from '../committee/meetings.service.js';
import { DecisionsService } from '../decisions/decisions.service.js';
import { sectionDefinition } from '../description/description-sections.js';
import { DescriptionSteps } from '../description/description-steps.service.js';
import { DescriptionService } from '../description/description.service.js';
import { SectionComments } from '../description/section-comments.service.js';
import type { DocumentKind } from '../documents/document-kind.js';
import { DocumentsService } from '../documents/documents.service.js';
import { PanelsService } from '../panels/panels.service.js';
import { PublicationService } from '../publication/publication.service.js';
import { ReviewsService } from '../review/reviews.service.js';
import type { User } from '../users/user.entity.js';
import { DEMO_CASES, DEMO_MOTIVATIONS, DEMO_PRACTICE_REVIEWERS, type DemoCase, type DemoCaseStage, type DemoReview } from './demo-case-content.js';
import { demoDocx, demoPdf, type DemoDocumentSection } from './demo-documents.js';
import { DEMO_COMMITTEE } from './demo-users.js';

/** The demo accounts the cases need, as the services expect a signed-in user. */
interface Cast {
  owner: AuthUser;
  coach: AuthUser;
  secretary: AuthUser;
  chair: AuthUser;
  reviewers: Map<string, AuthUser>;
}

/** How far along the track each stage goes; a case takes every step up to its own. */
const STAGE_ORDER: readonly DemoCaseStage[] = ['intake', 'description', 'submittedForAssessment', 'underReview', 'onAgenda', 'published'];

const reached = (demo: DemoCase, stage: DemoCaseStage) => STAGE_ORDER.indexOf(demo.stage) >= STAGE_ORDER.indexOf(stage);

/**
 * Demo applications of the demo owner, each taken to a different point on the track through the
 * same services the API uses (so the history, outbox messages, deadlines and snapshots are real):
 * waiting for intake, in the description phase with feedback requested, submitted for assessment,
 * under review, on the agenda of a meeting two weeks ahead, and published in the databank.
 * Runs only while the demo owner has no applications, so running the seed again changes nothing.
 */
@Injectable()
export class DemoCasesSeeder {
  private readonly logger = new Logger('seed');
  private readonly calendar = new WorkingDayCalendar();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly description: DescriptionService,
    private readonly steps: DescriptionSteps,
    private readonly comments: SectionComments,
    private readonly documents: DocumentsService,
    private readonly panels: PanelsService,
    private readonly reviews: ReviewsService,
    private readonly meetings: MeetingsService,
    private readonly decisions: DecisionsService,
    private readonly publication: PublicationService,
  ) {}

  /** Returns the number of cases created (0 when the demo owner already has applications). */
  async seed(byEmail: Map<string, User>): Promise<number> {
    const cast = castOf(byEmail);
    const committee = await this.dataSource.getRepository(Committee).findOneBy({ name: DEMO_COMMITTEE.name });
    if (!cast || !committee) return 0;
    if (await this.dataSource.getRepository(ApplicationOwner).existsBy({ userId: cast.owner.id })) return 0;

    let agendaMeetingId: string | null = null;
    for (const demo of DEMO_CASES) {
      const id = await this.takeThroughDescription(cast, demo);
      if (!reached(demo, 'underReview')) continue;
      await this.composePanel(cast, id, demo.reviews);
      await this.writeReviews(cast, id, demo.reviews);
      if (demo.stage === 'onAgenda') {
        agendaMeetingId ??= await this.planMeeting(cast, committee.id, this.twoWeeksAhead(), 'Utrecht, Movisie, zaal 2.04');
        await this.meetings.placeOnAgenda(cast.secretary, agendaMeetingId, { applicationId: id, version: await this.version(id) });
      }
      if (demo.stage === 'published') await this.decideAndPublish(cast, committee.id, id, demo);
    }
    this.logger.log(`Demo data: ${DEMO_CASES.length} demo case(s) created for ${cast.owner.email}`);
    return DEMO_CASES.length;
  }

  /** Aanmelding, toelating and the werkblad with its feedback round and documents, as far as the case goes. */
  private async takeThroughDescription(cast: Cast, demo: DemoCase): Promise<string> {
    const { owner, coach, secretary } = cast;
    const { id } = await this.applications.create(owner, demo.intake);
    await this.applications.submit(owner, id, await this.version(id));
    if (!reached(demo, 'description')) return id;

    await this.applications.admit(secretary, id, { version: await this.version(id), coachId: coach.id });
    const feedback = demo.feedback;
    for (const [key, content] of Object.entries(demo.werkblad))
      await this.description.saveSection(owner, id, key, { content: feedback?.sectionKey === key ? feedback.firstDraft : content, version: 0 });
    await this.steps.requestFeedback(owner, id, await this.version(id));
    if (demo.documents.handbook) await this.upload(owner, id, 'handbook', demo);
    if (demo.documents.processEvaluation) await this.upload(owner, id, 'process_evaluation', demo);
    if (!reached(demo, 'submittedForAssessment')) return id;

    // The coach's feedback round: a comment on the first version, answered and resolved after the revision.
    if (feedback) {
      const thread = await this.comments.create(coach, id, { sectionKey: feedback.sectionKey, body: feedback.comment, versionNumber: 1 });
      await this.steps.returnFeedback(coach, id, await this.version(id));
      await this.description.saveSection(owner, id, feedback.sectionKey, { content: demo.werkblad[feedback.sectionKey], version: 1 });
      await this.comments.create(owner, id, { parentId: thread.id, body: feedback.reply });
      await this.comments.setStatus(coach, id, thread.id, 'resolved');
    }
    await this.steps.markReady(coach, id, await this.version(id));
    await this.steps.submitForAssessment(owner, id, await this.version(id));
    return id;
  }

  /** The secretary starts the panel and invites; each reviewer accepts, and the last acceptance completes the panel. */
  private async composePanel(cast: Cast, id: string, reviews: DemoReview[]): Promise<void> {
    await this.panels.startComposition(cast.secretary, id, await this.version(id));
    // Those who write a review first (so they get the first letters), then the rest of the practice reviewers.
    const panel = new Set([...reviews.map((review) => review.reviewerEmail), ...cast.reviewers.keys()]);
    for (const email of panel) {
      const reviewer = cast.reviewers.get(email)!;
      const invitation = await this.panels.invite(cast.secretary, id, { reviewerId: reviewer.id });
      await this.panels.accept(reviewer, invitation.id, { conflictOfInterest: false });
    }
  }

  /** Drafts and submitted reviews; the last submission of the round moves the case to the committee. */
  private async writeReviews(cast: Cast, id: string, reviews: DemoReview[]): Promise<void> {
    for (const review of reviews) {
      const dto = {
        criteria: Object.entries(review.judgments).map(([code, judgment]) => ({ code, judgment, motivation: DEMO_MOTIVATIONS[code][judgment] })),
        ...(review.submit ? (review.proposedLevel ? { proposedLevel: review.proposedLevel } : { noLevelReached: true }) : {}),
        ...(review.feedbackForOwner ? { feedbackForOwner: review.feedbackForOwner } : {}),
        ...(review.confidentialRemarks ? { confidentialRemarks: review.confidentialRemarks } : {}),
      };
      const reviewer = cast.reviewers.get(review.reviewerEmail)!;
      if (review.submit) await this.reviews.submit(reviewer, id, dto);
      else await this.reviews.saveDraft(reviewer, id, dto);
    }
  }

  /**
   * The published case is decided at a meeting held today (a meeting cannot be planned in the
   * past), its letter sent and the case published by the secretary.
   */
  private async decideAndPublish(cast: Cast, committeeId: string, id: string, demo: DemoCase): Promise<void> {
    const meetingId = await this.planMeeting(cast, committeeId, new Date(), 'Utrecht, Movisie, zaal 1.12');
    await this.meetings.placeOnAgenda(cast.secretary, meetingId, { applicationId: id, version: await this.version(id) });
    await this.decisions.record(cast.chair, id, {
      version: await this.version(id),
      verdict: 'recognised',
      level: demo.intake.targetLevel,
      motivation: demo.decisionMotivation,
    });
    await this.decisions.sendLetter(cast.secretary, id, { version: await this.version(id) });
    await this.publication.publish(cast.secretary, id, await this.version(id));
  }

  private async planMeeting(cast: Cast, committeeId: string, startsAt: Date, location: string): Promise<string> {
    const meeting = await this.meetings.create(cast.secretary, committeeId, { startsAt: startsAt.toISOString(), location });
    return meeting.id;
  }

  /** 14:00 (Amsterdam) ten working days from now. */
  private twoWeeksAhead(): Date {
    const day = this.calendar.addWorkingDays(new Date(), 10);
    return new Date(this.calendar.endOfWorkingDay(day).getTime() - 3 * 3_600_000);
  }

  /** The handbook as a PDF, the process evaluation as a Word document, written from the case's own texts. */
  private async upload(owner: AuthUser, id: string, kind: Extract<DocumentKind, 'handbook' | 'process_evaluation'>, demo: DemoCase) {
    const name = demo.intake.name;
    const subtitle = `${owner.organisation}, ${new Date().getFullYear()}`;
    const sections = (keys: string[]): DemoDocumentSection[] =>
      keys.filter((key) => demo.werkblad[key]).map((key) => ({ heading: sectionDefinition(key)!.titleNl, text: demo.werkblad[key] }));
    const file =
      kind === 'handbook'
        ? {
            buffer: await demoPdf(`Handboek ${name}`, subtitle, [
              { heading: 'Doel en doelgroep', text: `${demo.intake.goal} ${demo.intake.targetGroup}` },
              ...sections(['approach', 'implementation', 'active_elements', 'tailoring']),
            ]),
            originalname: `Handboek ${name}.pdf`,
          }
        : {
            buffer: demoDocx(`Procesevaluatie ${name}`, subtitle, sections(['research', 'output_and_outcome'])),
            originalname: `Procesevaluatie ${name}.docx`,
          };
    await this.documents.upload(owner, id, { kind }, { ...file, size: file.buffer.length });
  }

  private async version(id: string): Promise<number> {
    return (await this.dataSource.getRepository(Application).findOneByOrFail({ id })).version;
  }
}

function castOf(byEmail: Map<string, User>): Cast | null {
  const as = (email: string): AuthUser | null => {
    const user = byEmail.get(email);
    if (!user || user.disabledAt) return null;
    const { id, name, organisation, roles, language } = user;
    return { id, email, name, organisation, roles, language, sessionId: 'seed' };
  };
  const owner = as('eigenaar@demo.nl');
  const coach = as('begeleider@demo.nl');
  const secretary = as('secretaris@demo.nl');
  const chair = as(DEMO_COMMITTEE.chairEmail);
  const reviewers = new Map<string, AuthUser>();
  for (const email of DEMO_PRACTICE_REVIEWERS) {
    const reviewer = as(email);
    if (reviewer) reviewers.set(email, reviewer);
  }
  if (!owner || !coach || !secretary || !chair || reviewers.size !== DEMO_PRACTICE_REVIEWERS.length) return null;
  return { owner, coach, secretary, chair, reviewers };
}
