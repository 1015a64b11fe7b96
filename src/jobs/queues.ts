/** Every BullMQ queue of the system, with the job names each one carries. */
export const QUEUES = {
  maintenance: { name: 'maintenance', jobs: ['expire-sessions'] },
} as const;
