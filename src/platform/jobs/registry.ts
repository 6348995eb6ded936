/** Every job type the worker runs: add a job's definition here when adding its file. */
import { sendEmailJob } from '../mail/send-email.job.js';
import type { JobDefinition } from './job-definition.js';

export const jobDefinitions: JobDefinition[] = [sendEmailJob];
