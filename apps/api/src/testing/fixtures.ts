/**
 * Small valid records of every collection, in one area, for tests. Free-text fields carry
 * injection strings on purpose: they must be stored and returned verbatim.
 */
export const INJECTION =
  `Robert'); drop table records; -- <script>alert(1)</script> \${7*7} {{7*7}} \u0000`.replace('\u0000', '');

export function seriousIncidentInput(area = 'E08000034') {
  return {
    area,
    notifier: { role: 'Head of Service, Safeguarding' },
    incidentType: 'serious-harm',
    harm: 'serious-harm',
    abuseOrNeglect: 'suspected',
    location: 'in-area',
    incidentDate: '2026-11-01',
    laBecameAware: '2026-11-02',
    children: [{ reference: 'CHILD-001', ageYears: 4, legalStatus: ['child-in-need'] }],
    caseOutline: INJECTION,
  };
}

export function rapidReviewInput(seriousIncidentId: string, area = 'E08000034') {
  return { area, seriousIncidentId, started: '2026-11-03' };
}

export function practiceReviewInput(area = 'E08000034') {
  return {
    area,
    kind: 'lcspr',
    seriousIncidentIds: ['00000000-0000-4000-8000-000000000000'],
    initiated: '2026-11-10',
    publicationPlanned: '2027-05-01',
  };
}

export function childDeathInput(area = 'E08000034') {
  return {
    area,
    child: { reference: 'CD-2026-17', ageYears: 2, sex: 'female', normallyResidentArea: area },
    dateOfDeath: '2026-11-04',
    placeOfDeath: 'hospital',
    expected: false,
    jointAgencyResponse: { triggered: true, criterion: 'sudden-no-apparent-cause', started: '2026-11-04' },
  };
}

export function partnershipInput(area = 'E08000034') {
  return {
    area,
    areas: [area],
    name: `Example Safeguarding Children Partnership ${INJECTION}`,
    regime: 'safeguarding-partners',
    arrangementsPublished: '2026-01-10',
  };
}

/** One valid body per collection, keyed by collection, for table-driven tests. */
export function inputFor(
  collection: string,
  area = 'E08000034',
  seriousIncidentId = '00000000-0000-4000-8000-000000000000',
) {
  switch (collection) {
    case 'partnerships':
      return partnershipInput(area);
    case 'serious-incidents':
      return seriousIncidentInput(area);
    case 'rapid-reviews':
      return rapidReviewInput(seriousIncidentId, area);
    case 'practice-reviews':
      return practiceReviewInput(area);
    case 'child-deaths':
      return childDeathInput(area);
    default:
      throw new Error(`no fixture for ${collection}`);
  }
}

/**
 * The fixture with its optional free-text fields filled in too, so "every text field" tests reach
 * them. Values are ordinary text; the test swaps them for injection strings.
 */
export function richInputFor(collection: string, area = 'E08000034', seriousIncidentId?: string) {
  const base = inputFor(collection, area, seriousIncidentId);
  switch (collection) {
    case 'partnerships':
      return {
        ...base,
        independentScrutiny: {
          by: 'Independent scrutineer',
          how: 'Audits and challenge',
          frequency: 'quarterly',
        },
        thresholdDocument: { title: 'Continuum of need' },
      };
    case 'serious-incidents':
      return {
        ...base,
        notifier: { role: 'Head of Service', name: 'A Notifier' },
        furtherChildren: 'A sibling, aged 7.',
        agenciesInvolved: ['Police', 'School'],
        children: [{ reference: 'CHILD-001', ageYears: 4, ethnicity: 'WBRI', healthSummary: 'Asthma.' }],
      };
    case 'rapid-reviews':
      return {
        ...base,
        contributions: [{ agency: 'Health visiting' }],
        immediateActions: ['Safety plan agreed.'],
        learning: ['Information sharing was slow.'],
      };
    case 'practice-reviews':
      return {
        ...base,
        termsOfReference: 'Terms.',
        method: 'Systems approach.',
        familyEngagement: 'Met the family.',
      };
    case 'child-deaths':
      return { ...base, agenciesInvolved: [{ agency: 'GP practice' }], learning: ['Safe sleep advice.'] };
    default:
      return base;
  }
}
