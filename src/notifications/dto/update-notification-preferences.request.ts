import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, ValidateNested } from 'class-validator';
import { DELIVERIES, NOTIFICATION_TOPICS, type Delivery, type NotificationTopic } from '../notification-topics.js';

export class TopicPreference {
  @IsIn(NOTIFICATION_TOPICS)
  topic: NotificationTopic;

  @IsIn(DELIVERIES)
  delivery: Delivery;
}

/** The topics to change; topics left out keep their setting. */
export class UpdateNotificationPreferencesRequest {
  @IsArray() @ArrayMaxSize(NOTIFICATION_TOPICS.length) @ValidateNested({ each: true }) @Type(() => TopicPreference)
  preferences: TopicPreference[];
}
