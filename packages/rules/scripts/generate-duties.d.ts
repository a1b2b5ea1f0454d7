export declare const DUTIES_FILE: string;
export declare function renderDuties(): string;
//# sourceMappingURL=generate-duties.d.ts.map
