import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { SessionsService } from '../auth/sessions.service.js';
import { AppConfig } from '../config/app-config.js';
import { QUEUES } from '../jobs/queues.js';
import { adminOnly } from './admin-only.middleware.js';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Bull Board, the BullMQ dashboard, at /admin/queues in the API, for admins only: every queue of
 * the system, its jobs, and retrying or removing them. Mounted on the express instance when the
 * module starts, before Nest's not-found handler; the admin check runs first (see adminOnly).
 */
@Module({})
export class QueueDashboardModule implements OnModuleInit, OnApplicationShutdown {
  private readonly queues: Queue[] = [];
  private redis: Redis | null = null;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    const http = this.adapterHost.httpAdapter;
    if (!http) return; // an application context without HTTP
    // One connection for every queue of the dashboard.
    const redis = new Redis(this.config.REDIS_URL, { maxRetriesPerRequest: null });
    redis.on('error', () => undefined); // /health reports Redis
    this.redis = redis;
    for (const { name } of Object.values(QUEUES)) {
      const queue = new Queue(name, { connection: redis, prefix: this.config.REDIS_PREFIX });
      queue.on('error', () => undefined); // /health reports Redis
      this.queues.push(queue);
    }
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
    // @bull-board/express carries its own copy of @bull-board/api one patch version apart, so their
    // types do not line up (a private field); the adapter works with either at run time.
    createBullBoard({
      queues: this.queues.map((queue) => new BullMQAdapter(queue)),
      serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
    });
    http.use(QUEUE_DASHBOARD_PATH, adminOnly(this.sessions), serverAdapter.getRouter());
  }

  async onApplicationShutdown() {
    await Promise.allSettled(this.queues.map((queue) => queue.close()));
    this.redis?.disconnect();
  }
}
