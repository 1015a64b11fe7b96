import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/decorators.js';
import { ApiFileResponse } from '../common/http/file-responses.js';
import { AnnualOverviewQuery } from './dto/annual-overview.query.js';
import { InsightFilterQuery } from './dto/insight-filter.query.js';
import { renderAnnualOverview } from './annual-overview-pdf.js';
import { backlogCsv, coachesCsv, committeeMeetingsCsv, leadTimesCsv, missedDeadlinesCsv, punctualityCsv, reviewersCsv, throughputCsv } from './insight-csv.js';
import { BacklogView, CoachesView, CommitteeMeetingsView, DeadlinesView, LeadTimesView, ReviewersView, ThroughputView } from './insight.views.js';
import { InsightService } from './insight.service.js';

/**
 * Management information (Inzicht) for the secretariat, the chairs and the committee members
 * (read-only, as everything here is) and admins; owners, coaches and reviewers get 403. Every
 * table also as CSV with Dutch column headers.
 */
@ApiTags('insight')
@Roles('secretary', 'chair', 'committee_member', 'admin')
@Controller('insight')
export class InsightController {
  constructor(private readonly insight: InsightService) {}

  @ApiOperation({ summary: 'Lead times per phase and from submission to decision, in working days: median, p75, p90, per quarter' })
  @Get('lead-times')
  @ApiOkResponse({ type: LeadTimesView })
  async leadTimes(@Query() query: InsightFilterQuery): Promise<LeadTimesView> {
    return this.insight.leadTimes(await this.insight.resolveFilter(query));
  }

  @ApiFileResponse('text/csv', 'The table as CSV with Dutch column headers.')
  @Get('lead-times.csv')
  async leadTimesCsv(@Query() query: InsightFilterQuery, @Res({ passthrough: true }) response: Response): Promise<string> {
    const view = await this.insight.leadTimes(await this.insight.resolveFilter(query));
    return download(response, 'doorlooptijden.csv', leadTimesCsv(view));
  }

  @ApiOperation({ summary: 'Per quarter: applications in, admitted, not admitted, withdrawn, decisions by verdict, published, expired' })
  @Get('throughput')
  @ApiOkResponse({ type: ThroughputView })
  async throughput(@Query() query: InsightFilterQuery): Promise<ThroughputView> {
    return this.insight.throughput(await this.insight.resolveFilter(query));
  }

  @ApiFileResponse('text/csv', 'The table as CSV with Dutch column headers.')
  @Get('throughput.csv')
  async throughputCsv(@Query() query: InsightFilterQuery, @Res({ passthrough: true }) response: Response): Promise<string> {
    const view = await this.insight.throughput(await this.insight.resolveFilter(query));
    return download(response, 'instroom-en-uitstroom.csv', throughputCsv(view));
  }

  @ApiOperation({ summary: 'Deadlines due in the period met on time per kind, and the deadlines missed now' })
  @Get('deadlines')
  @ApiOkResponse({ type: DeadlinesView })
  async deadlines(@Query() query: InsightFilterQuery): Promise<DeadlinesView> {
    return this.insight.deadlines(await this.insight.resolveFilter(query));
  }

  @ApiFileResponse('text/csv', 'The table as CSV with Dutch column headers.')
  @Get('deadlines.csv')
  async deadlinesCsv(@Query() query: InsightFilterQuery, @Res({ passthrough: true }) response: Response): Promise<string> {
    const view = await this.insight.deadlines(await this.insight.resolveFilter(query));
    return download(response, 'termijnen-op-tijd.csv', punctualityCsv(view));
  }

  @ApiFileResponse('text/csv', 'The table as CSV with Dutch column headers.')
  @Get('missed-deadlines.csv')
  async missedDeadlinesCsv(@Query() query: InsightFilterQuery, @Res({ passthrough: true }) response: Response): Promise<string> {
    const view = await this.insight.deadlines(await this.insight.resolveFilter(query));
    return download(response, 'gemiste-termijnen.csv', missedDeadlinesCsv(view));
  }
  @ApiOperation({ summary: 'The jaaroverzicht: the main figures of one calendar year as an A4 PDF (Dutch)' })
  @ApiFileResponse('application/pdf', 'The annual overview (jaaroverzicht) of the year as a PDF.')
  @Get('jaaroverzicht.pdf')
  async annualOverview(@Query() query: AnnualOverviewQuery, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const pdf = await renderAnnualOverview(await this.insight.annualOverview(query));
    response.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="jaaroverzicht-${query.year}.pdf"`, length: pdf.length });
  }

  @ApiOperation({ summary: 'The cases in each phase at the end of every month of the period, from the summary tables' })
  @Get('backlog')
  @ApiOkResponse({ type: BacklogView })
  async backlog(@Query() query: InsightFilterQuery): Promise<BacklogView> {
    return this.insight.backlog(await this.insight.resolveFilter(query));
  }

  @ApiFileResponse('text/csv', 'The table as CSV with Dutch column headers.')
  @Get('backlog.csv')
  async backlogCsv(@Query() query: InsightFilterQuery, @Res({ passthrough: true }) response: Response): Promise<string> {
    const view = await this.insight.backlog(await this.insight.resolveFilter(query));
    return download(response, 'werkvoorraad.csv', backlogCsv(view));
  }

  @ApiOperation({ summary: 'Per reviewer: invitations by outcome, median response time, reviews on time, reviews to write now' })
  @Get('reviewers')
  @ApiOkResponse({ type: ReviewersView })
  async reviewers(@Query() query: InsightFilterQuery): Promise<ReviewersView> {
    return this.insight.reviewers(await this.insight.resolveFilter(query));
  }

  @ApiFileResponse('text/csv', 'The table as CSV with Dutch column headers.')
  @Get('reviewers.csv')
  async reviewersCsv(@Query() query: InsightFilterQuery, @Res({ passthrough: true }) response: Response): Promise<string> {
    const view = await this.insight.reviewers(await this.insight.resolveFilter(query));
    return download(response, 'beoordelaars.csv', reviewersCsv(view));
  }

  @ApiOperation({ summary: 'Per coach: caseload now, feedback given in the period, its median turnaround and punctuality' })
  @Get('coaches')
  @ApiOkResponse({ type: CoachesView })
  async coaches(@Query() query: InsightFilterQuery): Promise<CoachesView> {
    return this.insight.coaches(await this.insight.resolveFilter(query));
  }

  @ApiFileResponse('text/csv', 'The table as CSV with Dutch column headers.')
  @Get('coaches.csv')
  async coachesCsv(@Query() query: InsightFilterQuery, @Res({ passthrough: true }) response: Response): Promise<string> {
    const view = await this.insight.coaches(await this.insight.resolveFilter(query));
    return download(response, 'begeleiders.csv', coachesCsv(view));
  }

  @ApiOperation({ summary: 'Per committee meeting in the period: cases on the agenda and decisions taken' })
  @Get('committee-meetings')
  @ApiOkResponse({ type: CommitteeMeetingsView })
  async committeeMeetings(@Query() query: InsightFilterQuery): Promise<CommitteeMeetingsView> {
    return this.insight.committeeMeetings(await this.insight.resolveFilter(query));
  }

  @ApiFileResponse('text/csv', 'The table as CSV with Dutch column headers.')
  @Get('committee-meetings.csv')
  async committeeMeetingsCsv(@Query() query: InsightFilterQuery, @Res({ passthrough: true }) response: Response): Promise<string> {
    const view = await this.insight.committeeMeetings(await this.insight.resolveFilter(query));
    return download(response, 'commissievergaderingen.csv', committeeMeetingsCsv(view));
  }
}

/** Sent as a file to save; figures change, so nothing is cached. */
function download(response: Response, fileName: string, body: string): string {
  response.type('text/csv; charset=utf-8').attachment(fileName).setHeader('Cache-Control', 'no-store');
  return body;
}
