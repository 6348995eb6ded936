/**
 * Requests and answers of the programmes routes. Types and caps only: the content rules
 * (template, packs, fields, groups) are checked in check-programme.ts, so every problem of a
 * request is told at once, by the field's name.
 */
import { z } from 'zod';
import { ADVICE_PACKS, CUSTOM_FIELD_KINDS, PROGRAMME_TYPES } from '../../domain/vocabulary.js';
import { ZAdvicePack, ZCustomField, ZProgrammeType } from '../../platform/api-enums.js';
import { MAX_INT4, repeatedInt, zId } from '../../platform/api-schemas.js';

const ZReferenceTemplate = z.object({
  prefix: z.string(),
  digits: z.number().int(),
});

export const ZProgramme = z.object({
  id: z.number().int(),
  name: z.string(),
  type: ZProgrammeType,
  groupIds: z
    .array(z.number().int())
    .describe('The groups within your access that offer the programme'),
  offeredOutsideAccess: z
    .boolean()
    .describe('Also offered on groups outside your access (you can then only read it)'),
  referenceTemplate: ZReferenceTemplate.nullable().describe(
    'Numbers learners who get the programme without a reference number: prefix and zero-padded digits',
  ),
  advicePacks: z.array(ZAdvicePack).describe('Empty: advice is off for the programme'),
  defaultAdvicePack: ZAdvicePack.nullable(),
  customFields: z.array(ZCustomField),
  learnerCount: z
    .number()
    .int()
    .describe('Learners on the programme (or with it as target), archived included'),
  version: z.number().int().describe('Send it back to PATCH /programmes/{id}'),
  actions: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type TProgramme = z.infer<typeof ZProgramme>;

export const ZProgrammesQuery = z.object({
  groupId: repeatedInt('groupId must be a group id.'),
  type: z.enum(PROGRAMME_TYPES, 'type is application or delivery.').optional(),
});

const ZCustomFieldInput = z.object({
  key: z
    .string('key is text.')
    .max(60)
    .optional()
    .describe("An existing field's key, to keep its learners' values; left out for a new field"),
  label: z.string('Enter the field name.').max(200, 'At most 200 characters.'),
  kind: z.enum(CUSTOM_FIELD_KINDS, 'Choose text, date or choice.'),
  options: z
    .array(z.string('An option is text.').max(200, 'At most 200 characters.'))
    .max(100, 'At most 100 options.')
    .optional()
    .describe('The choices of a choice field'),
  mandatory: z.boolean('Tick or untick the box.').optional(),
});
export type TCustomFieldInput = z.infer<typeof ZCustomFieldInput>;

const ZProgrammeFields = z.object({
  name: z.string('Enter the programme name.').max(200, 'At most 200 characters.'),
  type: z.enum(PROGRAMME_TYPES, 'Choose application or delivery.'),
  groupIds: z
    .array(zId('A group id is a number.'), 'Choose at least one group.')
    .max(500)
    .describe('The groups that offer the programme, all within your access'),
  referenceTemplate: z
    .object({
      prefix: z.string('The prefix is text.').max(100),
      digits: z.number('The number of digits is a number.').int().min(0).max(MAX_INT4),
    })
    .nullable()
    .optional()
    .describe('null: no template'),
  advicePacks: z
    .array(z.enum(ADVICE_PACKS, 'Choose standard or professional.'))
    .max(ADVICE_PACKS.length * 2)
    .optional(),
  defaultAdvicePack: z.enum(ADVICE_PACKS, 'Choose standard or professional.').nullish(),
  customFields: z.array(ZCustomFieldInput).max(50, 'At most 50 custom fields.').optional(),
});

export const ZCreateProgrammeRequest = ZProgrammeFields;
export type TCreateProgrammeRequest = z.infer<typeof ZCreateProgrammeRequest>;

export const ZUpdateProgrammeRequest = ZProgrammeFields.partial().extend({
  version: z
    .number('Send the version of the programme you loaded.')
    .int()
    .positive()
    .max(MAX_INT4)
    .describe('The version you loaded; a stale one is a 409 version_conflict'),
});
export type TUpdateProgrammeRequest = z.infer<typeof ZUpdateProgrammeRequest>;
