import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ApiServer, HOME_AREA, startApiServer } from '@safeguarding/api/testing';
import { addDays, engine, todayInLondon } from '@safeguarding/rules';
import { createClient } from '@safeguarding/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChatSession, ensureBundle, hasTmux, openChatSession } from '../testing/tmux-session.ts';
import { apiFromEnvironment } from './api-from-environment.ts';
import { sdkAssistantApi } from './sdk-assistant-api.ts';

/**
 * /case and /due against the real reference API (its own process, on loopback, storing in a new
 * PGlite folder): through the SDK seam, and through the real chat in tmux. Dates are set from
 * today, as the API lists what is due as of its own today. The API's own suite covers PostgreSQL.
 */
const today = todayInLondon(new Date());
const aware = addDays(today, -10);

let api: ApiServer;
let incidentId: string;
let reviewId: string;

beforeAll(async () => {
  api = await startApiServer({ kind: 'pglite' });
  const sg = createClient({ baseUrl: api.url, token: api.tokens.home });
  const incident = await sg.seriousIncidents.create({
    area: HOME_AREA,
    notifier: { role: 'Head of Service, Safeguarding' },
    incidentType: 'serious-harm',
    harm: 'serious-harm',
    abuseOrNeglect: 'suspected',
    location: 'in-area',
    incidentDate: addDays(aware, -1),
    laBecameAware: aware,
    children: [{ reference: 'CHILD-001', ageYears: 4 }],
    caseOutline: 'A test case.',
  });
  incidentId = incident.id;
  const review = await sg.rapidReviews.create({
    area: HOME_AREA,
    seriousIncidentId: incident.id,
    started: aware,
    completed: addDays(aware, 2),
  });
  reviewId = review.id;
}, 120_000);

afterAll(async () => {
  await api?.stop();
});

describe('the SDK seam for /case and /due, against the real API', () => {
  it('loads a record with the rest of its case: the same answer from its facts here as from the API', async () => {
    const assistantApi = sdkAssistantApi(createClient({ baseUrl: api.url, token: api.tokens.home }));
    const loaded = await assistantApi.loadCase(incidentId, { asOf: today });
    expect(loaded.recordType).toBe('serious-incident');
    expect(loaded.facts.events).toMatchObject({
      laBecameAware: aware,
      rapidReviewCompleted: addDays(aware, 2),
    });
    expect(loaded.result.asOf).toBe(today);
    expect(engine.nextActions(loaded.facts, { asOf: today })).toEqual(loaded.result);
    expect(loaded.result.actions.find((action) => action.duty === 'rr-complete')?.status).toMatch(/^done/);
  });

  it('finds a record by its id whatever its type, and reads the case it belongs to', async () => {
    const assistantApi = sdkAssistantApi(createClient({ baseUrl: api.url, token: api.tokens.home }));
    const fromReview = await assistantApi.loadCase(reviewId, { asOf: today });
    const fromIncident = await assistantApi.loadCase(incidentId, { asOf: today });
    expect(fromReview.recordType).toBe('rapid-review');
    expect(fromReview.facts).toEqual(fromIncident.facts);
  });

  it('says plainly when no record has the id', async () => {
    const assistantApi = sdkAssistantApi(createClient({ baseUrl: api.url, token: api.tokens.home }));
    await expect(
      assistantApi.loadCase('3f2c5b9e-0000-4000-8000-000000000000', { asOf: today }),
    ).rejects.toThrow(
      /no record has the id 3f2c5b9e-0000-4000-8000-000000000000, or your token cannot see it/,
    );
  });

  it('lists what is due across the cases, as of the API’s today', async () => {
    const due = await apiFromEnvironment({
      SAFEGUARDING_API_URL: api.url,
      SAFEGUARDING_TOKEN: api.tokens.home,
    })!.listDue({});
    expect(due.asOf).toBe(today);
    const panel = due.items.find((item) => item.action.duty === 'si-notify-panel');
    expect(panel).toMatchObject({ recordType: 'serious-incident', recordId: incidentId });
  });

  it('is not used at all without both settings', () => {
    expect(apiFromEnvironment({})).toBeUndefined();
    expect(apiFromEnvironment({ SAFEGUARDING_API_URL: api.url })).toBeUndefined();
    expect(apiFromEnvironment({ SAFEGUARDING_TOKEN: api.tokens.home })).toBeUndefined();
  });
});

// Skipped only where tmux is not installed (CI installs it; see .ci/run).
describe.skipIf(!hasTmux)('/case and /due in the real chat, against the real API', () => {
  let chat: ChatSession;

  beforeAll(async () => {
    await ensureBundle();
    chat = openChatSession({
      cwd: mkdtempSync(path.join(tmpdir(), 'chat-api-')),
      env: { SAFEGUARDING_API_URL: api.url, SAFEGUARDING_TOKEN: api.tokens.home },
    });
    await chat.until('describe a case or ask a question', 'the first prompt');
  }, 120_000);

  afterAll(() => chat?.close());

  it('/case loads the record and answers for its case; /due lists the work', async () => {
    expect(chat.screen().replace(/\s+/g, ' ')).toContain('/case and /due ask the API');
    chat.send(`/case ${incidentId}`);
    await chat.until(`Loaded serious incident ${incidentId} from the API`);
    await chat.until('Notify the Child Safeguarding Practice Review Panel');
    chat.send('/facts');
    await chat.until('Rapid review completed:');
    chat.send('/due');
    const shown = await chat.until('Due across your cases');
    expect(shown).toContain(`serious incident ${incidentId}`);
  });
});
