import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import type { TopicPreference } from './dto/update-notification-preferences.request.js';
import { alwaysMailedTemplates, DELIVERIES, NOTIFICATION_TOPICS, templatesOf, type Delivery } from './notification-topics.js';

/**
 * How the signed-in user hears of each topic: e-mail at once (the default), once a day in the
 * daily digest, or only in the app. The server decides which mails are optional.
 */
@Injectable()
export class NotificationPreferences {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(user: AuthUser) {
    const rows: { topic: string; delivery: Delivery }[] = await this.dataSource.query(`SELECT topic, delivery FROM notification_preferences WHERE user_id = $1`, [
      user.id,
    ]);
    const chosen = new Map(rows.map((row) => [row.topic, row.delivery]));
    return {
      deliveries: DELIVERIES,
      topics: NOTIFICATION_TOPICS.map((topic) => ({ topic, delivery: chosen.get(topic) ?? ('immediate' as Delivery), templates: templatesOf(topic) })),
      alwaysMailed: alwaysMailedTemplates(),
    };
  }

  async update(user: AuthUser, preferences: readonly TopicPreference[]) {
    await this.dataSource.transaction(async (manager) => {
      for (const { topic, delivery } of preferences) {
        await manager.query(
          `INSERT INTO notification_preferences (user_id, topic, delivery) VALUES ($1, $2, $3)
           ON CONFLICT ON CONSTRAINT notification_preferences_pkey DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`,
          [user.id, topic, delivery],
        );
      }
    });
    return this.get(user);
  }
}
