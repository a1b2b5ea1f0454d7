/**
 * Deterministic serious incident notifications for benchmarks and memory checks: realistic
 * records, one in `invalidEvery` broken in a known way (a date out of order, a bad area code).
 */
export function seriousIncident(index: number, invalidEvery = 50): Record<string, unknown> {
  const start = (index * 7) % 600;
  const day = (offset: number) =>
    new Date(Date.UTC(2025, 0, 1) + (start + offset) * 86_400_000).toISOString().slice(0, 10);
  const record: Record<string, unknown> = {
    id: `si-${String(index).padStart(8, '0')}`,
    version: 1 + (index % 3),
    createdAt: `${day(3)}T09:00:00Z`,
    updatedAt: `${day(5)}T16:30:00Z`,
    area: ['E08000034', 'E09000033', 'E06000001', 'E10000002'][index % 4],
    notifier: { role: 'Head of Service, Safeguarding', email: `duty.${index % 97}@example.gov.uk` },
    incidentType: index % 5 === 0 ? 'death' : 'serious-harm',
    harm: index % 5 === 0 ? 'death' : 'serious-harm',
    abuseOrNeglect: index % 2 === 0 ? 'suspected' : 'known',
    location: 'in-area',
    incidentDate: day(0),
    laBecameAware: day(1),
    children: [
      {
        reference: `LA-REF-${index}`,
        ageYears: index % 17,
        sex: index % 2 ? 'female' : 'male',
        legalStatus: ['child-in-need'],
      },
      ...(index % 3 === 0
        ? [{ reference: `LA-REF-${index}-B`, ageYears: (index + 3) % 17, sex: 'not-known' }]
        : []),
    ],
    caseOutline: 'A fictional outline of what happened, for testing the validator at scale.',
    agenciesInvolved: ['Children’s social care', 'Police', 'Health visiting'],
    policeInvestigating: index % 4 === 0,
    panelNotified: day(3 + (index % 9)),
    partnersNotified: day(3),
    rapidReviewThresholdMet: true,
  };
  if (invalidEvery > 0 && index % invalidEvery === 7) record.panelNotified = day(0);
  if (invalidEvery > 0 && index % invalidEvery === 19) record.area = 'E07000001';
  return record;
}
