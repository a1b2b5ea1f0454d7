// Generated from schemas/openapi.json by `npm run generate -w @safeguarding/sdk` (openapi-typescript). Do not edit.

export type paths = {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Is the process up
         * @description Liveness: answers as long as the process runs. Needs no token.
         */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Can it serve requests (database reachable)
         * @description Readiness: answers ready when the database answers. Needs no token.
         */
        get: operations["readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the audit log
         * @description Who read or changed which record, when, and the outcome, oldest first, a page at a time: every access to records, every refusal and every read of this log. Auditor and admin tokens only. No record content is ever logged.
         */
        get: operations["list-audit-events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events/{seq}/proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prove one event is in the signed log
         * @description An inclusion proof (RFC 9162 §2.1.3): the event, the text its leaf hash covers, the audit path to the root of the newest checkpoint, and that checkpoint with its Ed25519 signature, so the event can be checked against the public key without trusting this server. Auditor and admin tokens only.
         */
        get: operations["prove-audit-event"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the audit log has not been tampered with
         * @description Recomputes the Merkle tree (RFC 9162) from the events as they are now and checks it against every signed checkpoint and against the witness file kept outside the database: an event edited, deleted, reordered or added, hashes recomputed to hide it, the end of the log cut off or its tables truncated are each found, with the first bad position. Events logged in the last second or so are not sealed yet and are counted as unsealed. Auditor and admin tokens only.
         */
        get: operations["verify-audit-events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar/working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Add or count working days
         * @description Working days are Monday to Friday except England and Wales bank holidays. With add: the date that many working days after from. With to: how many working days from from to to.
         */
        get: operations["working-days"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/child-deaths": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List child death records
         * @description Only records of the areas your token holds, in the order they were created, a page at a time. Filters: area, seriousIncidentId. Any other query parameter is an error.
         */
        get: operations["list-child-death"];
        put?: never;
        /**
         * Create a child death
         * @description Stores a new child death and answers it with its id, version 1 and timestamps. Send an Idempotency-Key: a retry with the same key (after a lost answer) returns the first answer instead of a second record.
         */
        post: operations["create-child-death"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/child-deaths/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a child death
         * @description The child death, with its version in the ETag header for a later If-Match. A record of an area your token does not hold answers 404, as a missing one does.
         */
        get: operations["get-child-death"];
        /**
         * Replace a child death
         * @description Send the whole record with If-Match set to the ETag you read. The record exactly as GET returned it is accepted: id, version, createdAt and updatedAt are checked and ignored, and a 422 names any you changed. If someone changed the record since, you get 412 with the current ETag: read it again and reapply your change.
         */
        put: operations["replace-child-death"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some fields of a child death
         * @description Send only the fields to change, as a JSON Merge Patch (RFC 7396): a field set to null is removed, an object merges field by field, a list replaces the whole list. Needs If-Match like PUT. The changed record must still be valid; a 422 names each field that is not.
         */
        patch: operations["patch-child-death"];
        trace?: never;
    };
    "/v1/child-deaths/{id}/next-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What is due on a child death
         * @description The duty engine applied to the case facts, as of today or asOf. A case is a chain of records: a serious incident, its rapid review, the practice review that covers it and the child death review of a child who died. The answer uses the facts of every record of the case you can see, so a rapid review recorded complete shows as done on the incident too.
         */
        get: operations["next-actions-for-child-death"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What is due or overdue across your cases
         * @description The to-do list of a partnership: every action due or overdue on every case you can see, soonest first, a page at a time. Each action is listed once, against the record of its case that records it as done (a rapid review’s completion against the rapid review, or against the serious incident until a rapid review is recorded). Records whose facts do not fit together are left out (open their next actions for the reason).
         */
        get: operations["list-due"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/duties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The duty catalogue
         * @description Every duty the engine knows: who must do what, by when, under which editions of the guidance, with citations.
         */
        get: operations["list-duties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/next-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What must be done next, and by when
         * @description Send the facts of a case; get every duty that applies with its due date, why, and its citations, the duties ruled out and why, and the questions whose answers would settle the rest. Nothing is stored.
         */
        post: operations["next-actions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partnerships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List partnership records
         * @description Only records of the areas your token holds, in the order they were created, a page at a time. Filters: area. Any other query parameter is an error.
         */
        get: operations["list-safeguarding-partnership"];
        put?: never;
        /**
         * Create a partnership
         * @description Stores a new partnership and answers it with its id, version 1 and timestamps. Send an Idempotency-Key: a retry with the same key (after a lost answer) returns the first answer instead of a second record.
         */
        post: operations["create-safeguarding-partnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partnerships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a partnership
         * @description The partnership, with its version in the ETag header for a later If-Match. A record of an area your token does not hold answers 404, as a missing one does.
         */
        get: operations["get-safeguarding-partnership"];
        /**
         * Replace a partnership
         * @description Send the whole record with If-Match set to the ETag you read. The record exactly as GET returned it is accepted: id, version, createdAt and updatedAt are checked and ignored, and a 422 names any you changed. If someone changed the record since, you get 412 with the current ETag: read it again and reapply your change.
         */
        put: operations["replace-safeguarding-partnership"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some fields of a partnership
         * @description Send only the fields to change, as a JSON Merge Patch (RFC 7396): a field set to null is removed, an object merges field by field, a list replaces the whole list. Needs If-Match like PUT. The changed record must still be valid; a 422 names each field that is not.
         */
        patch: operations["patch-safeguarding-partnership"];
        trace?: never;
    };
    "/v1/partnerships/{id}/next-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What is due on a partnership
         * @description The duty engine applied to the case facts, as of today or asOf. The duties of the arrangements themselves.
         */
        get: operations["next-actions-for-safeguarding-partnership"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/practice-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List practice review records
         * @description Only records of the areas your token holds, in the order they were created, a page at a time. Filters: area, seriousIncidentId. Any other query parameter is an error.
         */
        get: operations["list-practice-review"];
        put?: never;
        /**
         * Create a practice review
         * @description Stores a new practice review and answers it with its id, version 1 and timestamps. Send an Idempotency-Key: a retry with the same key (after a lost answer) returns the first answer instead of a second record.
         */
        post: operations["create-practice-review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/practice-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a practice review
         * @description The practice review, with its version in the ETag header for a later If-Match. A record of an area your token does not hold answers 404, as a missing one does.
         */
        get: operations["get-practice-review"];
        /**
         * Replace a practice review
         * @description Send the whole record with If-Match set to the ETag you read. The record exactly as GET returned it is accepted: id, version, createdAt and updatedAt are checked and ignored, and a 422 names any you changed. If someone changed the record since, you get 412 with the current ETag: read it again and reapply your change.
         */
        put: operations["replace-practice-review"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some fields of a practice review
         * @description Send only the fields to change, as a JSON Merge Patch (RFC 7396): a field set to null is removed, an object merges field by field, a list replaces the whole list. Needs If-Match like PUT. The changed record must still be valid; a 422 names each field that is not.
         */
        patch: operations["patch-practice-review"];
        trace?: never;
    };
    "/v1/practice-reviews/{id}/next-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What is due on a practice review
         * @description The duty engine applied to the case facts, as of today or asOf. A case is a chain of records: a serious incident, its rapid review, the practice review that covers it and the child death review of a child who died. The answer uses the facts of every record of the case you can see, so a rapid review recorded complete shows as done on the incident too.
         */
        get: operations["next-actions-for-practice-review"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rapid-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List rapid review records
         * @description Only records of the areas your token holds, in the order they were created, a page at a time. Filters: area, seriousIncidentId. Any other query parameter is an error.
         */
        get: operations["list-rapid-review"];
        put?: never;
        /**
         * Create a rapid review
         * @description Stores a new rapid review and answers it with its id, version 1 and timestamps. Send an Idempotency-Key: a retry with the same key (after a lost answer) returns the first answer instead of a second record.
         */
        post: operations["create-rapid-review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rapid-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a rapid review
         * @description The rapid review, with its version in the ETag header for a later If-Match. A record of an area your token does not hold answers 404, as a missing one does.
         */
        get: operations["get-rapid-review"];
        /**
         * Replace a rapid review
         * @description Send the whole record with If-Match set to the ETag you read. The record exactly as GET returned it is accepted: id, version, createdAt and updatedAt are checked and ignored, and a 422 names any you changed. If someone changed the record since, you get 412 with the current ETag: read it again and reapply your change.
         */
        put: operations["replace-rapid-review"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some fields of a rapid review
         * @description Send only the fields to change, as a JSON Merge Patch (RFC 7396): a field set to null is removed, an object merges field by field, a list replaces the whole list. Needs If-Match like PUT. The changed record must still be valid; a 422 names each field that is not.
         */
        patch: operations["patch-rapid-review"];
        trace?: never;
    };
    "/v1/rapid-reviews/{id}/next-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What is due on a rapid review
         * @description The duty engine applied to the case facts, as of today or asOf. A case is a chain of records: a serious incident, its rapid review, the practice review that covers it and the child death review of a child who died. The answer uses the facts of every record of the case you can see, so a rapid review recorded complete shows as done on the incident too.
         */
        get: operations["next-actions-for-rapid-review"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/serious-incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List serious incident records
         * @description Only records of the areas your token holds, in the order they were created, a page at a time. Filters: area. Any other query parameter is an error.
         */
        get: operations["list-serious-incident"];
        put?: never;
        /**
         * Create a serious incident
         * @description Stores a new serious incident and answers it with its id, version 1 and timestamps. Send an Idempotency-Key: a retry with the same key (after a lost answer) returns the first answer instead of a second record.
         */
        post: operations["create-serious-incident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/serious-incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a serious incident
         * @description The serious incident, with its version in the ETag header for a later If-Match. A record of an area your token does not hold answers 404, as a missing one does.
         */
        get: operations["get-serious-incident"];
        /**
         * Replace a serious incident
         * @description Send the whole record with If-Match set to the ETag you read. The record exactly as GET returned it is accepted: id, version, createdAt and updatedAt are checked and ignored, and a 422 names any you changed. If someone changed the record since, you get 412 with the current ETag: read it again and reapply your change.
         */
        put: operations["replace-serious-incident"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some fields of a serious incident
         * @description Send only the fields to change, as a JSON Merge Patch (RFC 7396): a field set to null is removed, an object merges field by field, a list replaces the whole list. Needs If-Match like PUT. The changed record must still be valid; a 422 names each field that is not.
         */
        patch: operations["patch-serious-incident"];
        trace?: never;
    };
    "/v1/serious-incidents/{id}/next-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What is due on a serious incident
         * @description The duty engine applied to the case facts, as of today or asOf. A case is a chain of records: a serious incident, its rapid review, the practice review that covers it and the child death review of a child who died. The answer uses the facts of every record of the case you can see, so a rapid review recorded complete shows as done on the incident too.
         */
        get: operations["next-actions-for-serious-incident"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/validate/{schemaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check records against their schema
         * @description Send one record or a list of them. Nothing is stored. The same checks as `safeguarding validate` (the published JSON Schema, the coded rules, then the statutory timescales as warnings), with the same report: complete counts by code, then every problem with its record and JSON Pointer, so a whole export can be fixed in one pass.
         */
        post: operations["validate-records"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /** @description One entry of the append-only audit log. No record content. */
        "audit-event": {
            /**
             * @description What was asked for.
             * @enum {string}
             */
            action: "authenticate" | "create" | "read" | "update" | "list" | "next-actions" | "list-due" | "audit-list" | "audit-verify" | "audit-proof";
            /** @description When (RFC 3339). */
            at: string;
            /** @enum {string} */
            outcome: "ok" | "replayed" | "not-found" | "forbidden" | "unauthenticated" | "stale" | "invalid";
            recordId: string | null;
            /** @description The records a list or due page returned, in its order. */
            recordIds: string[];
            recordType: string | null;
            /** @description The request’s X-Request-Id, as in the access log. */
            requestId: string | null;
            /** @description Position in the log, from 1. Rolled-back requests leave gaps. */
            seq: number;
            /** @description Id of the token that made the request (never the token); null when none was valid. */
            tokenId: string | null;
        };
        /** @description A page of the audit log, oldest first. */
        "audit-event-page": {
            items: components["schemas"]["audit-event"][];
            nextCursor?: string;
        };
        /** @description Proof that one event is in the signed log. */
        "audit-inclusion-proof": {
            /** @description Hex node hashes from the leaf up (RFC 9162 §2.1.3). */
            auditPath: string[];
            /** @description The newest checkpoint, which the audit path leads to. */
            checkpoint: {
                keyId: string;
                lastSeq: number;
                /** @description The signed text (C2SP tlog-checkpoint layout). */
                note: string;
                rootHash: string;
                /** @description Ed25519 signature of note, base64. */
                signature: string;
                signedAt: string;
                treeSize: number;
            };
            event: components["schemas"]["audit-event"];
            /** @description The exact text the leaf hash covers: SHA-256(0x00 ‖ leafData). */
            leafData: string;
            /** @description Hex. */
            leafHash: string;
            /** @description The event’s position in the tree, from 0. */
            leafIndex: number;
        };
        /** @description Whether the audit log is intact, and if not, where it goes wrong. */
        "audit-verification": {
            /** @description The newest signed checkpoint. */
            checkpoint?: {
                lastSeq: number;
                rootHash: string;
                signedAt: string;
                treeSize: number;
            };
            /** @description Sealed events found intact, from the start to the first problem. */
            events: number;
            /** @description The event where the log first goes wrong. */
            firstBadSeq?: number;
            /** @description Everything found wrong, first position first. */
            problems: {
                message: string;
                /** @description Position in the Merkle tree, from 0. */
                position?: number;
                seq?: number;
            }[];
            /** @description Events logged after it, not yet sealed. */
            unsealed: number;
            /** @description True when the log matches every signed checkpoint and the witness file. */
            valid: boolean;
            /** @description The largest tree the witness file vouches for. */
            witnessedTreeSize?: number;
        };
        /** @description What is known about a case: the input of the next-actions engine (contract v2). Event dates must be in a possible order, for example panelNotified cannot be before laBecameAware. */
        "case-facts": {
            /**
             * @description GSS code of the local authority, for example E08000034 (Kirklees).
             * @example E08000034
             */
            area?: string;
            /** @description The local multi-agency arrangements. */
            arrangements?: {
                /**
                 * @description Who runs the local arrangements.
                 * @enum {string}
                 */
                regime?: "lscb" | "safeguarding-partners";
            };
            /** @description Facts about the child. No names: the child is identified elsewhere by a local reference. */
            child?: {
                /** @description Age in whole years at the time of the incident or death. */
                ageYears?: number;
                /** @description A care leaver at the time. */
                careLeaver?: boolean;
                /** @description Looked after by a local authority at the time. */
                lookedAfter?: boolean;
                /** @description Normally resident in the local authority's area. */
                normallyResidentInArea?: boolean;
            };
            /** @description Child protection facts. */
            childProtection?: {
                /** @description Section 47 concerns are substantiated and the child is likely to suffer significant harm, so a conference is needed. */
                conferenceNeeded?: boolean;
                /** @description The initial conference made a child protection plan. */
                planMade?: boolean;
                /** @description Every review child protection conference held, in order (YYYY-MM-DD). The first discharges the first review; the latest is also events.reviewConference. */
                reviewConferences?: string[];
            };
            /** @description Child death review facts. */
            death?: {
                /** @description The death was expected (anticipated as a significant possibility 24 hours before). */
                expected?: boolean;
                /** @description The joint agency response criteria are met. */
                jarCriteriaMet?: boolean;
            };
            /**
             * @description Edition to apply to every process. Omitted: each process takes the edition in force on its own trigger date (a serious incident on laBecameAware, a death on childDied, a practice review on reviewInitiated, child protection on referralReceived, an allegation on allegationReceived), and the arrangements' standing duties the edition in force on the as-of date.
             * @enum {string}
             */
            edition?: "wt2013" | "wt2015" | "wt2018" | "wt2023";
            /** @description Dates of the case events that have happened (or, for publicationPlanned, are planned), YYYY-MM-DD. */
            events: {
                /**
                 * Format: date
                 * @description An allegation against someone who works with children was received.
                 */
                allegationReceived?: string;
                /**
                 * Format: date
                 * @description The published arrangements were put into effect.
                 */
                arrangementsImplemented?: string;
                /**
                 * Format: date
                 * @description The safeguarding partners' arrangements were published.
                 */
                arrangementsPublished?: string;
                /**
                 * Format: date
                 * @description The assessment was completed.
                 */
                assessmentCompleted?: string;
                /**
                 * Format: date
                 * @description The child death overview panel was notified of the death.
                 */
                cdopNotified?: string;
                /**
                 * Format: date
                 * @description The child death review partners' arrangements were in place.
                 */
                cdrArrangementsImplemented?: string;
                /**
                 * Format: date
                 * @description The child death review partners published their latest report on the arrangements.
                 */
                cdrReportPublished?: string;
                /**
                 * Format: date
                 * @description The child died.
                 */
                childDied?: string;
                /**
                 * Format: date
                 * @description The core group met for the first time.
                 */
                coreGroupFirstMet?: string;
                /**
                 * Format: date
                 * @description The serious incident happened.
                 */
                incidentOccurred?: string;
                /**
                 * Format: date
                 * @description The initial child protection conference took place.
                 */
                initialConference?: string;
                /**
                 * Format: date
                 * @description The joint agency response started.
                 */
                jarStarted?: string;
                /**
                 * Format: date
                 * @description The local authority became aware of the incident or death.
                 */
                laBecameAware?: string;
                /**
                 * Format: date
                 * @description The local authority designated officer (LADO) was informed.
                 */
                ladoInformed?: string;
                /**
                 * Format: date
                 * @description Ofsted (and, before 2019, the LSCB) was notified.
                 */
                ofstedNotified?: string;
                /**
                 * Format: date
                 * @description The Child Safeguarding Practice Review Panel was notified.
                 */
                panelNotified?: string;
                /**
                 * Format: date
                 * @description The parents of a looked-after child who died, and anyone else with parental responsibility, were told.
                 */
                parentsNotified?: string;
                /**
                 * Format: date
                 * @description The safeguarding partner arrangements replaced the LSCB (for serious case reviews still open at the 2018–19 transition).
                 */
                partnerArrangementsStarted?: string;
                /**
                 * Format: date
                 * @description The safeguarding partners were told of the incident.
                 */
                partnersNotified?: string;
                /**
                 * Format: date
                 * @description The date on which the review report is planned to be published.
                 */
                publicationPlanned?: string;
                /**
                 * Format: date
                 * @description The safeguarding partners completed the rapid review.
                 */
                rapidReviewCompleted?: string;
                /**
                 * Format: date
                 * @description The rapid review was sent to the Panel.
                 */
                rapidReviewSentToPanel?: string;
                /**
                 * Format: date
                 * @description The referral was acknowledged and the type of response decided.
                 */
                referralDecided?: string;
                /**
                 * Format: date
                 * @description Children's social care received the referral.
                 */
                referralReceived?: string;
                /**
                 * Format: date
                 * @description The review report (or the information about improvements) was published.
                 */
                reportPublished?: string;
                /**
                 * Format: date
                 * @description The review report was sent to the Panel and the Secretary of State (or, for a serious case review, to Ofsted and DfE).
                 */
                reportSentToPanel?: string;
                /**
                 * Format: date
                 * @description The latest review child protection conference took place.
                 */
                reviewConference?: string;
                /**
                 * Format: date
                 * @description The decision to start a practice review (or serious case review) was made.
                 */
                reviewInitiated?: string;
                /**
                 * Format: date
                 * @description The Secretary of State (DfE) and Ofsted were notified of a death.
                 */
                secretaryOfStateNotified?: string;
                /**
                 * Format: date
                 * @description The strategy discussion took place.
                 */
                strategyDiscussion?: string;
                /**
                 * Format: date
                 * @description The latest yearly report (LSCB annual report) was published.
                 */
                yearlyReportPublished?: string;
                /**
                 * Format: date
                 * @description The latest yearly report was sent to the Panel and the What Works Centre or Foundations.
                 */
                yearlyReportSent?: string;
            };
            /** @description A serious incident, or a death, that may need notifying. */
            incident?: {
                /**
                 * @description Whether abuse or neglect of the child is known or suspected.
                 * @enum {string}
                 */
                abuseOrNeglect: "known" | "suspected" | "not-suspected" | "unknown";
                /**
                 * @description What happened to the child.
                 * @enum {string}
                 */
                harm: "death" | "serious-harm" | "none";
                /**
                 * @description Where the incident happened.
                 * @enum {string}
                 */
                location?: "in-area" | "outside-england" | "elsewhere-in-england";
            };
            /** @description A practice review or serious case review. */
            review?: {
                /**
                 * @description Kind of review.
                 * @enum {string}
                 */
                kind: "lcspr" | "national" | "scr";
            };
        };
        /** @description A child death and its review by the child death review partners (Children Act 2004 s16M–16Q; Child Death Review statutory guidance 2018): notification, joint agency response, CDRM, CDOP review, category and modifiable factors. The toolkit also checks rules plain JSON Schema cannot express (each in x-rules): CD-007 dateOfDeath cannot be before the date of birth; CD-008 cdopNotified cannot be before the date of death; CD-009 jointAgencyResponse.started cannot be before the date of death; CD-010 childDeathReviewMeeting cannot be before the date of death; CD-011 cdopReview cannot be before the date of death; CD-012 cdopReview cannot be before the child death review meeting; CD-013 ncmdFinalised cannot be before the CDOP review; CD-014 agenciesInvolved.*.formReceived cannot be before formRequested; CD-015 child.nhsNumber is not a valid NHS number (its check digit does not match); REC-001 updatedAt cannot be before createdAt. */
        "child-death": {
            /**
             * @description Whether abuse or neglect is known or suspected to have caused or contributed to the death: if so, it is also a serious incident to notify (Children Act 2004 s16C).
             * @enum {string}
             */
            abuseOrNeglect?: "known" | "suspected" | "not-suspected" | "unknown";
            /** @description Agencies involved with the child, used to send reporting forms. */
            agenciesInvolved?: {
                /** @description Name of the agency. */
                agency: string;
                /**
                 * Format: date
                 * @description Date its reporting form was received.
                 */
                formReceived?: string;
                /**
                 * Format: date
                 * @description Date its reporting form was requested.
                 */
                formRequested?: string;
            }[];
            /**
             * @description GSS code of the local authority area whose child death review partners review the death.
             * @example E08000034
             */
            area: string;
            /** @description Category of death the CDOP assigned, 1 to 10. */
            cdopCategory?: number;
            /**
             * Format: date
             * @description Date the death was notified to the CDOP.
             */
            cdopNotified?: string;
            /**
             * Format: date
             * @description Date the CDOP reviewed the death.
             */
            cdopReview?: string;
            /** @description The child, identified by local reference; the NHS number if known (personal data). */
            child: {
                /** @description For a child under one: age in whole days at death. */
                ageDays?: number;
                /** @description Age in whole years at death. */
                ageYears: number;
                /**
                 * Format: date
                 * @description Date of birth.
                 */
                dateOfBirth?: string;
                /** @description Ethnicity as recorded. */
                ethnicity?: string;
                /** @description Looked after by a local authority when the child died: the local authority then notifies the death to the Secretary of State and Ofsted, whatever its cause (Children Act 1989 Schedule 2 paragraph 20; Working Together 2023, chapter 5). */
                lookedAfter?: boolean;
                /** @description NHS number: ten digits, the last a modulus 11 check digit. */
                nhsNumber?: string;
                /** @description GSS code of the local authority area where the child normally lived (any UK nation). */
                normallyResidentArea?: string;
                /**
                 * @description The local authority’s case reference for the child, for example LA-REF-0001. Never a name.
                 * @example LA-REF-0001
                 */
                reference: string;
                /**
                 * @description Sex of the child as recorded.
                 * @enum {string}
                 */
                sex: "female" | "male" | "indeterminate" | "not-known";
            };
            /**
             * Format: date
             * @description Date of the child death review meeting (CDRM).
             */
            childDeathReviewMeeting?: string;
            /** @description The coroner was informed. */
            coronerInformed?: boolean;
            /**
             * Format: date-time
             * @description When the record was first stored (RFC 3339 date-time).
             */
            createdAt: string;
            /**
             * Format: date
             * @description Date of death.
             */
            dateOfDeath: string;
            /** @description True if the death was expected: anticipated as a significant possibility 24 hours before it happened. */
            expected: boolean;
            /** @description Identifier the store gave the record. */
            id: string;
            /** @description The joint agency response: whether it was triggered, by which criterion, and when it started. */
            jointAgencyResponse: {
                /**
                 * @description Which joint agency response criterion the death met (Child Death Review statutory guidance 2018, chapter 3).
                 * @enum {string}
                 */
                criterion?: "external-causes" | "sudden-no-apparent-cause" | "custody-or-detention" | "suspicious-circumstances" | "stillbirth-unattended";
                /**
                 * Format: date
                 * @description Date the joint agency response started.
                 */
                started?: string;
                /** @description A joint agency response was triggered. */
                triggered: boolean;
            };
            /** @description Learning and actions. */
            learning?: string[];
            /**
             * @description Where the incident that led to the death happened, seen from the local authority's area (decides who notifies it as a serious incident).
             * @enum {string}
             */
            location?: "in-area" | "outside-england" | "elsewhere-in-england";
            /** @description The CDOP’s analysis of modifiable factors. */
            modifiableFactors?: {
                /** @description Factors by domain, each graded 0–2. */
                domains?: {
                    /** @description Factors intrinsic to the child, graded 0–2. */
                    child: number;
                    /** @description Physical environment, graded 0–2. */
                    physicalEnvironment: number;
                    /** @description Service provision, graded 0–2. */
                    serviceProvision: number;
                    /** @description Social environment, including family and parenting, graded 0–2. */
                    socialEnvironment: number;
                };
                /**
                 * @description The CDOP’s finding on modifiable factors.
                 * @enum {string}
                 */
                finding: "identified" | "not-identified" | "insufficient-information";
            };
            /**
             * Format: date
             * @description Date the data were finalised in the National Child Mortality Database.
             */
            ncmdFinalised?: string;
            /** @description Who notified the death to the CDOP (personal data). */
            notifier?: {
                /**
                 * Format: email
                 * @description Work email address.
                 */
                email?: string;
                /** @description Name of the person. */
                name?: string;
                /** @description Job title or role, for example "Head of Service, Safeguarding". */
                role: string;
                /** @description Work telephone number. */
                telephone?: string;
            };
            /** @description Other reviews of the death. */
            otherReviews?: ("cspr" | "leder" | "pmrt" | "coroner" | "patient-safety" | "other")[];
            /**
             * @description Where the child died.
             * @enum {string}
             */
            placeOfDeath: "hospital" | "hospice" | "home" | "other-residence" | "public-place" | "abroad" | "other" | "not-known";
            /**
             * @description Whether a post-mortem examination took place.
             * @enum {string}
             */
            postMortem?: "coronial" | "consented" | "none" | "not-known";
            /** @description Id of the serious incident notification, when abuse or neglect is known or suspected. */
            seriousIncidentId?: string;
            /** @description Time of death if known, HH:MM (Europe/London). */
            timeOfDeath?: string;
            /**
             * Format: date-time
             * @description When the record was last changed (RFC 3339 date-time).
             */
            updatedAt: string;
            /** @description Version of the record: 1 when created, one more on every change. */
            version: number;
        } & ({
            jointAgencyResponse: unknown;
        } & {
            jointAgencyResponse: unknown;
        } & unknown & {
            child: unknown;
        } & {
            modifiableFactors?: unknown;
        } & {
            modifiableFactors?: unknown;
        });
        /** @description A child death and its review by the child death review partners (Children Act 2004 s16M–16Q; Child Death Review statutory guidance 2018): notification, joint agency response, CDRM, CDOP review, category and modifiable factors. This is the body to create or replace one: the stored record adds id, version, createdAt and updatedAt. The toolkit also checks rules plain JSON Schema cannot express (each in x-rules): CD-007 dateOfDeath cannot be before the date of birth; CD-008 cdopNotified cannot be before the date of death; CD-009 jointAgencyResponse.started cannot be before the date of death; CD-010 childDeathReviewMeeting cannot be before the date of death; CD-011 cdopReview cannot be before the date of death; CD-012 cdopReview cannot be before the child death review meeting; CD-013 ncmdFinalised cannot be before the CDOP review; CD-014 agenciesInvolved.*.formReceived cannot be before formRequested; CD-015 child.nhsNumber is not a valid NHS number (its check digit does not match). */
        "child-death-input": {
            /**
             * @description Whether abuse or neglect is known or suspected to have caused or contributed to the death: if so, it is also a serious incident to notify (Children Act 2004 s16C).
             * @enum {string}
             */
            abuseOrNeglect?: "known" | "suspected" | "not-suspected" | "unknown";
            /** @description Agencies involved with the child, used to send reporting forms. */
            agenciesInvolved?: {
                /** @description Name of the agency. */
                agency: string;
                /**
                 * Format: date
                 * @description Date its reporting form was received.
                 */
                formReceived?: string;
                /**
                 * Format: date
                 * @description Date its reporting form was requested.
                 */
                formRequested?: string;
            }[];
            /**
             * @description GSS code of the local authority area whose child death review partners review the death.
             * @example E08000034
             */
            area: string;
            /** @description Category of death the CDOP assigned, 1 to 10. */
            cdopCategory?: number;
            /**
             * Format: date
             * @description Date the death was notified to the CDOP.
             */
            cdopNotified?: string;
            /**
             * Format: date
             * @description Date the CDOP reviewed the death.
             */
            cdopReview?: string;
            /** @description The child, identified by local reference; the NHS number if known (personal data). */
            child: {
                /** @description For a child under one: age in whole days at death. */
                ageDays?: number;
                /** @description Age in whole years at death. */
                ageYears: number;
                /**
                 * Format: date
                 * @description Date of birth.
                 */
                dateOfBirth?: string;
                /** @description Ethnicity as recorded. */
                ethnicity?: string;
                /** @description Looked after by a local authority when the child died: the local authority then notifies the death to the Secretary of State and Ofsted, whatever its cause (Children Act 1989 Schedule 2 paragraph 20; Working Together 2023, chapter 5). */
                lookedAfter?: boolean;
                /** @description NHS number: ten digits, the last a modulus 11 check digit. */
                nhsNumber?: string;
                /** @description GSS code of the local authority area where the child normally lived (any UK nation). */
                normallyResidentArea?: string;
                /**
                 * @description The local authority’s case reference for the child, for example LA-REF-0001. Never a name.
                 * @example LA-REF-0001
                 */
                reference: string;
                /**
                 * @description Sex of the child as recorded.
                 * @enum {string}
                 */
                sex: "female" | "male" | "indeterminate" | "not-known";
            };
            /**
             * Format: date
             * @description Date of the child death review meeting (CDRM).
             */
            childDeathReviewMeeting?: string;
            /** @description The coroner was informed. */
            coronerInformed?: boolean;
            /**
             * Format: date
             * @description Date of death.
             */
            dateOfDeath: string;
            /** @description True if the death was expected: anticipated as a significant possibility 24 hours before it happened. */
            expected: boolean;
            /** @description The joint agency response: whether it was triggered, by which criterion, and when it started. */
            jointAgencyResponse: {
                /**
                 * @description Which joint agency response criterion the death met (Child Death Review statutory guidance 2018, chapter 3).
                 * @enum {string}
                 */
                criterion?: "external-causes" | "sudden-no-apparent-cause" | "custody-or-detention" | "suspicious-circumstances" | "stillbirth-unattended";
                /**
                 * Format: date
                 * @description Date the joint agency response started.
                 */
                started?: string;
                /** @description A joint agency response was triggered. */
                triggered: boolean;
            };
            /** @description Learning and actions. */
            learning?: string[];
            /**
             * @description Where the incident that led to the death happened, seen from the local authority's area (decides who notifies it as a serious incident).
             * @enum {string}
             */
            location?: "in-area" | "outside-england" | "elsewhere-in-england";
            /** @description The CDOP’s analysis of modifiable factors. */
            modifiableFactors?: {
                /** @description Factors by domain, each graded 0–2. */
                domains?: {
                    /** @description Factors intrinsic to the child, graded 0–2. */
                    child: number;
                    /** @description Physical environment, graded 0–2. */
                    physicalEnvironment: number;
                    /** @description Service provision, graded 0–2. */
                    serviceProvision: number;
                    /** @description Social environment, including family and parenting, graded 0–2. */
                    socialEnvironment: number;
                };
                /**
                 * @description The CDOP’s finding on modifiable factors.
                 * @enum {string}
                 */
                finding: "identified" | "not-identified" | "insufficient-information";
            };
            /**
             * Format: date
             * @description Date the data were finalised in the National Child Mortality Database.
             */
            ncmdFinalised?: string;
            /** @description Who notified the death to the CDOP (personal data). */
            notifier?: {
                /**
                 * Format: email
                 * @description Work email address.
                 */
                email?: string;
                /** @description Name of the person. */
                name?: string;
                /** @description Job title or role, for example "Head of Service, Safeguarding". */
                role: string;
                /** @description Work telephone number. */
                telephone?: string;
            };
            /** @description Other reviews of the death. */
            otherReviews?: ("cspr" | "leder" | "pmrt" | "coroner" | "patient-safety" | "other")[];
            /**
             * @description Where the child died.
             * @enum {string}
             */
            placeOfDeath: "hospital" | "hospice" | "home" | "other-residence" | "public-place" | "abroad" | "other" | "not-known";
            /**
             * @description Whether a post-mortem examination took place.
             * @enum {string}
             */
            postMortem?: "coronial" | "consented" | "none" | "not-known";
            /** @description Id of the serious incident notification, when abuse or neglect is known or suspected. */
            seriousIncidentId?: string;
            /** @description Time of death if known, HH:MM (Europe/London). */
            timeOfDeath?: string;
        } & ({
            jointAgencyResponse: unknown;
        } & {
            jointAgencyResponse: unknown;
        } & unknown & {
            child: unknown;
        } & {
            modifiableFactors?: unknown;
        } & {
            modifiableFactors?: unknown;
        });
        /** @description A page of child death records. */
        "child-death-page": {
            /** @description The records on this page, oldest first. */
            items: components["schemas"]["child-death"][];
            /** @description Pass as cursor to get the next page; absent on the last page. */
            nextCursor?: string;
        };
        /** @description Changes to a child death as a JSON Merge Patch (RFC 7396): the fields to change, null to remove an optional one. The result must still be a valid child death. */
        "child-death-patch": {
            /**
             * @description Whether abuse or neglect is known or suspected to have caused or contributed to the death: if so, it is also a serious incident to notify (Children Act 2004 s16C).
             * @enum {string|null}
             */
            abuseOrNeglect?: "known" | "suspected" | "not-suspected" | "unknown" | null;
            /** @description Agencies involved with the child, used to send reporting forms. */
            agenciesInvolved?: {
                /** @description Name of the agency. */
                agency: string;
                /**
                 * Format: date
                 * @description Date its reporting form was received.
                 */
                formReceived?: string;
                /**
                 * Format: date
                 * @description Date its reporting form was requested.
                 */
                formRequested?: string;
            }[] | null;
            /**
             * @description GSS code of the local authority area whose child death review partners review the death.
             * @example E08000034
             */
            area?: string;
            /** @description Category of death the CDOP assigned, 1 to 10. */
            cdopCategory?: number | null;
            /**
             * Format: date
             * @description Date the death was notified to the CDOP.
             */
            cdopNotified?: string | null;
            /**
             * Format: date
             * @description Date the CDOP reviewed the death.
             */
            cdopReview?: string | null;
            /** @description The child, identified by local reference; the NHS number if known (personal data). */
            child?: {
                /** @description For a child under one: age in whole days at death. */
                ageDays?: number | null;
                /** @description Age in whole years at death. */
                ageYears?: number;
                /**
                 * Format: date
                 * @description Date of birth.
                 */
                dateOfBirth?: string | null;
                /** @description Ethnicity as recorded. */
                ethnicity?: string | null;
                /** @description Looked after by a local authority when the child died: the local authority then notifies the death to the Secretary of State and Ofsted, whatever its cause (Children Act 1989 Schedule 2 paragraph 20; Working Together 2023, chapter 5). */
                lookedAfter?: boolean | null;
                /** @description NHS number: ten digits, the last a modulus 11 check digit. */
                nhsNumber?: string | null;
                /** @description GSS code of the local authority area where the child normally lived (any UK nation). */
                normallyResidentArea?: string | null;
                /**
                 * @description The local authority’s case reference for the child, for example LA-REF-0001. Never a name.
                 * @example LA-REF-0001
                 */
                reference?: string;
                /**
                 * @description Sex of the child as recorded.
                 * @enum {string}
                 */
                sex?: "female" | "male" | "indeterminate" | "not-known";
            };
            /**
             * Format: date
             * @description Date of the child death review meeting (CDRM).
             */
            childDeathReviewMeeting?: string | null;
            /** @description The coroner was informed. */
            coronerInformed?: boolean | null;
            /**
             * Format: date-time
             * @description When the record was first stored (RFC 3339 date-time).
             */
            createdAt?: string;
            /**
             * Format: date
             * @description Date of death.
             */
            dateOfDeath?: string;
            /** @description True if the death was expected: anticipated as a significant possibility 24 hours before it happened. */
            expected?: boolean;
            /** @description Identifier the store gave the record. */
            id?: string;
            /** @description The joint agency response: whether it was triggered, by which criterion, and when it started. */
            jointAgencyResponse?: {
                /**
                 * @description Which joint agency response criterion the death met (Child Death Review statutory guidance 2018, chapter 3).
                 * @enum {string|null}
                 */
                criterion?: "external-causes" | "sudden-no-apparent-cause" | "custody-or-detention" | "suspicious-circumstances" | "stillbirth-unattended" | null;
                /**
                 * Format: date
                 * @description Date the joint agency response started.
                 */
                started?: string | null;
                /** @description A joint agency response was triggered. */
                triggered?: boolean;
            };
            /** @description Learning and actions. */
            learning?: string[] | null;
            /**
             * @description Where the incident that led to the death happened, seen from the local authority's area (decides who notifies it as a serious incident).
             * @enum {string|null}
             */
            location?: "in-area" | "outside-england" | "elsewhere-in-england" | null;
            /** @description The CDOP’s analysis of modifiable factors. */
            modifiableFactors?: {
                /** @description Factors by domain, each graded 0–2. */
                domains?: {
                    /** @description Factors intrinsic to the child, graded 0–2. */
                    child?: number;
                    /** @description Physical environment, graded 0–2. */
                    physicalEnvironment?: number;
                    /** @description Service provision, graded 0–2. */
                    serviceProvision?: number;
                    /** @description Social environment, including family and parenting, graded 0–2. */
                    socialEnvironment?: number;
                } | null;
                /**
                 * @description The CDOP’s finding on modifiable factors.
                 * @enum {string}
                 */
                finding?: "identified" | "not-identified" | "insufficient-information";
            } | null;
            /**
             * Format: date
             * @description Date the data were finalised in the National Child Mortality Database.
             */
            ncmdFinalised?: string | null;
            /** @description Who notified the death to the CDOP (personal data). */
            notifier?: {
                /**
                 * Format: email
                 * @description Work email address.
                 */
                email?: string | null;
                /** @description Name of the person. */
                name?: string | null;
                /** @description Job title or role, for example "Head of Service, Safeguarding". */
                role?: string;
                /** @description Work telephone number. */
                telephone?: string | null;
            } | null;
            /** @description Other reviews of the death. */
            otherReviews?: ("cspr" | "leder" | "pmrt" | "coroner" | "patient-safety" | "other")[] | null;
            /**
             * @description Where the child died.
             * @enum {string}
             */
            placeOfDeath?: "hospital" | "hospice" | "home" | "other-residence" | "public-place" | "abroad" | "other" | "not-known";
            /**
             * @description Whether a post-mortem examination took place.
             * @enum {string|null}
             */
            postMortem?: "coronial" | "consented" | "none" | "not-known" | null;
            /** @description Id of the serious incident notification, when abuse or neglect is known or suspected. */
            seriousIncidentId?: string | null;
            /** @description Time of death if known, HH:MM (Europe/London). */
            timeOfDeath?: string | null;
            /**
             * Format: date-time
             * @description When the record was last changed (RFC 3339 date-time).
             */
            updatedAt?: string;
            /** @description Version of the record: 1 when created, one more on every change. */
            version?: number;
        };
        /** @description The whole child death: the input, or the record as you read it. id, version, createdAt and updatedAt may be sent back unchanged; they cannot be changed. */
        "child-death-replacement": {
            /**
             * @description Whether abuse or neglect is known or suspected to have caused or contributed to the death: if so, it is also a serious incident to notify (Children Act 2004 s16C).
             * @enum {string}
             */
            abuseOrNeglect?: "known" | "suspected" | "not-suspected" | "unknown";
            /** @description Agencies involved with the child, used to send reporting forms. */
            agenciesInvolved?: {
                /** @description Name of the agency. */
                agency: string;
                /**
                 * Format: date
                 * @description Date its reporting form was received.
                 */
                formReceived?: string;
                /**
                 * Format: date
                 * @description Date its reporting form was requested.
                 */
                formRequested?: string;
            }[];
            /**
             * @description GSS code of the local authority area whose child death review partners review the death.
             * @example E08000034
             */
            area: string;
            /** @description Category of death the CDOP assigned, 1 to 10. */
            cdopCategory?: number;
            /**
             * Format: date
             * @description Date the death was notified to the CDOP.
             */
            cdopNotified?: string;
            /**
             * Format: date
             * @description Date the CDOP reviewed the death.
             */
            cdopReview?: string;
            /** @description The child, identified by local reference; the NHS number if known (personal data). */
            child: {
                /** @description For a child under one: age in whole days at death. */
                ageDays?: number;
                /** @description Age in whole years at death. */
                ageYears: number;
                /**
                 * Format: date
                 * @description Date of birth.
                 */
                dateOfBirth?: string;
                /** @description Ethnicity as recorded. */
                ethnicity?: string;
                /** @description Looked after by a local authority when the child died: the local authority then notifies the death to the Secretary of State and Ofsted, whatever its cause (Children Act 1989 Schedule 2 paragraph 20; Working Together 2023, chapter 5). */
                lookedAfter?: boolean;
                /** @description NHS number: ten digits, the last a modulus 11 check digit. */
                nhsNumber?: string;
                /** @description GSS code of the local authority area where the child normally lived (any UK nation). */
                normallyResidentArea?: string;
                /**
                 * @description The local authority’s case reference for the child, for example LA-REF-0001. Never a name.
                 * @example LA-REF-0001
                 */
                reference: string;
                /**
                 * @description Sex of the child as recorded.
                 * @enum {string}
                 */
                sex: "female" | "male" | "indeterminate" | "not-known";
            };
            /**
             * Format: date
             * @description Date of the child death review meeting (CDRM).
             */
            childDeathReviewMeeting?: string;
            /** @description The coroner was informed. */
            coronerInformed?: boolean;
            /**
             * Format: date-time
             * @description When the record was first stored (RFC 3339 date-time).
             */
            createdAt?: string;
            /**
             * Format: date
             * @description Date of death.
             */
            dateOfDeath: string;
            /** @description True if the death was expected: anticipated as a significant possibility 24 hours before it happened. */
            expected: boolean;
            /** @description Identifier the store gave the record. */
            id?: string;
            /** @description The joint agency response: whether it was triggered, by which criterion, and when it started. */
            jointAgencyResponse: {
                /**
                 * @description Which joint agency response criterion the death met (Child Death Review statutory guidance 2018, chapter 3).
                 * @enum {string}
                 */
                criterion?: "external-causes" | "sudden-no-apparent-cause" | "custody-or-detention" | "suspicious-circumstances" | "stillbirth-unattended";
                /**
                 * Format: date
                 * @description Date the joint agency response started.
                 */
                started?: string;
                /** @description A joint agency response was triggered. */
                triggered: boolean;
            };
            /** @description Learning and actions. */
            learning?: string[];
            /**
             * @description Where the incident that led to the death happened, seen from the local authority's area (decides who notifies it as a serious incident).
             * @enum {string}
             */
            location?: "in-area" | "outside-england" | "elsewhere-in-england";
            /** @description The CDOP’s analysis of modifiable factors. */
            modifiableFactors?: {
                /** @description Factors by domain, each graded 0–2. */
                domains?: {
                    /** @description Factors intrinsic to the child, graded 0–2. */
                    child: number;
                    /** @description Physical environment, graded 0–2. */
                    physicalEnvironment: number;
                    /** @description Service provision, graded 0–2. */
                    serviceProvision: number;
                    /** @description Social environment, including family and parenting, graded 0–2. */
                    socialEnvironment: number;
                };
                /**
                 * @description The CDOP’s finding on modifiable factors.
                 * @enum {string}
                 */
                finding: "identified" | "not-identified" | "insufficient-information";
            };
            /**
             * Format: date
             * @description Date the data were finalised in the National Child Mortality Database.
             */
            ncmdFinalised?: string;
            /** @description Who notified the death to the CDOP (personal data). */
            notifier?: {
                /**
                 * Format: email
                 * @description Work email address.
                 */
                email?: string;
                /** @description Name of the person. */
                name?: string;
                /** @description Job title or role, for example "Head of Service, Safeguarding". */
                role: string;
                /** @description Work telephone number. */
                telephone?: string;
            };
            /** @description Other reviews of the death. */
            otherReviews?: ("cspr" | "leder" | "pmrt" | "coroner" | "patient-safety" | "other")[];
            /**
             * @description Where the child died.
             * @enum {string}
             */
            placeOfDeath: "hospital" | "hospice" | "home" | "other-residence" | "public-place" | "abroad" | "other" | "not-known";
            /**
             * @description Whether a post-mortem examination took place.
             * @enum {string}
             */
            postMortem?: "coronial" | "consented" | "none" | "not-known";
            /** @description Id of the serious incident notification, when abuse or neglect is known or suspected. */
            seriousIncidentId?: string;
            /** @description Time of death if known, HH:MM (Europe/London). */
            timeOfDeath?: string;
            /**
             * Format: date-time
             * @description When the record was last changed (RFC 3339 date-time).
             */
            updatedAt?: string;
            /** @description Version of the record: 1 when created, one more on every change. */
            version?: number;
        };
        /** @description One action due on one case. */
        "due-item": {
            /** @description One duty that applies to the case, with its status and due date. */
            action: {
                /** @description Who must do it, for example local-authority. */
                actor: string;
                /** @description Why to check local procedures: confidence below high, or a due date resting on bank holidays not yet officially announced (contract v2). */
                caveat?: string;
                /** @description Where the duty comes from, in the edition that gave the action. */
                citations: {
                    /** @description Chapter, paragraph, section or regulation, for example "chapter 5" or "s16C(1)". */
                    ref: string;
                    /** @description Short name of the source, for example wt2023 or ca2004. */
                    source: string;
                    /**
                     * Format: uri
                     * @description Address of the published source.
                     */
                    url?: string;
                }[];
                /**
                 * @description How sure the catalogue is of this duty and its timescale.
                 * @enum {string}
                 */
                confidence: "high" | "medium" | "low";
                /** @description The deadline rule in words. */
                deadline: string;
                /** @description Facts still unknown that could rule the duty out (dotted paths such as child.ageYears); the matching questions are in questions (contract v2). */
                dependsOn?: string[];
                /**
                 * Format: date
                 * @description Last day to do it. Null for ongoing duties, for duties with no national timescale, and for pending ones with nothing to project from.
                 */
                dueDate: string | null;
                /** @description Duty id from the catalogue, for example si-notify-panel. */
                duty: string;
                /**
                 * @description The edition whose rules gave this action: the one in force on its process's trigger date (contract v2).
                 * @enum {string}
                 */
                edition: "wt2013" | "wt2015" | "wt2018" | "wt2023";
                /** @description Pending duty: the due date assumes its start event happens on the last day it may. */
                projected?: boolean;
                /** @description Who it goes to, if anyone. */
                recipients: string[];
                /**
                 * @description Where the duty stands on the as-of date.
                 * @enum {string}
                 */
                status: "due" | "overdue" | "done" | "done-late" | "pending" | "ongoing";
                /**
                 * @description How binding the duty is.
                 * @enum {string}
                 */
                strength: "must" | "should";
                /** @description What must be done, in a few words. */
                title: string;
                /** @description The facts that made the duty apply. */
                why: string;
                /** @description Working days from the as-of date to the due date; negative when overdue. */
                workingDaysRemaining?: number;
            };
            /** @description Area (GSS code) of the record. */
            area: string;
            /** @description Id of the record. */
            recordId: string;
            /** @description Type of the record the action belongs to (the one to update when it is done), for example rapid-review. */
            recordType: string;
        };
        /** @description A page of what is due or overdue across all your cases. */
        "due-list": {
            /**
             * Format: date
             * @description Today, in England: the date statuses are worked out for.
             */
            asOf: string;
            /** @description Overdue and due actions, soonest due date first. */
            items: components["schemas"]["due-item"][];
            /** @description Pass as cursor to get the next page; absent on the last page. */
            nextCursor?: string;
        };
        /** @description One duty of the catalogue (a file under packages/rules/data/duties), with its conditions and, per edition, its deadline, confidence and citations. */
        duty: {
            /** @description The action in a sentence or two. */
            action: string;
            /** @description Who must act (an id in parties.yaml). */
            actor: string;
            appliesWhen: components["schemas"]["duty-condition"];
            /** @description The event that discharges the duty. */
            done?: ("incidentOccurred" | "laBecameAware" | "panelNotified" | "partnersNotified" | "ofstedNotified" | "secretaryOfStateNotified" | "parentsNotified" | "rapidReviewCompleted" | "rapidReviewSentToPanel" | "reviewInitiated" | "publicationPlanned" | "reportSentToPanel" | "reportPublished" | "partnerArrangementsStarted" | "childDied" | "cdopNotified" | "jarStarted" | "referralReceived" | "referralDecided" | "assessmentCompleted" | "strategyDiscussion" | "initialConference" | "coreGroupFirstMet" | "reviewConference" | "allegationReceived" | "ladoInformed" | "arrangementsPublished" | "arrangementsImplemented" | "yearlyReportPublished" | "yearlyReportSent" | "cdrArrangementsImplemented" | "cdrReportPublished") | {
                /**
                 * @description Name of a case event.
                 * @enum {string}
                 */
                event: "incidentOccurred" | "laBecameAware" | "panelNotified" | "partnersNotified" | "ofstedNotified" | "secretaryOfStateNotified" | "parentsNotified" | "rapidReviewCompleted" | "rapidReviewSentToPanel" | "reviewInitiated" | "publicationPlanned" | "reportSentToPanel" | "reportPublished" | "partnerArrangementsStarted" | "childDied" | "cdopNotified" | "jarStarted" | "referralReceived" | "referralDecided" | "assessmentCompleted" | "strategyDiscussion" | "initialConference" | "coreGroupFirstMet" | "reviewConference" | "allegationReceived" | "ladoInformed" | "arrangementsPublished" | "arrangementsImplemented" | "yearlyReportPublished" | "yearlyReportSent" | "cdrArrangementsImplemented" | "cdrReportPublished";
                /**
                 * @description Which occurrence of a repeated event discharges the duty.
                 * @enum {string}
                 */
                occurrence?: "first" | "latest";
                /** @description Only an event on or after this day counts. */
                onOrAfter?: string;
            };
            /** @description The editions the duty belongs to, each with its deadline, confidence and citations. */
            editions: {
                /** @description What the duty is under one edition: deadline, confidence and citations. */
                wt2013?: {
                    /** @description Who must act, when it differs in this edition. */
                    actor?: string;
                    /** @description What is uncertain; required when confidence is below high, and shown with the answer. */
                    caveat?: string;
                    /** @description Where this edition states the duty. */
                    citations: {
                        /** @description Chapter of the guidance. */
                        chapter?: number;
                        /** @description A heading, where there is no number. */
                        heading?: string;
                        /** @description Paragraph, where a paragraph number was confirmed. */
                        paragraph?: number | string;
                        /** @description Part of a document or Act. */
                        part?: string;
                        /** @description Regulation of a statutory instrument. */
                        regulation?: string;
                        /** @description Schedule of an Act. */
                        schedule?: string;
                        /** @description Section of an Act, for example 16C(1). */
                        section?: string;
                        /** @description A source in sources.yaml, for example wt2023 or ca2004. */
                        source: string;
                        /**
                         * Format: uri
                         * @description Where it is, when more precise than the source’s address.
                         */
                        url?: string;
                    }[];
                    /**
                     * @description How sure the catalogue is of this duty and its timescale.
                     * @enum {string}
                     */
                    confidence: "high" | "medium" | "low";
                    deadline: components["schemas"]["duty-deadline"];
                    /** @description Who the action goes to (ids in parties.yaml). */
                    recipients?: string[];
                    /**
                     * @description How binding the duty is.
                     * @enum {string}
                     */
                    strength?: "must" | "should";
                };
                /** @description What the duty is under one edition: deadline, confidence and citations. */
                wt2015?: {
                    /** @description Who must act, when it differs in this edition. */
                    actor?: string;
                    /** @description What is uncertain; required when confidence is below high, and shown with the answer. */
                    caveat?: string;
                    /** @description Where this edition states the duty. */
                    citations: {
                        /** @description Chapter of the guidance. */
                        chapter?: number;
                        /** @description A heading, where there is no number. */
                        heading?: string;
                        /** @description Paragraph, where a paragraph number was confirmed. */
                        paragraph?: number | string;
                        /** @description Part of a document or Act. */
                        part?: string;
                        /** @description Regulation of a statutory instrument. */
                        regulation?: string;
                        /** @description Schedule of an Act. */
                        schedule?: string;
                        /** @description Section of an Act, for example 16C(1). */
                        section?: string;
                        /** @description A source in sources.yaml, for example wt2023 or ca2004. */
                        source: string;
                        /**
                         * Format: uri
                         * @description Where it is, when more precise than the source’s address.
                         */
                        url?: string;
                    }[];
                    /**
                     * @description How sure the catalogue is of this duty and its timescale.
                     * @enum {string}
                     */
                    confidence: "high" | "medium" | "low";
                    deadline: components["schemas"]["duty-deadline"];
                    /** @description Who the action goes to (ids in parties.yaml). */
                    recipients?: string[];
                    /**
                     * @description How binding the duty is.
                     * @enum {string}
                     */
                    strength?: "must" | "should";
                };
                /** @description What the duty is under one edition: deadline, confidence and citations. */
                wt2018?: {
                    /** @description Who must act, when it differs in this edition. */
                    actor?: string;
                    /** @description What is uncertain; required when confidence is below high, and shown with the answer. */
                    caveat?: string;
                    /** @description Where this edition states the duty. */
                    citations: {
                        /** @description Chapter of the guidance. */
                        chapter?: number;
                        /** @description A heading, where there is no number. */
                        heading?: string;
                        /** @description Paragraph, where a paragraph number was confirmed. */
                        paragraph?: number | string;
                        /** @description Part of a document or Act. */
                        part?: string;
                        /** @description Regulation of a statutory instrument. */
                        regulation?: string;
                        /** @description Schedule of an Act. */
                        schedule?: string;
                        /** @description Section of an Act, for example 16C(1). */
                        section?: string;
                        /** @description A source in sources.yaml, for example wt2023 or ca2004. */
                        source: string;
                        /**
                         * Format: uri
                         * @description Where it is, when more precise than the source’s address.
                         */
                        url?: string;
                    }[];
                    /**
                     * @description How sure the catalogue is of this duty and its timescale.
                     * @enum {string}
                     */
                    confidence: "high" | "medium" | "low";
                    deadline: components["schemas"]["duty-deadline"];
                    /** @description Who the action goes to (ids in parties.yaml). */
                    recipients?: string[];
                    /**
                     * @description How binding the duty is.
                     * @enum {string}
                     */
                    strength?: "must" | "should";
                };
                /** @description What the duty is under one edition: deadline, confidence and citations. */
                wt2023?: {
                    /** @description Who must act, when it differs in this edition. */
                    actor?: string;
                    /** @description What is uncertain; required when confidence is below high, and shown with the answer. */
                    caveat?: string;
                    /** @description Where this edition states the duty. */
                    citations: {
                        /** @description Chapter of the guidance. */
                        chapter?: number;
                        /** @description A heading, where there is no number. */
                        heading?: string;
                        /** @description Paragraph, where a paragraph number was confirmed. */
                        paragraph?: number | string;
                        /** @description Part of a document or Act. */
                        part?: string;
                        /** @description Regulation of a statutory instrument. */
                        regulation?: string;
                        /** @description Schedule of an Act. */
                        schedule?: string;
                        /** @description Section of an Act, for example 16C(1). */
                        section?: string;
                        /** @description A source in sources.yaml, for example wt2023 or ca2004. */
                        source: string;
                        /**
                         * Format: uri
                         * @description Where it is, when more precise than the source’s address.
                         */
                        url?: string;
                    }[];
                    /**
                     * @description How sure the catalogue is of this duty and its timescale.
                     * @enum {string}
                     */
                    confidence: "high" | "medium" | "low";
                    deadline: components["schemas"]["duty-deadline"];
                    /** @description Who the action goes to (ids in parties.yaml). */
                    recipients?: string[];
                    /**
                     * @description How binding the duty is.
                     * @enum {string}
                     */
                    strength?: "must" | "should";
                };
            };
            /** @description Stable public id; the file is named after it. */
            id: string;
            /** @description Dates of its own, where the law started (or stopped) on a day other than an edition’s first day. The duty still belongs only to its editions. */
            inForce?: {
                /** @description The duty applies only before this day. */
                before?: string;
                /** @description First day the duty applies. */
                from?: string;
                /**
                 * @description The event whose date decides; by default the date the duty's process is judged on.
                 * @enum {string}
                 */
                on?: "incidentOccurred" | "laBecameAware" | "panelNotified" | "partnersNotified" | "ofstedNotified" | "secretaryOfStateNotified" | "parentsNotified" | "rapidReviewCompleted" | "rapidReviewSentToPanel" | "reviewInitiated" | "publicationPlanned" | "reportSentToPanel" | "reportPublished" | "partnerArrangementsStarted" | "childDied" | "cdopNotified" | "jarStarted" | "referralReceived" | "referralDecided" | "assessmentCompleted" | "strategyDiscussion" | "initialConference" | "coreGroupFirstMet" | "reviewConference" | "allegationReceived" | "ladoInformed" | "arrangementsPublished" | "arrangementsImplemented" | "yearlyReportPublished" | "yearlyReportSent" | "cdrArrangementsImplemented" | "cdrReportPublished";
                /** @description Why the duty has its own dates, in words. */
                reason: string;
                /** @description Last day the duty applies. */
                until?: string;
            };
            /**
             * Format: date
             * @description When a person last checked this entry against its sources.
             */
            lastReviewed: string;
            /** @description For reviewers: what was checked and what was not. */
            notes?: string;
            /**
             * @description The process a duty belongs to.
             * @enum {string}
             */
            process: "serious-incident" | "practice-review" | "child-death" | "arrangements" | "child-protection" | "allegation";
            /** @description Who the action goes to (ids in parties.yaml). */
            recipients: string[];
            /**
             * @description How binding the duty is.
             * @enum {string}
             */
            strength: "must" | "should";
            /** @description What must be done, in a few words. */
            title: string;
        };
        /** @description When a duty applies: a condition over the case facts. */
        "duty-condition": {
            /** @description Met when every one of these conditions is met. */
            all: components["schemas"]["duty-condition"][];
        } | {
            /** @description Met when at least one of these conditions is met. */
            any: components["schemas"]["duty-condition"][];
        } | {
            not: components["schemas"]["duty-condition"];
        } | {
            /** @description With whenMissing true: ask instead of presuming when this holds. */
            askWhen?: components["schemas"]["duty-condition"];
            /** @description Met when the fact is a number at or above this. */
            atLeast?: number | ("adulthood" | "care-leaver-age-limit");
            /**
             * @description Path of a case fact a condition can test.
             * @enum {string}
             */
            fact: "incident.harm" | "incident.abuseOrNeglect" | "incident.location" | "child.ageYears" | "child.lookedAfter" | "child.careLeaver" | "child.normallyResidentInArea" | "death.expected" | "death.jarCriteriaMet" | "review.kind" | "childProtection.conferenceNeeded" | "childProtection.planMade" | "arrangements.regime";
            /** @description Met when the fact is one of these values. */
            in?: (string | boolean | number)[];
            /** @description Met when the fact is a number below this. */
            lt?: number | ("adulthood" | "care-leaver-age-limit");
            /** @description Said in the answer when the fact is missing and presumed met. */
            presumption?: string;
            /** @description What a missing fact means: ask (the default: it becomes a question), true (presumed met) or false (not met). */
            whenMissing?: "ask" | boolean;
        } | {
            /** @description Only an event dated before this day counts. */
            before?: string;
            /**
             * @description Name of a case event.
             * @enum {string}
             */
            event: "incidentOccurred" | "laBecameAware" | "panelNotified" | "partnersNotified" | "ofstedNotified" | "secretaryOfStateNotified" | "parentsNotified" | "rapidReviewCompleted" | "rapidReviewSentToPanel" | "reviewInitiated" | "publicationPlanned" | "reportSentToPanel" | "reportPublished" | "partnerArrangementsStarted" | "childDied" | "cdopNotified" | "jarStarted" | "referralReceived" | "referralDecided" | "assessmentCompleted" | "strategyDiscussion" | "initialConference" | "coreGroupFirstMet" | "reviewConference" | "allegationReceived" | "ladoInformed" | "arrangementsPublished" | "arrangementsImplemented" | "yearlyReportPublished" | "yearlyReportSent" | "cdrArrangementsImplemented" | "cdrReportPublished";
        } | {
            /** @description Name of a condition in conditions.yaml. */
            condition: string;
        } | {
            /** @description The editions under which it is met. */
            edition: ("wt2013" | "wt2015" | "wt2018" | "wt2023")[];
        } | {
            /** @description A date written YYYY-MM-DD, the name of a date in dates.yaml, or an edition id. */
            since: string;
        } | {
            /**
             * @description Always met.
             * @enum {boolean}
             */
            always: true;
        };
        /** @description When the duty falls due. */
        "duty-deadline": {
            /** @description How many units. */
            amount: number;
            /** @description The event the clock runs from; if several, the first of them that has happened. */
            from: ("incidentOccurred" | "laBecameAware" | "panelNotified" | "partnersNotified" | "ofstedNotified" | "secretaryOfStateNotified" | "parentsNotified" | "rapidReviewCompleted" | "rapidReviewSentToPanel" | "reviewInitiated" | "publicationPlanned" | "reportSentToPanel" | "reportPublished" | "partnerArrangementsStarted" | "childDied" | "cdopNotified" | "jarStarted" | "referralReceived" | "referralDecided" | "assessmentCompleted" | "strategyDiscussion" | "initialConference" | "coreGroupFirstMet" | "reviewConference" | "allegationReceived" | "ladoInformed" | "arrangementsPublished" | "arrangementsImplemented" | "yearlyReportPublished" | "yearlyReportSent" | "cdrArrangementsImplemented" | "cdrReportPublished") | ("incidentOccurred" | "laBecameAware" | "panelNotified" | "partnersNotified" | "ofstedNotified" | "secretaryOfStateNotified" | "parentsNotified" | "rapidReviewCompleted" | "rapidReviewSentToPanel" | "reviewInitiated" | "publicationPlanned" | "reportSentToPanel" | "reportPublished" | "partnerArrangementsStarted" | "childDied" | "cdopNotified" | "jarStarted" | "referralReceived" | "referralDecided" | "assessmentCompleted" | "strategyDiscussion" | "initialConference" | "coreGroupFirstMet" | "reviewConference" | "allegationReceived" | "ladoInformed" | "arrangementsPublished" | "arrangementsImplemented" | "yearlyReportPublished" | "yearlyReportSent" | "cdrArrangementsImplemented" | "cdrReportPublished")[];
            /**
             * @description Due a number of units after an event.
             * @enum {string}
             */
            kind: "after";
            /** @description A last date that caps the deadline. */
            noLaterThan?: string;
            /**
             * @description Unit of a deadline.
             * @enum {string}
             */
            unit: "working-days" | "days" | "hours" | "months";
        } | {
            /** @description How many units. */
            amount: number;
            /** @description The event the clock runs from; if several, the first of them that has happened. */
            from: ("incidentOccurred" | "laBecameAware" | "panelNotified" | "partnersNotified" | "ofstedNotified" | "secretaryOfStateNotified" | "parentsNotified" | "rapidReviewCompleted" | "rapidReviewSentToPanel" | "reviewInitiated" | "publicationPlanned" | "reportSentToPanel" | "reportPublished" | "partnerArrangementsStarted" | "childDied" | "cdopNotified" | "jarStarted" | "referralReceived" | "referralDecided" | "assessmentCompleted" | "strategyDiscussion" | "initialConference" | "coreGroupFirstMet" | "reviewConference" | "allegationReceived" | "ladoInformed" | "arrangementsPublished" | "arrangementsImplemented" | "yearlyReportPublished" | "yearlyReportSent" | "cdrArrangementsImplemented" | "cdrReportPublished") | ("incidentOccurred" | "laBecameAware" | "panelNotified" | "partnersNotified" | "ofstedNotified" | "secretaryOfStateNotified" | "parentsNotified" | "rapidReviewCompleted" | "rapidReviewSentToPanel" | "reviewInitiated" | "publicationPlanned" | "reportSentToPanel" | "reportPublished" | "partnerArrangementsStarted" | "childDied" | "cdopNotified" | "jarStarted" | "referralReceived" | "referralDecided" | "assessmentCompleted" | "strategyDiscussion" | "initialConference" | "coreGroupFirstMet" | "reviewConference" | "allegationReceived" | "ladoInformed" | "arrangementsPublished" | "arrangementsImplemented" | "yearlyReportPublished" | "yearlyReportSent" | "cdrArrangementsImplemented" | "cdrReportPublished")[];
            /**
             * @description Due a number of units before an event (counting back).
             * @enum {string}
             */
            kind: "before";
            /**
             * @description Unit of a deadline.
             * @enum {string}
             */
            unit: "working-days" | "days" | "hours" | "months";
        } | {
            /** @description The due date. */
            date: string;
            /**
             * @description Due on a fixed date.
             * @enum {string}
             */
            kind: "fixed";
        } | {
            /** @description Id of the duty whose due date this one shares. */
            duty: string;
            /**
             * @description Due on the same date as another duty.
             * @enum {string}
             */
            kind: "same-as";
        } | {
            /**
             * @description A standing duty with no single deadline.
             * @enum {string}
             */
            kind: "ongoing";
            /** @description When the standing duty ends, if it does. */
            until?: {
                /** @description How many units. */
                amount: number;
                /** @description The event the clock runs from; if several, the first of them that has happened. */
                from: ("incidentOccurred" | "laBecameAware" | "panelNotified" | "partnersNotified" | "ofstedNotified" | "secretaryOfStateNotified" | "parentsNotified" | "rapidReviewCompleted" | "rapidReviewSentToPanel" | "reviewInitiated" | "publicationPlanned" | "reportSentToPanel" | "reportPublished" | "partnerArrangementsStarted" | "childDied" | "cdopNotified" | "jarStarted" | "referralReceived" | "referralDecided" | "assessmentCompleted" | "strategyDiscussion" | "initialConference" | "coreGroupFirstMet" | "reviewConference" | "allegationReceived" | "ladoInformed" | "arrangementsPublished" | "arrangementsImplemented" | "yearlyReportPublished" | "yearlyReportSent" | "cdrArrangementsImplemented" | "cdrReportPublished") | ("incidentOccurred" | "laBecameAware" | "panelNotified" | "partnersNotified" | "ofstedNotified" | "secretaryOfStateNotified" | "parentsNotified" | "rapidReviewCompleted" | "rapidReviewSentToPanel" | "reviewInitiated" | "publicationPlanned" | "reportSentToPanel" | "reportPublished" | "partnerArrangementsStarted" | "childDied" | "cdopNotified" | "jarStarted" | "referralReceived" | "referralDecided" | "assessmentCompleted" | "strategyDiscussion" | "initialConference" | "coreGroupFirstMet" | "reviewConference" | "allegationReceived" | "ladoInformed" | "arrangementsPublished" | "arrangementsImplemented" | "yearlyReportPublished" | "yearlyReportSent" | "cdrArrangementsImplemented" | "cdrReportPublished")[];
                /**
                 * @description Unit of a deadline.
                 * @enum {string}
                 */
                unit: "working-days" | "days" | "hours" | "months";
            };
        } | {
            /**
             * @description A one-off action for which neither the law nor the guidance sets a time.
             * @enum {string}
             */
            kind: "no-timescale";
            /** @description What the source does say about timing. */
            words: string;
        };
        /** @description The duty catalogue. */
        "duty-list": {
            /** @description Every duty in the catalogue. */
            duties: components["schemas"]["duty"][];
        };
        /** @description One failing field. */
        "field-error": {
            /** @description What is wrong, in plain English. */
            message: string;
            /** @description Where the problem is, as a dotted path, for example children.0.ageYears. */
            path: string;
            /** @description The same place as a JSON Pointer (RFC 6901), for example /children/0/ageYears. */
            pointer: string;
        };
        /** @description Health of this API process. */
        health: {
            /**
             * @description ok: the process is up; ready: it can reach its database.
             * @enum {string}
             */
            status: "ok" | "ready";
        };
        /** @description The engine’s answer to "what must we do next, and by when" for a case (contract v2). */
        "next-actions": {
            /** @description Duties that apply, soonest due first (overdue first), then by duty id. */
            actions: {
                /** @description Who must do it, for example local-authority. */
                actor: string;
                /** @description Why to check local procedures: confidence below high, or a due date resting on bank holidays not yet officially announced (contract v2). */
                caveat?: string;
                /** @description Where the duty comes from, in the edition that gave the action. */
                citations: {
                    /** @description Chapter, paragraph, section or regulation, for example "chapter 5" or "s16C(1)". */
                    ref: string;
                    /** @description Short name of the source, for example wt2023 or ca2004. */
                    source: string;
                    /**
                     * Format: uri
                     * @description Address of the published source.
                     */
                    url?: string;
                }[];
                /**
                 * @description How sure the catalogue is of this duty and its timescale.
                 * @enum {string}
                 */
                confidence: "high" | "medium" | "low";
                /** @description The deadline rule in words. */
                deadline: string;
                /** @description Facts still unknown that could rule the duty out (dotted paths such as child.ageYears); the matching questions are in questions (contract v2). */
                dependsOn?: string[];
                /**
                 * Format: date
                 * @description Last day to do it. Null for ongoing duties, for duties with no national timescale, and for pending ones with nothing to project from.
                 */
                dueDate: string | null;
                /** @description Duty id from the catalogue, for example si-notify-panel. */
                duty: string;
                /**
                 * @description The edition whose rules gave this action: the one in force on its process's trigger date (contract v2).
                 * @enum {string}
                 */
                edition: "wt2013" | "wt2015" | "wt2018" | "wt2023";
                /** @description Pending duty: the due date assumes its start event happens on the last day it may. */
                projected?: boolean;
                /** @description Who it goes to, if anyone. */
                recipients: string[];
                /**
                 * @description Where the duty stands on the as-of date.
                 * @enum {string}
                 */
                status: "due" | "overdue" | "done" | "done-late" | "pending" | "ongoing";
                /**
                 * @description How binding the duty is.
                 * @enum {string}
                 */
                strength: "must" | "should";
                /** @description What must be done, in a few words. */
                title: string;
                /** @description The facts that made the duty apply. */
                why: string;
                /** @description Working days from the as-of date to the due date; negative when overdue. */
                workingDaysRemaining?: number;
            }[];
            /**
             * Format: date
             * @description The date the answer is for.
             */
            asOf: string;
            /** @description For safeguarding arrangements: what the published arrangements must contain under the edition in force. */
            checklist?: {
                /** @description A reference to the guidance or law that a duty comes from. */
                citation: {
                    /** @description Chapter, paragraph, section or regulation, for example "chapter 5" or "s16C(1)". */
                    ref: string;
                    /** @description Short name of the source, for example wt2023 or ca2004. */
                    source: string;
                    /**
                     * Format: uri
                     * @description Address of the published source.
                     */
                    url?: string;
                };
                /**
                 * @description How sure the catalogue is of this duty and its timescale.
                 * @enum {string}
                 */
                confidence: "high" | "medium" | "low";
                /**
                 * @description The edition that asks for it.
                 * @enum {string}
                 */
                edition: "wt2013" | "wt2015" | "wt2018" | "wt2023";
                /** @description What the published arrangements must contain. */
                item: string;
                /** @description True when the edition requires it; false when it recommends it. */
                required: boolean;
                /**
                 * @description How binding the duty is.
                 * @enum {string}
                 */
                strength: "must" | "should";
            }[];
            /**
             * @description The edition in force on the as-of date (or the one the facts force).
             * @enum {string}
             */
            edition: "wt2013" | "wt2015" | "wt2018" | "wt2023";
            /** @description Duties ruled out, with why. */
            notApplicable: {
                /** @description Duty id. */
                duty: string;
                /** @description Why it does not apply. */
                why: string;
            }[];
            /** @description Facts still needed, the most decisive first. */
            questions: {
                /** @description The question in plain English. */
                ask: string;
                /** @description Path of the case fact needed, for example incident.abuseOrNeglect, or of an event date, for example events.laBecameAware. */
                fact: string;
                /** @description The possible answers, when there is a fixed set. */
                options?: string[];
            }[];
            /** @description Facts that contradict each other or fall outside what the toolkit covers, in plain words. */
            warnings?: string[];
        };
        /** @description A local or national child safeguarding practice review, or a historic serious case review (wt2023 chapter 5; national reviews: SI 2018/789 regs 3–10): the decision, reviewers, terms of reference, publication and improvement actions. The toolkit also checks rules plain JSON Schema cannot express (each in x-rules): PR-002 publicationPlanned cannot be before the decision to initiate the review; PR-003 sentToPanel cannot be before the decision to initiate the review; PR-004 sentToOfsted cannot be before the decision to initiate the review; PR-005 publication.date cannot be before the decision to initiate the review; PR-006 publication.date cannot be before sentToPanel; PR-007 reviewers.*.appointed cannot be before the decision to initiate the review; REC-001 updatedAt cannot be before createdAt. */
        "practice-review": {
            /**
             * @description GSS code of the local authority, for example E08000034 (Kirklees).
             * @example E08000034
             */
            area: string;
            /**
             * Format: date-time
             * @description When the record was first stored (RFC 3339 date-time).
             */
            createdAt: string;
            /** @description How the child and family were involved, in outline (no names). */
            familyEngagement?: string;
            /** @description Identifier the store gave the record. */
            id: string;
            /**
             * Format: date
             * @description Date of the decision to initiate the review.
             */
            initiated: string;
            /**
             * @description Kind of review.
             * @enum {string}
             */
            kind: "lcspr" | "national" | "scr";
            /** @description Review method, for example a systems approach or appreciative inquiry. */
            method?: string;
            /** @description How the review was published. */
            publication?: {
                /**
                 * Format: date
                 * @description Date the report was published.
                 */
                date: string;
                /**
                 * @description The report was published.
                 * @enum {string}
                 */
                outcome: "published";
                /**
                 * Format: uri
                 * @description Where the report is published.
                 */
                url: string;
            } | {
                /**
                 * Format: date
                 * @description Date the improvements information was published.
                 */
                date: string;
                /**
                 * @description The partners decided to publish only information about improvements, not the report.
                 * @enum {string}
                 */
                outcome: "improvements-only";
                /** @description Why the report itself is not published (for example the welfare of a child). */
                reasons: string;
                /**
                 * Format: uri
                 * @description Where the improvements information is published.
                 */
                url?: string;
            };
            /**
             * Format: date
             * @description Date on which publication of the report is planned.
             */
            publicationPlanned?: string;
            /** @description Recommendations and the improvement actions that follow them. */
            recommendations?: {
                /** @description Improvement actions for the recommendation. */
                actions?: {
                    /** @description The improvement action. */
                    action: string;
                    /**
                     * Format: date
                     * @description Date the action is due.
                     */
                    due?: string;
                    /** @description Agency or role responsible. */
                    owner: string;
                    /**
                     * @description Where an improvement action stands.
                     * @enum {string}
                     */
                    status: "not-started" | "in-progress" | "complete" | "closed-not-completed";
                }[];
                /** @description The recommendation. */
                recommendation: string;
            }[];
            /** @description Reviewers appointed (roles, not names). */
            reviewers?: {
                /**
                 * Format: date
                 * @description Date appointed.
                 */
                appointed?: string;
                /** @description Who the reviewer works for, or "independent". */
                organisation?: string;
                /** @description What the reviewer does, for example "lead reviewer". */
                role: string;
            }[];
            /**
             * Format: date
             * @description Date the report was sent to Ofsted, where required.
             */
            sentToOfsted?: string;
            /**
             * Format: date
             * @description Date the final report was sent to the Panel and the Secretary of State (at least 7 working days before publication).
             */
            sentToPanel?: string;
            /** @description Ids of the serious incident notifications the review covers (historic serious case reviews may have none). */
            seriousIncidentIds?: string[];
            /** @description Terms of reference, or a summary of them. */
            termsOfReference?: string;
            /**
             * Format: date-time
             * @description When the record was last changed (RFC 3339 date-time).
             */
            updatedAt: string;
            /** @description Version of the record: 1 when created, one more on every change. */
            version: number;
        } & unknown;
        /** @description A local or national child safeguarding practice review, or a historic serious case review (wt2023 chapter 5; national reviews: SI 2018/789 regs 3–10): the decision, reviewers, terms of reference, publication and improvement actions. This is the body to create or replace one: the stored record adds id, version, createdAt and updatedAt. The toolkit also checks rules plain JSON Schema cannot express (each in x-rules): PR-002 publicationPlanned cannot be before the decision to initiate the review; PR-003 sentToPanel cannot be before the decision to initiate the review; PR-004 sentToOfsted cannot be before the decision to initiate the review; PR-005 publication.date cannot be before the decision to initiate the review; PR-006 publication.date cannot be before sentToPanel; PR-007 reviewers.*.appointed cannot be before the decision to initiate the review. */
        "practice-review-input": {
            /**
             * @description GSS code of the local authority, for example E08000034 (Kirklees).
             * @example E08000034
             */
            area: string;
            /** @description How the child and family were involved, in outline (no names). */
            familyEngagement?: string;
            /**
             * Format: date
             * @description Date of the decision to initiate the review.
             */
            initiated: string;
            /**
             * @description Kind of review.
             * @enum {string}
             */
            kind: "lcspr" | "national" | "scr";
            /** @description Review method, for example a systems approach or appreciative inquiry. */
            method?: string;
            /** @description How the review was published. */
            publication?: {
                /**
                 * Format: date
                 * @description Date the report was published.
                 */
                date: string;
                /**
                 * @description The report was published.
                 * @enum {string}
                 */
                outcome: "published";
                /**
                 * Format: uri
                 * @description Where the report is published.
                 */
                url: string;
            } | {
                /**
                 * Format: date
                 * @description Date the improvements information was published.
                 */
                date: string;
                /**
                 * @description The partners decided to publish only information about improvements, not the report.
                 * @enum {string}
                 */
                outcome: "improvements-only";
                /** @description Why the report itself is not published (for example the welfare of a child). */
                reasons: string;
                /**
                 * Format: uri
                 * @description Where the improvements information is published.
                 */
                url?: string;
            };
            /**
             * Format: date
             * @description Date on which publication of the report is planned.
             */
            publicationPlanned?: string;
            /** @description Recommendations and the improvement actions that follow them. */
            recommendations?: {
                /** @description Improvement actions for the recommendation. */
                actions?: {
                    /** @description The improvement action. */
                    action: string;
                    /**
                     * Format: date
                     * @description Date the action is due.
                     */
                    due?: string;
                    /** @description Agency or role responsible. */
                    owner: string;
                    /**
                     * @description Where an improvement action stands.
                     * @enum {string}
                     */
                    status: "not-started" | "in-progress" | "complete" | "closed-not-completed";
                }[];
                /** @description The recommendation. */
                recommendation: string;
            }[];
            /** @description Reviewers appointed (roles, not names). */
            reviewers?: {
                /**
                 * Format: date
                 * @description Date appointed.
                 */
                appointed?: string;
                /** @description Who the reviewer works for, or "independent". */
                organisation?: string;
                /** @description What the reviewer does, for example "lead reviewer". */
                role: string;
            }[];
            /**
             * Format: date
             * @description Date the report was sent to Ofsted, where required.
             */
            sentToOfsted?: string;
            /**
             * Format: date
             * @description Date the final report was sent to the Panel and the Secretary of State (at least 7 working days before publication).
             */
            sentToPanel?: string;
            /** @description Ids of the serious incident notifications the review covers (historic serious case reviews may have none). */
            seriousIncidentIds?: string[];
            /** @description Terms of reference, or a summary of them. */
            termsOfReference?: string;
        } & unknown;
        /** @description A page of practice review records. */
        "practice-review-page": {
            /** @description The records on this page, oldest first. */
            items: components["schemas"]["practice-review"][];
            /** @description Pass as cursor to get the next page; absent on the last page. */
            nextCursor?: string;
        };
        /** @description Changes to a practice review as a JSON Merge Patch (RFC 7396): the fields to change, null to remove an optional one. The result must still be a valid practice review. */
        "practice-review-patch": {
            /**
             * @description GSS code of the local authority, for example E08000034 (Kirklees).
             * @example E08000034
             */
            area?: string;
            /**
             * Format: date-time
             * @description When the record was first stored (RFC 3339 date-time).
             */
            createdAt?: string;
            /** @description How the child and family were involved, in outline (no names). */
            familyEngagement?: string | null;
            /** @description Identifier the store gave the record. */
            id?: string;
            /**
             * Format: date
             * @description Date of the decision to initiate the review.
             */
            initiated?: string;
            /**
             * @description Kind of review.
             * @enum {string}
             */
            kind?: "lcspr" | "national" | "scr";
            /** @description Review method, for example a systems approach or appreciative inquiry. */
            method?: string | null;
            /** @description How the review was published. */
            publication?: {
                /**
                 * Format: date
                 * @description Date the report was published.
                 */
                date: string;
                /**
                 * @description The report was published.
                 * @enum {string}
                 */
                outcome: "published";
                /**
                 * Format: uri
                 * @description Where the report is published.
                 */
                url: string;
            } | {
                /**
                 * Format: date
                 * @description Date the improvements information was published.
                 */
                date: string;
                /**
                 * @description The partners decided to publish only information about improvements, not the report.
                 * @enum {string}
                 */
                outcome: "improvements-only";
                /** @description Why the report itself is not published (for example the welfare of a child). */
                reasons: string;
                /**
                 * Format: uri
                 * @description Where the improvements information is published.
                 */
                url?: string;
            } | null;
            /**
             * Format: date
             * @description Date on which publication of the report is planned.
             */
            publicationPlanned?: string | null;
            /** @description Recommendations and the improvement actions that follow them. */
            recommendations?: {
                /** @description Improvement actions for the recommendation. */
                actions?: {
                    /** @description The improvement action. */
                    action: string;
                    /**
                     * Format: date
                     * @description Date the action is due.
                     */
                    due?: string;
                    /** @description Agency or role responsible. */
                    owner: string;
                    /**
                     * @description Where an improvement action stands.
                     * @enum {string}
                     */
                    status: "not-started" | "in-progress" | "complete" | "closed-not-completed";
                }[];
                /** @description The recommendation. */
                recommendation: string;
            }[] | null;
            /** @description Reviewers appointed (roles, not names). */
            reviewers?: {
                /**
                 * Format: date
                 * @description Date appointed.
                 */
                appointed?: string;
                /** @description Who the reviewer works for, or "independent". */
                organisation?: string;
                /** @description What the reviewer does, for example "lead reviewer". */
                role: string;
            }[] | null;
            /**
             * Format: date
             * @description Date the report was sent to Ofsted, where required.
             */
            sentToOfsted?: string | null;
            /**
             * Format: date
             * @description Date the final report was sent to the Panel and the Secretary of State (at least 7 working days before publication).
             */
            sentToPanel?: string | null;
            /** @description Ids of the serious incident notifications the review covers (historic serious case reviews may have none). */
            seriousIncidentIds?: string[] | null;
            /** @description Terms of reference, or a summary of them. */
            termsOfReference?: string | null;
            /**
             * Format: date-time
             * @description When the record was last changed (RFC 3339 date-time).
             */
            updatedAt?: string;
            /** @description Version of the record: 1 when created, one more on every change. */
            version?: number;
        };
        /** @description The whole practice review: the input, or the record as you read it. id, version, createdAt and updatedAt may be sent back unchanged; they cannot be changed. */
        "practice-review-replacement": {
            /**
             * @description GSS code of the local authority, for example E08000034 (Kirklees).
             * @example E08000034
             */
            area: string;
            /**
             * Format: date-time
             * @description When the record was first stored (RFC 3339 date-time).
             */
            createdAt?: string;
            /** @description How the child and family were involved, in outline (no names). */
            familyEngagement?: string;
            /** @description Identifier the store gave the record. */
            id?: string;
            /**
             * Format: date
             * @description Date of the decision to initiate the review.
             */
            initiated: string;
            /**
             * @description Kind of review.
             * @enum {string}
             */
            kind: "lcspr" | "national" | "scr";
            /** @description Review method, for example a systems approach or appreciative inquiry. */
            method?: string;
            /** @description How the review was published. */
            publication?: {
                /**
                 * Format: date
                 * @description Date the report was published.
                 */
                date: string;
                /**
                 * @description The report was published.
                 * @enum {string}
                 */
                outcome: "published";
                /**
                 * Format: uri
                 * @description Where the report is published.
                 */
                url: string;
            } | {
                /**
                 * Format: date
                 * @description Date the improvements information was published.
                 */
                date: string;
                /**
                 * @description The partners decided to publish only information about improvements, not the report.
                 * @enum {string}
                 */
                outcome: "improvements-only";
                /** @description Why the report itself is not published (for example the welfare of a child). */
                reasons: string;
                /**
                 * Format: uri
                 * @description Where the improvements information is published.
                 */
                url?: string;
            };
            /**
             * Format: date
             * @description Date on which publication of the report is planned.
             */
            publicationPlanned?: string;
            /** @description Recommendations and the improvement actions that follow them. */
            recommendations?: {
                /** @description Improvement actions for the recommendation. */
                actions?: {
                    /** @description The improvement action. */
                    action: string;
                    /**
                     * Format: date
                     * @description Date the action is due.
                     */
                    due?: string;
                    /** @description Agency or role responsible. */
                    owner: string;
                    /**
                     * @description Where an improvement action stands.
                     * @enum {string}
                     */
                    status: "not-started" | "in-progress" | "complete" | "closed-not-completed";
                }[];
                /** @description The recommendation. */
                recommendation: string;
            }[];
            /** @description Reviewers appointed (roles, not names). */
            reviewers?: {
                /**
                 * Format: date
                 * @description Date appointed.
                 */
                appointed?: string;
                /** @description Who the reviewer works for, or "independent". */
                organisation?: string;
                /** @description What the reviewer does, for example "lead reviewer". */
                role: string;
            }[];
            /**
             * Format: date
             * @description Date the report was sent to Ofsted, where required.
             */
            sentToOfsted?: string;
            /**
             * Format: date
             * @description Date the final report was sent to the Panel and the Secretary of State (at least 7 working days before publication).
             */
            sentToPanel?: string;
            /** @description Ids of the serious incident notifications the review covers (historic serious case reviews may have none). */
            seriousIncidentIds?: string[];
            /** @description Terms of reference, or a summary of them. */
            termsOfReference?: string;
            /**
             * Format: date-time
             * @description When the record was last changed (RFC 3339 date-time).
             */
            updatedAt?: string;
            /** @description Version of the record: 1 when created, one more on every change. */
            version?: number;
        };
        /** @description An error, as RFC 9457 problem details. */
        problem: {
            /** @description What went wrong this time, and what to do about it. */
            detail: string;
            /** @description Every failing field, when the input was at fault. */
            errors?: components["schemas"]["field-error"][];
            /** @description Identifies this occurrence: the request id (X-Request-Id), as urn:uuid:<id> when it is a UUID. Quote it when asking for help. */
            instance: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description The kind of problem, in a few words. */
            title: string;
            /** @description Identifies the kind of problem. */
            type: string;
        };
        /** @description The safeguarding partners’ rapid review of a notified serious incident (wt2023 chapter 5): who contributed, immediate actions, learning, the decision on a practice review and the Panel’s response. The toolkit also checks rules plain JSON Schema cannot express (each in x-rules): RR-004 completed cannot be before started; RR-005 sentToPanel cannot be before completed; RR-006 panelResponseDate cannot be before sentToPanel; REC-001 updatedAt cannot be before createdAt. */
        "rapid-review": {
            /**
             * @description GSS code of the local authority, for example E08000034 (Kirklees).
             * @example E08000034
             */
            area: string;
            /**
             * Format: date
             * @description Date the rapid review was completed (normally within 15 working days of the notification).
             */
            completed?: string;
            /** @description Agencies that contributed to the rapid review. */
            contributions?: {
                /** @description Name of the contributing agency. */
                agency: string;
                /**
                 * Format: date
                 * @description Date its agency summary (chronology and involvement) was received.
                 */
                summaryReceived?: string;
            }[];
            /**
             * Format: date-time
             * @description When the record was first stored (RFC 3339 date-time).
             */
            createdAt: string;
            /**
             * @description What the safeguarding partners decided (wt2023 chapter 5).
             * @enum {string}
             */
            decision?: "local-review" | "no-local-review" | "refer-for-national-review";
            /** @description Why the partners decided as they did. */
            decisionReasons?: string;
            /** @description Identifier the store gave the record. */
            id: string;
            /** @description Immediate actions taken to keep children safe. */
            immediateActions?: string[];
            /** @description Learning identified. */
            learning?: string[];
            /**
             * @description The Panel’s response to the rapid review.
             * @enum {string}
             */
            panelResponse?: "agrees-with-decision" | "disagrees-with-decision" | "national-review-commissioned" | "more-information-requested";
            /**
             * Format: date
             * @description Date of the Panel’s response.
             */
            panelResponseDate?: string;
            /**
             * Format: date
             * @description Date the rapid review was sent to the Panel.
             */
            sentToPanel?: string;
            /** @description Id of the serious incident notification this rapid review is about. */
            seriousIncidentId: string;
            /**
             * Format: date
             * @description Date the rapid review started.
             */
            started: string;
            /**
             * Format: date-time
             * @description When the record was last changed (RFC 3339 date-time).
             */
            updatedAt: string;
            /** @description Version of the record: 1 when created, one more on every change. */
            version: number;
        } & (unknown & unknown & unknown);
        /** @description The safeguarding partners’ rapid review of a notified serious incident (wt2023 chapter 5): who contributed, immediate actions, learning, the decision on a practice review and the Panel’s response. This is the body to create or replace one: the stored record adds id, version, createdAt and updatedAt. The toolkit also checks rules plain JSON Schema cannot express (each in x-rules): RR-004 completed cannot be before started; RR-005 sentToPanel cannot be before completed; RR-006 panelResponseDate cannot be before sentToPanel. */
        "rapid-review-input": {
            /**
             * @description GSS code of the local authority, for example E08000034 (Kirklees).
             * @example E08000034
             */
            area: string;
            /**
             * Format: date
             * @description Date the rapid review was completed (normally within 15 working days of the notification).
             */
            completed?: string;
            /** @description Agencies that contributed to the rapid review. */
            contributions?: {
                /** @description Name of the contributing agency. */
                agency: string;
                /**
                 * Format: date
                 * @description Date its agency summary (chronology and involvement) was received.
                 */
                summaryReceived?: string;
            }[];
            /**
             * @description What the safeguarding partners decided (wt2023 chapter 5).
             * @enum {string}
             */
            decision?: "local-review" | "no-local-review" | "refer-for-national-review";
            /** @description Why the partners decided as they did. */
            decisionReasons?: string;
            /** @description Immediate actions taken to keep children safe. */
            immediateActions?: string[];
            /** @description Learning identified. */
            learning?: string[];
            /**
             * @description The Panel’s response to the rapid review.
             * @enum {string}
             */
            panelResponse?: "agrees-with-decision" | "disagrees-with-decision" | "national-review-commissioned" | "more-information-requested";
            /**
             * Format: date
             * @description Date of the Panel’s response.
             */
            panelResponseDate?: string;
            /**
             * Format: date
             * @description Date the rapid review was sent to the Panel.
             */
            sentToPanel?: string;
            /** @description Id of the serious incident notification this rapid review is about. */
            seriousIncidentId: string;
            /**
             * Format: date
             * @description Date the rapid review started.
             */
            started: string;
        } & (unknown & unknown & unknown);
        /** @description A page of rapid review records. */
        "rapid-review-page": {
            /** @description The records on this page, oldest first. */
            items: components["schemas"]["rapid-review"][];
            /** @description Pass as cursor to get the next page; absent on the last page. */
            nextCursor?: string;
        };
        /** @description Changes to a rapid review as a JSON Merge Patch (RFC 7396): the fields to change, null to remove an optional one. The result must still be a valid rapid review. */
        "rapid-review-patch": {
            /**
             * @description GSS code of the local authority, for example E08000034 (Kirklees).
             * @example E08000034
             */
            area?: string;
            /**
             * Format: date
             * @description Date the rapid review was completed (normally within 15 working days of the notification).
             */
            completed?: string | null;
            /** @description Agencies that contributed to the rapid review. */
            contributions?: {
                /** @description Name of the contributing agency. */
                agency: string;
                /**
                 * Format: date
                 * @description Date its agency summary (chronology and involvement) was received.
                 */
                summaryReceived?: string;
            }[] | null;
            /**
             * Format: date-time
             * @description When the record was first stored (RFC 3339 date-time).
             */
            createdAt?: string;
            /**
             * @description What the safeguarding partners decided (wt2023 chapter 5).
             * @enum {string|null}
             */
            decision?: "local-review" | "no-local-review" | "refer-for-national-review" | null;
            /** @description Why the partners decided as they did. */
            decisionReasons?: string | null;
            /** @description Identifier the store gave the record. */
            id?: string;
            /** @description Immediate actions taken to keep children safe. */
            immediateActions?: string[] | null;
            /** @description Learning identified. */
            learning?: string[] | null;
            /**
             * @description The Panel’s response to the rapid review.
             * @enum {string|null}
             */
            panelResponse?: "agrees-with-decision" | "disagrees-with-decision" | "national-review-commissioned" | "more-information-requested" | null;
            /**
             * Format: date
             * @description Date of the Panel’s response.
             */
            panelResponseDate?: string | null;
            /**
             * Format: date
             * @description Date the rapid review was sent to the Panel.
             */
            sentToPanel?: string | null;
            /** @description Id of the serious incident notification this rapid review is about. */
            seriousIncidentId?: string;
            /**
             * Format: date
             * @description Date the rapid review started.
             */
            started?: string;
            /**
             * Format: date-time
             * @description When the record was last changed (RFC 3339 date-time).
             */
            updatedAt?: string;
            /** @description Version of the record: 1 when created, one more on every change. */
            version?: number;
        };
        /** @description The whole rapid review: the input, or the record as you read it. id, version, createdAt and updatedAt may be sent back unchanged; they cannot be changed. */
        "rapid-review-replacement": {
            /**
             * @description GSS code of the local authority, for example E08000034 (Kirklees).
             * @example E08000034
             */
            area: string;
            /**
             * Format: date
             * @description Date the rapid review was completed (normally within 15 working days of the notification).
             */
            completed?: string;
            /** @description Agencies that contributed to the rapid review. */
            contributions?: {
                /** @description Name of the contributing agency. */
                agency: string;
                /**
                 * Format: date
                 * @description Date its agency summary (chronology and involvement) was received.
                 */
                summaryReceived?: string;
            }[];
            /**
             * Format: date-time
             * @description When the record was first stored (RFC 3339 date-time).
             */
            createdAt?: string;
            /**
             * @description What the safeguarding partners decided (wt2023 chapter 5).
             * @enum {string}
             */
            decision?: "local-review" | "no-local-review" | "refer-for-national-review";
            /** @description Why the partners decided as they did. */
            decisionReasons?: string;
            /** @description Identifier the store gave the record. */
            id?: string;
            /** @description Immediate actions taken to keep children safe. */
            immediateActions?: string[];
            /** @description Learning identified. */
            learning?: string[];
            /**
             * @description The Panel’s response to the rapid review.
             * @enum {string}
             */
            panelResponse?: "agrees-with-decision" | "disagrees-with-decision" | "national-review-commissioned" | "more-information-requested";
            /**
             * Format: date
             * @description Date of the Panel’s response.
             */
            panelResponseDate?: string;
            /**
             * Format: date
             * @description Date the rapid review was sent to the Panel.
             */
            sentToPanel?: string;
            /** @description Id of the serious incident notification this rapid review is about. */
            seriousIncidentId: string;
            /**
             * Format: date
             * @description Date the rapid review started.
             */
            started: string;
            /**
             * Format: date-time
             * @description When the record was last changed (RFC 3339 date-time).
             */
            updatedAt?: string;
            /** @description Version of the record: 1 when created, one more on every change. */
            version?: number;
        };
        /** @description A body the safeguarding partners name in their arrangements (Children Act 2004 s16G; Schedule to SI 2018/789). Once named, a relevant agency must co-operate with the arrangements. This is the body to create or replace one: the stored record adds id, version, createdAt and updatedAt. The toolkit also checks rules plain JSON Schema cannot express (each in x-rules): RA-002 removed cannot be before the date it was named. */
        "relevant-agency-input": {
            /**
             * @description GSS code of the local authority, for example E08000034 (Kirklees).
             * @example E08000034
             */
            area: string;
            /**
             * @description Heading of the Schedule to SI 2018/789 the agency falls under.
             * @enum {string}
             */
            heading: "education-and-childcare" | "health-and-social-care" | "police-and-criminal-justice" | "other";
            /** @description True if the body is in the Schedule, so under the duty to co-operate once named; false for a body the partners involve that is not under the duty. */
            inSchedule: boolean;
            /**
             * Format: date
             * @description Date the agency was named in the published arrangements.
             */
            named: string;
            /** @description The agency: school URN, UKPRN, ODS code, Ofsted URN or another identifier where it has one. */
            organisation: {
                /** @description An organisation code and the scheme it belongs to. */
                identifier?: {
                    /**
                     * @description GSS code of a local authority.
                     * @enum {string}
                     */
                    scheme: "gss";
                    /**
                     * @description GSS code of the local authority, for example E08000034 (Kirklees).
                     * @example E08000034
                     */
                    value: string;
                } | {
                    /**
                     * @description GSS code of a police force area.
                     * @enum {string}
                     */
                    scheme: "police-force";
                    /**
                     * @description GSS code of the police force area, E23 and six digits.
                     * @example E23000010
                     */
                    value: string;
                } | {
                    /**
                     * @description NHS ODS code.
                     * @enum {string}
                     */
                    scheme: "ods";
                    /**
                     * @description NHS Organisation Data Service (ODS) code, for example QWO (an ICB) or RR8 (a trust).
                     * @example QWO
                     */
                    value: string;
                } | {
                    /**
                     * @description School or college URN.
                     * @enum {string}
                     */
                    scheme: "urn";
                    /**
                     * @description Unique reference number (URN) of a school or college, six digits.
                     * @example 107654
                     */
                    value: string;
                } | {
                    /**
                     * @description UK Provider Reference Number.
                     * @enum {string}
                     */
                    scheme: "ukprn";
                    /**
                     * @description UK Provider Reference Number (UKPRN) of a learning provider, eight digits starting with 1.
                     * @example 10001234
                     */
                    value: string;
                } | {
                    /**
                     * @description Ofsted URN.
                     * @enum {string}
                     */
                    scheme: "ofsted-urn";
                    /**
                     * @description Ofsted unique reference number of a registered provider, for example SC123456 or EY123456.
                     * @example SC123456
                     */
                    value: string;
                } | {
                    /**
                     * @description Another identifier.
                     * @enum {string}
                     */
                    scheme: "other";
                    /** @description The identifier, as the body uses it. */
                    value: string;
                };
                /** @description Name of the organisation. */
                name: string;
            };
            /**
             * Format: date
             * @description Date it was removed from the arrangements; omitted while it is still named.
             */
            removed?: string;
            /** @description Paragraph of the Schedule to SI 2018/789, where known (for example 4: governing body of a maintained school). */
            scheduleParagraph?: number;
        } & unknown;
        /** @description One of the three safeguarding partners for an area (Children Act 2004 s16E): the local authority, the chief officer of police, or the CCG (before 1 July 2022) or ICB (from 1 July 2022), with its lead and delegated roles. This is the body to create or replace one: the stored record adds id, version, createdAt and updatedAt. The toolkit also checks rules plain JSON Schema cannot express (each in x-rules): SP-004 to cannot be before from. */
        "safeguarding-partner-input": {
            /**
             * @description GSS code of the local authority, for example E08000034 (Kirklees).
             * @example E08000034
             */
            area: string;
            /** @description Name of the delegated safeguarding partner. */
            delegatedName?: string;
            /** @description Role of the delegated safeguarding partner (wt2023 chapter 2), for example "Director of Children’s Services". */
            delegatedRoleTitle?: string;
            /**
             * Format: date
             * @description First day this organisation was a safeguarding partner for the area.
             */
            from: string;
            /**
             * @description Which of the three safeguarding partners this is.
             * @enum {string}
             */
            kind: "local-authority" | "police" | "ccg" | "icb";
            /** @description Name of the lead safeguarding partner. */
            leadName?: string;
            /** @description Role of the lead safeguarding partner (wt2023 chapter 2), for example "Chief Executive" or "Chief Constable". */
            leadRoleTitle?: string;
            /** @description The partner organisation: GSS code for a council, police force area code for police, ODS code for a CCG or ICB. */
            organisation: {
                /** @description An organisation code and the scheme it belongs to. */
                identifier?: {
                    /**
                     * @description GSS code of a local authority.
                     * @enum {string}
                     */
                    scheme: "gss";
                    /**
                     * @description GSS code of the local authority, for example E08000034 (Kirklees).
                     * @example E08000034
                     */
                    value: string;
                } | {
                    /**
                     * @description GSS code of a police force area.
                     * @enum {string}
                     */
                    scheme: "police-force";
                    /**
                     * @description GSS code of the police force area, E23 and six digits.
                     * @example E23000010
                     */
                    value: string;
                } | {
                    /**
                     * @description NHS ODS code.
                     * @enum {string}
                     */
                    scheme: "ods";
                    /**
                     * @description NHS Organisation Data Service (ODS) code, for example QWO (an ICB) or RR8 (a trust).
                     * @example QWO
                     */
                    value: string;
                } | {
                    /**
                     * @description School or college URN.
                     * @enum {string}
                     */
                    scheme: "urn";
                    /**
                     * @description Unique reference number (URN) of a school or college, six digits.
                     * @example 107654
                     */
                    value: string;
                } | {
                    /**
                     * @description UK Provider Reference Number.
                     * @enum {string}
                     */
                    scheme: "ukprn";
                    /**
                     * @description UK Provider Reference Number (UKPRN) of a learning provider, eight digits starting with 1.
                     * @example 10001234
                     */
                    value: string;
                } | {
                    /**
                     * @description Ofsted URN.
                     * @enum {string}
                     */
                    scheme: "ofsted-urn";
                    /**
                     * @description Ofsted unique reference number of a registered provider, for example SC123456 or EY123456.
                     * @example SC123456
                     */
                    value: string;
                } | {
                    /**
                     * @description Another identifier.
                     * @enum {string}
                     */
                    scheme: "other";
                    /** @description The identifier, as the body uses it. */
                    value: string;
                };
                /** @description Name of the organisation. */
                name: string;
            };
            /**
             * Format: date
             * @description Last day it was a partner; omitted while it still is.
             */
            to?: string;
        } & (unknown & unknown & unknown & (unknown & unknown & unknown & unknown));
        /** @description The published multi-agency safeguarding arrangements for one or more local authority areas (Children Act 2004 s16E–16G; wt2023 chapter 2), or, for historic records, the LSCB. The toolkit also checks rules plain JSON Schema cannot express (each in x-rules): PS-001 areas must include area; PS-005 safeguardingPartners.*.area must be one of the areas the partnership covers; PS-007 relevantAgencies.*.area must be one of the areas the partnership covers; PS-008 arrangementsImplemented cannot be before arrangementsPublished; PS-009 lastRevised cannot be before arrangementsPublished; PS-010 yearlyReports.*.periodEnd cannot be before the start of the period; PS-011 yearlyReports.*.published cannot be before the end of the period it covers; PS-012 yearlyReports.*.sent cannot be before the date it was published; REC-001 updatedAt cannot be before createdAt; SP-004 safeguardingPartners.*.to cannot be before from; RA-002 relevantAgencies.*.removed cannot be before the date it was named. */
        "safeguarding-partnership": {
            /**
             * @description GSS code of the lead local authority area of the arrangements, for example E08000034.
             * @example E08000034
             */
            area: string;
            /** @description GSS codes of every local authority area the arrangements cover (arrangements may span several areas), including area. */
            areas: string[];
            /**
             * Format: date
             * @description Date the published arrangements came into effect.
             */
            arrangementsImplemented?: string;
            /**
             * Format: date
             * @description Date the arrangements were published.
             */
            arrangementsPublished?: string;
            /**
             * Format: date-time
             * @description When the record was first stored (RFC 3339 date-time).
             */
            createdAt: string;
            /** @description Funding contributions per partner and agency, by financial year. */
            funding?: {
                /** @description Contributions for the year. */
                contributions: {
                    /** @description Amount contributed in pounds sterling. */
                    amountPounds: number;
                    /** @description Name of the partner or agency contributing. */
                    contributor: string;
                    /** @description Contributions in kind (staff time, premises), in words. */
                    inKind?: string;
                }[];
                /**
                 * @description Financial year, April to March, written like 2024-25.
                 * @example 2024-25
                 */
                year: string;
            }[];
            /** @description Identifier the store gave the record. */
            id: string;
            /** @description The independent chair of an LSCB. Required for regime lscb; not used otherwise. */
            independentChair?: {
                /**
                 * Format: email
                 * @description Work email address.
                 */
                email?: string;
                /** @description Name of the person. */
                name?: string;
                /** @description Job title or role, for example "Head of Service, Safeguarding". */
                role: string;
                /** @description Work telephone number. */
                telephone?: string;
            };
            /** @description Independent scrutiny of the arrangements (wt2018 chapter 3; wt2023 chapter 2). */
            independentScrutiny?: {
                /** @description Who provides independent scrutiny (a role or organisation, not a name). */
                by: string;
                /** @description How often, for example "quarterly" or "each year". */
                frequency: string;
                /** @description How scrutiny is done, for example audits, challenge sessions, reviews of learning. */
                how: string;
            };
            /**
             * Format: date
             * @description Date the arrangements were last revised.
             */
            lastRevised?: string;
            /** @description Name of the partnership, for example "Exampleshire Safeguarding Children Partnership". */
            name: string;
            /** @description The partnership chair (wt2023 chapter 2): one of the lead safeguarding partners or someone they appoint. */
            partnershipChair?: {
                /**
                 * Format: email
                 * @description Work email address.
                 */
                email?: string;
                /** @description Name of the person. */
                name?: string;
                /** @description Job title or role, for example "Head of Service, Safeguarding". */
                role: string;
                /** @description Work telephone number. */
                telephone?: string;
            };
            /**
             * @description Who runs the local arrangements.
             * @enum {string}
             */
            regime: "lscb" | "safeguarding-partners";
            /** @description The relevant agencies named in the arrangements. */
            relevantAgencies?: components["schemas"]["relevant-agency-input"][];
            /** @description The safeguarding partners, current and past, each with its lead and delegated roles. */
            safeguardingPartners?: components["schemas"]["safeguarding-partner-input"][];
            /** @description The local threshold document (the criteria for help and protection). */
            thresholdDocument?: {
                /**
                 * Format: date
                 * @description Date of the current version.
                 */
                published?: string;
                /** @description Title of the threshold document. */
                title: string;
                /**
                 * Format: uri
                 * @description Where it is published.
                 */
                url?: string;
            };
            /**
             * Format: date-time
             * @description When the record was last changed (RFC 3339 date-time).
             */
            updatedAt: string;
            /** @description Version of the record: 1 when created, one more on every change. */
            version: number;
            /** @description Yearly reports, oldest first. */
            yearlyReports?: {
                /**
                 * Format: date
                 * @description Last day of the period the report covers.
                 */
                periodEnd: string;
                /**
                 * Format: date
                 * @description First day of the period the report covers.
                 */
                periodStart: string;
                /**
                 * Format: date
                 * @description Date the report was published.
                 */
                published?: string;
                /**
                 * Format: date
                 * @description Date the report was sent to them.
                 */
                sent?: string;
                /** @description Who the report was sent to. */
                sentTo?: ("child-safeguarding-practice-review-panel" | "what-works-centre" | "foundations" | "secretary-of-state" | "other")[];
                /**
                 * Format: uri
                 * @description Where the report is published.
                 */
                url?: string;
            }[];
        } & ({
            areas: unknown;
        } & unknown & unknown & unknown);
        /** @description The published multi-agency safeguarding arrangements for one or more local authority areas (Children Act 2004 s16E–16G; wt2023 chapter 2), or, for historic records, the LSCB. This is the body to create or replace one: the stored record adds id, version, createdAt and updatedAt. The toolkit also checks rules plain JSON Schema cannot express (each in x-rules): PS-001 areas must include area; PS-005 safeguardingPartners.*.area must be one of the areas the partnership covers; PS-007 relevantAgencies.*.area must be one of the areas the partnership covers; PS-008 arrangementsImplemented cannot be before arrangementsPublished; PS-009 lastRevised cannot be before arrangementsPublished; PS-010 yearlyReports.*.periodEnd cannot be before the start of the period; PS-011 yearlyReports.*.published cannot be before the end of the period it covers; PS-012 yearlyReports.*.sent cannot be before the date it was published; SP-004 safeguardingPartners.*.to cannot be before from; RA-002 relevantAgencies.*.removed cannot be before the date it was named. */
        "safeguarding-partnership-input": {
            /**
             * @description GSS code of the lead local authority area of the arrangements, for example E08000034.
             * @example E08000034
             */
            area: string;
            /** @description GSS codes of every local authority area the arrangements cover (arrangements may span several areas), including area. */
            areas: string[];
            /**
             * Format: date
             * @description Date the published arrangements came into effect.
             */
            arrangementsImplemented?: string;
            /**
             * Format: date
             * @description Date the arrangements were published.
             */
            arrangementsPublished?: string;
            /** @description Funding contributions per partner and agency, by financial year. */
            funding?: {
                /** @description Contributions for the year. */
                contributions: {
                    /** @description Amount contributed in pounds sterling. */
                    amountPounds: number;
                    /** @description Name of the partner or agency contributing. */
                    contributor: string;
                    /** @description Contributions in kind (staff time, premises), in words. */
                    inKind?: string;
                }[];
                /**
                 * @description Financial year, April to March, written like 2024-25.
                 * @example 2024-25
                 */
                year: string;
            }[];
            /** @description The independent chair of an LSCB. Required for regime lscb; not used otherwise. */
            independentChair?: {
                /**
                 * Format: email
                 * @description Work email address.
                 */
                email?: string;
                /** @description Name of the person. */
                name?: string;
                /** @description Job title or role, for example "Head of Service, Safeguarding". */
                role: string;
                /** @description Work telephone number. */
                telephone?: string;
            };
            /** @description Independent scrutiny of the arrangements (wt2018 chapter 3; wt2023 chapter 2). */
            independentScrutiny?: {
                /** @description Who provides independent scrutiny (a role or organisation, not a name). */
                by: string;
                /** @description How often, for example "quarterly" or "each year". */
                frequency: string;
                /** @description How scrutiny is done, for example audits, challenge sessions, reviews of learning. */
                how: string;
            };
            /**
             * Format: date
             * @description Date the arrangements were last revised.
             */
            lastRevised?: string;
            /** @description Name of the partnership, for example "Exampleshire Safeguarding Children Partnership". */
            name: string;
            /** @description The partnership chair (wt2023 chapter 2): one of the lead safeguarding partners or someone they appoint. */
            partnershipChair?: {
                /**
                 * Format: email
                 * @description Work email address.
                 */
                email?: string;
                /** @description Name of the person. */
                name?: string;
                /** @description Job title or role, for example "Head of Service, Safeguarding". */
                role: string;
                /** @description Work telephone number. */
                telephone?: string;
            };
            /**
             * @description Who runs the local arrangements.
             * @enum {string}
             */
            regime: "lscb" | "safeguarding-partners";
            /** @description The relevant agencies named in the arrangements. */
            relevantAgencies?: components["schemas"]["relevant-agency-input"][];
            /** @description The safeguarding partners, current and past, each with its lead and delegated roles. */
            safeguardingPartners?: components["schemas"]["safeguarding-partner-input"][];
            /** @description The local threshold document (the criteria for help and protection). */
            thresholdDocument?: {
                /**
                 * Format: date
                 * @description Date of the current version.
                 */
                published?: string;
                /** @description Title of the threshold document. */
                title: string;
                /**
                 * Format: uri
                 * @description Where it is published.
                 */
                url?: string;
            };
            /** @description Yearly reports, oldest first. */
            yearlyReports?: {
                /**
                 * Format: date
                 * @description Last day of the period the report covers.
                 */
                periodEnd: string;
                /**
                 * Format: date
                 * @description First day of the period the report covers.
                 */
                periodStart: string;
                /**
                 * Format: date
                 * @description Date the report was published.
                 */
                published?: string;
                /**
                 * Format: date
                 * @description Date the report was sent to them.
                 */
                sent?: string;
                /** @description Who the report was sent to. */
                sentTo?: ("child-safeguarding-practice-review-panel" | "what-works-centre" | "foundations" | "secretary-of-state" | "other")[];
                /**
                 * Format: uri
                 * @description Where the report is published.
                 */
                url?: string;
            }[];
        } & ({
            areas: unknown;
        } & unknown & unknown & unknown);
        /** @description A page of partnership records. */
        "safeguarding-partnership-page": {
            /** @description The records on this page, oldest first. */
            items: components["schemas"]["safeguarding-partnership"][];
            /** @description Pass as cursor to get the next page; absent on the last page. */
            nextCursor?: string;
        };
        /** @description Changes to a partnership as a JSON Merge Patch (RFC 7396): the fields to change, null to remove an optional one. The result must still be a valid partnership. */
        "safeguarding-partnership-patch": {
            /**
             * @description GSS code of the lead local authority area of the arrangements, for example E08000034.
             * @example E08000034
             */
            area?: string;
            /** @description GSS codes of every local authority area the arrangements cover (arrangements may span several areas), including area. */
            areas?: string[];
            /**
             * Format: date
             * @description Date the published arrangements came into effect.
             */
            arrangementsImplemented?: string | null;
            /**
             * Format: date
             * @description Date the arrangements were published.
             */
            arrangementsPublished?: string | null;
            /**
             * Format: date-time
             * @description When the record was first stored (RFC 3339 date-time).
             */
            createdAt?: string;
            /** @description Funding contributions per partner and agency, by financial year. */
            funding?: {
                /** @description Contributions for the year. */
                contributions: {
                    /** @description Amount contributed in pounds sterling. */
                    amountPounds: number;
                    /** @description Name of the partner or agency contributing. */
                    contributor: string;
                    /** @description Contributions in kind (staff time, premises), in words. */
                    inKind?: string;
                }[];
                /**
                 * @description Financial year, April to March, written like 2024-25.
                 * @example 2024-25
                 */
                year: string;
            }[] | null;
            /** @description Identifier the store gave the record. */
            id?: string;
            /** @description The independent chair of an LSCB. Required for regime lscb; not used otherwise. */
            independentChair?: {
                /**
                 * Format: email
                 * @description Work email address.
                 */
                email?: string | null;
                /** @description Name of the person. */
                name?: string | null;
                /** @description Job title or role, for example "Head of Service, Safeguarding". */
                role?: string;
                /** @description Work telephone number. */
                telephone?: string | null;
            } | null;
            /** @description Independent scrutiny of the arrangements (wt2018 chapter 3; wt2023 chapter 2). */
            independentScrutiny?: {
                /** @description Who provides independent scrutiny (a role or organisation, not a name). */
                by?: string;
                /** @description How often, for example "quarterly" or "each year". */
                frequency?: string;
                /** @description How scrutiny is done, for example audits, challenge sessions, reviews of learning. */
                how?: string;
            } | null;
            /**
             * Format: date
             * @description Date the arrangements were last revised.
             */
            lastRevised?: string | null;
            /** @description Name of the partnership, for example "Exampleshire Safeguarding Children Partnership". */
            name?: string;
            /** @description The partnership chair (wt2023 chapter 2): one of the lead safeguarding partners or someone they appoint. */
            partnershipChair?: {
                /**
                 * Format: email
                 * @description Work email address.
                 */
                email?: string | null;
                /** @description Name of the person. */
                name?: string | null;
                /** @description Job title or role, for example "Head of Service, Safeguarding". */
                role?: string;
                /** @description Work telephone number. */
                telephone?: string | null;
            } | null;
            /**
             * @description Who runs the local arrangements.
             * @enum {string}
             */
            regime?: "lscb" | "safeguarding-partners";
            /** @description The relevant agencies named in the arrangements. */
            relevantAgencies?: components["schemas"]["relevant-agency-input"][] | null;
            /** @description The safeguarding partners, current and past, each with its lead and delegated roles. */
            safeguardingPartners?: components["schemas"]["safeguarding-partner-input"][] | null;
            /** @description The local threshold document (the criteria for help and protection). */
            thresholdDocument?: {
                /**
                 * Format: date
                 * @description Date of the current version.
                 */
                published?: string | null;
                /** @description Title of the threshold document. */
                title?: string;
                /**
                 * Format: uri
                 * @description Where it is published.
                 */
                url?: string | null;
            } | null;
            /**
             * Format: date-time
             * @description When the record was last changed (RFC 3339 date-time).
             */
            updatedAt?: string;
            /** @description Version of the record: 1 when created, one more on every change. */
            version?: number;
            /** @description Yearly reports, oldest first. */
            yearlyReports?: {
                /**
                 * Format: date
                 * @description Last day of the period the report covers.
                 */
                periodEnd: string;
                /**
                 * Format: date
                 * @description First day of the period the report covers.
                 */
                periodStart: string;
                /**
                 * Format: date
                 * @description Date the report was published.
                 */
                published?: string;
                /**
                 * Format: date
                 * @description Date the report was sent to them.
                 */
                sent?: string;
                /** @description Who the report was sent to. */
                sentTo?: ("child-safeguarding-practice-review-panel" | "what-works-centre" | "foundations" | "secretary-of-state" | "other")[];
                /**
                 * Format: uri
                 * @description Where the report is published.
                 */
                url?: string;
            }[] | null;
        };
        /** @description The whole partnership: the input, or the record as you read it. id, version, createdAt and updatedAt may be sent back unchanged; they cannot be changed. */
        "safeguarding-partnership-replacement": {
            /**
             * @description GSS code of the lead local authority area of the arrangements, for example E08000034.
             * @example E08000034
             */
            area: string;
            /** @description GSS codes of every local authority area the arrangements cover (arrangements may span several areas), including area. */
            areas: string[];
            /**
             * Format: date
             * @description Date the published arrangements came into effect.
             */
            arrangementsImplemented?: string;
            /**
             * Format: date
             * @description Date the arrangements were published.
             */
            arrangementsPublished?: string;
            /**
             * Format: date-time
             * @description When the record was first stored (RFC 3339 date-time).
             */
            createdAt?: string;
            /** @description Funding contributions per partner and agency, by financial year. */
            funding?: {
                /** @description Contributions for the year. */
                contributions: {
                    /** @description Amount contributed in pounds sterling. */
                    amountPounds: number;
                    /** @description Name of the partner or agency contributing. */
                    contributor: string;
                    /** @description Contributions in kind (staff time, premises), in words. */
                    inKind?: string;
                }[];
                /**
                 * @description Financial year, April to March, written like 2024-25.
                 * @example 2024-25
                 */
                year: string;
            }[];
            /** @description Identifier the store gave the record. */
            id?: string;
            /** @description The independent chair of an LSCB. Required for regime lscb; not used otherwise. */
            independentChair?: {
                /**
                 * Format: email
                 * @description Work email address.
                 */
                email?: string;
                /** @description Name of the person. */
                name?: string;
                /** @description Job title or role, for example "Head of Service, Safeguarding". */
                role: string;
                /** @description Work telephone number. */
                telephone?: string;
            };
            /** @description Independent scrutiny of the arrangements (wt2018 chapter 3; wt2023 chapter 2). */
            independentScrutiny?: {
                /** @description Who provides independent scrutiny (a role or organisation, not a name). */
                by: string;
                /** @description How often, for example "quarterly" or "each year". */
                frequency: string;
                /** @description How scrutiny is done, for example audits, challenge sessions, reviews of learning. */
                how: string;
            };
            /**
             * Format: date
             * @description Date the arrangements were last revised.
             */
            lastRevised?: string;
            /** @description Name of the partnership, for example "Exampleshire Safeguarding Children Partnership". */
            name: string;
            /** @description The partnership chair (wt2023 chapter 2): one of the lead safeguarding partners or someone they appoint. */
            partnershipChair?: {
                /**
                 * Format: email
                 * @description Work email address.
                 */
                email?: string;
                /** @description Name of the person. */
                name?: string;
                /** @description Job title or role, for example "Head of Service, Safeguarding". */
                role: string;
                /** @description Work telephone number. */
                telephone?: string;
            };
            /**
             * @description Who runs the local arrangements.
             * @enum {string}
             */
            regime: "lscb" | "safeguarding-partners";
            /** @description The relevant agencies named in the arrangements. */
            relevantAgencies?: components["schemas"]["relevant-agency-input"][];
            /** @description The safeguarding partners, current and past, each with its lead and delegated roles. */
            safeguardingPartners?: components["schemas"]["safeguarding-partner-input"][];
            /** @description The local threshold document (the criteria for help and protection). */
            thresholdDocument?: {
                /**
                 * Format: date
                 * @description Date of the current version.
                 */
                published?: string;
                /** @description Title of the threshold document. */
                title: string;
                /**
                 * Format: uri
                 * @description Where it is published.
                 */
                url?: string;
            };
            /**
             * Format: date-time
             * @description When the record was last changed (RFC 3339 date-time).
             */
            updatedAt?: string;
            /** @description Version of the record: 1 when created, one more on every change. */
            version?: number;
            /** @description Yearly reports, oldest first. */
            yearlyReports?: {
                /**
                 * Format: date
                 * @description Last day of the period the report covers.
                 */
                periodEnd: string;
                /**
                 * Format: date
                 * @description First day of the period the report covers.
                 */
                periodStart: string;
                /**
                 * Format: date
                 * @description Date the report was published.
                 */
                published?: string;
                /**
                 * Format: date
                 * @description Date the report was sent to them.
                 */
                sent?: string;
                /** @description Who the report was sent to. */
                sentTo?: ("child-safeguarding-practice-review-panel" | "what-works-centre" | "foundations" | "secretary-of-state" | "other")[];
                /**
                 * Format: uri
                 * @description Where the report is published.
                 */
                url?: string;
            }[];
        };
        /** @description A serious incident notification by a local authority (Children Act 2004 s16C; wt2023 chapter 5): one per incident, up to four children, with the dates it was sent to the Panel, the safeguarding partners, Ofsted and the Secretary of State. The toolkit also checks rules plain JSON Schema cannot express (each in x-rules): SI-006 children.*.dateOfBirth cannot be after incidentDate; SI-007 laBecameAware cannot be before incidentDate; SI-008 panelNotified cannot be before laBecameAware; SI-009 partnersNotified cannot be before laBecameAware; SI-010 ofstedNotified cannot be before laBecameAware; SI-011 secretaryOfStateNotified cannot be before laBecameAware; REC-001 updatedAt cannot be before createdAt. */
        "serious-incident": {
            /**
             * @description Whether abuse or neglect of the child is known or suspected.
             * @enum {string}
             */
            abuseOrNeglect: "known" | "suspected" | "not-suspected" | "unknown";
            /** @description Agencies involved with the child or family, by name. */
            agenciesInvolved?: string[];
            /**
             * @description GSS code of the notifying local authority.
             * @example E08000034
             */
            area: string;
            /** @description Short outline of the case and what happened. */
            caseOutline: string;
            /** @description The children the incident is about: one to four. */
            children: {
                /** @description Age in whole years at the time of the incident. Give this or dateOfBirth. */
                ageYears?: number;
                /**
                 * Format: date
                 * @description Date of birth. Give this or ageYears.
                 */
                dateOfBirth?: string;
                /** @description The child has a disability. */
                disability?: boolean;
                /** @description Ethnicity as recorded locally, for example a census category or a DfE ethnicity code such as WBRI. */
                ethnicity?: string;
                /** @description Short summary of relevant health information. */
                healthSummary?: string;
                /** @description Legal status at the time: all that apply. */
                legalStatus?: ("looked-after" | "child-protection-plan" | "child-in-need" | "care-leaver" | "none")[];
                /**
                 * @description The local authority’s case reference for the child, for example LA-REF-0001. Never a name.
                 * @example LA-REF-0001
                 */
                reference: string;
                /**
                 * @description Sex of the child as recorded.
                 * @enum {string}
                 */
                sex?: "female" | "male" | "indeterminate" | "not-known";
            }[];
            /**
             * Format: date-time
             * @description When the record was first stored (RFC 3339 date-time).
             */
            createdAt: string;
            /** @description Further children beyond the first four, in free text. */
            furtherChildren?: string;
            /**
             * @description What happened to the child; matches incident.harm in case facts.
             * @enum {string}
             */
            harm: "death" | "serious-harm";
            /** @description Identifier the store gave the record. */
            id: string;
            /**
             * Format: date
             * @description Date of the incident (or of the death).
             */
            incidentDate: string;
            /** @description Time of the incident if known, HH:MM (Europe/London). */
            incidentTime?: string;
            /**
             * @description What is being notified.
             * @enum {string}
             */
            incidentType: "death" | "serious-harm" | "looked-after-child-death" | "care-leaver-death";
            /**
             * Format: date
             * @description Date the local authority became aware of the incident.
             */
            laBecameAware: string;
            /**
             * @description Where the incident happened.
             * @enum {string}
             */
            location: "in-area" | "outside-england" | "elsewhere-in-england";
            /** @description Who notified, and how to reach them (personal data). */
            notifier: {
                /**
                 * Format: email
                 * @description Work email address.
                 */
                email?: string;
                /** @description Name of the person. */
                name?: string;
                /** @description Job title or role, for example "Head of Service, Safeguarding". */
                role: string;
                /** @description Work telephone number. */
                telephone?: string;
            };
            /**
             * Format: date
             * @description Date Ofsted was notified.
             */
            ofstedNotified?: string;
            /**
             * Format: date
             * @description Date the Child Safeguarding Practice Review Panel was notified.
             */
            panelNotified?: string;
            /**
             * Format: date
             * @description Date the safeguarding partners were told.
             */
            partnersNotified?: string;
            /** @description The police are investigating. */
            policeInvestigating?: boolean;
            /** @description The safeguarding partners consider that the incident meets the criteria for a rapid review. */
            rapidReviewThresholdMet?: boolean;
            /**
             * Format: date
             * @description Date the Secretary of State (DfE) was notified.
             */
            secretaryOfStateNotified?: string;
            /**
             * Format: date-time
             * @description When the record was last changed (RFC 3339 date-time).
             */
            updatedAt: string;
            /** @description Version of the record: 1 when created, one more on every change. */
            version: number;
        } & (unknown & unknown & {
            children: unknown;
        } & unknown & unknown);
        /** @description A serious incident notification by a local authority (Children Act 2004 s16C; wt2023 chapter 5): one per incident, up to four children, with the dates it was sent to the Panel, the safeguarding partners, Ofsted and the Secretary of State. This is the body to create or replace one: the stored record adds id, version, createdAt and updatedAt. The toolkit also checks rules plain JSON Schema cannot express (each in x-rules): SI-006 children.*.dateOfBirth cannot be after incidentDate; SI-007 laBecameAware cannot be before incidentDate; SI-008 panelNotified cannot be before laBecameAware; SI-009 partnersNotified cannot be before laBecameAware; SI-010 ofstedNotified cannot be before laBecameAware; SI-011 secretaryOfStateNotified cannot be before laBecameAware. */
        "serious-incident-input": {
            /**
             * @description Whether abuse or neglect of the child is known or suspected.
             * @enum {string}
             */
            abuseOrNeglect: "known" | "suspected" | "not-suspected" | "unknown";
            /** @description Agencies involved with the child or family, by name. */
            agenciesInvolved?: string[];
            /**
             * @description GSS code of the notifying local authority.
             * @example E08000034
             */
            area: string;
            /** @description Short outline of the case and what happened. */
            caseOutline: string;
            /** @description The children the incident is about: one to four. */
            children: {
                /** @description Age in whole years at the time of the incident. Give this or dateOfBirth. */
                ageYears?: number;
                /**
                 * Format: date
                 * @description Date of birth. Give this or ageYears.
                 */
                dateOfBirth?: string;
                /** @description The child has a disability. */
                disability?: boolean;
                /** @description Ethnicity as recorded locally, for example a census category or a DfE ethnicity code such as WBRI. */
                ethnicity?: string;
                /** @description Short summary of relevant health information. */
                healthSummary?: string;
                /** @description Legal status at the time: all that apply. */
                legalStatus?: ("looked-after" | "child-protection-plan" | "child-in-need" | "care-leaver" | "none")[];
                /**
                 * @description The local authority’s case reference for the child, for example LA-REF-0001. Never a name.
                 * @example LA-REF-0001
                 */
                reference: string;
                /**
                 * @description Sex of the child as recorded.
                 * @enum {string}
                 */
                sex?: "female" | "male" | "indeterminate" | "not-known";
            }[];
            /** @description Further children beyond the first four, in free text. */
            furtherChildren?: string;
            /**
             * @description What happened to the child; matches incident.harm in case facts.
             * @enum {string}
             */
            harm: "death" | "serious-harm";
            /**
             * Format: date
             * @description Date of the incident (or of the death).
             */
            incidentDate: string;
            /** @description Time of the incident if known, HH:MM (Europe/London). */
            incidentTime?: string;
            /**
             * @description What is being notified.
             * @enum {string}
             */
            incidentType: "death" | "serious-harm" | "looked-after-child-death" | "care-leaver-death";
            /**
             * Format: date
             * @description Date the local authority became aware of the incident.
             */
            laBecameAware: string;
            /**
             * @description Where the incident happened.
             * @enum {string}
             */
            location: "in-area" | "outside-england" | "elsewhere-in-england";
            /** @description Who notified, and how to reach them (personal data). */
            notifier: {
                /**
                 * Format: email
                 * @description Work email address.
                 */
                email?: string;
                /** @description Name of the person. */
                name?: string;
                /** @description Job title or role, for example "Head of Service, Safeguarding". */
                role: string;
                /** @description Work telephone number. */
                telephone?: string;
            };
            /**
             * Format: date
             * @description Date Ofsted was notified.
             */
            ofstedNotified?: string;
            /**
             * Format: date
             * @description Date the Child Safeguarding Practice Review Panel was notified.
             */
            panelNotified?: string;
            /**
             * Format: date
             * @description Date the safeguarding partners were told.
             */
            partnersNotified?: string;
            /** @description The police are investigating. */
            policeInvestigating?: boolean;
            /** @description The safeguarding partners consider that the incident meets the criteria for a rapid review. */
            rapidReviewThresholdMet?: boolean;
            /**
             * Format: date
             * @description Date the Secretary of State (DfE) was notified.
             */
            secretaryOfStateNotified?: string;
        } & (unknown & unknown & {
            children: unknown;
        } & unknown & unknown);
        /** @description A page of serious incident records. */
        "serious-incident-page": {
            /** @description The records on this page, oldest first. */
            items: components["schemas"]["serious-incident"][];
            /** @description Pass as cursor to get the next page; absent on the last page. */
            nextCursor?: string;
        };
        /** @description Changes to a serious incident as a JSON Merge Patch (RFC 7396): the fields to change, null to remove an optional one. The result must still be a valid serious incident. */
        "serious-incident-patch": {
            /**
             * @description Whether abuse or neglect of the child is known or suspected.
             * @enum {string}
             */
            abuseOrNeglect?: "known" | "suspected" | "not-suspected" | "unknown";
            /** @description Agencies involved with the child or family, by name. */
            agenciesInvolved?: string[] | null;
            /**
             * @description GSS code of the notifying local authority.
             * @example E08000034
             */
            area?: string;
            /** @description Short outline of the case and what happened. */
            caseOutline?: string;
            /** @description The children the incident is about: one to four. */
            children?: {
                /** @description Age in whole years at the time of the incident. Give this or dateOfBirth. */
                ageYears?: number;
                /**
                 * Format: date
                 * @description Date of birth. Give this or ageYears.
                 */
                dateOfBirth?: string;
                /** @description The child has a disability. */
                disability?: boolean;
                /** @description Ethnicity as recorded locally, for example a census category or a DfE ethnicity code such as WBRI. */
                ethnicity?: string;
                /** @description Short summary of relevant health information. */
                healthSummary?: string;
                /** @description Legal status at the time: all that apply. */
                legalStatus?: ("looked-after" | "child-protection-plan" | "child-in-need" | "care-leaver" | "none")[];
                /**
                 * @description The local authority’s case reference for the child, for example LA-REF-0001. Never a name.
                 * @example LA-REF-0001
                 */
                reference: string;
                /**
                 * @description Sex of the child as recorded.
                 * @enum {string}
                 */
                sex?: "female" | "male" | "indeterminate" | "not-known";
            }[];
            /**
             * Format: date-time
             * @description When the record was first stored (RFC 3339 date-time).
             */
            createdAt?: string;
            /** @description Further children beyond the first four, in free text. */
            furtherChildren?: string | null;
            /**
             * @description What happened to the child; matches incident.harm in case facts.
             * @enum {string}
             */
            harm?: "death" | "serious-harm";
            /** @description Identifier the store gave the record. */
            id?: string;
            /**
             * Format: date
             * @description Date of the incident (or of the death).
             */
            incidentDate?: string;
            /** @description Time of the incident if known, HH:MM (Europe/London). */
            incidentTime?: string | null;
            /**
             * @description What is being notified.
             * @enum {string}
             */
            incidentType?: "death" | "serious-harm" | "looked-after-child-death" | "care-leaver-death";
            /**
             * Format: date
             * @description Date the local authority became aware of the incident.
             */
            laBecameAware?: string;
            /**
             * @description Where the incident happened.
             * @enum {string}
             */
            location?: "in-area" | "outside-england" | "elsewhere-in-england";
            /** @description Who notified, and how to reach them (personal data). */
            notifier?: {
                /**
                 * Format: email
                 * @description Work email address.
                 */
                email?: string | null;
                /** @description Name of the person. */
                name?: string | null;
                /** @description Job title or role, for example "Head of Service, Safeguarding". */
                role?: string;
                /** @description Work telephone number. */
                telephone?: string | null;
            };
            /**
             * Format: date
             * @description Date Ofsted was notified.
             */
            ofstedNotified?: string | null;
            /**
             * Format: date
             * @description Date the Child Safeguarding Practice Review Panel was notified.
             */
            panelNotified?: string | null;
            /**
             * Format: date
             * @description Date the safeguarding partners were told.
             */
            partnersNotified?: string | null;
            /** @description The police are investigating. */
            policeInvestigating?: boolean | null;
            /** @description The safeguarding partners consider that the incident meets the criteria for a rapid review. */
            rapidReviewThresholdMet?: boolean | null;
            /**
             * Format: date
             * @description Date the Secretary of State (DfE) was notified.
             */
            secretaryOfStateNotified?: string | null;
            /**
             * Format: date-time
             * @description When the record was last changed (RFC 3339 date-time).
             */
            updatedAt?: string;
            /** @description Version of the record: 1 when created, one more on every change. */
            version?: number;
        };
        /** @description The whole serious incident: the input, or the record as you read it. id, version, createdAt and updatedAt may be sent back unchanged; they cannot be changed. */
        "serious-incident-replacement": {
            /**
             * @description Whether abuse or neglect of the child is known or suspected.
             * @enum {string}
             */
            abuseOrNeglect: "known" | "suspected" | "not-suspected" | "unknown";
            /** @description Agencies involved with the child or family, by name. */
            agenciesInvolved?: string[];
            /**
             * @description GSS code of the notifying local authority.
             * @example E08000034
             */
            area: string;
            /** @description Short outline of the case and what happened. */
            caseOutline: string;
            /** @description The children the incident is about: one to four. */
            children: {
                /** @description Age in whole years at the time of the incident. Give this or dateOfBirth. */
                ageYears?: number;
                /**
                 * Format: date
                 * @description Date of birth. Give this or ageYears.
                 */
                dateOfBirth?: string;
                /** @description The child has a disability. */
                disability?: boolean;
                /** @description Ethnicity as recorded locally, for example a census category or a DfE ethnicity code such as WBRI. */
                ethnicity?: string;
                /** @description Short summary of relevant health information. */
                healthSummary?: string;
                /** @description Legal status at the time: all that apply. */
                legalStatus?: ("looked-after" | "child-protection-plan" | "child-in-need" | "care-leaver" | "none")[];
                /**
                 * @description The local authority’s case reference for the child, for example LA-REF-0001. Never a name.
                 * @example LA-REF-0001
                 */
                reference: string;
                /**
                 * @description Sex of the child as recorded.
                 * @enum {string}
                 */
                sex?: "female" | "male" | "indeterminate" | "not-known";
            }[];
            /**
             * Format: date-time
             * @description When the record was first stored (RFC 3339 date-time).
             */
            createdAt?: string;
            /** @description Further children beyond the first four, in free text. */
            furtherChildren?: string;
            /**
             * @description What happened to the child; matches incident.harm in case facts.
             * @enum {string}
             */
            harm: "death" | "serious-harm";
            /** @description Identifier the store gave the record. */
            id?: string;
            /**
             * Format: date
             * @description Date of the incident (or of the death).
             */
            incidentDate: string;
            /** @description Time of the incident if known, HH:MM (Europe/London). */
            incidentTime?: string;
            /**
             * @description What is being notified.
             * @enum {string}
             */
            incidentType: "death" | "serious-harm" | "looked-after-child-death" | "care-leaver-death";
            /**
             * Format: date
             * @description Date the local authority became aware of the incident.
             */
            laBecameAware: string;
            /**
             * @description Where the incident happened.
             * @enum {string}
             */
            location: "in-area" | "outside-england" | "elsewhere-in-england";
            /** @description Who notified, and how to reach them (personal data). */
            notifier: {
                /**
                 * Format: email
                 * @description Work email address.
                 */
                email?: string;
                /** @description Name of the person. */
                name?: string;
                /** @description Job title or role, for example "Head of Service, Safeguarding". */
                role: string;
                /** @description Work telephone number. */
                telephone?: string;
            };
            /**
             * Format: date
             * @description Date Ofsted was notified.
             */
            ofstedNotified?: string;
            /**
             * Format: date
             * @description Date the Child Safeguarding Practice Review Panel was notified.
             */
            panelNotified?: string;
            /**
             * Format: date
             * @description Date the safeguarding partners were told.
             */
            partnersNotified?: string;
            /** @description The police are investigating. */
            policeInvestigating?: boolean;
            /** @description The safeguarding partners consider that the incident meets the criteria for a rapid review. */
            rapidReviewThresholdMet?: boolean;
            /**
             * Format: date
             * @description Date the Secretary of State (DfE) was notified.
             */
            secretaryOfStateNotified?: string;
            /**
             * Format: date-time
             * @description When the record was last changed (RFC 3339 date-time).
             */
            updatedAt?: string;
            /** @description Version of the record: 1 when created, one more on every change. */
            version?: number;
        };
        /** @description One problem found in one record. */
        "validation-problem": {
            /** @description Spreadsheet cell, for example F7. */
            cell?: string;
            /** @description Where the duty comes from. */
            citations?: {
                /** @description Chapter, paragraph, section or regulation, for example "chapter 5" or "s16C(1)". */
                ref: string;
                /** @description Short name of the source, for example wt2023 or ca2004. */
                source: string;
                /**
                 * Format: uri
                 * @description Address of the published source.
                 */
                url?: string;
            }[];
            /** @description The check that failed: a coded rule (SI-003), SCHEMA-…, FILE-…, TEXT-NUL or DUTY-<duty id>. */
            code: string;
            /** @description Column header of a spreadsheet. */
            column?: string;
            /** @description The duty a timeliness warning is about. */
            duty?: string;
            /** @description Where the records came from: "request body" for a request. */
            file: string;
            /** @description Line in the file (JSON and NDJSON). */
            line?: number;
            /** @description What is wrong, in plain English, without quoting the value. */
            message: string;
            /** @description JSON Pointer to the field within its record. */
            path: string;
            /** @description Which record, counting from 1. */
            record?: number;
            /** @description Row of a spreadsheet, the header being row 1. */
            row?: number;
            /**
             * @description error: the record is invalid; warning: a statutory timescale was not met.
             * @enum {string}
             */
            severity: "error" | "warning";
            /** @description Sheet of a spreadsheet. */
            sheet?: string;
            /** @description The value found, masked when it is personal data. */
            value?: unknown;
        };
        /** @description The report of @safeguarding/validator, as `safeguarding validate --format json` prints it. */
        "validation-report": {
            /** @description The problems, record by record: at most maxProblems of each code. */
            problems: components["schemas"]["validation-problem"][];
            /** @description The counts, always complete. */
            summary: {
                /** @description Every problem counted by code, however many were listed. */
                byCode: {
                    [key: string]: {
                        count: number;
                        description: string;
                        /**
                         * @description error: the record is invalid; warning: a statutory timescale was not met.
                         * @enum {string}
                         */
                        severity: "error" | "warning";
                    };
                };
                /** @description Problems by spreadsheet column. */
                byColumn: {
                    [key: string]: number;
                };
                /** @description Errors found, in all records. */
                errors: number;
                /** @description Records with at least one error. */
                invalid: number;
                /** @description Records checked. */
                records: number;
                /** @description Records with no error (warnings allowed). */
                valid: number;
                /** @description Statutory timescales not met, from the engine. */
                warnings: number;
            };
        };
        /** @description A span of working days in England and Wales. */
        "working-days": {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** @description Working days after from, up to and including to (negative if to is earlier). */
            workingDays: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["health"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready"
                     *     }
                     */
                    "application/json": components["schemas"]["health"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description The database cannot be reached. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached. Try again shortly.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Not ready",
                     *       "type": "/problems/database-unreachable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "list-audit-events": {
        parameters: {
            query?: {
                /** @description nextCursor from the previous page. */
                cursor?: string;
                /** @description Events per page, 1 to 500 (default 100). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "action": "read",
                     *           "at": "2026-11-23T10:00:00.000Z",
                     *           "outcome": "ok",
                     *           "recordId": "3f0c1c52-6d7e-4a8e-9a57-1f0f6f2e4b11",
                     *           "recordIds": [],
                     *           "recordType": "serious-incident",
                     *           "requestId": "0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *           "seq": 42,
                     *           "tokenId": "7d1f3c0e-2b8a-4c55-9e61-0a4b5c6d7e8f"
                     *         }
                     *       ],
                     *       "nextCursor": "cDQy"
                     *     }
                     */
                    "application/json": components["schemas"]["audit-event-page"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "prove-audit-event": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The event’s seq. */
                seq: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proof. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "auditPath": [
                     *         "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"
                     *       ],
                     *       "checkpoint": {
                     *         "keyId": "9f86d081884c7d659a2feaa0c55ad015",
                     *         "lastSeq": 42,
                     *         "note": "safeguarding-toolkit audit log\n42\nXcnaeacGWamtVZy3Ad7Zoqudgjqtb0lgz+Nw7/RgQyg=\ntime 2026-11-23T10:00:01.000Z\nlast-seq 42\n",
                     *         "rootHash": "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
                     *         "signature": "c2lnbmF0dXJl",
                     *         "signedAt": "2026-11-23T10:00:01.000Z",
                     *         "treeSize": 42
                     *       },
                     *       "event": {
                     *         "action": "read",
                     *         "at": "2026-11-23T10:00:00.000Z",
                     *         "outcome": "ok",
                     *         "recordId": "3f0c1c52-6d7e-4a8e-9a57-1f0f6f2e4b11",
                     *         "recordIds": [],
                     *         "recordType": "serious-incident",
                     *         "requestId": "0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *         "seq": 42,
                     *         "tokenId": "7d1f3c0e-2b8a-4c55-9e61-0a4b5c6d7e8f"
                     *       },
                     *       "leafData": "[\"safeguarding-audit-event/1\",42,\"2026-11-23T10:00:00.000Z\",\"7d1f3c0e-2b8a-4c55-9e61-0a4b5c6d7e8f\",\"0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42\",\"read\",\"serious-incident\",\"3f0c1c52-6d7e-4a8e-9a57-1f0f6f2e4b11\",[],\"ok\"]",
                     *       "leafHash": "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                     *       "leafIndex": 41
                     *     }
                     */
                    "application/json": components["schemas"]["audit-inclusion-proof"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not sealed yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Audit event 42 is not sealed into the log yet. Ask again in a second.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 409,
                     *       "title": "Not sealed yet",
                     *       "type": "/problems/not-sealed-yet"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "verify-audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verdict. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["audit-verification"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "working-days": {
        parameters: {
            query: {
                /** @description Working days to add (negative counts back). Give this or to. */
                add?: number | null;
                /** @description Start date, YYYY-MM-DD (day 0). */
                from: string;
                /** @description End date, YYYY-MM-DD: count the working days from from to to. Give this or add. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The span. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "from": "2026-12-24",
                     *       "to": "2026-12-29",
                     *       "workingDays": 1
                     *     }
                     */
                    "application/json": components["schemas"]["working-days"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "list-child-death": {
        parameters: {
            query?: {
                /** @description Only records of this area (GSS code). */
                area?: string;
                /** @description nextCursor from the previous page. */
                cursor?: string;
                /** @description Items per page, 1 to 100 (default 50). */
                limit?: number;
                /** @description Only records that name this serious incident (by id). */
                seriousIncidentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "area": "E09000033",
                     *           "cdopCategory": 6,
                     *           "cdopNotified": "2026-04-03",
                     *           "cdopReview": "2026-07-29",
                     *           "child": {
                     *             "ageYears": 9,
                     *             "reference": "LA-REF-0456",
                     *             "sex": "female"
                     *           },
                     *           "childDeathReviewMeeting": "2026-05-20",
                     *           "createdAt": "2026-04-03T10:00:00Z",
                     *           "dateOfDeath": "2026-04-02",
                     *           "expected": true,
                     *           "id": "cd-2026-0002",
                     *           "jointAgencyResponse": {
                     *             "triggered": false
                     *           },
                     *           "modifiableFactors": {
                     *             "domains": {
                     *               "child": 1,
                     *               "physicalEnvironment": 0,
                     *               "serviceProvision": 1,
                     *               "socialEnvironment": 1
                     *             },
                     *             "finding": "not-identified"
                     *           },
                     *           "ncmdFinalised": "2026-08-01",
                     *           "placeOfDeath": "hospice",
                     *           "postMortem": "none",
                     *           "updatedAt": "2026-08-01T10:00:00Z",
                     *           "version": 3
                     *         },
                     *         {
                     *           "abuseOrNeglect": "suspected",
                     *           "area": "E08000034",
                     *           "cdopNotified": "2026-11-17",
                     *           "child": {
                     *             "ageYears": 14,
                     *             "lookedAfter": true,
                     *             "normallyResidentArea": "E08000034",
                     *             "reference": "LA-REF-0789",
                     *             "sex": "male"
                     *           },
                     *           "coronerInformed": true,
                     *           "createdAt": "2026-11-17T09:30:00Z",
                     *           "dateOfDeath": "2026-11-16",
                     *           "expected": false,
                     *           "id": "cd-2026-0003",
                     *           "jointAgencyResponse": {
                     *             "criterion": "external-causes",
                     *             "started": "2026-11-16",
                     *             "triggered": true
                     *           },
                     *           "location": "in-area",
                     *           "placeOfDeath": "public-place",
                     *           "updatedAt": "2026-11-20T16:00:00Z",
                     *           "version": 2
                     *         },
                     *         {
                     *           "agenciesInvolved": [
                     *             {
                     *               "agency": "Health visiting service",
                     *               "formReceived": "2026-03-20",
                     *               "formRequested": "2026-03-02"
                     *             },
                     *             {
                     *               "agency": "GP practice",
                     *               "formRequested": "2026-03-02"
                     *             }
                     *           ],
                     *           "area": "E08000034",
                     *           "cdopCategory": 10,
                     *           "cdopNotified": "2026-02-27",
                     *           "cdopReview": "2026-09-15",
                     *           "child": {
                     *             "ageDays": 88,
                     *             "ageYears": 0,
                     *             "dateOfBirth": "2025-12-01",
                     *             "ethnicity": "White British",
                     *             "nhsNumber": "9990000018",
                     *             "normallyResidentArea": "E08000034",
                     *             "reference": "LA-REF-0001",
                     *             "sex": "male"
                     *           },
                     *           "childDeathReviewMeeting": "2026-06-10",
                     *           "coronerInformed": true,
                     *           "createdAt": "2026-02-27T11:00:00Z",
                     *           "dateOfDeath": "2026-02-27",
                     *           "expected": false,
                     *           "id": "cd-2026-0001",
                     *           "jointAgencyResponse": {
                     *             "criterion": "sudden-no-apparent-cause",
                     *             "started": "2026-02-27",
                     *             "triggered": true
                     *           },
                     *           "learning": [
                     *             "Safer sleep messages need repeating when families are under stress"
                     *           ],
                     *           "modifiableFactors": {
                     *             "domains": {
                     *               "child": 1,
                     *               "physicalEnvironment": 2,
                     *               "serviceProvision": 1,
                     *               "socialEnvironment": 2
                     *             },
                     *             "finding": "identified"
                     *           },
                     *           "notifier": {
                     *             "email": "child.deaths@example.org",
                     *             "role": "Paediatrician for child deaths"
                     *           },
                     *           "otherReviews": [
                     *             "cspr",
                     *             "coroner"
                     *           ],
                     *           "placeOfDeath": "home",
                     *           "postMortem": "coronial",
                     *           "seriousIncidentId": "si-2026-0001",
                     *           "timeOfDeath": "03:40",
                     *           "updatedAt": "2026-09-18T15:00:00Z",
                     *           "version": 6
                     *         }
                     *       ],
                     *       "nextCursor": "cjNmMGMxYzUyLTZkN2UtNGE4ZS05YTU3LTFmMGY2ZjJlNGIxMQ"
                     *     }
                     */
                    "application/json": components["schemas"]["child-death-page"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "create-child-death": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string. A retry with the same key returns the first answer instead of storing a duplicate. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The child death to store. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["child-death-input"];
            };
        };
        responses: {
            /** @description The stored child death. */
            201: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    /** @description Where the record lives. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "area": "E09000033",
                     *       "cdopCategory": 6,
                     *       "cdopNotified": "2026-04-03",
                     *       "cdopReview": "2026-07-29",
                     *       "child": {
                     *         "ageYears": 9,
                     *         "reference": "LA-REF-0456",
                     *         "sex": "female"
                     *       },
                     *       "childDeathReviewMeeting": "2026-05-20",
                     *       "createdAt": "2026-04-03T10:00:00Z",
                     *       "dateOfDeath": "2026-04-02",
                     *       "expected": true,
                     *       "id": "cd-2026-0002",
                     *       "jointAgencyResponse": {
                     *         "triggered": false
                     *       },
                     *       "modifiableFactors": {
                     *         "domains": {
                     *           "child": 1,
                     *           "physicalEnvironment": 0,
                     *           "serviceProvision": 1,
                     *           "socialEnvironment": 1
                     *         },
                     *         "finding": "not-identified"
                     *       },
                     *       "ncmdFinalised": "2026-08-01",
                     *       "placeOfDeath": "hospice",
                     *       "postMortem": "none",
                     *       "updatedAt": "2026-08-01T10:00:00Z",
                     *       "version": 3
                     *     }
                     */
                    "application/json": components["schemas"]["child-death"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request body is larger than this server accepts (1048576 bytes). Send fewer records at a time.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 413,
                     *       "title": "Request too large",
                     *       "type": "/problems/body-too-large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Send JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send the body as JSON with the header Content-Type: application/json.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 415,
                     *       "title": "Send JSON",
                     *       "type": "/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "get-child-death": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The child death. */
            200: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["child-death"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "replace-child-death": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing, for example "3". Required. */
                "if-match"?: string;
            };
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The whole child death. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["child-death-replacement"];
            };
        };
        responses: {
            /** @description The child death, with its new version. */
            200: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "area": "E09000033",
                     *       "cdopCategory": 6,
                     *       "cdopNotified": "2026-04-03",
                     *       "cdopReview": "2026-07-29",
                     *       "child": {
                     *         "ageYears": 9,
                     *         "reference": "LA-REF-0456",
                     *         "sex": "female"
                     *       },
                     *       "childDeathReviewMeeting": "2026-05-20",
                     *       "createdAt": "2026-04-03T10:00:00Z",
                     *       "dateOfDeath": "2026-04-02",
                     *       "expected": true,
                     *       "id": "cd-2026-0002",
                     *       "jointAgencyResponse": {
                     *         "triggered": false
                     *       },
                     *       "modifiableFactors": {
                     *         "domains": {
                     *           "child": 1,
                     *           "physicalEnvironment": 0,
                     *           "serviceProvision": 1,
                     *           "socialEnvironment": 1
                     *         },
                     *         "finding": "not-identified"
                     *       },
                     *       "ncmdFinalised": "2026-08-01",
                     *       "placeOfDeath": "hospice",
                     *       "postMortem": "none",
                     *       "updatedAt": "2026-08-01T10:00:00Z",
                     *       "version": 3
                     *     }
                     */
                    "application/json": components["schemas"]["child-death"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Someone changed this serious incident after you read it (it is now version 4). Read it again, reapply your change and send it with the new ETag.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 412,
                     *       "title": "Changed since you read it",
                     *       "type": "/problems/stale-version"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request body is larger than this server accepts (1048576 bytes). Send fewer records at a time.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 413,
                     *       "title": "Request too large",
                     *       "type": "/problems/body-too-large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Send JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send the body as JSON with the header Content-Type: application/json.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 415,
                     *       "title": "Send JSON",
                     *       "type": "/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description If-Match needed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send If-Match with the ETag from your last read of this record, so no one else’s change is overwritten.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 428,
                     *       "title": "If-Match needed",
                     *       "type": "/problems/if-match-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "patch-child-death": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing, for example "3". Required. */
                "if-match"?: string;
            };
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields of the child death to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["child-death-patch"];
                "application/merge-patch+json": components["schemas"]["child-death-patch"];
            };
        };
        responses: {
            /** @description The child death, with its new version. */
            200: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "area": "E09000033",
                     *       "cdopCategory": 6,
                     *       "cdopNotified": "2026-04-03",
                     *       "cdopReview": "2026-07-29",
                     *       "child": {
                     *         "ageYears": 9,
                     *         "reference": "LA-REF-0456",
                     *         "sex": "female"
                     *       },
                     *       "childDeathReviewMeeting": "2026-05-20",
                     *       "createdAt": "2026-04-03T10:00:00Z",
                     *       "dateOfDeath": "2026-04-02",
                     *       "expected": true,
                     *       "id": "cd-2026-0002",
                     *       "jointAgencyResponse": {
                     *         "triggered": false
                     *       },
                     *       "modifiableFactors": {
                     *         "domains": {
                     *           "child": 1,
                     *           "physicalEnvironment": 0,
                     *           "serviceProvision": 1,
                     *           "socialEnvironment": 1
                     *         },
                     *         "finding": "not-identified"
                     *       },
                     *       "ncmdFinalised": "2026-08-01",
                     *       "placeOfDeath": "hospice",
                     *       "postMortem": "none",
                     *       "updatedAt": "2026-08-01T10:00:00Z",
                     *       "version": 3
                     *     }
                     */
                    "application/json": components["schemas"]["child-death"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Someone changed this serious incident after you read it (it is now version 4). Read it again, reapply your change and send it with the new ETag.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 412,
                     *       "title": "Changed since you read it",
                     *       "type": "/problems/stale-version"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request body is larger than this server accepts (1048576 bytes). Send fewer records at a time.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 413,
                     *       "title": "Request too large",
                     *       "type": "/problems/body-too-large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Send JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send the body as JSON with the header Content-Type: application/json.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 415,
                     *       "title": "Send JSON",
                     *       "type": "/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description If-Match needed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send If-Match with the ETag from your last read of this record, so no one else’s change is overwritten.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 428,
                     *       "title": "If-Match needed",
                     *       "type": "/problems/if-match-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "next-actions-for-child-death": {
        parameters: {
            query?: {
                /** @description Date to answer for, YYYY-MM-DD. Default: today in England. */
                asOf?: string;
                /** @description Edition of the statutory guidance whose rules apply. */
                edition?: "wt2013" | "wt2015" | "wt2018" | "wt2023";
            };
            header?: never;
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The duties that apply, with due dates, and the questions that would settle the rest. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["next-actions"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "list-due": {
        parameters: {
            query?: {
                /** @description Only actions due on or before this date, YYYY-MM-DD. Default: everything due or overdue. */
                before?: string;
                /** @description nextCursor from the previous page. */
                cursor?: string;
                /** @description Items per page, 1 to 100 (default 50). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the due list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "asOf": "2020-01-15",
                     *       "items": [],
                     *       "nextCursor": "ZDIwMjAtMDEtMTV8M2YwYzFjNTItNmQ3ZS00YThlLTlhNTctMWYwZjZmMmU0YjExfHNpLW5vdGlmeS1wYW5lbA"
                     *     }
                     */
                    "application/json": components["schemas"]["due-list"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "list-duties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every duty, with its deadline and citations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "duties": [
                     *         {
                     *           "action": "Carry out a rapid review: establish the facts, decide on immediate action to keep children safe, consider what can be learned, and decide whether a local child safeguarding practice review is appropriate.",
                     *           "actor": "safeguarding-partners",
                     *           "appliesWhen": {
                     *             "condition": "notifiable-by-this-authority"
                     *           },
                     *           "done": "rapidReviewCompleted",
                     *           "editions": {
                     *             "wt2018": {
                     *               "citations": [
                     *                 {
                     *                   "chapter": 4,
                     *                   "source": "wt2018"
                     *                 }
                     *               ],
                     *               "confidence": "high",
                     *               "deadline": {
                     *                 "amount": 15,
                     *                 "from": "laBecameAware",
                     *                 "kind": "after",
                     *                 "unit": "working-days"
                     *               }
                     *             },
                     *             "wt2023": {
                     *               "caveat": "The 15 working days are certain; that under Working Together 2023 they run from the notification (not from awareness) is from secondary sources. Check your local procedures.",
                     *               "citations": [
                     *                 {
                     *                   "chapter": 5,
                     *                   "source": "wt2023"
                     *                 }
                     *               ],
                     *               "confidence": "medium",
                     *               "deadline": {
                     *                 "amount": 15,
                     *                 "from": "panelNotified",
                     *                 "kind": "after",
                     *                 "unit": "working-days"
                     *               }
                     *             }
                     *           },
                     *           "id": "rr-complete",
                     *           "inForce": {
                     *             "from": "reforms-commenced",
                     *             "reason": "Rapid reviews began with the safeguarding partners' duties on 29 June 2018."
                     *           },
                     *           "lastReviewed": "2026-11-30",
                     *           "process": "serious-incident",
                     *           "recipients": [],
                     *           "strength": "should",
                     *           "title": "Carry out a rapid review"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["duty-list"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "next-actions": {
        parameters: {
            query?: {
                /** @description Date to answer for, YYYY-MM-DD. Default: today in England. */
                asOf?: string;
                /** @description Edition of the statutory guidance whose rules apply. */
                edition?: "wt2013" | "wt2015" | "wt2018" | "wt2023";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What is known about the case. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["case-facts"];
            };
        };
        responses: {
            /** @description The duties that apply. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["next-actions"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request body is larger than this server accepts (1048576 bytes). Send fewer records at a time.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 413,
                     *       "title": "Request too large",
                     *       "type": "/problems/body-too-large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Send JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send the body as JSON with the header Content-Type: application/json.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 415,
                     *       "title": "Send JSON",
                     *       "type": "/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "list-safeguarding-partnership": {
        parameters: {
            query?: {
                /** @description Only records of this area (GSS code). */
                area?: string;
                /** @description nextCursor from the previous page. */
                cursor?: string;
                /** @description Items per page, 1 to 100 (default 50). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "area": "E09000033",
                     *           "areas": [
                     *             "E09000033"
                     *           ],
                     *           "arrangementsPublished": "2013-04-15",
                     *           "createdAt": "2017-04-01T09:00:00Z",
                     *           "id": "partnership-0002",
                     *           "independentChair": {
                     *             "name": "Pat Example",
                     *             "role": "Independent Chair"
                     *           },
                     *           "name": "Example Local Safeguarding Children Board",
                     *           "regime": "lscb",
                     *           "updatedAt": "2019-09-30T09:00:00Z",
                     *           "version": 3,
                     *           "yearlyReports": [
                     *             {
                     *               "periodEnd": "2018-03-31",
                     *               "periodStart": "2017-04-01",
                     *               "published": "2018-09-28"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "area": "E08000034",
                     *           "areas": [
                     *             "E08000034"
                     *           ],
                     *           "arrangementsImplemented": "2019-09-29",
                     *           "arrangementsPublished": "2019-06-28",
                     *           "createdAt": "2019-06-28T09:00:00Z",
                     *           "funding": [
                     *             {
                     *               "contributions": [
                     *                 {
                     *                   "amountPounds": 180000,
                     *                   "contributor": "Example Metropolitan Borough Council"
                     *                 },
                     *                 {
                     *                   "amountPounds": 60000,
                     *                   "contributor": "Example Police"
                     *                 },
                     *                 {
                     *                   "amountPounds": 90000,
                     *                   "contributor": "NHS Example Integrated Care Board",
                     *                   "inKind": "Designated nurse time, two days a week"
                     *                 }
                     *               ],
                     *               "year": "2024-25"
                     *             }
                     *           ],
                     *           "id": "partnership-0001",
                     *           "independentScrutiny": {
                     *             "by": "Independent scrutineer appointed by the partners",
                     *             "frequency": "quarterly",
                     *             "how": "Multi-agency audits, a yearly challenge event and review of rapid reviews"
                     *           },
                     *           "lastRevised": "2024-12-12",
                     *           "name": "Example Safeguarding Children Partnership",
                     *           "partnershipChair": {
                     *             "role": "Director of Children’s Services (on behalf of the lead safeguarding partners)"
                     *           },
                     *           "regime": "safeguarding-partners",
                     *           "relevantAgencies": [
                     *             {
                     *               "area": "E08000034",
                     *               "heading": "education-and-childcare",
                     *               "inSchedule": true,
                     *               "named": "2019-06-28",
                     *               "organisation": {
                     *                 "identifier": {
                     *                   "scheme": "urn",
                     *                   "value": "107654"
                     *                 },
                     *                 "name": "Example Primary School"
                     *               },
                     *               "scheduleParagraph": 4
                     *             },
                     *             {
                     *               "area": "E08000034",
                     *               "heading": "health-and-social-care",
                     *               "inSchedule": true,
                     *               "named": "2019-06-28",
                     *               "organisation": {
                     *                 "identifier": {
                     *                   "scheme": "ods",
                     *                   "value": "RZZ"
                     *                 },
                     *                 "name": "Example Hospitals NHS Trust"
                     *               }
                     *             },
                     *             {
                     *               "area": "E08000034",
                     *               "heading": "education-and-childcare",
                     *               "inSchedule": true,
                     *               "named": "2023-12-15",
                     *               "organisation": {
                     *                 "identifier": {
                     *                   "scheme": "ukprn",
                     *                   "value": "10001234"
                     *                 },
                     *                 "name": "Example College"
                     *               },
                     *               "scheduleParagraph": 10
                     *             }
                     *           ],
                     *           "safeguardingPartners": [
                     *             {
                     *               "area": "E08000034",
                     *               "delegatedRoleTitle": "Director of Children’s Services",
                     *               "from": "2019-06-28",
                     *               "kind": "local-authority",
                     *               "leadRoleTitle": "Chief Executive",
                     *               "organisation": {
                     *                 "identifier": {
                     *                   "scheme": "gss",
                     *                   "value": "E08000034"
                     *                 },
                     *                 "name": "Example Metropolitan Borough Council"
                     *               }
                     *             },
                     *             {
                     *               "area": "E08000034",
                     *               "delegatedRoleTitle": "Assistant Chief Constable",
                     *               "from": "2019-06-28",
                     *               "kind": "police",
                     *               "leadRoleTitle": "Chief Constable",
                     *               "organisation": {
                     *                 "identifier": {
                     *                   "scheme": "police-force",
                     *                   "value": "E23000010"
                     *                 },
                     *                 "name": "Example Police"
                     *               }
                     *             },
                     *             {
                     *               "area": "E08000034",
                     *               "from": "2019-06-28",
                     *               "kind": "ccg",
                     *               "leadRoleTitle": "Accountable Officer",
                     *               "organisation": {
                     *                 "identifier": {
                     *                   "scheme": "ods",
                     *                   "value": "02T"
                     *                 },
                     *                 "name": "NHS Example Clinical Commissioning Group"
                     *               },
                     *               "to": "2022-06-30"
                     *             },
                     *             {
                     *               "area": "E08000034",
                     *               "delegatedName": "Jo Example",
                     *               "delegatedRoleTitle": "Chief Nurse",
                     *               "from": "2022-07-01",
                     *               "kind": "icb",
                     *               "leadRoleTitle": "Chief Executive",
                     *               "organisation": {
                     *                 "identifier": {
                     *                   "scheme": "ods",
                     *                   "value": "QWO"
                     *                 },
                     *                 "name": "NHS Example Integrated Care Board"
                     *               }
                     *             }
                     *           ],
                     *           "thresholdDocument": {
                     *             "published": "2024-04-01",
                     *             "title": "Continuum of need and levels of response",
                     *             "url": "https://example.org/continuum-of-need"
                     *           },
                     *           "updatedAt": "2025-01-10T14:00:00Z",
                     *           "version": 7,
                     *           "yearlyReports": [
                     *             {
                     *               "periodEnd": "2024-03-31",
                     *               "periodStart": "2023-04-01",
                     *               "published": "2024-09-30",
                     *               "sent": "2024-10-07",
                     *               "sentTo": [
                     *                 "child-safeguarding-practice-review-panel",
                     *                 "foundations"
                     *               ],
                     *               "url": "https://example.org/yearly-report-2023-24"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "area": "E06000014",
                     *           "areas": [
                     *             "E06000014",
                     *             "E06000011"
                     *           ],
                     *           "arrangementsImplemented": "2019-09-01",
                     *           "arrangementsPublished": "2019-06-28",
                     *           "createdAt": "2023-12-15T09:00:00Z",
                     *           "id": "partnership-0003",
                     *           "name": "Example Bi-Borough Safeguarding Partnership",
                     *           "regime": "safeguarding-partners",
                     *           "safeguardingPartners": [
                     *             {
                     *               "area": "E06000014",
                     *               "from": "2019-09-01",
                     *               "kind": "local-authority",
                     *               "organisation": {
                     *                 "identifier": {
                     *                   "scheme": "gss",
                     *                   "value": "E06000014"
                     *                 },
                     *                 "name": "Example Unitary Council"
                     *               }
                     *             },
                     *             {
                     *               "area": "E06000011",
                     *               "from": "2019-09-01",
                     *               "kind": "local-authority",
                     *               "organisation": {
                     *                 "identifier": {
                     *                   "scheme": "gss",
                     *                   "value": "E06000011"
                     *                 },
                     *                 "name": "Neighbouring Unitary Council"
                     *               }
                     *             }
                     *           ],
                     *           "updatedAt": "2023-12-15T09:00:00Z",
                     *           "version": 1
                     *         }
                     *       ],
                     *       "nextCursor": "cjNmMGMxYzUyLTZkN2UtNGE4ZS05YTU3LTFmMGY2ZjJlNGIxMQ"
                     *     }
                     */
                    "application/json": components["schemas"]["safeguarding-partnership-page"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "create-safeguarding-partnership": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string. A retry with the same key returns the first answer instead of storing a duplicate. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The partnership to store. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["safeguarding-partnership-input"];
            };
        };
        responses: {
            /** @description The stored partnership. */
            201: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    /** @description Where the record lives. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "area": "E09000033",
                     *       "areas": [
                     *         "E09000033"
                     *       ],
                     *       "arrangementsPublished": "2013-04-15",
                     *       "createdAt": "2017-04-01T09:00:00Z",
                     *       "id": "partnership-0002",
                     *       "independentChair": {
                     *         "name": "Pat Example",
                     *         "role": "Independent Chair"
                     *       },
                     *       "name": "Example Local Safeguarding Children Board",
                     *       "regime": "lscb",
                     *       "updatedAt": "2019-09-30T09:00:00Z",
                     *       "version": 3,
                     *       "yearlyReports": [
                     *         {
                     *           "periodEnd": "2018-03-31",
                     *           "periodStart": "2017-04-01",
                     *           "published": "2018-09-28"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["safeguarding-partnership"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request body is larger than this server accepts (1048576 bytes). Send fewer records at a time.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 413,
                     *       "title": "Request too large",
                     *       "type": "/problems/body-too-large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Send JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send the body as JSON with the header Content-Type: application/json.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 415,
                     *       "title": "Send JSON",
                     *       "type": "/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "get-safeguarding-partnership": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partnership. */
            200: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["safeguarding-partnership"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "replace-safeguarding-partnership": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing, for example "3". Required. */
                "if-match"?: string;
            };
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The whole partnership. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["safeguarding-partnership-replacement"];
            };
        };
        responses: {
            /** @description The partnership, with its new version. */
            200: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "area": "E09000033",
                     *       "areas": [
                     *         "E09000033"
                     *       ],
                     *       "arrangementsPublished": "2013-04-15",
                     *       "createdAt": "2017-04-01T09:00:00Z",
                     *       "id": "partnership-0002",
                     *       "independentChair": {
                     *         "name": "Pat Example",
                     *         "role": "Independent Chair"
                     *       },
                     *       "name": "Example Local Safeguarding Children Board",
                     *       "regime": "lscb",
                     *       "updatedAt": "2019-09-30T09:00:00Z",
                     *       "version": 3,
                     *       "yearlyReports": [
                     *         {
                     *           "periodEnd": "2018-03-31",
                     *           "periodStart": "2017-04-01",
                     *           "published": "2018-09-28"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["safeguarding-partnership"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Someone changed this serious incident after you read it (it is now version 4). Read it again, reapply your change and send it with the new ETag.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 412,
                     *       "title": "Changed since you read it",
                     *       "type": "/problems/stale-version"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request body is larger than this server accepts (1048576 bytes). Send fewer records at a time.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 413,
                     *       "title": "Request too large",
                     *       "type": "/problems/body-too-large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Send JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send the body as JSON with the header Content-Type: application/json.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 415,
                     *       "title": "Send JSON",
                     *       "type": "/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description If-Match needed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send If-Match with the ETag from your last read of this record, so no one else’s change is overwritten.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 428,
                     *       "title": "If-Match needed",
                     *       "type": "/problems/if-match-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "patch-safeguarding-partnership": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing, for example "3". Required. */
                "if-match"?: string;
            };
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields of the partnership to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["safeguarding-partnership-patch"];
                "application/merge-patch+json": components["schemas"]["safeguarding-partnership-patch"];
            };
        };
        responses: {
            /** @description The partnership, with its new version. */
            200: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "area": "E09000033",
                     *       "areas": [
                     *         "E09000033"
                     *       ],
                     *       "arrangementsPublished": "2013-04-15",
                     *       "createdAt": "2017-04-01T09:00:00Z",
                     *       "id": "partnership-0002",
                     *       "independentChair": {
                     *         "name": "Pat Example",
                     *         "role": "Independent Chair"
                     *       },
                     *       "name": "Example Local Safeguarding Children Board",
                     *       "regime": "lscb",
                     *       "updatedAt": "2019-09-30T09:00:00Z",
                     *       "version": 3,
                     *       "yearlyReports": [
                     *         {
                     *           "periodEnd": "2018-03-31",
                     *           "periodStart": "2017-04-01",
                     *           "published": "2018-09-28"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["safeguarding-partnership"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Someone changed this serious incident after you read it (it is now version 4). Read it again, reapply your change and send it with the new ETag.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 412,
                     *       "title": "Changed since you read it",
                     *       "type": "/problems/stale-version"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request body is larger than this server accepts (1048576 bytes). Send fewer records at a time.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 413,
                     *       "title": "Request too large",
                     *       "type": "/problems/body-too-large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Send JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send the body as JSON with the header Content-Type: application/json.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 415,
                     *       "title": "Send JSON",
                     *       "type": "/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description If-Match needed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send If-Match with the ETag from your last read of this record, so no one else’s change is overwritten.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 428,
                     *       "title": "If-Match needed",
                     *       "type": "/problems/if-match-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "next-actions-for-safeguarding-partnership": {
        parameters: {
            query?: {
                /** @description Date to answer for, YYYY-MM-DD. Default: today in England. */
                asOf?: string;
                /** @description Edition of the statutory guidance whose rules apply. */
                edition?: "wt2013" | "wt2015" | "wt2018" | "wt2023";
            };
            header?: never;
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The duties that apply, with due dates, and the questions that would settle the rest. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["next-actions"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "list-practice-review": {
        parameters: {
            query?: {
                /** @description Only records of this area (GSS code). */
                area?: string;
                /** @description nextCursor from the previous page. */
                cursor?: string;
                /** @description Items per page, 1 to 100 (default 50). */
                limit?: number;
                /** @description Only records that name this serious incident (by id). */
                seriousIncidentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "area": "E08000034",
                     *           "createdAt": "2026-04-15T09:00:00Z",
                     *           "familyEngagement": "The parents were invited to contribute and met the lead reviewer twice.",
                     *           "id": "pr-2026-0001",
                     *           "initiated": "2026-03-23",
                     *           "kind": "lcspr",
                     *           "method": "Systems approach with practitioner learning events",
                     *           "publication": {
                     *             "date": "2026-10-30",
                     *             "outcome": "published",
                     *             "url": "https://example.org/reviews/child-la-ref-0001"
                     *           },
                     *           "publicationPlanned": "2026-10-30",
                     *           "recommendations": [
                     *             {
                     *               "actions": [
                     *                 {
                     *                   "action": "Update the early help assessment form",
                     *                   "due": "2027-01-31",
                     *                   "owner": "Early help service manager",
                     *                   "status": "in-progress"
                     *                 }
                     *               ],
                     *               "recommendation": "Early help assessments should ask about substance misuse when there is an infant in the household."
                     *             }
                     *           ],
                     *           "reviewers": [
                     *             {
                     *               "appointed": "2026-04-20",
                     *               "organisation": "independent",
                     *               "role": "Lead reviewer"
                     *             }
                     *           ],
                     *           "sentToPanel": "2026-10-16",
                     *           "seriousIncidentIds": [
                     *             "si-2026-0001"
                     *           ],
                     *           "termsOfReference": "How early help responded to parental substance misuse; how safer sleep advice was given and followed up.",
                     *           "updatedAt": "2026-11-02T10:00:00Z",
                     *           "version": 5
                     *         },
                     *         {
                     *           "area": "E09000033",
                     *           "createdAt": "2026-06-01T09:00:00Z",
                     *           "id": "pr-2026-0002",
                     *           "initiated": "2026-05-28",
                     *           "kind": "national",
                     *           "publicationPlanned": "2027-03-31",
                     *           "seriousIncidentIds": [
                     *             "si-2026-0002"
                     *           ],
                     *           "updatedAt": "2026-06-01T09:00:00Z",
                     *           "version": 1
                     *         },
                     *         {
                     *           "area": "E09000033",
                     *           "createdAt": "2017-02-01T09:00:00Z",
                     *           "id": "pr-2017-0001",
                     *           "initiated": "2017-01-20",
                     *           "kind": "scr",
                     *           "publication": {
                     *             "date": "2018-05-14",
                     *             "outcome": "improvements-only",
                     *             "reasons": "Publishing the report would put a sibling at risk of being identified and harmed."
                     *           },
                     *           "sentToOfsted": "2018-04-30",
                     *           "updatedAt": "2018-05-15T09:00:00Z",
                     *           "version": 3
                     *         }
                     *       ],
                     *       "nextCursor": "cjNmMGMxYzUyLTZkN2UtNGE4ZS05YTU3LTFmMGY2ZjJlNGIxMQ"
                     *     }
                     */
                    "application/json": components["schemas"]["practice-review-page"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "create-practice-review": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string. A retry with the same key returns the first answer instead of storing a duplicate. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The practice review to store. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["practice-review-input"];
            };
        };
        responses: {
            /** @description The stored practice review. */
            201: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    /** @description Where the record lives. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "area": "E08000034",
                     *       "createdAt": "2026-04-15T09:00:00Z",
                     *       "familyEngagement": "The parents were invited to contribute and met the lead reviewer twice.",
                     *       "id": "pr-2026-0001",
                     *       "initiated": "2026-03-23",
                     *       "kind": "lcspr",
                     *       "method": "Systems approach with practitioner learning events",
                     *       "publication": {
                     *         "date": "2026-10-30",
                     *         "outcome": "published",
                     *         "url": "https://example.org/reviews/child-la-ref-0001"
                     *       },
                     *       "publicationPlanned": "2026-10-30",
                     *       "recommendations": [
                     *         {
                     *           "actions": [
                     *             {
                     *               "action": "Update the early help assessment form",
                     *               "due": "2027-01-31",
                     *               "owner": "Early help service manager",
                     *               "status": "in-progress"
                     *             }
                     *           ],
                     *           "recommendation": "Early help assessments should ask about substance misuse when there is an infant in the household."
                     *         }
                     *       ],
                     *       "reviewers": [
                     *         {
                     *           "appointed": "2026-04-20",
                     *           "organisation": "independent",
                     *           "role": "Lead reviewer"
                     *         }
                     *       ],
                     *       "sentToPanel": "2026-10-16",
                     *       "seriousIncidentIds": [
                     *         "si-2026-0001"
                     *       ],
                     *       "termsOfReference": "How early help responded to parental substance misuse; how safer sleep advice was given and followed up.",
                     *       "updatedAt": "2026-11-02T10:00:00Z",
                     *       "version": 5
                     *     }
                     */
                    "application/json": components["schemas"]["practice-review"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request body is larger than this server accepts (1048576 bytes). Send fewer records at a time.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 413,
                     *       "title": "Request too large",
                     *       "type": "/problems/body-too-large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Send JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send the body as JSON with the header Content-Type: application/json.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 415,
                     *       "title": "Send JSON",
                     *       "type": "/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "get-practice-review": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The practice review. */
            200: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["practice-review"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "replace-practice-review": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing, for example "3". Required. */
                "if-match"?: string;
            };
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The whole practice review. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["practice-review-replacement"];
            };
        };
        responses: {
            /** @description The practice review, with its new version. */
            200: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "area": "E08000034",
                     *       "createdAt": "2026-04-15T09:00:00Z",
                     *       "familyEngagement": "The parents were invited to contribute and met the lead reviewer twice.",
                     *       "id": "pr-2026-0001",
                     *       "initiated": "2026-03-23",
                     *       "kind": "lcspr",
                     *       "method": "Systems approach with practitioner learning events",
                     *       "publication": {
                     *         "date": "2026-10-30",
                     *         "outcome": "published",
                     *         "url": "https://example.org/reviews/child-la-ref-0001"
                     *       },
                     *       "publicationPlanned": "2026-10-30",
                     *       "recommendations": [
                     *         {
                     *           "actions": [
                     *             {
                     *               "action": "Update the early help assessment form",
                     *               "due": "2027-01-31",
                     *               "owner": "Early help service manager",
                     *               "status": "in-progress"
                     *             }
                     *           ],
                     *           "recommendation": "Early help assessments should ask about substance misuse when there is an infant in the household."
                     *         }
                     *       ],
                     *       "reviewers": [
                     *         {
                     *           "appointed": "2026-04-20",
                     *           "organisation": "independent",
                     *           "role": "Lead reviewer"
                     *         }
                     *       ],
                     *       "sentToPanel": "2026-10-16",
                     *       "seriousIncidentIds": [
                     *         "si-2026-0001"
                     *       ],
                     *       "termsOfReference": "How early help responded to parental substance misuse; how safer sleep advice was given and followed up.",
                     *       "updatedAt": "2026-11-02T10:00:00Z",
                     *       "version": 5
                     *     }
                     */
                    "application/json": components["schemas"]["practice-review"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Someone changed this serious incident after you read it (it is now version 4). Read it again, reapply your change and send it with the new ETag.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 412,
                     *       "title": "Changed since you read it",
                     *       "type": "/problems/stale-version"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request body is larger than this server accepts (1048576 bytes). Send fewer records at a time.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 413,
                     *       "title": "Request too large",
                     *       "type": "/problems/body-too-large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Send JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send the body as JSON with the header Content-Type: application/json.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 415,
                     *       "title": "Send JSON",
                     *       "type": "/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description If-Match needed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send If-Match with the ETag from your last read of this record, so no one else’s change is overwritten.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 428,
                     *       "title": "If-Match needed",
                     *       "type": "/problems/if-match-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "patch-practice-review": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing, for example "3". Required. */
                "if-match"?: string;
            };
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields of the practice review to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["practice-review-patch"];
                "application/merge-patch+json": components["schemas"]["practice-review-patch"];
            };
        };
        responses: {
            /** @description The practice review, with its new version. */
            200: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "area": "E08000034",
                     *       "createdAt": "2026-04-15T09:00:00Z",
                     *       "familyEngagement": "The parents were invited to contribute and met the lead reviewer twice.",
                     *       "id": "pr-2026-0001",
                     *       "initiated": "2026-03-23",
                     *       "kind": "lcspr",
                     *       "method": "Systems approach with practitioner learning events",
                     *       "publication": {
                     *         "date": "2026-10-30",
                     *         "outcome": "published",
                     *         "url": "https://example.org/reviews/child-la-ref-0001"
                     *       },
                     *       "publicationPlanned": "2026-10-30",
                     *       "recommendations": [
                     *         {
                     *           "actions": [
                     *             {
                     *               "action": "Update the early help assessment form",
                     *               "due": "2027-01-31",
                     *               "owner": "Early help service manager",
                     *               "status": "in-progress"
                     *             }
                     *           ],
                     *           "recommendation": "Early help assessments should ask about substance misuse when there is an infant in the household."
                     *         }
                     *       ],
                     *       "reviewers": [
                     *         {
                     *           "appointed": "2026-04-20",
                     *           "organisation": "independent",
                     *           "role": "Lead reviewer"
                     *         }
                     *       ],
                     *       "sentToPanel": "2026-10-16",
                     *       "seriousIncidentIds": [
                     *         "si-2026-0001"
                     *       ],
                     *       "termsOfReference": "How early help responded to parental substance misuse; how safer sleep advice was given and followed up.",
                     *       "updatedAt": "2026-11-02T10:00:00Z",
                     *       "version": 5
                     *     }
                     */
                    "application/json": components["schemas"]["practice-review"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Someone changed this serious incident after you read it (it is now version 4). Read it again, reapply your change and send it with the new ETag.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 412,
                     *       "title": "Changed since you read it",
                     *       "type": "/problems/stale-version"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request body is larger than this server accepts (1048576 bytes). Send fewer records at a time.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 413,
                     *       "title": "Request too large",
                     *       "type": "/problems/body-too-large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Send JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send the body as JSON with the header Content-Type: application/json.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 415,
                     *       "title": "Send JSON",
                     *       "type": "/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description If-Match needed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send If-Match with the ETag from your last read of this record, so no one else’s change is overwritten.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 428,
                     *       "title": "If-Match needed",
                     *       "type": "/problems/if-match-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "next-actions-for-practice-review": {
        parameters: {
            query?: {
                /** @description Date to answer for, YYYY-MM-DD. Default: today in England. */
                asOf?: string;
                /** @description Edition of the statutory guidance whose rules apply. */
                edition?: "wt2013" | "wt2015" | "wt2018" | "wt2023";
            };
            header?: never;
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The duties that apply, with due dates, and the questions that would settle the rest. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["next-actions"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "list-rapid-review": {
        parameters: {
            query?: {
                /** @description Only records of this area (GSS code). */
                area?: string;
                /** @description nextCursor from the previous page. */
                cursor?: string;
                /** @description Items per page, 1 to 100 (default 50). */
                limit?: number;
                /** @description Only records that name this serious incident (by id). */
                seriousIncidentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "area": "E09000033",
                     *           "contributions": [
                     *             {
                     *               "agency": "Children’s social care"
                     *             }
                     *           ],
                     *           "createdAt": "2026-05-12T09:00:00Z",
                     *           "id": "rr-2026-0002",
                     *           "seriousIncidentId": "si-2026-0002",
                     *           "started": "2026-05-12",
                     *           "updatedAt": "2026-05-12T09:00:00Z",
                     *           "version": 1
                     *         },
                     *         {
                     *           "area": "E08000034",
                     *           "completed": "2026-03-23",
                     *           "contributions": [
                     *             {
                     *               "agency": "Children’s social care",
                     *               "summaryReceived": "2026-03-12"
                     *             },
                     *             {
                     *               "agency": "Health visiting service",
                     *               "summaryReceived": "2026-03-13"
                     *             },
                     *             {
                     *               "agency": "Police",
                     *               "summaryReceived": "2026-03-16"
                     *             }
                     *           ],
                     *           "createdAt": "2026-03-05T09:00:00Z",
                     *           "decision": "local-review",
                     *           "decisionReasons": "The case may show systemic learning about early help and safer sleep that a local review can explore.",
                     *           "id": "rr-2026-0001",
                     *           "immediateActions": [
                     *             "Safety plans reviewed for the two older siblings",
                     *             "Safer sleep advice reissued to all health visitors"
                     *           ],
                     *           "learning": [
                     *             "Early help did not see parental substance misuse as a risk to an infant"
                     *           ],
                     *           "panelResponse": "agrees-with-decision",
                     *           "panelResponseDate": "2026-04-14",
                     *           "sentToPanel": "2026-03-24",
                     *           "seriousIncidentId": "si-2026-0001",
                     *           "started": "2026-03-05",
                     *           "updatedAt": "2026-03-25T17:00:00Z",
                     *           "version": 4
                     *         }
                     *       ],
                     *       "nextCursor": "cjNmMGMxYzUyLTZkN2UtNGE4ZS05YTU3LTFmMGY2ZjJlNGIxMQ"
                     *     }
                     */
                    "application/json": components["schemas"]["rapid-review-page"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "create-rapid-review": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string. A retry with the same key returns the first answer instead of storing a duplicate. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The rapid review to store. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["rapid-review-input"];
            };
        };
        responses: {
            /** @description The stored rapid review. */
            201: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    /** @description Where the record lives. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "area": "E09000033",
                     *       "contributions": [
                     *         {
                     *           "agency": "Children’s social care"
                     *         }
                     *       ],
                     *       "createdAt": "2026-05-12T09:00:00Z",
                     *       "id": "rr-2026-0002",
                     *       "seriousIncidentId": "si-2026-0002",
                     *       "started": "2026-05-12",
                     *       "updatedAt": "2026-05-12T09:00:00Z",
                     *       "version": 1
                     *     }
                     */
                    "application/json": components["schemas"]["rapid-review"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request body is larger than this server accepts (1048576 bytes). Send fewer records at a time.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 413,
                     *       "title": "Request too large",
                     *       "type": "/problems/body-too-large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Send JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send the body as JSON with the header Content-Type: application/json.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 415,
                     *       "title": "Send JSON",
                     *       "type": "/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "get-rapid-review": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rapid review. */
            200: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["rapid-review"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "replace-rapid-review": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing, for example "3". Required. */
                "if-match"?: string;
            };
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The whole rapid review. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["rapid-review-replacement"];
            };
        };
        responses: {
            /** @description The rapid review, with its new version. */
            200: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "area": "E09000033",
                     *       "contributions": [
                     *         {
                     *           "agency": "Children’s social care"
                     *         }
                     *       ],
                     *       "createdAt": "2026-05-12T09:00:00Z",
                     *       "id": "rr-2026-0002",
                     *       "seriousIncidentId": "si-2026-0002",
                     *       "started": "2026-05-12",
                     *       "updatedAt": "2026-05-12T09:00:00Z",
                     *       "version": 1
                     *     }
                     */
                    "application/json": components["schemas"]["rapid-review"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Someone changed this serious incident after you read it (it is now version 4). Read it again, reapply your change and send it with the new ETag.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 412,
                     *       "title": "Changed since you read it",
                     *       "type": "/problems/stale-version"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request body is larger than this server accepts (1048576 bytes). Send fewer records at a time.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 413,
                     *       "title": "Request too large",
                     *       "type": "/problems/body-too-large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Send JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send the body as JSON with the header Content-Type: application/json.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 415,
                     *       "title": "Send JSON",
                     *       "type": "/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description If-Match needed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send If-Match with the ETag from your last read of this record, so no one else’s change is overwritten.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 428,
                     *       "title": "If-Match needed",
                     *       "type": "/problems/if-match-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "patch-rapid-review": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing, for example "3". Required. */
                "if-match"?: string;
            };
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields of the rapid review to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["rapid-review-patch"];
                "application/merge-patch+json": components["schemas"]["rapid-review-patch"];
            };
        };
        responses: {
            /** @description The rapid review, with its new version. */
            200: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "area": "E09000033",
                     *       "contributions": [
                     *         {
                     *           "agency": "Children’s social care"
                     *         }
                     *       ],
                     *       "createdAt": "2026-05-12T09:00:00Z",
                     *       "id": "rr-2026-0002",
                     *       "seriousIncidentId": "si-2026-0002",
                     *       "started": "2026-05-12",
                     *       "updatedAt": "2026-05-12T09:00:00Z",
                     *       "version": 1
                     *     }
                     */
                    "application/json": components["schemas"]["rapid-review"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Someone changed this serious incident after you read it (it is now version 4). Read it again, reapply your change and send it with the new ETag.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 412,
                     *       "title": "Changed since you read it",
                     *       "type": "/problems/stale-version"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request body is larger than this server accepts (1048576 bytes). Send fewer records at a time.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 413,
                     *       "title": "Request too large",
                     *       "type": "/problems/body-too-large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Send JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send the body as JSON with the header Content-Type: application/json.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 415,
                     *       "title": "Send JSON",
                     *       "type": "/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description If-Match needed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send If-Match with the ETag from your last read of this record, so no one else’s change is overwritten.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 428,
                     *       "title": "If-Match needed",
                     *       "type": "/problems/if-match-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "next-actions-for-rapid-review": {
        parameters: {
            query?: {
                /** @description Date to answer for, YYYY-MM-DD. Default: today in England. */
                asOf?: string;
                /** @description Edition of the statutory guidance whose rules apply. */
                edition?: "wt2013" | "wt2015" | "wt2018" | "wt2023";
            };
            header?: never;
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The duties that apply, with due dates, and the questions that would settle the rest. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["next-actions"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "list-serious-incident": {
        parameters: {
            query?: {
                /** @description Only records of this area (GSS code). */
                area?: string;
                /** @description nextCursor from the previous page. */
                cursor?: string;
                /** @description Items per page, 1 to 100 (default 50). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "abuseOrNeglect": "not-suspected",
                     *           "area": "E06000014",
                     *           "caseOutline": "Fictional example. A care leaver aged 21 died in supported accommodation; the cause is not yet known.",
                     *           "children": [
                     *             {
                     *               "ageYears": 21,
                     *               "legalStatus": [
                     *                 "care-leaver"
                     *               ],
                     *               "reference": "LA-REF-0999",
                     *               "sex": "male"
                     *             }
                     *           ],
                     *           "createdAt": "2026-07-20T08:30:00Z",
                     *           "harm": "death",
                     *           "id": "si-2026-0003",
                     *           "incidentDate": "2026-07-15",
                     *           "incidentType": "care-leaver-death",
                     *           "laBecameAware": "2026-07-17",
                     *           "location": "in-area",
                     *           "notifier": {
                     *             "role": "Head of Service, Care Leavers"
                     *           },
                     *           "ofstedNotified": "2026-07-20",
                     *           "panelNotified": "2026-07-20",
                     *           "rapidReviewThresholdMet": false,
                     *           "secretaryOfStateNotified": "2026-07-20",
                     *           "updatedAt": "2026-07-20T08:30:00Z",
                     *           "version": 1
                     *         },
                     *         {
                     *           "abuseOrNeglect": "suspected",
                     *           "agenciesInvolved": [
                     *             "Children’s social care",
                     *             "Health visiting service",
                     *             "Police"
                     *           ],
                     *           "area": "E08000034",
                     *           "caseOutline": "Fictional example. An infant was found unresponsive at home after co-sleeping; there were concerns about parental substance misuse and the child was open to early help.",
                     *           "children": [
                     *             {
                     *               "ageYears": 0,
                     *               "disability": false,
                     *               "healthSummary": "Fictional: born at 36 weeks, no known medical conditions.",
                     *               "legalStatus": [
                     *                 "child-in-need"
                     *               ],
                     *               "reference": "LA-REF-0001",
                     *               "sex": "male"
                     *             }
                     *           ],
                     *           "createdAt": "2026-03-04T09:15:00Z",
                     *           "harm": "death",
                     *           "id": "si-2026-0001",
                     *           "incidentDate": "2026-02-27",
                     *           "incidentTime": "03:40",
                     *           "incidentType": "death",
                     *           "laBecameAware": "2026-03-02",
                     *           "location": "in-area",
                     *           "notifier": {
                     *             "email": "sam.example@example.org",
                     *             "name": "Sam Example",
                     *             "role": "Head of Safeguarding and Quality Assurance",
                     *             "telephone": "01000 000001"
                     *           },
                     *           "ofstedNotified": "2026-03-04",
                     *           "panelNotified": "2026-03-04",
                     *           "partnersNotified": "2026-03-03",
                     *           "policeInvestigating": true,
                     *           "rapidReviewThresholdMet": true,
                     *           "secretaryOfStateNotified": "2026-03-04",
                     *           "updatedAt": "2026-03-05T16:40:00Z",
                     *           "version": 2
                     *         },
                     *         {
                     *           "abuseOrNeglect": "known",
                     *           "area": "E09000033",
                     *           "caseOutline": "Fictional example. Four siblings were found in a home with serious neglect while visiting relatives in another area; one needed hospital treatment.",
                     *           "children": [
                     *             {
                     *               "ageYears": 14,
                     *               "ethnicity": "WBRI",
                     *               "legalStatus": [
                     *                 "child-protection-plan"
                     *               ],
                     *               "reference": "LA-REF-0101",
                     *               "sex": "female"
                     *             },
                     *             {
                     *               "ageYears": 12,
                     *               "legalStatus": [
                     *                 "child-protection-plan"
                     *               ],
                     *               "reference": "LA-REF-0102",
                     *               "sex": "male"
                     *             },
                     *             {
                     *               "dateOfBirth": "2016-09-14",
                     *               "legalStatus": [
                     *                 "child-protection-plan"
                     *               ],
                     *               "reference": "LA-REF-0103",
                     *               "sex": "female"
                     *             },
                     *             {
                     *               "ageYears": 3,
                     *               "legalStatus": [
                     *                 "none"
                     *               ],
                     *               "reference": "LA-REF-0104",
                     *               "sex": "not-known"
                     *             }
                     *           ],
                     *           "createdAt": "2026-05-11T10:00:00+01:00",
                     *           "furtherChildren": "Fictional: a fifth sibling, aged 1, was also in the household and was not injured.",
                     *           "harm": "serious-harm",
                     *           "id": "si-2026-0002",
                     *           "incidentDate": "2026-05-06",
                     *           "incidentType": "serious-harm",
                     *           "laBecameAware": "2026-05-07",
                     *           "location": "elsewhere-in-england",
                     *           "notifier": {
                     *             "role": "Service Manager, Quality Assurance"
                     *           },
                     *           "panelNotified": "2026-05-12",
                     *           "partnersNotified": "2026-05-08",
                     *           "policeInvestigating": true,
                     *           "rapidReviewThresholdMet": true,
                     *           "updatedAt": "2026-05-11T10:00:00+01:00",
                     *           "version": 1
                     *         }
                     *       ],
                     *       "nextCursor": "cjNmMGMxYzUyLTZkN2UtNGE4ZS05YTU3LTFmMGY2ZjJlNGIxMQ"
                     *     }
                     */
                    "application/json": components["schemas"]["serious-incident-page"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "create-serious-incident": {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string. A retry with the same key returns the first answer instead of storing a duplicate. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The serious incident to store. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["serious-incident-input"];
            };
        };
        responses: {
            /** @description The stored serious incident. */
            201: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    /** @description Where the record lives. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "abuseOrNeglect": "not-suspected",
                     *       "area": "E06000014",
                     *       "caseOutline": "Fictional example. A care leaver aged 21 died in supported accommodation; the cause is not yet known.",
                     *       "children": [
                     *         {
                     *           "ageYears": 21,
                     *           "legalStatus": [
                     *             "care-leaver"
                     *           ],
                     *           "reference": "LA-REF-0999",
                     *           "sex": "male"
                     *         }
                     *       ],
                     *       "createdAt": "2026-07-20T08:30:00Z",
                     *       "harm": "death",
                     *       "id": "si-2026-0003",
                     *       "incidentDate": "2026-07-15",
                     *       "incidentType": "care-leaver-death",
                     *       "laBecameAware": "2026-07-17",
                     *       "location": "in-area",
                     *       "notifier": {
                     *         "role": "Head of Service, Care Leavers"
                     *       },
                     *       "ofstedNotified": "2026-07-20",
                     *       "panelNotified": "2026-07-20",
                     *       "rapidReviewThresholdMet": false,
                     *       "secretaryOfStateNotified": "2026-07-20",
                     *       "updatedAt": "2026-07-20T08:30:00Z",
                     *       "version": 1
                     *     }
                     */
                    "application/json": components["schemas"]["serious-incident"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request body is larger than this server accepts (1048576 bytes). Send fewer records at a time.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 413,
                     *       "title": "Request too large",
                     *       "type": "/problems/body-too-large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Send JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send the body as JSON with the header Content-Type: application/json.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 415,
                     *       "title": "Send JSON",
                     *       "type": "/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "get-serious-incident": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The serious incident. */
            200: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["serious-incident"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "replace-serious-incident": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing, for example "3". Required. */
                "if-match"?: string;
            };
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The whole serious incident. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["serious-incident-replacement"];
            };
        };
        responses: {
            /** @description The serious incident, with its new version. */
            200: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "abuseOrNeglect": "not-suspected",
                     *       "area": "E06000014",
                     *       "caseOutline": "Fictional example. A care leaver aged 21 died in supported accommodation; the cause is not yet known.",
                     *       "children": [
                     *         {
                     *           "ageYears": 21,
                     *           "legalStatus": [
                     *             "care-leaver"
                     *           ],
                     *           "reference": "LA-REF-0999",
                     *           "sex": "male"
                     *         }
                     *       ],
                     *       "createdAt": "2026-07-20T08:30:00Z",
                     *       "harm": "death",
                     *       "id": "si-2026-0003",
                     *       "incidentDate": "2026-07-15",
                     *       "incidentType": "care-leaver-death",
                     *       "laBecameAware": "2026-07-17",
                     *       "location": "in-area",
                     *       "notifier": {
                     *         "role": "Head of Service, Care Leavers"
                     *       },
                     *       "ofstedNotified": "2026-07-20",
                     *       "panelNotified": "2026-07-20",
                     *       "rapidReviewThresholdMet": false,
                     *       "secretaryOfStateNotified": "2026-07-20",
                     *       "updatedAt": "2026-07-20T08:30:00Z",
                     *       "version": 1
                     *     }
                     */
                    "application/json": components["schemas"]["serious-incident"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Someone changed this serious incident after you read it (it is now version 4). Read it again, reapply your change and send it with the new ETag.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 412,
                     *       "title": "Changed since you read it",
                     *       "type": "/problems/stale-version"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request body is larger than this server accepts (1048576 bytes). Send fewer records at a time.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 413,
                     *       "title": "Request too large",
                     *       "type": "/problems/body-too-large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Send JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send the body as JSON with the header Content-Type: application/json.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 415,
                     *       "title": "Send JSON",
                     *       "type": "/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description If-Match needed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send If-Match with the ETag from your last read of this record, so no one else’s change is overwritten.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 428,
                     *       "title": "If-Match needed",
                     *       "type": "/problems/if-match-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "patch-serious-incident": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you are changing, for example "3". Required. */
                "if-match"?: string;
            };
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields of the serious incident to change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["serious-incident-patch"];
                "application/merge-patch+json": components["schemas"]["serious-incident-patch"];
            };
        };
        responses: {
            /** @description The serious incident, with its new version. */
            200: {
                headers: {
                    /** @description The record version, for If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "abuseOrNeglect": "not-suspected",
                     *       "area": "E06000014",
                     *       "caseOutline": "Fictional example. A care leaver aged 21 died in supported accommodation; the cause is not yet known.",
                     *       "children": [
                     *         {
                     *           "ageYears": 21,
                     *           "legalStatus": [
                     *             "care-leaver"
                     *           ],
                     *           "reference": "LA-REF-0999",
                     *           "sex": "male"
                     *         }
                     *       ],
                     *       "createdAt": "2026-07-20T08:30:00Z",
                     *       "harm": "death",
                     *       "id": "si-2026-0003",
                     *       "incidentDate": "2026-07-15",
                     *       "incidentType": "care-leaver-death",
                     *       "laBecameAware": "2026-07-17",
                     *       "location": "in-area",
                     *       "notifier": {
                     *         "role": "Head of Service, Care Leavers"
                     *       },
                     *       "ofstedNotified": "2026-07-20",
                     *       "panelNotified": "2026-07-20",
                     *       "rapidReviewThresholdMet": false,
                     *       "secretaryOfStateNotified": "2026-07-20",
                     *       "updatedAt": "2026-07-20T08:30:00Z",
                     *       "version": 1
                     *     }
                     */
                    "application/json": components["schemas"]["serious-incident"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Changed since you read it */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Someone changed this serious incident after you read it (it is now version 4). Read it again, reapply your change and send it with the new ETag.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 412,
                     *       "title": "Changed since you read it",
                     *       "type": "/problems/stale-version"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request body is larger than this server accepts (1048576 bytes). Send fewer records at a time.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 413,
                     *       "title": "Request too large",
                     *       "type": "/problems/body-too-large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Send JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send the body as JSON with the header Content-Type: application/json.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 415,
                     *       "title": "Send JSON",
                     *       "type": "/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description If-Match needed */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send If-Match with the ETag from your last read of this record, so no one else’s change is overwritten.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 428,
                     *       "title": "If-Match needed",
                     *       "type": "/problems/if-match-required"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "next-actions-for-serious-incident": {
        parameters: {
            query?: {
                /** @description Date to answer for, YYYY-MM-DD. Default: today in England. */
                asOf?: string;
                /** @description Edition of the statutory guidance whose rules apply. */
                edition?: "wt2013" | "wt2015" | "wt2018" | "wt2023";
            };
            header?: never;
            path: {
                /** @description Id of the record. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The duties that apply, with due dates, and the questions that would settle the rest. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["next-actions"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Your token does not hold area E09000033. Ask your administrator for a token for that area.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 403,
                     *       "title": "Not allowed",
                     *       "type": "/problems/forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "There is no serious incident with this id that you can see.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 404,
                     *       "title": "Not found",
                     *       "type": "/problems/not-found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
    "validate-records": {
        parameters: {
            query?: {
                /** @description Date statutory timescales are judged on, YYYY-MM-DD. Default: today in England. */
                asOf?: string;
                /** @description Problems listed per code (default 1,000); the counts are always complete. */
                maxProblems?: number;
            };
            header?: never;
            path: {
                /** @description The record schema to check against, as in schemas/json: the stored shape (serious-incident, as in an export) or the input shape (serious-incident-input, the body you would POST). */
                schemaId: "safeguarding-partnership" | "safeguarding-partnership-input" | "safeguarding-partner" | "safeguarding-partner-input" | "relevant-agency" | "relevant-agency-input" | "serious-incident" | "serious-incident-input" | "rapid-review" | "rapid-review-input" | "practice-review" | "practice-review-input" | "child-death" | "child-death-input";
            };
            cookie?: never;
        };
        /** @description The records to check. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                } | {
                    [key: string]: unknown;
                }[];
            };
        };
        responses: {
            /** @description The report: counts, then every problem. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "problems": [
                     *         {
                     *           "code": "SCHEMA-REQUIRED",
                     *           "file": "request body",
                     *           "line": 1,
                     *           "message": "laBecameAware is required.",
                     *           "path": "/laBecameAware",
                     *           "record": 2,
                     *           "severity": "error"
                     *         }
                     *       ],
                     *       "summary": {
                     *         "byCode": {
                     *           "SCHEMA-REQUIRED": {
                     *             "count": 1,
                     *             "description": "A required field is missing.",
                     *             "severity": "error"
                     *           }
                     *         },
                     *         "byColumn": {},
                     *         "errors": 1,
                     *         "invalid": 1,
                     *         "records": 2,
                     *         "valid": 1,
                     *         "warnings": 0
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["validation-report"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request query is not valid. Each problem is listed in errors.",
                     *       "errors": [
                     *         {
                     *           "message": "is not a query parameter of this route",
                     *           "path": "limt",
                     *           "pointer": "/limt"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 400,
                     *       "title": "Bad request",
                     *       "type": "/problems/invalid-query"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send your API token in an Authorization header: \"Authorization: Bearer <token>\".",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 401,
                     *       "title": "Not signed in",
                     *       "type": "/problems/missing-token"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Request too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request body is larger than this server accepts (1048576 bytes). Send fewer records at a time.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 413,
                     *       "title": "Request too large",
                     *       "type": "/problems/body-too-large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Send JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Send the body as JSON with the header Content-Type: application/json.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 415,
                     *       "title": "Send JSON",
                     *       "type": "/problems/unsupported-media-type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Invalid input */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Some fields are missing or wrong. Each one is listed in errors, with what is wrong.",
                     *       "errors": [
                     *         {
                     *           "message": "must be a whole number",
                     *           "path": "children[0].ageYears",
                     *           "pointer": "/children/0/ageYears"
                     *         },
                     *         {
                     *           "message": "is required",
                     *           "path": "laBecameAware",
                     *           "pointer": "/laBecameAware"
                     *         }
                     *       ],
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 422,
                     *       "title": "Invalid input",
                     *       "type": "/problems/invalid-body"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Something went wrong on our side */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The request failed unexpectedly. Nothing about it was shown here; quote the instance when you report it.",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 500,
                     *       "title": "Something went wrong on our side",
                     *       "type": "/problems/internal-error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
            /** @description Try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The database cannot be reached just now. Nothing was changed by this request unless it says so when retried. Try again in a moment (a POST with the same Idempotency-Key is safe to repeat).",
                     *       "instance": "urn:uuid:0b6f1c9e-4d1a-4f57-9a53-2c8e8f6d1a42",
                     *       "status": 503,
                     *       "title": "Try again shortly",
                     *       "type": "/problems/database-unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["problem"];
                };
            };
        };
    };
}
