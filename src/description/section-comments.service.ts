import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ApplicationAccess } from '../applications/application-access.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { validationFailed } from '../common/http/validation.js';
import { eventNotAllowed } from '../track/track.errors.js';
import type { ActorKind } from '../track/track.permissions.js';
import { anchorView, quoteIsAt, type StoredAnchor } from './comment-anchor.js';
import { anchorSectionChanged, commentNotFound, commentsNotAllowed } from './description.errors.js';
import { liveSection, liveSections, textsOf } from './description-texts.js';
import { DescriptionVersion, type FrozenSections } from './description-version.entity.js';
import type { CommentAnchorDto, CreateCommentDto, ListCommentsQuery } from './dto/comment.dto.js';
import { SectionComment, type CommentAuthorKind, type CommentStatus } from './section-comment.entity.js';

/** Who writes, in order of preference when someone holds several capacities. */
const WRITERS: readonly CommentAuthorKind[] = ['coach', 'owner', 'secretary'];
/** Who closes and reopens threads: the people working on the text. */
const RESOLVERS: readonly ActorKind[] = ['coach', 'owner'];

interface CommentRow {
  id: string;
  sectionKey: string;
  versionNumber: number | null;
  parentId: string | null;
  body: string;
  status: CommentStatus | null;
  authorId: string;
  authorName: string;
  authorKind: CommentAuthorKind;
  resolvedById: string | null;
  resolvedByName: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
  anchorQuote: string | null;
  anchorOffset: number | null;
  anchorSectionVersion: number | null;
}

const SELECT_COMMENTS = `
  SELECT c.id, c.section_key AS "sectionKey", c.version_number AS "versionNumber", c.parent_id AS "parentId",
         c.body, c.status, c.author_id AS "authorId", a.name AS "authorName", c.author_kind AS "authorKind",
         c.resolved_by AS "resolvedById", r.name AS "resolvedByName", c.resolved_at AS "resolvedAt", c.created_at AS "createdAt",
         c.anchor_quote AS "anchorQuote", c.anchor_offset AS "anchorOffset", c.anchor_section_version AS "anchorSectionVersion"
    FROM section_comments c
    JOIN users a ON a.id = c.author_id
    LEFT JOIN users r ON r.id = c.resolved_by`;

function commentView(row: CommentRow) {
  return {
    id: row.id,
    sectionKey: row.sectionKey,
    versionNumber: row.versionNumber,
    parentId: row.parentId,
    body: row.body,
    author: { id: row.authorId, name: row.authorName },
    authorKind: row.authorKind,
    createdAt: row.createdAt,
  };
}

function storedAnchor(row: CommentRow): StoredAnchor | null {
  if (row.anchorQuote === null || row.anchorOffset === null || row.anchorSectionVersion === null) return null;
  return { quote: row.anchorQuote, offset: row.anchorOffset, sectionVersion: row.anchorSectionVersion };
}

/**
 * `sectionText` is the text the thread is about as it is now (the live section, or its frozen
 * version): an anchored thread says where its passage stands in it, or that it is gone.
 */
function threadView(root: CommentRow, replies: CommentRow[], sectionText: string) {
  const anchor = storedAnchor(root);
  return {
    ...commentView(root),
    anchor: anchor ? anchorView(anchor, sectionText) : null,
    status: root.status,
    resolvedBy: root.resolvedById ? { id: root.resolvedById, name: root.resolvedByName } : null,
    resolvedAt: root.resolvedAt,
    replies: replies.map(commentView),
  };
}

interface SectionText {
  content: string;
  /** The live section's revision; 0 for a frozen version, which never changes. */
  version: number;
  frozen: boolean;
}

/**
 * A new anchor must quote the text the section has now, at the offset given: a client that
 * selected in an older revision hears so (409), any other mismatch is bad input (400).
 */
function checkedAnchor(anchor: CommentAnchorDto, section: SectionText): StoredAnchor {
  if (!section.frozen && anchor.sectionVersion !== undefined && anchor.sectionVersion !== section.version)
    throw anchorSectionChanged(anchor.sectionVersion, section.version);
  if (!quoteIsAt(section.content, anchor.quote, anchor.offset))
    throw validationFailed([
      {
        field: 'anchor',
        rule: 'quoteAtOffset',
        reason: `de passage staat niet op positie ${anchor.offset} van de tekst / the quote does not occur at offset ${anchor.offset} of the text`,
      },
    ]);
  return { quote: anchor.quote, offset: anchor.offset, sectionVersion: section.version };
}

/**
 * Threaded comments per werkblad section: the coach's feedback and the owners' answers, with the
 * secretary reading along. Private to those people; committee members and reviewers do not see them.
 */
@Injectable()
export class SectionComments {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
  ) {}

  /** Threads (first comment with its replies), oldest first; `status` filters threads. */
  async list(user: AuthUser, applicationId: string, query: ListCommentsQuery) {
    const { kinds } = await this.access.load(user, applicationId);
    if (!kinds.some((kind) => (WRITERS as readonly ActorKind[]).includes(kind))) throw commentsNotAllowed('READ_COMMENTS');
    const params: unknown[] = [applicationId];
    let where = 'WHERE c.application_id = $1';
    if (query.section) {
      params.push(query.section);
      where += ` AND c.section_key = $${params.length}`;
    }
    const rows: CommentRow[] = await this.dataSource.query(`${SELECT_COMMENTS} ${where} ORDER BY c.created_at, c.id`, params);
    const replies = new Map<string, CommentRow[]>();
    for (const row of rows)
      if (row.parentId) replies.set(row.parentId, [...(replies.get(row.parentId) ?? []), row]);
    const roots = rows.filter((row) => row.parentId === null && (!query.status || row.status === query.status));
    const texts = await this.textsFor(applicationId, roots);
    return roots.map((root) => threadView(root, replies.get(root.id) ?? [], texts.get(root.versionNumber)?.[root.sectionKey] ?? ''));
  }

  /** A new thread, or a reply; a reply to a reply joins the thread of the first comment. */
  async create(user: AuthUser, applicationId: string, dto: CreateCommentDto) {
    return this.dataSource.transaction(async (manager) => {
      const { application, kinds } = await this.access.load(user, applicationId, manager);
      const authorKind = WRITERS.find((kind) => kinds.includes(kind));
      if (!authorKind) throw commentsNotAllowed('COMMENT');
      if (application.state !== 'description') throw eventNotAllowed('COMMENT', application.state);

      let sectionKey: string;
      let versionNumber: number | null;
      let parentId: string | null = null;
      if (dto.parentId && dto.anchor)
        throw validationFailed([{ field: 'anchor', rule: 'firstCommentOnly', reason: 'een antwoord hoort bij de passage van de opmerking / a reply belongs to the passage of its thread' }]);
      if (dto.parentId) {
        const root = await this.threadOf(manager, applicationId, dto.parentId);
        if (!root) throw validationFailed([{ field: 'parentId', reason: 'geen opmerking bij deze beschrijving / not a comment on this description' }]);
        if (dto.sectionKey !== undefined && dto.sectionKey !== root.sectionKey)
          throw validationFailed([{ field: 'sectionKey', reason: `een antwoord hoort bij de sectie van de opmerking (${root.sectionKey}) / a reply belongs to the section of its thread` }]);
        if (dto.versionNumber !== undefined && dto.versionNumber !== root.versionNumber)
          throw validationFailed([{ field: 'versionNumber', reason: 'een antwoord hoort bij de versie van de opmerking / a reply belongs to the version of its thread' }]);
        ({ sectionKey, versionNumber } = root);
        parentId = root.id;
      } else {
        if (!dto.sectionKey) throw validationFailed([{ field: 'sectionKey', reason: 'sectionKey is verplicht / sectionKey is required' }]);
        sectionKey = dto.sectionKey;
        versionNumber = dto.versionNumber ?? null;
        if (versionNumber !== null && !(await manager.getRepository(DescriptionVersion).existsBy({ applicationId, number: versionNumber })))
          throw validationFailed([{ field: 'versionNumber', reason: `versie ${versionNumber} bestaat niet / version ${versionNumber} does not exist` }]);
      }

      // A reply has no passage of its own (refused above), so only a new thread needs the text.
      const sectionText = parentId ? null : await this.sectionText(manager, applicationId, sectionKey, versionNumber);
      const anchor = dto.anchor && sectionText ? checkedAnchor(dto.anchor, sectionText) : null;

      const { identifiers } = await manager.getRepository(SectionComment).insert({
        applicationId,
        sectionKey,
        versionNumber,
        parentId,
        authorId: user.id,
        authorKind,
        body: dto.body,
        status: parentId ? null : 'open',
        anchorQuote: anchor?.quote ?? null,
        anchorOffset: anchor?.offset ?? null,
        anchorSectionVersion: anchor?.sectionVersion ?? null,
      });
      const [row]: CommentRow[] = await manager.query(`${SELECT_COMMENTS} WHERE c.id = $1`, [identifiers[0].id]);
      return sectionText ? threadView(row, [], sectionText.content) : commentView(row);
    });
  }

  /** Closes or reopens a thread; only its first comment carries the status. */
  async setStatus(user: AuthUser, applicationId: string, commentId: string, status: CommentStatus) {
    return this.dataSource.transaction(async (manager) => {
      const { application, kinds } = await this.access.load(user, applicationId, manager);
      const action = status === 'resolved' ? 'RESOLVE_COMMENT' : 'REOPEN_COMMENT';
      if (!kinds.some((kind) => RESOLVERS.includes(kind))) throw commentsNotAllowed(action);
      const comment = await manager
        .getRepository(SectionComment)
        .findOne({ where: { id: commentId, applicationId }, lock: { mode: 'pessimistic_write' } });
      if (!comment) throw commentNotFound();
      if (application.state !== 'description') throw eventNotAllowed(action, application.state);
      if (comment.parentId)
        throw validationFailed([{ field: 'commentId', reason: 'alleen de eerste opmerking van een draad heeft een status / only the first comment of a thread has a status' }]);
      if (comment.status !== status)
        await manager
          .getRepository(SectionComment)
          .update(
            { id: commentId },
            status === 'resolved' ? { status, resolvedBy: user.id, resolvedAt: new Date() } : { status, resolvedBy: null, resolvedAt: null },
          );
      const rows: CommentRow[] = await manager.query(`${SELECT_COMMENTS} WHERE c.id = $1 OR c.parent_id = $1 ORDER BY c.created_at, c.id`, [commentId]);
      const { content } = await this.sectionText(manager, applicationId, comment.sectionKey, comment.versionNumber);
      return threadView(rows.find((row) => row.id === commentId)!, rows.filter((row) => row.parentId === commentId), content);
    });
  }

  /** The text of one section a comment is about: live (with its revision) or of a frozen version (revision 0). */
  private async sectionText(manager: EntityManager, applicationId: string, sectionKey: string, versionNumber: number | null): Promise<SectionText> {
    if (versionNumber === null) {
      const { content, version } = await liveSection(manager, applicationId, sectionKey);
      return { content, version, frozen: false };
    }
    const frozen = await manager.getRepository(DescriptionVersion).findOneBy({ applicationId, number: versionNumber });
    return { content: frozen?.sections[sectionKey] ?? '', version: 0, frozen: true };
  }

  /** Section texts by version number (null: the live text), for the threads whose anchors are shown. */
  private async textsFor(applicationId: string, roots: readonly CommentRow[]): Promise<Map<number | null, FrozenSections>> {
    const texts = new Map<number | null, FrozenSections>();
    const anchored = roots.filter((root) => root.anchorQuote !== null);
    if (anchored.some((root) => root.versionNumber === null)) texts.set(null, textsOf(await liveSections(this.dataSource.manager, applicationId)));
    const numbers = [...new Set(anchored.map((root) => root.versionNumber).filter((number) => number !== null))];
    if (numbers.length) {
      const versions = await this.dataSource.getRepository(DescriptionVersion).find({ where: { applicationId, number: In(numbers) } });
      for (const version of versions) texts.set(version.number, version.sections);
    }
    return texts;
  }

  /** The first comment of the thread `commentId` belongs to, if it is a comment on this application. */
  private async threadOf(manager: EntityManager, applicationId: string, commentId: string): Promise<SectionComment | null> {
    const repository = manager.getRepository(SectionComment);
    const comment = await repository.findOneBy({ id: commentId, applicationId });
    if (!comment || comment.parentId === null) return comment;
    return repository.findOneBy({ id: comment.parentId, applicationId });
  }
}
