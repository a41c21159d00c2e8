/** Wire contract between the app and the sync server (zod: both sides parse with it). */
import { z } from 'zod';
import { RECORD_TABLES } from '../schemas/index';
import type { RecordTable } from '../schemas/index';
import { checkMutationValues, FIELD_NAME_PATTERN } from './fields';
import { CLIENT_ID_PATTERN, HLC_PATTERN, parseHlc } from './hlc';
import type { JsonValue } from './json';

/**
 * 3: each mutation carries `base`, per field the clock of the value it replaced on its author's
 * device, and the server streams conflict notes decided by causality (shared/sync/notes.ts) as
 * records of the `_notes` pseudo-table. Older apps would miss those notes: they must update.
 * 2: a push answers the changes refused for the member's role in `refused`, the others applied
 * (1: any refusal fails the whole push with a 400, and the client sends the batch one by one).
 */
export const PROTOCOL_VERSION = 3;
/** Oldest client the server still talks to; older ones get 426 "update the app". */
export const MIN_PROTOCOL_VERSION = 3;
export const PROTOCOL_HEADER = 'x-steward-protocol';

export const MAX_MUTATIONS_PER_PUSH = 500;
export const MAX_FIELDS_PER_MUTATION = 100;
export const DEFAULT_PULL_LIMIT = 200;
export const MAX_PULL_LIMIT = 1000;
/** Longest a pull may wait for a change (long-poll), in ms. */
export const MAX_PULL_WAIT_MS = 30_000;
/** The server refuses clocks further ahead of its own time than this. */
export const MAX_CLOCK_AHEAD_MS = 5 * 60_000;

export const MEMBER_ROLES = ['admin', 'delivery-manager', 'sdm', 'csm'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const tableSchema = z.enum(RECORD_TABLES as [RecordTable, ...RecordTable[]], {
  error: `table must be one of: ${RECORD_TABLES.join(', ')}`,
});

export const clientIdSchema = z
  .string({ error: 'clientId must be text' })
  .regex(CLIENT_ID_PATTERN, { error: 'clientId must be 1–64 letters, digits, - or _' });

export const recordIdSchema = z
  .string({ error: 'recordId must be text' })
  .min(1, { error: 'recordId is required' })
  .max(128, { error: 'recordId is at most 128 characters' })
  .regex(/^[^\s\p{Cc}]+$/u, { error: 'recordId may not contain spaces or control characters' });

export const hlcSchema = z
  .string({ error: 'hlc must be text' })
  .max(120)
  .refine((s) => parseHlc(s) !== null, {
    error: 'hlc must look like 2026-03-01T09:00:00.000Z-0000-<clientId>',
  });

const jsonValueSchema = z.json() as z.ZodType<JsonValue>;

export const fieldStateSchema = z.object({ value: jsonValueSchema, hlc: hlcSchema });

export const fieldMapSchema = z
  .record(
    z.string().regex(FIELD_NAME_PATTERN, { error: 'field names must be identifiers' }),
    fieldStateSchema,
  )
  .refine((m) => Object.keys(m).length <= MAX_FIELDS_PER_MUTATION, {
    error: `at most ${MAX_FIELDS_PER_MUTATION} fields per mutation`,
  });

export const mutationSchema = z
  .object({
    clientId: clientIdSchema,
    /** Per-client counter from 1; (workspace, clientId, mutationId) is applied once. */
    mutationId: z
      .number({ error: 'mutationId must be a number' })
      .int({ error: 'mutationId must be a whole number' })
      .min(1, { error: 'mutationId starts at 1' })
      .max(Number.MAX_SAFE_INTEGER),
    table: tableSchema,
    recordId: recordIdSchema,
    fields: fieldMapSchema.refine((m) => Object.keys(m).length > 0, {
      error: 'a mutation changes at least one field',
    }),
    /**
     * Per field, the clock of the value this edit replaced on the author's device (a field it held
     * no value for is left out; `deletedAt` is sent even when not written, so a delete the author
     * had not seen is told apart). Without it the server decides no conflict note.
     */
    base: z
      .record(
        z.string().regex(FIELD_NAME_PATTERN, { error: 'field names must be identifiers' }),
        hlcSchema,
      )
      .refine((m) => Object.keys(m).length <= MAX_FIELDS_PER_MUTATION + 1, {
        error: `at most ${MAX_FIELDS_PER_MUTATION + 1} base clocks per mutation`,
      })
      .optional(),
  })
  .superRefine((m, ctx) => {
    for (const [field, state] of Object.entries(m.fields)) {
      if (parseHlc(state.hlc)?.node !== m.clientId) {
        ctx.addIssue({
          code: 'custom',
          path: ['fields', field, 'hlc'],
          message: 'hlc must end with the mutation’s clientId',
        });
      }
    }
    const values = Object.fromEntries(Object.entries(m.fields).map(([k, s]) => [k, s.value]));
    for (const issue of checkMutationValues(m.table, m.recordId, values)) {
      ctx.addIssue({
        code: 'custom',
        path: ['fields', issue.field, 'value'],
        message: issue.message,
      });
    }
  });

export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z
  .object({
    clientId: clientIdSchema,
    mutations: z
      .array(mutationSchema, { error: 'mutations must be a list' })
      .max(MAX_MUTATIONS_PER_PUSH, {
        error: `at most ${MAX_MUTATIONS_PER_PUSH} mutations per push: send smaller batches`,
      }),
  })
  .refine((r) => r.mutations.every((m) => m.clientId === r.clientId), {
    error: 'every mutation in a push must come from the pushing clientId',
    path: ['mutations'],
  });

export type PushRequest = z.infer<typeof pushRequestSchema>;

export const conflictNoteSchema = z.object({
  table: z.string(),
  recordId: z.string(),
  field: z.string(),
  localValue: jsonValueSchema,
  winningValue: jsonValueSchema,
  by: z.string(),
  at: z.string(),
  kind: z.enum(['overwritten', 'unseen', 'trashed']).optional(),
  member: z.string().optional(),
});

/** A merged record that breaks a whole-record rule (e.g. from concurrent edits): stored, flagged. */
export const recordWarningSchema = z.object({
  table: z.string(),
  recordId: z.string(),
  issues: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type RecordWarning = z.infer<typeof recordWarningSchema>;

/** A change the server will not apply for this member (e.g. its role), with why. */
export const refusedMutationSchema = z.object({
  mutationId: z.number().int(),
  /** A code the app words (see WriteRefusalCode); `message` is the server's English text. */
  code: z.string(),
  message: z.string(),
});
export type RefusedMutation = z.infer<typeof refusedMutationSchema>;

/**
 * The whole batch is applied atomically: a 200 acknowledges every mutation sent but the ones in
 * `refused`, which are not applied and will not be on a retry.
 */
export const pushResponseSchema = z.object({
  applied: z.number().int(),
  duplicates: z.number().int(),
  /** Highest mutationId the server holds from this client (for recovery after a crash). */
  lastMutationId: z.number().int(),
  /** Highest sequence number this push assigned, null when nothing changed. */
  seq: z.number().int().nullable(),
  conflicts: z.array(conflictNoteSchema),
  warnings: z.array(recordWarningSchema),
  refused: z.array(refusedMutationSchema).default([]),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullQuerySchema = z.object({
  after: z.coerce
    .number({ error: 'after must be a number' })
    .int({ error: 'after must be a whole number' })
    .min(0, { error: 'after cannot be negative' })
    .max(Number.MAX_SAFE_INTEGER)
    .default(0),
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: 'limit is at least 1' })
    .max(MAX_PULL_LIMIT, { error: `limit is at most ${MAX_PULL_LIMIT}` })
    .default(DEFAULT_PULL_LIMIT),
  /** Ask for `remaining` (a count of what is left) on a page other than the first. */
  count: z
    .enum(['0', '1', 'true', 'false'], { error: 'count must be 1 or 0' })
    .optional()
    .transform((v) => v === '1' || v === 'true'),
  /** Long-poll: when nothing is after `after`, wait up to this many ms for a push, then answer. */
  wait: z.coerce
    .number({ error: 'wait must be a number of milliseconds' })
    .int({ error: 'wait must be a whole number of milliseconds' })
    .min(0, { error: 'wait cannot be negative' })
    .max(MAX_PULL_WAIT_MS, { error: `wait is at most ${MAX_PULL_WAIT_MS} ms` })
    .default(0),
  /**
   * The asking device, sent when `after` is the cursor it has stored: it holds every change up
   * to `after`, so the server may drop the conflict notes it waited to deliver to it.
   */
  clientId: clientIdSchema.optional(),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

/**
 * A pulled field. Values come out of JSON.parse, so they are JSON already; the record they build
 * is checked by its table's schema before it is stored. Re-walking every value here with z.json()
 * was the largest single cost of a bootstrap.
 */
const pulledFieldSchema = z.object({
  value: z.custom<JsonValue>((v) => v !== undefined, { error: 'field value is missing' }),
  hlc: z.string().regex(HLC_PATTERN, { error: 'hlc is malformed' }),
});

/** One record's whole current state, at the sequence number of its last change. */
export const changeSchema = z.object({
  seq: z.number().int(),
  table: z.string(),
  recordId: z.string(),
  fields: z.record(z.string().regex(FIELD_NAME_PATTERN), pulledFieldSchema),
});
export type Change = z.infer<typeof changeSchema>;

export const pullResponseSchema = z.object({
  changes: z.array(changeSchema),
  /** Pass as `after` next time. */
  cursor: z.number().int(),
  hasMore: z.boolean(),
  /** Records still to fetch after this page (for progress): on the first page, or when asked. */
  remaining: z.number().int().optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const syncStatusResponseSchema = z.object({
  lastMutationId: z.number().int(),
  seq: z.number().int(),
});
export type SyncStatusResponse = z.infer<typeof syncStatusResponseSchema>;

const email = z.email({ error: 'email must be a valid address' }).max(254);

export const signInRequestSchema = z.object({
  workspace: z.string({ error: 'workspace must be text' }).trim().min(1).max(100),
  email,
  password: z.string({ error: 'password must be text' }).min(1).max(1024),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const memberSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(MEMBER_ROLES),
  workspaceId: z.string(),
  workspaceName: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

export const signInResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  member: memberSchema,
});
export type SignInResponse = z.infer<typeof signInResponseSchema>;

export const passwordSchema = z
  .string({ error: 'password must be text' })
  .min(10, { error: 'password must be at least 10 characters' })
  .max(1024, { error: 'password is at most 1024 characters' });

export const addMemberRequestSchema = z.object({
  email,
  password: passwordSchema,
  role: z.enum(MEMBER_ROLES, { error: `role must be one of: ${MEMBER_ROLES.join(', ')}` }),
});
export type AddMemberRequest = z.infer<typeof addMemberRequestSchema>;

export const changeRoleRequestSchema = z.strictObject({
  role: z.enum(MEMBER_ROLES, { error: `role must be one of: ${MEMBER_ROLES.join(', ')}` }),
});
export type ChangeRoleRequest = z.infer<typeof changeRoleRequestSchema>;

/** A member's own new password; the other sessions of the member end. */
export const changePasswordRequestSchema = z
  .strictObject({
    currentPassword: z.string({ error: 'currentPassword must be text' }).min(1).max(1024),
    newPassword: passwordSchema,
  })
  .refine((r) => r.currentPassword !== r.newPassword, {
    error: 'the new password must differ from the current one',
    path: ['newPassword'],
  });
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

/** Every error the server sends. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
