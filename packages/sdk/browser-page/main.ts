// A small vendor page, bundled by Vite from the published entries of @safeguarding/sdk, that does
// the README's jobs from a browser (the test gives it the API's address and a token).
import { createClient, SafeguardingConflictError } from '@safeguarding/sdk';
import { nextActions, validate } from '@safeguarding/sdk/offline';

const params = new URLSearchParams(location.search);
const sg = createClient({ baseUrl: params.get('api') ?? '', token: params.get('token') ?? '' });
const output = document.getElementById('result') as HTMLElement;

async function jobs() {
  const input = {
    area: 'E08000034',
    notifier: { role: 'Head of Service, Safeguarding' },
    incidentType: 'serious-harm' as const,
    harm: 'serious-harm' as const,
    abuseOrNeglect: 'suspected' as const,
    location: 'in-area' as const,
    incidentDate: '2026-11-18',
    laBecameAware: '2026-11-19',
    children: [{ reference: 'CHILD-001', ageYears: 4 }],
    caseOutline: 'Fictional outline.',
  };
  const incident = await sg.seriousIncidents.create(input);
  const deadlines = await sg.seriousIncidents.nextActions(incident.id, { asOf: '2026-11-23' });
  const week = await sg.due({ before: '2026-11-29' });
  const report = await sg.validate('serious-incident-input', [input, { ...input, children: [] }]);
  await sg.seriousIncidents.patch(incident.id, { panelNotified: '2026-11-20' }, { version: 1 });
  const conflict = await sg.seriousIncidents.update(incident.id, incident, { version: 1 }).then(
    () => undefined,
    (error: unknown) => (error instanceof SafeguardingConflictError ? error.currentVersion : -1),
  );
  const offline = nextActions(
    {
      incident: { harm: 'serious-harm', abuseOrNeglect: 'suspected', location: 'in-area' },
      events: { laBecameAware: '2026-11-19' },
    },
    { asOf: '2026-11-23' },
  );
  return {
    notifyBy: deadlines.actions.find((action) => action.duty === 'si-notify-panel')?.dueDate,
    dueThisWeek: week.items.length,
    invalid: report.summary.invalid,
    conflict,
    offlineNotifyBy: offline.actions.find((action) => action.duty === 'si-notify-panel')?.dueDate,
    offlineValid: (await validate('serious-incident-input', input)).summary.valid,
  };
}

jobs().then(
  (result) => {
    output.textContent = JSON.stringify(result);
  },
  (error: unknown) => {
    output.textContent = JSON.stringify({ error: String(error) });
  },
);
