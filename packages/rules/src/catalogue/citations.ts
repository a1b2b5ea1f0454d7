/** Addresses of the sources cited by the catalogue (duties.md, "Sources"). */
export const SOURCE_URLS = {
  workingTogether: 'https://www.gov.uk/government/publications/working-together-to-safeguard-children--2',
  childrenAct2004: 'https://www.legislation.gov.uk/ukpga/2004/31',
  childrenAct1989: 'https://www.legislation.gov.uk/ukpga/1989/41',
  regulations2018: 'https://www.legislation.gov.uk/uksi/2018/789',
  reportIncident: 'https://www.gov.uk/guidance/report-a-serious-child-safeguarding-incident',
  childDeathReview:
    'https://www.gov.uk/government/publications/child-death-review-statutory-and-operational-guidance-england',
  keepingChildrenSafe: 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2',
} as const;
