// Generated from schemas/examples/*/valid and schemas/duties.json by `npm run generate -w @safeguarding/api`. Do not edit.
import type { Examples } from './examples.ts';

export const EXAMPLES: Examples = {
  "case-facts": {
    "child-protection-conference": {
      "childProtection": {
        "conferenceNeeded": true
      },
      "events": {
        "strategyDiscussion": "2026-11-02"
      }
    },
    "infant-death-suspected-neglect": {
      "edition": "wt2023",
      "area": "E08000034",
      "child": {
        "ageYears": 0,
        "lookedAfter": false
      },
      "incident": {
        "harm": "death",
        "abuseOrNeglect": "suspected",
        "location": "in-area"
      },
      "death": {
        "expected": false,
        "jarCriteriaMet": true
      },
      "events": {
        "incidentOccurred": "2026-02-27",
        "childDied": "2026-02-27",
        "laBecameAware": "2026-03-02",
        "panelNotified": "2026-03-04"
      }
    },
    "practice-review-publication": {
      "area": "E09000033",
      "review": {
        "kind": "lcspr"
      },
      "events": {
        "reviewInitiated": "2026-03-23",
        "publicationPlanned": "2026-10-30",
        "reportSentToPanel": "2026-10-16"
      }
    }
  },
  "child-death": {
    "expected-death-chronic-condition": {
      "id": "cd-2026-0002",
      "version": 3,
      "createdAt": "2026-04-03T10:00:00Z",
      "updatedAt": "2026-08-01T10:00:00Z",
      "area": "E09000033",
      "child": {
        "reference": "LA-REF-0456",
        "ageYears": 9,
        "sex": "female"
      },
      "dateOfDeath": "2026-04-02",
      "placeOfDeath": "hospice",
      "expected": true,
      "jointAgencyResponse": {
        "triggered": false
      },
      "postMortem": "none",
      "cdopNotified": "2026-04-03",
      "childDeathReviewMeeting": "2026-05-20",
      "cdopReview": "2026-07-29",
      "cdopCategory": 6,
      "modifiableFactors": {
        "finding": "not-identified",
        "domains": {
          "child": 1,
          "socialEnvironment": 1,
          "physicalEnvironment": 0,
          "serviceProvision": 1
        }
      },
      "ncmdFinalised": "2026-08-01"
    },
    "looked-after-suspected-neglect": {
      "id": "cd-2026-0003",
      "version": 2,
      "createdAt": "2026-11-17T09:30:00Z",
      "updatedAt": "2026-11-20T16:00:00Z",
      "area": "E08000034",
      "child": {
        "reference": "LA-REF-0789",
        "ageYears": 14,
        "sex": "male",
        "normallyResidentArea": "E08000034",
        "lookedAfter": true
      },
      "dateOfDeath": "2026-11-16",
      "placeOfDeath": "public-place",
      "expected": false,
      "abuseOrNeglect": "suspected",
      "location": "in-area",
      "jointAgencyResponse": {
        "triggered": true,
        "criterion": "external-causes",
        "started": "2026-11-16"
      },
      "coronerInformed": true,
      "cdopNotified": "2026-11-17"
    },
    "sudden-unexpected-infant-death": {
      "id": "cd-2026-0001",
      "version": 6,
      "createdAt": "2026-02-27T11:00:00Z",
      "updatedAt": "2026-09-18T15:00:00Z",
      "area": "E08000034",
      "child": {
        "reference": "LA-REF-0001",
        "nhsNumber": "9990000018",
        "dateOfBirth": "2025-12-01",
        "ageYears": 0,
        "ageDays": 88,
        "sex": "male",
        "ethnicity": "White British",
        "normallyResidentArea": "E08000034"
      },
      "dateOfDeath": "2026-02-27",
      "timeOfDeath": "03:40",
      "placeOfDeath": "home",
      "expected": false,
      "jointAgencyResponse": {
        "triggered": true,
        "criterion": "sudden-no-apparent-cause",
        "started": "2026-02-27"
      },
      "coronerInformed": true,
      "postMortem": "coronial",
      "notifier": {
        "role": "Paediatrician for child deaths",
        "email": "child.deaths@example.org"
      },
      "cdopNotified": "2026-02-27",
      "agenciesInvolved": [
        {
          "agency": "Health visiting service",
          "formRequested": "2026-03-02",
          "formReceived": "2026-03-20"
        },
        {
          "agency": "GP practice",
          "formRequested": "2026-03-02"
        }
      ],
      "childDeathReviewMeeting": "2026-06-10",
      "cdopReview": "2026-09-15",
      "cdopCategory": 10,
      "modifiableFactors": {
        "finding": "identified",
        "domains": {
          "child": 1,
          "socialEnvironment": 2,
          "physicalEnvironment": 2,
          "serviceProvision": 1
        }
      },
      "learning": [
        "Safer sleep messages need repeating when families are under stress"
      ],
      "otherReviews": [
        "cspr",
        "coroner"
      ],
      "seriousIncidentId": "si-2026-0001"
    }
  },
  "child-death-input": {
    "expected-death-chronic-condition": {
      "area": "E09000033",
      "child": {
        "reference": "LA-REF-0456",
        "ageYears": 9,
        "sex": "female"
      },
      "dateOfDeath": "2026-04-02",
      "placeOfDeath": "hospice",
      "expected": true,
      "jointAgencyResponse": {
        "triggered": false
      },
      "postMortem": "none",
      "cdopNotified": "2026-04-03",
      "childDeathReviewMeeting": "2026-05-20",
      "cdopReview": "2026-07-29",
      "cdopCategory": 6,
      "modifiableFactors": {
        "finding": "not-identified",
        "domains": {
          "child": 1,
          "socialEnvironment": 1,
          "physicalEnvironment": 0,
          "serviceProvision": 1
        }
      },
      "ncmdFinalised": "2026-08-01"
    },
    "looked-after-suspected-neglect": {
      "area": "E08000034",
      "child": {
        "reference": "LA-REF-0789",
        "ageYears": 14,
        "sex": "male",
        "normallyResidentArea": "E08000034",
        "lookedAfter": true
      },
      "dateOfDeath": "2026-11-16",
      "placeOfDeath": "public-place",
      "expected": false,
      "abuseOrNeglect": "suspected",
      "location": "in-area",
      "jointAgencyResponse": {
        "triggered": true,
        "criterion": "external-causes",
        "started": "2026-11-16"
      },
      "coronerInformed": true,
      "cdopNotified": "2026-11-17"
    },
    "sudden-unexpected-infant-death": {
      "area": "E08000034",
      "child": {
        "reference": "LA-REF-0001",
        "nhsNumber": "9990000018",
        "dateOfBirth": "2025-12-01",
        "ageYears": 0,
        "ageDays": 88,
        "sex": "male",
        "ethnicity": "White British",
        "normallyResidentArea": "E08000034"
      },
      "dateOfDeath": "2026-02-27",
      "timeOfDeath": "03:40",
      "placeOfDeath": "home",
      "expected": false,
      "jointAgencyResponse": {
        "triggered": true,
        "criterion": "sudden-no-apparent-cause",
        "started": "2026-02-27"
      },
      "coronerInformed": true,
      "postMortem": "coronial",
      "notifier": {
        "role": "Paediatrician for child deaths",
        "email": "child.deaths@example.org"
      },
      "cdopNotified": "2026-02-27",
      "agenciesInvolved": [
        {
          "agency": "Health visiting service",
          "formRequested": "2026-03-02",
          "formReceived": "2026-03-20"
        },
        {
          "agency": "GP practice",
          "formRequested": "2026-03-02"
        }
      ],
      "childDeathReviewMeeting": "2026-06-10",
      "cdopReview": "2026-09-15",
      "cdopCategory": 10,
      "modifiableFactors": {
        "finding": "identified",
        "domains": {
          "child": 1,
          "socialEnvironment": 2,
          "physicalEnvironment": 2,
          "serviceProvision": 1
        }
      },
      "learning": [
        "Safer sleep messages need repeating when families are under stress"
      ],
      "otherReviews": [
        "cspr",
        "coroner"
      ],
      "seriousIncidentId": "si-2026-0001"
    }
  },
  "next-actions": {
    "nothing-applies": {
      "edition": "wt2018",
      "asOf": "2020-01-15",
      "actions": [],
      "notApplicable": [
        {
          "duty": "si-notify-panel",
          "why": "The child was not seriously harmed."
        }
      ],
      "questions": []
    },
    "serious-incident-due": {
      "edition": "wt2023",
      "asOf": "2026-03-03",
      "actions": [
        {
          "duty": "cdr-joint-agency-response",
          "title": "Start a joint agency response",
          "actor": "joint-agency-response-team",
          "recipients": [],
          "strength": "should",
          "status": "overdue",
          "dueDate": "2026-03-01",
          "deadline": "on the day the child died",
          "why": "The child died on 1 March 2026; under 18 (aged 0). Not yet certain: it depends on whether the joint agency response criteria are met. The clock runs from 1 March 2026, when the child died.",
          "confidence": "medium",
          "edition": "wt2023",
          "citations": [
            {
              "source": "cdrg2018",
              "ref": "chapter 3",
              "url": "https://www.gov.uk/government/publications/child-death-review-statutory-and-operational-guidance-england"
            }
          ],
          "workingDaysRemaining": -2,
          "dependsOn": [
            "death.jarCriteriaMet"
          ],
          "caveat": "Consistent secondary sources; the national paragraph was not re-read. Check your local procedures."
        },
        {
          "duty": "cdr-notify-cdop",
          "title": "Notify the child death overview panel",
          "actor": "notifying-professional",
          "recipients": [
            "cdop"
          ],
          "strength": "should",
          "status": "due",
          "dueDate": "2026-03-03",
          "deadline": "48 hours after the child died",
          "why": "The child died on 1 March 2026; under 18 (aged 0). The clock runs from 1 March 2026, when the child died.",
          "confidence": "low",
          "edition": "wt2023",
          "citations": [
            {
              "source": "cdrg2018",
              "ref": "chapter 2",
              "url": "https://www.gov.uk/government/publications/child-death-review-statutory-and-operational-guidance-england"
            }
          ],
          "workingDaysRemaining": 0,
          "caveat": "Local procedures often say 24 hours rather than 48. Check your local procedures."
        },
        {
          "duty": "si-notify-lac-death",
          "title": "Notify the death of a looked-after child",
          "actor": "local-authority",
          "recipients": [
            "secretary-of-state",
            "ofsted"
          ],
          "strength": "must",
          "status": "due",
          "dueDate": "2026-03-09",
          "deadline": "5 working days after the local authority became aware",
          "why": "Under 18 (aged 0); the child died. Not yet certain: it depends on whether the child was looked after by a local authority. The clock runs from 2 March 2026, when the local authority became aware.",
          "confidence": "high",
          "edition": "wt2023",
          "citations": [
            {
              "source": "ca1989",
              "ref": "Schedule 2, paragraph 20(1)(a)",
              "url": "https://www.legislation.gov.uk/ukpga/1989/41/schedule/2/paragraph/20"
            },
            {
              "source": "wt2023",
              "ref": "chapter 5",
              "url": "https://assets.publishing.service.gov.uk/media/65cb4349a7ded0000c79e4e1/Working_together_to_safeguard_children_2023_-_statutory_guidance.pdf"
            },
            {
              "source": "report-incident",
              "ref": "GOV.UK: Report a serious child safeguarding incident",
              "url": "https://www.gov.uk/guidance/report-a-serious-child-safeguarding-incident"
            }
          ],
          "workingDaysRemaining": 4,
          "dependsOn": [
            "child.lookedAfter"
          ]
        },
        {
          "duty": "si-notify-panel",
          "title": "Notify the Child Safeguarding Practice Review Panel",
          "actor": "local-authority",
          "recipients": [
            "child-safeguarding-practice-review-panel"
          ],
          "strength": "must",
          "status": "due",
          "dueDate": "2026-03-09",
          "deadline": "5 working days after the local authority became aware",
          "why": "Under 18 (aged 0); the child died; abuse or neglect is suspected; it happened in the local authority's area. The clock runs from 2 March 2026, when the local authority became aware.",
          "confidence": "high",
          "edition": "wt2023",
          "citations": [
            {
              "source": "ca2004",
              "ref": "section 16C(1)",
              "url": "https://www.legislation.gov.uk/ukpga/2004/31/section/16C"
            },
            {
              "source": "wt2023",
              "ref": "chapter 5",
              "url": "https://assets.publishing.service.gov.uk/media/65cb4349a7ded0000c79e4e1/Working_together_to_safeguard_children_2023_-_statutory_guidance.pdf"
            },
            {
              "source": "report-incident",
              "ref": "GOV.UK: Report a serious child safeguarding incident",
              "url": "https://www.gov.uk/guidance/report-a-serious-child-safeguarding-incident"
            }
          ],
          "workingDaysRemaining": 4
        },
        {
          "duty": "si-notify-partners",
          "title": "Tell the safeguarding partners about the incident",
          "actor": "local-authority",
          "recipients": [
            "safeguarding-partners"
          ],
          "strength": "should",
          "status": "due",
          "dueDate": "2026-03-09",
          "deadline": "5 working days after the local authority became aware",
          "why": "Under 18 (aged 0); the child died; abuse or neglect is suspected; it happened in the local authority's area. The clock runs from 2 March 2026, when the local authority became aware.",
          "confidence": "high",
          "edition": "wt2023",
          "citations": [
            {
              "source": "wt2023",
              "ref": "chapter 5",
              "url": "https://assets.publishing.service.gov.uk/media/65cb4349a7ded0000c79e4e1/Working_together_to_safeguard_children_2023_-_statutory_guidance.pdf"
            },
            {
              "source": "report-incident",
              "ref": "GOV.UK: Report a serious child safeguarding incident",
              "url": "https://www.gov.uk/guidance/report-a-serious-child-safeguarding-incident"
            }
          ],
          "workingDaysRemaining": 4
        },
        {
          "duty": "rr-complete",
          "title": "Carry out a rapid review",
          "actor": "safeguarding-partners",
          "recipients": [],
          "strength": "should",
          "status": "pending",
          "dueDate": "2026-03-30",
          "deadline": "15 working days after the Panel was notified",
          "why": "Under 18 (aged 0); the child died; abuse or neglect is suspected; it happened in the local authority's area. Its clock has not started; the date shown assumes it starts on the last day it may.",
          "confidence": "medium",
          "edition": "wt2023",
          "citations": [
            {
              "source": "wt2023",
              "ref": "chapter 5",
              "url": "https://assets.publishing.service.gov.uk/media/65cb4349a7ded0000c79e4e1/Working_together_to_safeguard_children_2023_-_statutory_guidance.pdf"
            }
          ],
          "projected": true,
          "workingDaysRemaining": 19,
          "caveat": "The 15 working days are certain; that under Working Together 2023 they run from the notification (not from awareness) is from secondary sources. Check your local procedures."
        },
        {
          "duty": "rr-send-to-panel",
          "title": "Send the rapid review to the Panel",
          "actor": "safeguarding-partners",
          "recipients": [
            "child-safeguarding-practice-review-panel"
          ],
          "strength": "should",
          "status": "pending",
          "dueDate": "2026-03-30",
          "deadline": "as soon as “Carry out a rapid review” is done, and by the same date: 15 working days after the Panel was notified",
          "why": "Under 18 (aged 0); the child died; abuse or neglect is suspected; it happened in the local authority's area. Its clock has not started; the date shown assumes it starts on the last day it may.",
          "confidence": "high",
          "edition": "wt2023",
          "citations": [
            {
              "source": "wt2023",
              "ref": "chapter 5",
              "url": "https://assets.publishing.service.gov.uk/media/65cb4349a7ded0000c79e4e1/Working_together_to_safeguard_children_2023_-_statutory_guidance.pdf"
            }
          ],
          "projected": true,
          "workingDaysRemaining": 19
        },
        {
          "duty": "cdr-review",
          "title": "Review the child's death",
          "actor": "child-death-review-partners",
          "recipients": [],
          "strength": "must",
          "status": "ongoing",
          "dueDate": null,
          "deadline": "ongoing, with no single deadline",
          "why": "The child died on 1 March 2026; under 18 (aged 0); the child normally lives in the area.",
          "confidence": "high",
          "edition": "wt2023",
          "citations": [
            {
              "source": "ca2004",
              "ref": "section 16M(1)",
              "url": "https://www.legislation.gov.uk/ukpga/2004/31/section/16M"
            },
            {
              "source": "wt2023",
              "ref": "chapter 6",
              "url": "https://assets.publishing.service.gov.uk/media/65cb4349a7ded0000c79e4e1/Working_together_to_safeguard_children_2023_-_statutory_guidance.pdf"
            }
          ]
        },
        {
          "duty": "si-notify-parents-lac-death",
          "title": "Tell the parents of a looked-after child who died",
          "actor": "local-authority",
          "recipients": [
            "parents"
          ],
          "strength": "must",
          "status": "due",
          "dueDate": null,
          "deadline": "no time limit in law; the Act asks for it so far as is reasonably practicable",
          "why": "Under 18 (aged 0); the child died. Not yet certain: it depends on whether the child was looked after by a local authority.",
          "confidence": "medium",
          "edition": "wt2023",
          "citations": [
            {
              "source": "ca1989",
              "ref": "Schedule 2, paragraph 20(1)(b)",
              "url": "https://www.legislation.gov.uk/ukpga/1989/41/schedule/2/paragraph/20"
            }
          ],
          "dependsOn": [
            "child.lookedAfter"
          ],
          "caveat": "Taken from the Act as first enacted; later amendments were not checked, and the Act sets no time limit. Check your local procedures."
        }
      ],
      "notApplicable": [
        {
          "duty": "si-notify-care-leaver-death",
          "why": "Does not apply: the facts do not say the young person was a care leaver."
        },
        {
          "duty": "si-notify-ofsted-lscb",
          "why": "From 29 June 2018 incidents are notified to the Child Safeguarding Practice Review Panel instead. Here the local authority became aware on 2 March 2026."
        },
        {
          "duty": "lcspr-keep-published",
          "why": "The facts describe no practice review or serious case review."
        }
      ],
      "questions": [
        {
          "fact": "child.lookedAfter",
          "ask": "Was the child looked after by a local authority at the time?",
          "options": [
            "yes",
            "no"
          ]
        },
        {
          "fact": "death.jarCriteriaMet",
          "ask": "Are the joint agency response criteria met (for example a sudden death with no apparent cause, or one from external causes)?",
          "options": [
            "yes",
            "no"
          ]
        }
      ]
    }
  },
  "practice-review": {
    "lcspr-published": {
      "id": "pr-2026-0001",
      "version": 5,
      "createdAt": "2026-04-15T09:00:00Z",
      "updatedAt": "2026-11-02T10:00:00Z",
      "area": "E08000034",
      "kind": "lcspr",
      "seriousIncidentIds": [
        "si-2026-0001"
      ],
      "initiated": "2026-03-23",
      "reviewers": [
        {
          "role": "Lead reviewer",
          "organisation": "independent",
          "appointed": "2026-04-20"
        }
      ],
      "termsOfReference": "How early help responded to parental substance misuse; how safer sleep advice was given and followed up.",
      "method": "Systems approach with practitioner learning events",
      "familyEngagement": "The parents were invited to contribute and met the lead reviewer twice.",
      "publicationPlanned": "2026-10-30",
      "sentToPanel": "2026-10-16",
      "publication": {
        "outcome": "published",
        "date": "2026-10-30",
        "url": "https://example.org/reviews/child-la-ref-0001"
      },
      "recommendations": [
        {
          "recommendation": "Early help assessments should ask about substance misuse when there is an infant in the household.",
          "actions": [
            {
              "action": "Update the early help assessment form",
              "owner": "Early help service manager",
              "due": "2027-01-31",
              "status": "in-progress"
            }
          ]
        }
      ]
    },
    "national-review-in-progress": {
      "id": "pr-2026-0002",
      "version": 1,
      "createdAt": "2026-06-01T09:00:00Z",
      "updatedAt": "2026-06-01T09:00:00Z",
      "area": "E09000033",
      "kind": "national",
      "seriousIncidentIds": [
        "si-2026-0002"
      ],
      "initiated": "2026-05-28",
      "publicationPlanned": "2027-03-31"
    },
    "scr-improvements-only": {
      "id": "pr-2017-0001",
      "version": 3,
      "createdAt": "2017-02-01T09:00:00Z",
      "updatedAt": "2018-05-15T09:00:00Z",
      "area": "E09000033",
      "kind": "scr",
      "initiated": "2017-01-20",
      "sentToOfsted": "2018-04-30",
      "publication": {
        "outcome": "improvements-only",
        "date": "2018-05-14",
        "reasons": "Publishing the report would put a sibling at risk of being identified and harmed."
      }
    }
  },
  "practice-review-input": {
    "lcspr-published": {
      "area": "E08000034",
      "kind": "lcspr",
      "seriousIncidentIds": [
        "si-2026-0001"
      ],
      "initiated": "2026-03-23",
      "reviewers": [
        {
          "role": "Lead reviewer",
          "organisation": "independent",
          "appointed": "2026-04-20"
        }
      ],
      "termsOfReference": "How early help responded to parental substance misuse; how safer sleep advice was given and followed up.",
      "method": "Systems approach with practitioner learning events",
      "familyEngagement": "The parents were invited to contribute and met the lead reviewer twice.",
      "publicationPlanned": "2026-10-30",
      "sentToPanel": "2026-10-16",
      "publication": {
        "outcome": "published",
        "date": "2026-10-30",
        "url": "https://example.org/reviews/child-la-ref-0001"
      },
      "recommendations": [
        {
          "recommendation": "Early help assessments should ask about substance misuse when there is an infant in the household.",
          "actions": [
            {
              "action": "Update the early help assessment form",
              "owner": "Early help service manager",
              "due": "2027-01-31",
              "status": "in-progress"
            }
          ]
        }
      ]
    },
    "national-review-in-progress": {
      "area": "E09000033",
      "kind": "national",
      "seriousIncidentIds": [
        "si-2026-0002"
      ],
      "initiated": "2026-05-28",
      "publicationPlanned": "2027-03-31"
    }
  },
  "rapid-review": {
    "in-progress": {
      "id": "rr-2026-0002",
      "version": 1,
      "createdAt": "2026-05-12T09:00:00Z",
      "updatedAt": "2026-05-12T09:00:00Z",
      "area": "E09000033",
      "seriousIncidentId": "si-2026-0002",
      "started": "2026-05-12",
      "contributions": [
        {
          "agency": "Children’s social care"
        }
      ]
    },
    "local-review-agreed": {
      "id": "rr-2026-0001",
      "version": 4,
      "createdAt": "2026-03-05T09:00:00Z",
      "updatedAt": "2026-03-25T17:00:00Z",
      "area": "E08000034",
      "seriousIncidentId": "si-2026-0001",
      "started": "2026-03-05",
      "completed": "2026-03-23",
      "contributions": [
        {
          "agency": "Children’s social care",
          "summaryReceived": "2026-03-12"
        },
        {
          "agency": "Health visiting service",
          "summaryReceived": "2026-03-13"
        },
        {
          "agency": "Police",
          "summaryReceived": "2026-03-16"
        }
      ],
      "immediateActions": [
        "Safety plans reviewed for the two older siblings",
        "Safer sleep advice reissued to all health visitors"
      ],
      "learning": [
        "Early help did not see parental substance misuse as a risk to an infant"
      ],
      "decision": "local-review",
      "decisionReasons": "The case may show systemic learning about early help and safer sleep that a local review can explore.",
      "sentToPanel": "2026-03-24",
      "panelResponse": "agrees-with-decision",
      "panelResponseDate": "2026-04-14"
    }
  },
  "rapid-review-input": {
    "in-progress": {
      "area": "E09000033",
      "seriousIncidentId": "si-2026-0002",
      "started": "2026-05-12",
      "contributions": [
        {
          "agency": "Children’s social care"
        }
      ]
    },
    "local-review-agreed": {
      "area": "E08000034",
      "seriousIncidentId": "si-2026-0001",
      "started": "2026-03-05",
      "completed": "2026-03-23",
      "contributions": [
        {
          "agency": "Children’s social care",
          "summaryReceived": "2026-03-12"
        },
        {
          "agency": "Health visiting service",
          "summaryReceived": "2026-03-13"
        },
        {
          "agency": "Police",
          "summaryReceived": "2026-03-16"
        }
      ],
      "immediateActions": [
        "Safety plans reviewed for the two older siblings",
        "Safer sleep advice reissued to all health visitors"
      ],
      "learning": [
        "Early help did not see parental substance misuse as a risk to an infant"
      ],
      "decision": "local-review",
      "decisionReasons": "The case may show systemic learning about early help and safer sleep that a local review can explore.",
      "sentToPanel": "2026-03-24",
      "panelResponse": "agrees-with-decision",
      "panelResponseDate": "2026-04-14"
    }
  },
  "relevant-agency": {
    "body-outside-schedule": {
      "id": "ra-0003",
      "version": 2,
      "createdAt": "2021-04-01T09:00:00Z",
      "updatedAt": "2024-04-02T11:00:00Z",
      "area": "E08000034",
      "heading": "other",
      "organisation": {
        "name": "Example Young People’s Charity"
      },
      "inSchedule": false,
      "named": "2021-04-01",
      "removed": "2024-03-31"
    },
    "further-education-college": {
      "id": "ra-0004",
      "version": 1,
      "createdAt": "2023-12-15T12:00:00Z",
      "updatedAt": "2023-12-15T12:00:00Z",
      "area": "E08000034",
      "heading": "education-and-childcare",
      "scheduleParagraph": 10,
      "organisation": {
        "name": "Example College",
        "identifier": {
          "scheme": "ukprn",
          "value": "10001234"
        }
      },
      "inSchedule": true,
      "named": "2023-12-15"
    },
    "maintained-school": {
      "id": "ra-0001",
      "version": 1,
      "createdAt": "2019-06-28T09:00:00Z",
      "updatedAt": "2019-06-28T09:00:00Z",
      "area": "E08000034",
      "heading": "education-and-childcare",
      "scheduleParagraph": 4,
      "organisation": {
        "name": "Example Primary School",
        "identifier": {
          "scheme": "urn",
          "value": "107654"
        }
      },
      "inSchedule": true,
      "named": "2019-06-28"
    },
    "nhs-trust": {
      "id": "ra-0002",
      "version": 1,
      "createdAt": "2019-06-28T09:00:00Z",
      "updatedAt": "2019-06-28T09:00:00Z",
      "area": "E08000034",
      "heading": "health-and-social-care",
      "organisation": {
        "name": "Example Hospitals NHS Trust",
        "identifier": {
          "scheme": "ods",
          "value": "RZZ"
        }
      },
      "inSchedule": true,
      "named": "2019-06-28"
    }
  },
  "relevant-agency-input": {
    "maintained-school": {
      "area": "E08000034",
      "heading": "education-and-childcare",
      "scheduleParagraph": 4,
      "organisation": {
        "name": "Example Primary School",
        "identifier": {
          "scheme": "urn",
          "value": "107654"
        }
      },
      "inSchedule": true,
      "named": "2019-06-28"
    },
    "nhs-trust": {
      "area": "E08000034",
      "heading": "health-and-social-care",
      "organisation": {
        "name": "Example Hospitals NHS Trust",
        "identifier": {
          "scheme": "ods",
          "value": "RZZ"
        }
      },
      "inSchedule": true,
      "named": "2019-06-28"
    }
  },
  "safeguarding-partner": {
    "ccg-until-2022-06-30": {
      "id": "sp-0002",
      "version": 2,
      "createdAt": "2019-06-28T09:00:00Z",
      "updatedAt": "2022-07-01T09:00:00Z",
      "area": "E08000034",
      "kind": "ccg",
      "organisation": {
        "name": "NHS Example Clinical Commissioning Group",
        "identifier": {
          "scheme": "ods",
          "value": "02T"
        }
      },
      "leadRoleTitle": "Accountable Officer",
      "from": "2019-06-28",
      "to": "2022-06-30"
    },
    "icb": {
      "id": "sp-0003",
      "version": 1,
      "createdAt": "2022-07-01T09:00:00Z",
      "updatedAt": "2022-07-01T09:00:00Z",
      "area": "E08000034",
      "kind": "icb",
      "organisation": {
        "name": "NHS Example Integrated Care Board",
        "identifier": {
          "scheme": "ods",
          "value": "QWO"
        }
      },
      "leadRoleTitle": "Chief Executive",
      "delegatedRoleTitle": "Chief Nurse",
      "delegatedName": "Jo Example",
      "from": "2022-07-01"
    },
    "local-authority": {
      "id": "sp-0001",
      "version": 1,
      "createdAt": "2019-06-28T09:00:00Z",
      "updatedAt": "2019-06-28T09:00:00Z",
      "area": "E08000034",
      "kind": "local-authority",
      "organisation": {
        "name": "Example Metropolitan Borough Council",
        "identifier": {
          "scheme": "gss",
          "value": "E08000034"
        }
      },
      "leadRoleTitle": "Chief Executive",
      "delegatedRoleTitle": "Director of Children’s Services",
      "from": "2019-06-28"
    },
    "police": {
      "id": "sp-0004",
      "version": 1,
      "createdAt": "2019-06-28T09:00:00Z",
      "updatedAt": "2019-06-28T09:00:00Z",
      "area": "E08000034",
      "kind": "police",
      "organisation": {
        "name": "Example Police",
        "identifier": {
          "scheme": "police-force",
          "value": "E23000010"
        }
      },
      "leadRoleTitle": "Chief Constable",
      "delegatedRoleTitle": "Assistant Chief Constable",
      "from": "2019-06-28"
    }
  },
  "safeguarding-partner-input": {
    "ccg-until-2022-06-30": {
      "area": "E08000034",
      "kind": "ccg",
      "organisation": {
        "name": "NHS Example Clinical Commissioning Group",
        "identifier": {
          "scheme": "ods",
          "value": "02T"
        }
      },
      "leadRoleTitle": "Accountable Officer",
      "from": "2019-06-28",
      "to": "2022-06-30"
    },
    "icb": {
      "area": "E08000034",
      "kind": "icb",
      "organisation": {
        "name": "NHS Example Integrated Care Board",
        "identifier": {
          "scheme": "ods",
          "value": "QWO"
        }
      },
      "leadRoleTitle": "Chief Executive",
      "delegatedRoleTitle": "Chief Nurse",
      "delegatedName": "Jo Example",
      "from": "2022-07-01"
    }
  },
  "safeguarding-partnership": {
    "lscb": {
      "id": "partnership-0002",
      "version": 3,
      "createdAt": "2017-04-01T09:00:00Z",
      "updatedAt": "2019-09-30T09:00:00Z",
      "area": "E09000033",
      "areas": [
        "E09000033"
      ],
      "name": "Example Local Safeguarding Children Board",
      "regime": "lscb",
      "independentChair": {
        "role": "Independent Chair",
        "name": "Pat Example"
      },
      "arrangementsPublished": "2013-04-15",
      "yearlyReports": [
        {
          "periodStart": "2017-04-01",
          "periodEnd": "2018-03-31",
          "published": "2018-09-28"
        }
      ]
    },
    "partner-arrangements": {
      "id": "partnership-0001",
      "version": 7,
      "createdAt": "2019-06-28T09:00:00Z",
      "updatedAt": "2025-01-10T14:00:00Z",
      "area": "E08000034",
      "areas": [
        "E08000034"
      ],
      "name": "Example Safeguarding Children Partnership",
      "regime": "safeguarding-partners",
      "partnershipChair": {
        "role": "Director of Children’s Services (on behalf of the lead safeguarding partners)"
      },
      "safeguardingPartners": [
        {
          "area": "E08000034",
          "kind": "local-authority",
          "organisation": {
            "name": "Example Metropolitan Borough Council",
            "identifier": {
              "scheme": "gss",
              "value": "E08000034"
            }
          },
          "leadRoleTitle": "Chief Executive",
          "delegatedRoleTitle": "Director of Children’s Services",
          "from": "2019-06-28"
        },
        {
          "area": "E08000034",
          "kind": "police",
          "organisation": {
            "name": "Example Police",
            "identifier": {
              "scheme": "police-force",
              "value": "E23000010"
            }
          },
          "leadRoleTitle": "Chief Constable",
          "delegatedRoleTitle": "Assistant Chief Constable",
          "from": "2019-06-28"
        },
        {
          "area": "E08000034",
          "kind": "ccg",
          "organisation": {
            "name": "NHS Example Clinical Commissioning Group",
            "identifier": {
              "scheme": "ods",
              "value": "02T"
            }
          },
          "leadRoleTitle": "Accountable Officer",
          "from": "2019-06-28",
          "to": "2022-06-30"
        },
        {
          "area": "E08000034",
          "kind": "icb",
          "organisation": {
            "name": "NHS Example Integrated Care Board",
            "identifier": {
              "scheme": "ods",
              "value": "QWO"
            }
          },
          "leadRoleTitle": "Chief Executive",
          "delegatedRoleTitle": "Chief Nurse",
          "delegatedName": "Jo Example",
          "from": "2022-07-01"
        }
      ],
      "relevantAgencies": [
        {
          "area": "E08000034",
          "heading": "education-and-childcare",
          "scheduleParagraph": 4,
          "organisation": {
            "name": "Example Primary School",
            "identifier": {
              "scheme": "urn",
              "value": "107654"
            }
          },
          "inSchedule": true,
          "named": "2019-06-28"
        },
        {
          "area": "E08000034",
          "heading": "health-and-social-care",
          "organisation": {
            "name": "Example Hospitals NHS Trust",
            "identifier": {
              "scheme": "ods",
              "value": "RZZ"
            }
          },
          "inSchedule": true,
          "named": "2019-06-28"
        },
        {
          "area": "E08000034",
          "heading": "education-and-childcare",
          "scheduleParagraph": 10,
          "organisation": {
            "name": "Example College",
            "identifier": {
              "scheme": "ukprn",
              "value": "10001234"
            }
          },
          "inSchedule": true,
          "named": "2023-12-15"
        }
      ],
      "independentScrutiny": {
        "by": "Independent scrutineer appointed by the partners",
        "how": "Multi-agency audits, a yearly challenge event and review of rapid reviews",
        "frequency": "quarterly"
      },
      "funding": [
        {
          "year": "2024-25",
          "contributions": [
            {
              "contributor": "Example Metropolitan Borough Council",
              "amountPounds": 180000
            },
            {
              "contributor": "Example Police",
              "amountPounds": 60000
            },
            {
              "contributor": "NHS Example Integrated Care Board",
              "amountPounds": 90000,
              "inKind": "Designated nurse time, two days a week"
            }
          ]
        }
      ],
      "thresholdDocument": {
        "title": "Continuum of need and levels of response",
        "url": "https://example.org/continuum-of-need",
        "published": "2024-04-01"
      },
      "arrangementsPublished": "2019-06-28",
      "arrangementsImplemented": "2019-09-29",
      "lastRevised": "2024-12-12",
      "yearlyReports": [
        {
          "periodStart": "2023-04-01",
          "periodEnd": "2024-03-31",
          "published": "2024-09-30",
          "sentTo": [
            "child-safeguarding-practice-review-panel",
            "foundations"
          ],
          "sent": "2024-10-07",
          "url": "https://example.org/yearly-report-2023-24"
        }
      ]
    },
    "two-area-arrangements": {
      "id": "partnership-0003",
      "version": 1,
      "createdAt": "2023-12-15T09:00:00Z",
      "updatedAt": "2023-12-15T09:00:00Z",
      "area": "E06000014",
      "areas": [
        "E06000014",
        "E06000011"
      ],
      "name": "Example Bi-Borough Safeguarding Partnership",
      "regime": "safeguarding-partners",
      "safeguardingPartners": [
        {
          "area": "E06000014",
          "kind": "local-authority",
          "organisation": {
            "name": "Example Unitary Council",
            "identifier": {
              "scheme": "gss",
              "value": "E06000014"
            }
          },
          "from": "2019-09-01"
        },
        {
          "area": "E06000011",
          "kind": "local-authority",
          "organisation": {
            "name": "Neighbouring Unitary Council",
            "identifier": {
              "scheme": "gss",
              "value": "E06000011"
            }
          },
          "from": "2019-09-01"
        }
      ],
      "arrangementsPublished": "2019-06-28",
      "arrangementsImplemented": "2019-09-01"
    }
  },
  "safeguarding-partnership-input": {
    "lscb": {
      "area": "E09000033",
      "areas": [
        "E09000033"
      ],
      "name": "Example Local Safeguarding Children Board",
      "regime": "lscb",
      "independentChair": {
        "role": "Independent Chair",
        "name": "Pat Example"
      },
      "arrangementsPublished": "2013-04-15",
      "yearlyReports": [
        {
          "periodStart": "2017-04-01",
          "periodEnd": "2018-03-31",
          "published": "2018-09-28"
        }
      ]
    },
    "partner-arrangements": {
      "area": "E08000034",
      "areas": [
        "E08000034"
      ],
      "name": "Example Safeguarding Children Partnership",
      "regime": "safeguarding-partners",
      "partnershipChair": {
        "role": "Director of Children’s Services (on behalf of the lead safeguarding partners)"
      },
      "safeguardingPartners": [
        {
          "area": "E08000034",
          "kind": "local-authority",
          "organisation": {
            "name": "Example Metropolitan Borough Council",
            "identifier": {
              "scheme": "gss",
              "value": "E08000034"
            }
          },
          "leadRoleTitle": "Chief Executive",
          "delegatedRoleTitle": "Director of Children’s Services",
          "from": "2019-06-28"
        },
        {
          "area": "E08000034",
          "kind": "police",
          "organisation": {
            "name": "Example Police",
            "identifier": {
              "scheme": "police-force",
              "value": "E23000010"
            }
          },
          "leadRoleTitle": "Chief Constable",
          "delegatedRoleTitle": "Assistant Chief Constable",
          "from": "2019-06-28"
        },
        {
          "area": "E08000034",
          "kind": "ccg",
          "organisation": {
            "name": "NHS Example Clinical Commissioning Group",
            "identifier": {
              "scheme": "ods",
              "value": "02T"
            }
          },
          "leadRoleTitle": "Accountable Officer",
          "from": "2019-06-28",
          "to": "2022-06-30"
        },
        {
          "area": "E08000034",
          "kind": "icb",
          "organisation": {
            "name": "NHS Example Integrated Care Board",
            "identifier": {
              "scheme": "ods",
              "value": "QWO"
            }
          },
          "leadRoleTitle": "Chief Executive",
          "delegatedRoleTitle": "Chief Nurse",
          "delegatedName": "Jo Example",
          "from": "2022-07-01"
        }
      ],
      "relevantAgencies": [
        {
          "area": "E08000034",
          "heading": "education-and-childcare",
          "scheduleParagraph": 4,
          "organisation": {
            "name": "Example Primary School",
            "identifier": {
              "scheme": "urn",
              "value": "107654"
            }
          },
          "inSchedule": true,
          "named": "2019-06-28"
        },
        {
          "area": "E08000034",
          "heading": "health-and-social-care",
          "organisation": {
            "name": "Example Hospitals NHS Trust",
            "identifier": {
              "scheme": "ods",
              "value": "RZZ"
            }
          },
          "inSchedule": true,
          "named": "2019-06-28"
        },
        {
          "area": "E08000034",
          "heading": "education-and-childcare",
          "scheduleParagraph": 10,
          "organisation": {
            "name": "Example College",
            "identifier": {
              "scheme": "ukprn",
              "value": "10001234"
            }
          },
          "inSchedule": true,
          "named": "2023-12-15"
        }
      ],
      "independentScrutiny": {
        "by": "Independent scrutineer appointed by the partners",
        "how": "Multi-agency audits, a yearly challenge event and review of rapid reviews",
        "frequency": "quarterly"
      },
      "funding": [
        {
          "year": "2024-25",
          "contributions": [
            {
              "contributor": "Example Metropolitan Borough Council",
              "amountPounds": 180000
            },
            {
              "contributor": "Example Police",
              "amountPounds": 60000
            },
            {
              "contributor": "NHS Example Integrated Care Board",
              "amountPounds": 90000,
              "inKind": "Designated nurse time, two days a week"
            }
          ]
        }
      ],
      "thresholdDocument": {
        "title": "Continuum of need and levels of response",
        "url": "https://example.org/continuum-of-need",
        "published": "2024-04-01"
      },
      "arrangementsPublished": "2019-06-28",
      "arrangementsImplemented": "2019-09-29",
      "lastRevised": "2024-12-12",
      "yearlyReports": [
        {
          "periodStart": "2023-04-01",
          "periodEnd": "2024-03-31",
          "published": "2024-09-30",
          "sentTo": [
            "child-safeguarding-practice-review-panel",
            "foundations"
          ],
          "sent": "2024-10-07",
          "url": "https://example.org/yearly-report-2023-24"
        }
      ]
    }
  },
  "serious-incident": {
    "care-leaver-death": {
      "id": "si-2026-0003",
      "version": 1,
      "createdAt": "2026-07-20T08:30:00Z",
      "updatedAt": "2026-07-20T08:30:00Z",
      "area": "E06000014",
      "notifier": {
        "role": "Head of Service, Care Leavers"
      },
      "incidentType": "care-leaver-death",
      "harm": "death",
      "abuseOrNeglect": "not-suspected",
      "location": "in-area",
      "incidentDate": "2026-07-15",
      "laBecameAware": "2026-07-17",
      "children": [
        {
          "reference": "LA-REF-0999",
          "ageYears": 21,
          "sex": "male",
          "legalStatus": [
            "care-leaver"
          ]
        }
      ],
      "caseOutline": "Fictional example. A care leaver aged 21 died in supported accommodation; the cause is not yet known.",
      "panelNotified": "2026-07-20",
      "ofstedNotified": "2026-07-20",
      "secretaryOfStateNotified": "2026-07-20",
      "rapidReviewThresholdMet": false
    },
    "death-suspected-neglect": {
      "id": "si-2026-0001",
      "version": 2,
      "createdAt": "2026-03-04T09:15:00Z",
      "updatedAt": "2026-03-05T16:40:00Z",
      "area": "E08000034",
      "notifier": {
        "role": "Head of Safeguarding and Quality Assurance",
        "name": "Sam Example",
        "email": "sam.example@example.org",
        "telephone": "01000 000001"
      },
      "incidentType": "death",
      "harm": "death",
      "abuseOrNeglect": "suspected",
      "location": "in-area",
      "incidentDate": "2026-02-27",
      "incidentTime": "03:40",
      "laBecameAware": "2026-03-02",
      "children": [
        {
          "reference": "LA-REF-0001",
          "ageYears": 0,
          "sex": "male",
          "legalStatus": [
            "child-in-need"
          ],
          "disability": false,
          "healthSummary": "Fictional: born at 36 weeks, no known medical conditions."
        }
      ],
      "caseOutline": "Fictional example. An infant was found unresponsive at home after co-sleeping; there were concerns about parental substance misuse and the child was open to early help.",
      "agenciesInvolved": [
        "Children’s social care",
        "Health visiting service",
        "Police"
      ],
      "policeInvestigating": true,
      "panelNotified": "2026-03-04",
      "partnersNotified": "2026-03-03",
      "ofstedNotified": "2026-03-04",
      "secretaryOfStateNotified": "2026-03-04",
      "rapidReviewThresholdMet": true
    },
    "four-siblings-serious-harm": {
      "id": "si-2026-0002",
      "version": 1,
      "createdAt": "2026-05-11T10:00:00+01:00",
      "updatedAt": "2026-05-11T10:00:00+01:00",
      "area": "E09000033",
      "notifier": {
        "role": "Service Manager, Quality Assurance"
      },
      "incidentType": "serious-harm",
      "harm": "serious-harm",
      "abuseOrNeglect": "known",
      "location": "elsewhere-in-england",
      "incidentDate": "2026-05-06",
      "laBecameAware": "2026-05-07",
      "children": [
        {
          "reference": "LA-REF-0101",
          "ageYears": 14,
          "sex": "female",
          "legalStatus": [
            "child-protection-plan"
          ],
          "ethnicity": "WBRI"
        },
        {
          "reference": "LA-REF-0102",
          "ageYears": 12,
          "sex": "male",
          "legalStatus": [
            "child-protection-plan"
          ]
        },
        {
          "reference": "LA-REF-0103",
          "dateOfBirth": "2016-09-14",
          "sex": "female",
          "legalStatus": [
            "child-protection-plan"
          ]
        },
        {
          "reference": "LA-REF-0104",
          "ageYears": 3,
          "sex": "not-known",
          "legalStatus": [
            "none"
          ]
        }
      ],
      "furtherChildren": "Fictional: a fifth sibling, aged 1, was also in the household and was not injured.",
      "caseOutline": "Fictional example. Four siblings were found in a home with serious neglect while visiting relatives in another area; one needed hospital treatment.",
      "policeInvestigating": true,
      "panelNotified": "2026-05-12",
      "partnersNotified": "2026-05-08",
      "rapidReviewThresholdMet": true
    }
  },
  "serious-incident-input": {
    "death-suspected-neglect": {
      "area": "E08000034",
      "notifier": {
        "role": "Head of Safeguarding and Quality Assurance",
        "name": "Sam Example",
        "email": "sam.example@example.org",
        "telephone": "01000 000001"
      },
      "incidentType": "death",
      "harm": "death",
      "abuseOrNeglect": "suspected",
      "location": "in-area",
      "incidentDate": "2026-02-27",
      "incidentTime": "03:40",
      "laBecameAware": "2026-03-02",
      "children": [
        {
          "reference": "LA-REF-0001",
          "ageYears": 0,
          "sex": "male",
          "legalStatus": [
            "child-in-need"
          ],
          "disability": false,
          "healthSummary": "Fictional: born at 36 weeks, no known medical conditions."
        }
      ],
      "caseOutline": "Fictional example. An infant was found unresponsive at home after co-sleeping; there were concerns about parental substance misuse and the child was open to early help.",
      "agenciesInvolved": [
        "Children’s social care",
        "Health visiting service",
        "Police"
      ],
      "policeInvestigating": true,
      "panelNotified": "2026-03-04",
      "partnersNotified": "2026-03-03",
      "ofstedNotified": "2026-03-04",
      "secretaryOfStateNotified": "2026-03-04",
      "rapidReviewThresholdMet": true
    },
    "four-siblings-serious-harm": {
      "area": "E09000033",
      "notifier": {
        "role": "Service Manager, Quality Assurance"
      },
      "incidentType": "serious-harm",
      "harm": "serious-harm",
      "abuseOrNeglect": "known",
      "location": "elsewhere-in-england",
      "incidentDate": "2026-05-06",
      "laBecameAware": "2026-05-07",
      "children": [
        {
          "reference": "LA-REF-0101",
          "ageYears": 14,
          "sex": "female",
          "legalStatus": [
            "child-protection-plan"
          ],
          "ethnicity": "WBRI"
        },
        {
          "reference": "LA-REF-0102",
          "ageYears": 12,
          "sex": "male",
          "legalStatus": [
            "child-protection-plan"
          ]
        },
        {
          "reference": "LA-REF-0103",
          "dateOfBirth": "2016-09-14",
          "sex": "female",
          "legalStatus": [
            "child-protection-plan"
          ]
        },
        {
          "reference": "LA-REF-0104",
          "ageYears": 3,
          "sex": "not-known",
          "legalStatus": [
            "none"
          ]
        }
      ],
      "furtherChildren": "Fictional: a fifth sibling, aged 1, was also in the household and was not injured.",
      "caseOutline": "Fictional example. Four siblings were found in a home with serious neglect while visiting relatives in another area; one needed hospital treatment.",
      "policeInvestigating": true,
      "panelNotified": "2026-05-12",
      "partnersNotified": "2026-05-08",
      "rapidReviewThresholdMet": true
    }
  },
  "duty": {
    "rr-complete": {
      "action": "Carry out a rapid review: establish the facts, decide on immediate action to keep children safe, consider what can be learned, and decide whether a local child safeguarding practice review is appropriate.",
      "actor": "safeguarding-partners",
      "appliesWhen": {
        "condition": "notifiable-by-this-authority"
      },
      "done": "rapidReviewCompleted",
      "editions": {
        "wt2018": {
          "citations": [
            {
              "chapter": 4,
              "source": "wt2018"
            }
          ],
          "confidence": "high",
          "deadline": {
            "amount": 15,
            "from": "laBecameAware",
            "kind": "after",
            "unit": "working-days"
          }
        },
        "wt2023": {
          "caveat": "The 15 working days are certain; that under Working Together 2023 they run from the notification (not from awareness) is from secondary sources. Check your local procedures.",
          "citations": [
            {
              "chapter": 5,
              "source": "wt2023"
            }
          ],
          "confidence": "medium",
          "deadline": {
            "amount": 15,
            "from": "panelNotified",
            "kind": "after",
            "unit": "working-days"
          }
        }
      },
      "id": "rr-complete",
      "inForce": {
        "from": "reforms-commenced",
        "reason": "Rapid reviews began with the safeguarding partners' duties on 29 June 2018."
      },
      "lastReviewed": "2026-11-30",
      "process": "serious-incident",
      "recipients": [],
      "strength": "should",
      "title": "Carry out a rapid review"
    }
  }
};
