/** Every BullMQ queue of the system, with the job names each one carries. */
export const QUEUES = {
  maintenance: { name: 'maintenance', jobs: ['expire-sessions'] },
  notifications: { name: 'notifications', jobs: ['track.transition', 'notify'] },
  mail: { name: 'mail', jobs: ['send-mail'] },
  deadlines: { name: 'deadlines', jobs: ['track.transition', 'deadline-reminder', 'weekly-digest', 'daily-digest'] },
  operations: { name: 'operations', jobs: ['watchdog'] },
  privacy: { name: 'privacy', jobs: ['apply-retention'] },
  insight: { name: 'insight', jobs: ['track.transition', 'refresh'] },
} as const;
