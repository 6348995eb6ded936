/** Every job type the worker runs: add a job's definition here when adding its file. */
import { commitImportJob } from '../../features/imports/commit-import.job.js';
import { previewImportJob } from '../../features/imports/preview-import.job.js';
import { sendEmailJob } from '../mail/send-email.job.js';
import type { JobDefinition } from './job-definition.js';

export const jobDefinitions: JobDefinition[] = [
  sendEmailJob,
  previewImportJob as JobDefinition,
  commitImportJob as JobDefinition,
];
